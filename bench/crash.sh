#!/usr/bin/env bash
# Crash safety (issue 8): SIGKILL the JVM in the middle of concurrent API writes and in the middle of a
# bulk seed import, restart on the same data, and check that every acknowledged fact is there exactly
# once, the hash chain verifies, every projection applied every event, a replay matches the live read
# model, and the import re-runs without duplicates. Then SIGKILL PostgreSQL itself during concurrent writes
# sent with Idempotency-Key, restart, and retry every key: each is answered with its first answer or done
# exactly once. Prints PASS/FAIL per check; exit 1 on any FAIL.
set -uo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests package || exit 1
JAR=$(ls target/sijill-*.jar | grep -v original | head -1)
DATA=$(mktemp -d); PORT=${PORT:-18190}; PW=crash-test; FAILED=0
export CHRONOLOGY_DATA_DIR=$DATA SERVER_PORT=$PORT CHRONOLOGY_EDITOR_PASSWORD=$PW CHRONOLOGY_AUDITOR_PASSWORD=$PW
check() { if [ "$2" = "$3" ]; then echo "PASS $1 ($2)"; else echo "FAIL $1: got $2, expected $3"; FAILED=1; fi; }
up() { for _ in $(seq 1 180); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && return 0; sleep 1; done; echo "not up"; exit 1; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
# The chain verifies, reconciliation is clean and a replay matches the live read model.
audit_checks() {
  check "hash chain valid" "$(curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/verify" | json "['valid']")" True
  for _ in $(seq 1 60); do c=$(curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/reconciliation" | json "['consistent']"); [ "$c" = True ] && break; sleep 1; done
  check "reconciliation consistent" "$c" True
  curl -s -u "auditor:$PW" -X POST "localhost:$PORT/api/v1/audit/replay" > /dev/null
  for _ in $(seq 1 300); do s=$(curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/replay"); [ "$(echo "$s" | json "['state']")" = DONE ] && break; sleep 1; done
  check "replay matches live" "$(echo "$s" | json "['matchesLive']")" True
}
FACT='{"kind":"MILESTONE","when":{"date":"2024","precision":"YEAR"},"data":{},"sources":[{"sourceId":"002_132dcbf3b4cce48d","locator":"line 3"}],"summaryEn":"crash test"}'

echo "== 1. SIGKILL during concurrent API writes (data in $DATA)"
java -Xmx512m -jar "$JAR" > "$DATA/app1.log" 2>&1 & APP=$!; up
for w in 1 2 3 4; do
  ( while true; do
      r=$(curl -s -u "editor:$PW" -H 'Content-Type: application/json' -d "$FACT" "localhost:$PORT/api/v1/facts")
      id=$(echo "$r" | grep -o '"factId":"[^"]*"' | cut -d'"' -f4); [ -n "$id" ] && echo "$id" >> "$DATA/acked.$w"
    done ) & WRITERS="${WRITERS:-} $!"
done
sleep 10; kill -9 "$APP"; sleep 1; kill $WRITERS 2>/dev/null; wait 2>/dev/null
cat "$DATA"/acked.* > "$DATA/acked"; echo "acknowledged before the kill: $(wc -l < "$DATA/acked")"
java -Xmx512m -jar "$JAR" > "$DATA/app2.log" 2>&1 & APP=$!; up
missing=0; while read -r id; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/api/v1/facts/$id")" = 200 ] || missing=$((missing+1))
done < "$DATA/acked"
check "acknowledged facts missing after restart" "$missing" 0
curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/events" > "$DATA/export.ndjson"
dups=$(python3 -c "
import json,collections,sys
c=collections.Counter(json.loads(l)['aggregateId'] for l in open('$DATA/export.ndjson') if '\"FactRecorded\"' in l or 'fact.FactRecorded' in l)
acked=[l.strip() for l in open('$DATA/acked')]
print(sum(1 for i in acked if c[i]!=1))")
check "acknowledged facts not recorded exactly once" "$dups" 0
audit_checks
kill "$APP"; wait "$APP" 2>/dev/null

echo "== 2. SIGKILL during a bulk seed import, then import again"
SEED="$DATA/bulk.yml"
python3 -c "
print('facts:')
for i in range(20000):
    print(f'  - {{ factId: crash-bulk-{i}, kind: STATEMENT, when: {{ date: \"2024\", precision: YEAR }}, data: {{ speaker: s{i} }}, summaryEn: \"bulk {i}\", sources: [ {{ sourceId: 002_132dcbf3b4cce48d, locator: \"line 3\" }} ] }}')
" > "$SEED"
java -Xmx512m -jar "$JAR" --chronology.seeds.import-file="$SEED" --spring.main.web-application-type=none \
  --chronology.seeds.import-on-start=false > "$DATA/import1.log" 2>&1 & IMPORT=$!
for _ in $(seq 1 600); do grep -q 'bulk.yml: 4000/' "$DATA/import1.log" && break; sleep 0.1; done
kill -9 "$IMPORT"; wait "$IMPORT" 2>/dev/null; echo "killed the import at: $(grep -o 'bulk.yml: [0-9]*/[0-9]*' "$DATA/import1.log" | tail -1)"
killed_at=$(grep -o 'bulk.yml: [0-9]*/' "$DATA/import1.log" | tail -1 | tr -dc '0-9')
check "the import was killed before its end" "$([ "${killed_at:-20000}" -lt 20000 ] && echo yes || echo no)" yes
java -Xmx512m -jar "$JAR" --chronology.seeds.import-file="$SEED" --spring.main.web-application-type=none \
  --chronology.seeds.import-on-start=false > "$DATA/import2.log" 2>&1
grep -o 'Imported .*' "$DATA/import2.log"
java -Xmx512m -jar "$JAR" > "$DATA/app3.log" 2>&1 & APP=$!; up
curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/events" > "$DATA/export2.ndjson"
bulk=$(python3 -c "
import json,collections
c=collections.Counter(json.loads(l)['aggregateId'] for l in open('$DATA/export2.ndjson') if 'crash-bulk-' in l)
print(len(c), max(c.values()) if c else 0)")
check "bulk facts recorded, most copies of one" "$bulk" "20000 1"
check "hash chain valid" "$(curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/verify" | json "['valid']")" True
kill "$APP"; wait "$APP" 2>/dev/null
echo "== 3. SIGKILL PostgreSQL during concurrent writes with Idempotency-Key, restart, retry every key"
java -Xmx512m -jar "$JAR" > "$DATA/app4.log" 2>&1 & APP=$!; up
python3 bench/idempotent_writers.py send "$PORT" "$PW" "$DATA/keys.log" "$DATA/stop" & SENDERS=$!
sleep 8
PG=$(head -1 "$DATA/postgres/postmaster.pid"); kill -9 "$PG"; pkill -9 -P "$PG" 2>/dev/null
echo "killed PostgreSQL $PG and its backends"; sleep 3; touch "$DATA/stop"; wait "$SENDERS"
kill -9 "$APP"; wait "$APP" 2>/dev/null
echo "answers before the kill: $(grep -c ' 201 ' "$DATA/keys.log") x 201, $(grep -vc ' 201 ' "$DATA/keys.log") other"
java -Xmx512m -jar "$JAR" > "$DATA/app5.log" 2>&1 & APP=$!; up
python3 bench/idempotent_writers.py retry "$PORT" "$PW" "$DATA/keys.log"; check "every key answered with its first answer or done once" "$?" 0
curl -s -u "auditor:$PW" "localhost:$PORT/api/v1/audit/events" > "$DATA/export3.ndjson"
once=$(python3 -c "
import json,collections
final=json.load(open('$DATA/keys.log.final.json'))
c=collections.Counter(json.loads(l)['aggregateId'] for l in open('$DATA/export3.ndjson') if 'pg-kill w' in l and 'FactRecorded' in l)
print(sum(1 for k,f in final.items() if c[f]!=1), len(c)-len(set(final.values())))")
check "keys whose fact is not stored exactly once, facts without a key" "$once" "0 0"
audit_checks
kill "$APP"; wait "$APP" 2>/dev/null

[ $FAILED = 0 ] && echo "ALL PASS" || { echo "SOME FAILED (logs in $DATA)"; exit 1; }
