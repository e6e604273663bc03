#!/usr/bin/env python3
"""Drives full lifecycles through the REST APIs and prints lifecycles per second.

  lifecycles.py akn|baseline N CONCURRENCY URL [URL ...]

akn: POST /api/measures (km-kaarst, five invited towns), the coordinator approves, six co-sign
decisions (the five towns and the lead town Kaarst), two progress reports (the second final), the coordinator accepts -> COMPLETED.
baseline: start "baseline-lifecycle" and complete its eleven user tasks (one per step of ours).
Each lifecycle runs on one URL (round robin over the URLs given). Prints one line:
  lifecycles=N seconds=S per_second=R errors=E complete_p95_ms=C propose_p95_ms=P
(p95 of the task completions and of POST /api/measures, measured at the client; with CONCURRENCY 1
these are the latencies without load).
"""
import base64, json, sys, threading, time, urllib.request, urllib.error

KIND, N, CONC, URLS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
TIMINGS = {"complete": [], "propose": []}
TOWNS = ["dormagen", "grevenbroich", "juechen", "korschenbroich", "meerbusch"]


def call(base, user, method, path, body=None, expect=(200, 201, 204)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if user:
        req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    with urllib.request.urlopen(req, timeout=60) as resp:
        if resp.status not in expect:
            raise RuntimeError(f"{method} {path}: {resp.status}")
        raw = resp.read()
        return json.loads(raw) if raw else None


def wait_task(base, user, query, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        tasks = call(base, user, "GET", "/engine-rest/task?" + query)
        if tasks:
            return tasks[0]["id"]
        time.sleep(0.02)
    raise RuntimeError("no task for " + query)


def timed(kind, fn):
    start = time.perf_counter()
    result = fn()
    TIMINGS[kind].append((time.perf_counter() - start) * 1000)
    return result


def p95(values):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]


def complete(base, user, task_id, values):
    timed("complete", lambda: call(base, user, "POST", f"/engine-rest/task/{task_id}/complete",
         {"variables": {k: {"value": v} for k, v in values.items()}}))


def akn_lifecycle(base):
    body = {"title": "Benchmark-Maßnahme", "summary": "Ein vollständiger Lebenslauf für den Benchmark.",
            "category": "AWARENESS", "sdgs": [13], "estimatedCostEur": 10000, "estimatedStaffDays": 10,
            "co2SavingsTonnesPerYear": 5, "costSplit": "EQUAL", "plannedStart": "2027-03-01",
            "plannedEnd": "2027-09-30", "invitedMembers": TOWNS}
    ref = timed("propose", lambda: call(base, "km-kaarst", "POST", "/api/measures", body))["reference"]
    q = f"processInstanceBusinessKey={ref}"
    complete(base, "coordinator", wait_task(base, "coordinator", q + "&taskDefinitionKey=Task_FormalReview"),
             {"reviewDecision": "APPROVE"})
    for town in ["kaarst"] + TOWNS:  # the lead town decides in the co-sign round too
        complete(base, "km-" + town, wait_task(base, "km-" + town, q + "&taskDefinitionKey=Task_CosignDecision"),
                 {"cosignDecision": "COSIGN"})
    report = {"progressPercent": 50, "progressStatus": "ON_TRACK", "spentEur": 5000, "progressText": "Halbzeit."}
    complete(base, "km-kaarst", wait_task(base, "km-kaarst", q + "&taskDefinitionKey=Task_ProgressReport"), report)
    final = dict(report, progressPercent=100, spentEur=9800, progressText="Fertig.", finalReport=True)
    complete(base, "km-kaarst", wait_task(base, "km-kaarst", q + "&taskDefinitionKey=Task_ProgressReport"), final)
    complete(base, "coordinator", wait_task(base, "coordinator", q + "&taskDefinitionKey=Task_AcceptFinalReport"),
             {"acceptDecision": "ACCEPT"})
    end = time.time() + 60
    while call(base, "coordinator", "GET", f"/api/measures/{ref}")["status"] != "COMPLETED":
        if time.time() > end:
            raise RuntimeError(ref + " not completed")
        time.sleep(0.02)


def baseline_lifecycle(base):
    pid = call(base, None, "POST", "/engine-rest/process-definition/key/baseline-lifecycle/start", {})["id"]
    for _ in range(11):
        complete(base, None, wait_task(base, None, f"processInstanceId={pid}"), {})


def main():
    run = akn_lifecycle if KIND == "akn" else baseline_lifecycle
    counter = iter(range(N))
    lock = threading.Lock()
    errors = []

    def worker():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            try:
                run(URLS[i % len(URLS)])
            except Exception as e:  # counted and reported, never hidden
                errors.append(repr(e))

    start = time.time()
    threads = [threading.Thread(target=worker) for _ in range(CONC)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.time() - start
    done = N - len(errors)
    print(f"lifecycles={done} seconds={seconds:.1f} per_second={done / seconds:.2f} errors={len(errors)} "
          f"complete_p95_ms={p95(TIMINGS['complete']):.1f} propose_p95_ms={p95(TIMINGS['propose']):.1f}")
    for e in errors[:3]:
        print("  error:", e, file=sys.stderr)


if __name__ == "__main__":
    main()
