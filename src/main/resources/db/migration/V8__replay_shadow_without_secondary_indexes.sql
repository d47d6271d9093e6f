-- The replay's shadow table is written in bulk and read only whole (checksums) or by its primary key
-- (supersessions, differences): its copies of the live table's query indexes cost most of a replay's
-- database time and served no query. They are dropped; the primary key stays.
DO $$
DECLARE
    index_name regclass;
BEGIN
    FOR index_name IN SELECT indexrelid::regclass FROM pg_index
                      WHERE indrelid = 'fact_version_replay'::regclass AND NOT indisprimary LOOP
        EXECUTE 'DROP INDEX ' || index_name;
    END LOOP;
END $$;
