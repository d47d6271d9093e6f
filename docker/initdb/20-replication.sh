#!/bin/bash
# Lets the replica service (db-replica) stream from this primary: a role that may only replicate, its slot (so the
# primary keeps the WAL the replica still needs, up to max_slot_wal_keep_size), and a pg_hba line for it. Runs when
# the primary's volume is first made; on an older volume run the same statements once by hand.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=pw="$SIJILL_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE sijill_replicator WITH REPLICATION LOGIN PASSWORD :'pw';
SELECT pg_create_physical_replication_slot('sijill_replica');
ALTER SYSTEM SET max_slot_wal_keep_size = '10GB';
SQL
echo "host replication sijill_replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
