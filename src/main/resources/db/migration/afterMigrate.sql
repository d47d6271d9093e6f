-- Least privilege, re-applied after every migration (new tables included). The application's role
-- (placeholder appRole, chronology.database.app-role) reads everything, writes the read models, tokens
-- and idempotency records, and only appends to the event store: it may not update, delete or truncate
-- domain_event_entry, nor touch the chain (written by owner-run triggers) or Flyway's history. As it
-- owns nothing, it cannot alter tables or disable their triggers either. Skipped when that role does
-- not exist or is the migrating owner itself (an external database set up with one account: the
-- application then warns at start that its account can change the event store).
-- Nodes starting together run this at once: one at a time (a session lock, released at the end or with
-- the connection), or concurrent GRANTs collide in the catalog ("tuple concurrently updated").
SELECT pg_advisory_lock(7461323);

DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE NOTICE 'least privilege not applied: application role "%" absent or the owner', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON event_hash, event_chain_head, flyway_schema_history, read_model_table FROM %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    -- No temporary tables: one named like a table the owner-run functions and triggers use would be found
    -- first by any function that does not search pg_temp last.
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), app);
END $$;

-- The rebuild-in-place functions (V13) run as the owner; the application may call them.
DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app <> '' AND app <> current_user AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION index_rebuilt_tables(TEXT[]), swap_rebuilt_tables(TEXT[]) TO %I', app);
    END IF;
END $$;

SELECT pg_advisory_unlock(7461323);
