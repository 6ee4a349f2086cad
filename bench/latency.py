#!/usr/bin/env python3
"""Times one GET as a demo user (password = login): 30 warm-up calls, then p50/p95/p99 in ms. bench/remeasure uses it."""
import base64
import sys
import time
import urllib.request

port, user, path = sys.argv[1], sys.argv[2], sys.argv[3]
samples = int(sys.argv[4]) if len(sys.argv) > 4 else 200
auth = base64.b64encode(f"{user}:{user}".encode()).decode()


def call():
    request = urllib.request.Request(f"http://localhost:{port}{path}",
                                     headers={"Authorization": "Basic " + auth, "Accept": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        size = len(response.read())
    return (time.perf_counter() - start) * 1000, size


for _ in range(30):
    call()
times = []
size = 0
for _ in range(samples):
    ms, size = call()
    times.append(ms)
times.sort()


def q(p):
    return times[min(len(times) - 1, int(p * len(times)))]


print(f"{user:12s} {path[:64]:64s} p50 {q(.50):7.1f}  p95 {q(.95):7.1f}  p99 {q(.99):7.1f} ms  ({size} B)")
