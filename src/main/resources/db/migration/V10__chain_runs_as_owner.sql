-- The application works as a role that may only read and append the event store (see afterMigrate.sql):
-- the chain's triggers run as the schema owner, so that role needs no right on the chain tables at all.
ALTER FUNCTION chain_lock() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION chain_rows() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION refuse_change() SET search_path = public;
