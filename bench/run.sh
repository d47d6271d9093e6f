#!/usr/bin/env bash
# The benchmark of issue 7 (README, "Benchmark"): bench/run.sh --facts 1000000 [--seed 42] [--write-seconds 30]
# Runs the whole application in this JVM (heap capped at 512 MiB) on a fresh embedded PostgreSQL, with
# PostgreSQL itself as the yardstick; prints a table and writes bench/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# BENCH_JAVA_OPTS: extra JVM options, such as a JFR recording (README, "Where each missed target stops").
exec java -Xmx512m -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.sijill.bench.Benchmark "$@"
