#!/usr/bin/env bash
# Issue 23's first read-model idea measured against today's (README, "Where each missed target stops"):
# bench/indexes.sh --facts 100000 [--rounds 300]. Imports a synthetic record on a fresh embedded PostgreSQL and
# times the presence selection through today's B-tree and through a GiST index over subject, start and record time.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -XX:+UseG1GC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.sijill.bench.PresenceIndexes "$@"
