-- The audit hash chain, fixed at write time in the event's own transaction.
-- hash = hex(sha256(utf8(prev_hash || LF || seq || LF || event_id || LF || payload_type || LF ||
--                        aggregate_id || LF || aggregate_version || LF || recorded_at || LF) || payload))
-- where seq is global_index, aggregate_version is sequence_number + 1, recorded_at is the stored
-- time_stamp text and payload the stored JSON bytes. The first prev_hash is 64 zeros.
--
-- The insert trigger takes a transaction-scoped advisory lock before it draws the first global index of
-- a transaction, held until commit: events are numbered, chained and made visible in one order, so no
-- event can become visible before an earlier-numbered one that commits late. Within a transaction the
-- last hash is carried in a transaction-local setting; the head row is updated once per statement.

CREATE TABLE event_chain_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO event_chain_head VALUES (1, 0, repeat('0', 64));

CREATE TABLE event_hash (
    global_index BIGINT   PRIMARY KEY,
    hash         CHAR(64) NOT NULL,
    prev_hash    CHAR(64) NOT NULL
);

ALTER TABLE domain_event_entry ALTER COLUMN global_index DROP DEFAULT;

CREATE FUNCTION chain_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT := current_setting('sijill.chain_last', true);
    digest   TEXT;
BEGIN
    IF previous IS NULL OR previous = '' THEN
        PERFORM pg_advisory_xact_lock(7461321);
        SELECT hash INTO previous FROM event_chain_head WHERE id = 1;
    END IF;
    NEW.global_index := nextval('domain_event_entry_seq');
    digest := encode(sha256(convert_to(previous || E'\n' || NEW.global_index || E'\n' || NEW.event_identifier
        || E'\n' || NEW.payload_type || E'\n' || NEW.aggregate_identifier || E'\n' || (NEW.sequence_number + 1)
        || E'\n' || NEW.time_stamp || E'\n', 'UTF8') || NEW.payload), 'hex');
    INSERT INTO event_hash VALUES (NEW.global_index, digest, previous);
    PERFORM set_config('sijill.chain_last', digest, true);
    RETURN NEW;
END $$;

CREATE TRIGGER domain_event_entry_chain BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION chain_event();

CREATE FUNCTION chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_chain_head SET seq = last.global_index, hash = last.hash
    FROM (SELECT global_index, hash FROM event_hash ORDER BY global_index DESC LIMIT 1) last
    WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER domain_event_entry_chain_head AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION chain_head();

-- The record is append-only: no stored event or hash may be changed or removed.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER event_hash_append_only BEFORE UPDATE OR DELETE ON event_hash
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER event_hash_no_truncate BEFORE TRUNCATE ON event_hash
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
