#!/usr/bin/env python3
"""Writers with Idempotency-Key for bench/crash.sh: `send` writes until a stop file appears, logging each
key's answer (or its failure); `retry` re-sends every key with its own body and checks the answers."""
import base64, json, os, sys, threading, urllib.request, urllib.error

port, password, log = sys.argv[2], sys.argv[3], sys.argv[4]
auth = 'Basic ' + base64.b64encode(f'editor:{password}'.encode()).decode()

def body(key):
    return json.dumps({"kind": "MILESTONE", "when": {"date": "2024", "precision": "YEAR"}, "data": {"key": key},
                       "sources": [{"sourceId": "002_132dcbf3b4cce48d", "locator": "line 3"}],
                       "summaryEn": f"pg-kill {key}"}).encode()

def post(key):
    req = urllib.request.Request(f'http://localhost:{port}/api/v1/facts', data=body(key), method='POST',
                                 headers={'Content-Type': 'application/json', 'Authorization': auth, 'Idempotency-Key': key})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read()).get('factId'), r.headers.get('Idempotent-Replayed')
    except urllib.error.HTTPError as e:
        return e.code, None, None
    except Exception as e:
        return 0, None, None

if sys.argv[1] == 'send':
    stop, lock, out = sys.argv[5], threading.Lock(), open(log, 'a')
    def writer(w):
        i = 0
        while not os.path.exists(stop):
            key = f'w{w}-{i}'; i += 1
            status, fact, _ = post(key)
            with lock:
                out.write(f'{key} {status} {fact}\n'); out.flush()
    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    [t.start() for t in threads]; [t.join() for t in threads]
else:
    first = {}
    for line in open(log):
        key, status, fact = line.split()
        first[key] = (int(status), fact)
    bad, replayed, redone = [], 0, 0
    for key, (status, fact) in first.items():
        status2, fact2, again = post(key)
        if status2 != 201:
            bad.append(f'{key}: retry answered {status2}')
        elif 200 <= status < 300 and fact2 != fact:
            bad.append(f'{key}: answered {fact} before the crash, {fact2} after')
        replayed += 1 if again else 0
        redone += 0 if 200 <= status < 300 else 1
        first[key] = (201, fact2)
    json.dump({k: v[1] for k, v in first.items()}, open(log + '.final.json', 'w'))
    print(f'keys {len(first)}, answered 2xx before the crash {sum(1 for l in open(log) if " 201 " in l)}, '
          f'replayed {replayed}, failed before and done on retry {redone}')
    print('\n'.join(bad[:10]))
    sys.exit(1 if bad else 0)
