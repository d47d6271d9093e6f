#!/usr/bin/env bash
# Password guessing against one node (SECURITY.md): 8 clients send wrong passwords for "editor" while one analyst
# reads /api/v1/presence. Two rounds: every guess from one address, then every guess from a new address (a botnet;
# the server is told to trust X-Forwarded-For for this). Prints the answers the guessers got and the reader's
# latency before and during each round. Usage: bench/guessing.sh [seconds per round, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_ROUND=${1:-20}
JAR=$(ls target/sijill-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { mvn -B -q -ntp package -DskipTests; JAR=$(ls target/sijill-*.jar | grep -v original | head -1); }
DATA=$(mktemp -d); PORT=18181
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
CHRONOLOGY_DATA_DIR=$DATA CHRONOLOGY_EDITOR_PASSWORD=the-right-one java -Xmx512m -jar "$JAR" --server.port=$PORT \
  --server.forward-headers-strategy=framework > "$DATA/app.log" 2>&1 & APP=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" | grep -q UP && break; sleep 1; done
python3 - "$PORT" "$SECONDS_PER_ROUND" <<'PY'
import sys, time, threading, urllib.request, urllib.error, base64, random, collections, statistics
port, seconds = int(sys.argv[1]), int(sys.argv[2])
base = f"http://localhost:{port}"
def read_latencies(stop):
    out = []
    while not stop.is_set():
        t = time.perf_counter()
        urllib.request.urlopen(f"{base}/api/v1/presence?on=2021-12-20").read()
        out.append((time.perf_counter() - t) * 1000)
    return out
def measure(attack):
    stop = threading.Event(); answers = collections.Counter(); lat = []
    reader = threading.Thread(target=lambda: lat.extend(read_latencies(stop)))
    def guesser(n):
        i = 0
        while not stop.is_set():
            i += 1
            address = "203.0.113.7" if attack == "one address" else f"10.{n}.{(i >> 8) & 255}.{i & 255}"
            req = urllib.request.Request(f"{base}/api/v1/sources", headers={
                "Authorization": "Basic " + base64.b64encode(f"editor:guess-{n}-{i}".encode()).decode(),
                "X-Forwarded-For": address})
            try:
                urllib.request.urlopen(req).read(); answers[200] += 1
            except urllib.error.HTTPError as e:
                answers[e.code] += 1
    threads = [threading.Thread(target=guesser, args=(n,)) for n in range(8)] if attack else []
    reader.start(); [t.start() for t in threads]
    time.sleep(seconds); stop.set(); reader.join(); [t.join() for t in threads]
    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
    return answers, len(lat), statistics.median(lat), p(0.99)
for attack in [None, "one address", None, "a new address per guess"]:
    answers, n, p50, p99 = measure(attack)
    label = attack or "no attack"
    print(f"{label:26s} reader: {n:5d} reads, p50 {p50:6.1f} ms, p99 {p99:6.1f} ms; guessers got {dict(answers)}")
PY
echo "log lines: $(grep -c 'Sign-in failed' "$DATA/app.log") 'Sign-in failed', $(grep -c 'Sign-in throttled' "$DATA/app.log") 'Sign-in throttled'"
