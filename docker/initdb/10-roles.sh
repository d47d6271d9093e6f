#!/bin/sh
# Run once by the postgres image when the cluster is created: the schema's owner (Flyway migrates as it)
# and the application's least-privilege role (afterMigrate.sql grants its rights after each migration).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_pw="$SIJILL_OWNER_PASSWORD" -v app_pw="$SIJILL_APP_PASSWORD" <<'EOSQL'
CREATE ROLE sijill_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_pw';
CREATE ROLE sijill_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
ALTER DATABASE sijill OWNER TO sijill_owner;
ALTER SCHEMA public OWNER TO sijill_owner;
EOSQL
