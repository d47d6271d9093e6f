-- Every read model is rebuilt the same way (readmodel.ReadModel): into shadow tables <table>_replay of the
-- same shape, then swapped into place by the functions below, which take the tables' names. The registry
-- tables get their shadows here; read_model_table lists the tables the functions accept (a new read model's
-- migration adds its own), so the application's role cannot swap or index anything else. The functions
-- search pg_temp last and name public explicitly, so no temporary table can stand in for a real one (the
-- application's role may not create temporary tables either: afterMigrate.sql).
CREATE TABLE source_replay (LIKE source INCLUDING ALL);
CREATE TABLE base_replay (LIKE base INCLUDING ALL);
CREATE TABLE base_alias_replay (LIKE base_alias INCLUDING ALL);
CREATE TABLE agreement_replay (LIKE agreement INCLUDING ALL);
-- Tables are swapped by renaming; a foreign key would follow the old table. Entries are never deleted.
ALTER TABLE base_alias DROP CONSTRAINT IF EXISTS base_alias_base_id_fkey;

CREATE TABLE read_model_table (name VARCHAR(63) PRIMARY KEY);
INSERT INTO read_model_table VALUES ('fact_version'), ('presence_subject'), ('source'), ('base'), ('base_alias'),
                                    ('agreement');

CREATE FUNCTION require_read_model_tables(tables TEXT[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY tables LOOP
        IF NOT EXISTS (SELECT 1 FROM public.read_model_table WHERE name = t) THEN
            RAISE EXCEPTION 'not a read-model table: %', t;
        END IF;
    END LOOP;
END $$;

-- Gives each rebuilt table the live table's query indexes (under temporary names), so the swap itself only
-- renames. Built before the swap, while reads and writes go on.
CREATE FUNCTION index_rebuilt_tables(tables TEXT[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    t  TEXT;
    ix RECORD;
BEGIN
    PERFORM public.require_read_model_tables(tables);
    FOREACH t IN ARRAY tables LOOP
        FOR ix IN SELECT indexname FROM pg_indexes
                  WHERE schemaname = 'public' AND tablename = t || '_replay' AND indexname <> t || '_replay_pkey' LOOP
            EXECUTE 'DROP INDEX public.' || quote_ident(ix.indexname);
        END LOOP;
        FOR ix IN SELECT indexname, indexdef FROM pg_indexes
                  WHERE schemaname = 'public' AND tablename = t AND indexname <> t || '_pkey' LOOP
            EXECUTE replace(replace(ix.indexdef, 'INDEX ' || ix.indexname || ' ', 'INDEX ' || ix.indexname || '_rebuilt '),
                            ' ON public.' || t || ' ', ' ON public.' || t || '_replay ');
        END LOOP;
    END LOOP;
END $$;

-- Swaps each rebuilt table with the live one in the caller's transaction: the live table becomes the next
-- replay's shadow (without its query indexes), the rebuilt one takes the live name and indexes. Readers wait
-- for the commit, then see every rebuilt table whole.
CREATE FUNCTION swap_rebuilt_tables(tables TEXT[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    t  TEXT;
    ix RECORD;
BEGIN
    PERFORM public.require_read_model_tables(tables);
    FOREACH t IN ARRAY tables LOOP
        EXECUTE format('LOCK TABLE public.%I, public.%I IN ACCESS EXCLUSIVE MODE', t, t || '_replay');
    END LOOP;
    FOREACH t IN ARRAY tables LOOP
        FOR ix IN SELECT indexname FROM pg_indexes
                  WHERE schemaname = 'public' AND tablename = t AND indexname <> t || '_pkey' LOOP
            EXECUTE 'DROP INDEX public.' || quote_ident(ix.indexname);
        END LOOP;
        EXECUTE format('ALTER TABLE public.%I RENAME TO %I', t, t || '_swapping');
        EXECUTE format('ALTER TABLE public.%I RENAME TO %I', t || '_replay', t);
        EXECUTE format('ALTER TABLE public.%I RENAME TO %I', t || '_swapping', t || '_replay');
        EXECUTE format('ALTER INDEX public.%I RENAME TO %I', t || '_pkey', t || '_pkey_swapping');
        EXECUTE format('ALTER INDEX public.%I RENAME TO %I', t || '_replay_pkey', t || '_pkey');
        EXECUTE format('ALTER INDEX public.%I RENAME TO %I', t || '_pkey_swapping', t || '_replay_pkey');
        FOR ix IN SELECT indexname FROM pg_indexes
                  WHERE schemaname = 'public' AND tablename = t AND indexname LIKE '%\_rebuilt' LOOP
            EXECUTE 'ALTER INDEX public.' || quote_ident(ix.indexname) || ' RENAME TO '
                    || quote_ident(left(ix.indexname, length(ix.indexname) - length('_rebuilt')));
        END LOOP;
    END LOOP;
END $$;

REVOKE EXECUTE ON FUNCTION require_read_model_tables(TEXT[]), index_rebuilt_tables(TEXT[]),
    swap_rebuilt_tables(TEXT[]) FROM PUBLIC;
DROP FUNCTION index_rebuilt_read_model();
DROP FUNCTION swap_rebuilt_read_model();

-- The hash chain's owner-run trigger functions search pg_temp last too.
ALTER FUNCTION chain_lock() SET search_path = public, pg_temp;
ALTER FUNCTION chain_rows() SET search_path = public, pg_temp;
ALTER FUNCTION refuse_change() SET search_path = public, pg_temp;
