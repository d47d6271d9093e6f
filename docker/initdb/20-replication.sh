#!/bin/bash
# Lets the replica service (db-replica) stream from this primary: replication connections with a password.
set -euo pipefail
echo "host replication postgres all scram-sha-256" >> "$PGDATA/pg_hba.conf"
