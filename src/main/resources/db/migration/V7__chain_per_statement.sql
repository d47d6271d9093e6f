-- The hash chain of V5, computed once per INSERT statement instead of once per row; same hash formula.
-- A BEFORE STATEMENT trigger takes the chain's transaction-scoped advisory lock before any row of the
-- statement draws its global index from the column default, and holds it until commit: events are still
-- numbered, chained and made visible in one order. An AFTER STATEMENT trigger chains the statement's
-- rows (its transition table) in index order, stores their hashes with one insert and moves the head.
-- A row whose index is not above the head (an index not drawn under the lock) is refused.

DROP TRIGGER domain_event_entry_chain ON domain_event_entry;
DROP TRIGGER domain_event_entry_chain_head ON domain_event_entry;
DROP FUNCTION chain_event();
DROP FUNCTION chain_head();

ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');

CREATE FUNCTION chain_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7461321);
    RETURN NULL;
END $$;

CREATE TRIGGER domain_event_entry_chain_lock BEFORE INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION chain_lock();

CREATE FUNCTION chain_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq BIGINT;
    previous TEXT;
    digest   TEXT;
    r        RECORD;
    seqs     BIGINT[] := '{}';
    hashes   TEXT[] := '{}';
    prevs    TEXT[] := '{}';
BEGIN
    SELECT seq, hash INTO head_seq, previous FROM event_chain_head WHERE id = 1;
    FOR r IN SELECT global_index, event_identifier, payload_type, aggregate_identifier, sequence_number,
                    time_stamp, payload
             FROM inserted ORDER BY global_index LOOP
        IF r.global_index <= head_seq THEN
            RAISE EXCEPTION 'event % is not above the chain head %: global indexes come from the sequence',
                r.global_index, head_seq USING ERRCODE = 'check_violation';
        END IF;
        digest := encode(sha256(convert_to(previous || E'\n' || r.global_index || E'\n' || r.event_identifier
            || E'\n' || r.payload_type || E'\n' || r.aggregate_identifier || E'\n' || (r.sequence_number + 1)
            || E'\n' || r.time_stamp || E'\n', 'UTF8') || r.payload), 'hex');
        seqs := array_append(seqs, r.global_index);
        prevs := array_append(prevs, previous);
        hashes := array_append(hashes, digest);
        previous := digest;
        head_seq := r.global_index;
    END LOOP;
    INSERT INTO event_hash (global_index, hash, prev_hash) SELECT * FROM unnest(seqs, hashes, prevs);
    UPDATE event_chain_head SET seq = head_seq, hash = previous WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER domain_event_entry_chain AFTER INSERT ON domain_event_entry
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION chain_rows();
