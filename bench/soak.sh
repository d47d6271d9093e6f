#!/usr/bin/env bash
# Soak (issue 8): 8 writers and 4 readers for --seconds N (default 300) against one node on the seeded
# chronology; exit 0 only with zero errors, zero lost acknowledged writes and a clean reconciliation.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.sijill.bench.Soak "$@"
