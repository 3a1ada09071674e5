#!/usr/bin/env python3
"""A burst of concurrent initiative creations for scripts/faults/kill9 (stdlib only).

Usage: burst.py BASE_URL EMAIL PASSWORD WORD COUNT PARALLEL ACK_FILE

Every request whose full 2xx answer arrived is appended to ACK_FILE as "index id" and
flushed at once, so the caller can watch the count grow and kill the server mid-burst.
A request that got no answer (connection refused or reset after the kill) is not
acknowledged: the client cannot know whether it was written. The summary on stdout is
"sent acknowledged failed".
"""
import base64
import json
import sys
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, email, password, word, count, parallel, ack_path = sys.argv[1:8]
count, parallel = int(count), int(parallel)
auth = "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()
lock = threading.Lock()
ack = open(ack_path, "a", buffering=1)
failed = 0


def create(i):
    global failed
    body = json.dumps({
        "name": f"Fictief kill9-initiatief {word} {i}",
        "goal": "Fictief: telt of elke erkende schrijfactie een kill -9 overleeft.",
        "municipalityCodes": ["GM0307"],
        "recordStatus": "published",
    }).encode()
    req = urllib.request.Request(base + "/api/v1/initiatives", data=body, method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": auth})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            answer = json.loads(res.read())
            if 200 <= res.status < 300:
                with lock:
                    ack.write(f"{i} {answer['id'].lower()}\n")
                    ack.flush()
                return
    except (urllib.error.URLError, ConnectionError, OSError, ValueError, KeyError):
        pass
    with lock:
        failed += 1


with ThreadPoolExecutor(max_workers=parallel) as pool:
    list(pool.map(create, range(count)))
ack.close()
acknowledged = sum(1 for _ in open(ack_path))
print(count, acknowledged, failed)
