-- Rebuild in place (POST /audit/replay): the replay's status is a row every node reads and a restart
-- keeps; a rebuilt read model is swapped into place by functions that run as the owner (the application's
-- role owns no table and may not rename or index them).
CREATE TABLE replay_status (
    id           SMALLINT PRIMARY KEY CHECK (id = 1),
    state        VARCHAR(10) NOT NULL,
    processed    BIGINT      NOT NULL,
    total        BIGINT      NOT NULL,
    matches_live BOOLEAN,
    repair       BOOLEAN     NOT NULL DEFAULT false,
    swapped      BOOLEAN     NOT NULL DEFAULT false,
    started_at   TIMESTAMP WITH TIME ZONE,
    rebuilt_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    heartbeat_at TIMESTAMP WITH TIME ZONE,
    node         VARCHAR(200),
    detail       TEXT
);
INSERT INTO replay_status (id, state, processed, total) VALUES (1, 'IDLE', 0, 0);

-- Gives the rebuilt table the live table's query indexes (under temporary names), so the swap itself
-- only renames. Built before the swap, while reads and writes go on.
CREATE FUNCTION index_rebuilt_read_model() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    ix RECORD;
BEGIN
    FOR ix IN SELECT indexname, indexdef FROM pg_indexes
              WHERE schemaname = 'public' AND tablename = 'fact_version' AND indexname <> 'fact_version_pkey' LOOP
        EXECUTE 'DROP INDEX IF EXISTS ' || quote_ident(ix.indexname || '_rebuilt');
        EXECUTE replace(replace(ix.indexdef, 'INDEX ' || ix.indexname || ' ', 'INDEX ' || ix.indexname || '_rebuilt '),
                        ' ON public.fact_version ', ' ON public.fact_version_replay ');
    END LOOP;
END $$;

-- Swaps the rebuilt tables with the live ones in the caller's transaction: the live tables become the
-- next replay's shadow (without their query indexes, as V8 keeps shadows), the rebuilt ones take the
-- live names and indexes. Readers wait for the commit, then see the rebuilt model whole.
CREATE FUNCTION swap_rebuilt_read_model() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    ix RECORD;
BEGIN
    LOCK TABLE fact_version, presence_subject, fact_version_replay, presence_subject_replay IN ACCESS EXCLUSIVE MODE;
    FOR ix IN SELECT indexname FROM pg_indexes
              WHERE schemaname = 'public' AND tablename = 'fact_version' AND indexname <> 'fact_version_pkey' LOOP
        EXECUTE 'DROP INDEX ' || quote_ident(ix.indexname);
    END LOOP;
    ALTER TABLE fact_version RENAME TO fact_version_swapping;
    ALTER TABLE fact_version_replay RENAME TO fact_version;
    ALTER TABLE fact_version_swapping RENAME TO fact_version_replay;
    ALTER INDEX fact_version_pkey RENAME TO fact_version_pkey_swapping;
    ALTER INDEX fact_version_replay_pkey RENAME TO fact_version_pkey;
    ALTER INDEX fact_version_pkey_swapping RENAME TO fact_version_replay_pkey;
    FOR ix IN SELECT indexname FROM pg_indexes
              WHERE schemaname = 'public' AND tablename = 'fact_version' AND indexname LIKE '%\_rebuilt' LOOP
        EXECUTE 'ALTER INDEX ' || quote_ident(ix.indexname) || ' RENAME TO '
                || quote_ident(left(ix.indexname, length(ix.indexname) - length('_rebuilt')));
    END LOOP;
    ALTER TABLE presence_subject RENAME TO presence_subject_swapping;
    ALTER TABLE presence_subject_replay RENAME TO presence_subject;
    ALTER TABLE presence_subject_swapping RENAME TO presence_subject_replay;
    ALTER INDEX presence_subject_pkey RENAME TO presence_subject_pkey_swapping;
    ALTER INDEX presence_subject_replay_pkey RENAME TO presence_subject_pkey;
    ALTER INDEX presence_subject_pkey_swapping RENAME TO presence_subject_replay_pkey;
END $$;

REVOKE EXECUTE ON FUNCTION index_rebuilt_read_model(), swap_rebuilt_read_model() FROM PUBLIC;
