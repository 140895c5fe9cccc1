"""Celery scaling: the same N articles through a real worker with 1 and then 2 processes, PostgreSQL + Redis.

    .venv/bin/python benchmarks/workers.py [--articles 200] [--concurrency 1 2]

Uses its own Redis (BENCH_REDIS_PORT, default 6391, started if absent) and database
(sidelines_bench_workers), emptied before each run. For each concurrency: start
`celery -A config worker -c C -P prefork`, warm every pool process up (each loads the spaCy model on its
first article) with 3 x C articles, then submit N articles through `article_submit` (which queues one
`ingest.process_article` task each) and time from the first submission until none is pending or
processing. Prints articles per second for each and the speed-up (target >= 1.7x on two cores).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "scripts" / "drills")]
PORT = int(os.environ.get("BENCH_REDIS_PORT", "6391"))
os.environ.update(
    {"DRILL_REDIS_PORT": str(PORT), "DRILL_DB": "sidelines_bench_workers", "DRILL_LOGS": "/tmp/sidelines-bench-workers"}
)

import drill  # noqa: E402 - the drills' helpers: services, worker process, database resets

TICK = os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (all cores; idle and iowait left out), from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / TICK


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and its live children (the pool), from /proc/<pid>/stat."""
    total = 0.0
    for child in [pid, *map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]:
        stat = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(stat[11]) + int(stat[12]) + int(stat[13]) + int(stat[14])) / TICK
    return total


def postgres_cpu_seconds() -> float:
    """CPU time of the local PostgreSQL: the postmaster, its live backends, and the backends that have exited
    (a connection per task is a backend per task; their time is added to the postmaster's cutime/cstime)."""
    pids = sorted(Path("/var/run/postgresql").glob("*.pid"))
    if not pids:
        return 0.0
    pid = int(pids[0].read_text().split()[0])
    return tree_cpu_seconds(pid)


def run_once(concurrency: int, items: list[dict], warmup: list[dict]) -> dict:
    drill.reset()
    worker = drill.Worker(concurrency, tag="bench")
    try:
        drill.submit(warmup)
        drill.wait_for(lambda: drill.states()["done"] + drill.states()["failed"] >= len(warmup), 300, "warm-up")
        start, busy, worker_cpu = time.perf_counter(), machine_busy_seconds(), tree_cpu_seconds(worker.proc.pid)
        pg_cpu, own_cpu = postgres_cpu_seconds(), sum(os.times()[:2])
        drill.submit(items)
        drill.wait_for(lambda: (lambda s: s["pending"] + s["processing"] == 0)(drill.states()), 1200, f"{len(items)} articles")
        seconds = time.perf_counter() - start
        busy, worker_cpu = machine_busy_seconds() - busy, tree_cpu_seconds(worker.proc.pid) - worker_cpu
        pg_cpu, own_cpu = postgres_cpu_seconds() - pg_cpu, sum(os.times()[:2]) - own_cpu
    finally:
        worker.stop()
    counts = drill.states()
    return {
        "concurrency": concurrency,
        "articles": len(items),
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(items) / seconds, 3),
        "states": dict(counts),
        # where the two cores went while the clock ran: the worker's processes, and the whole machine
        # (PostgreSQL, Redis, this script's submissions and polling, and whatever else the machine runs)
        "cpu_seconds_worker": round(worker_cpu, 1),
        "cpu_seconds_postgres": round(pg_cpu, 1),
        "cpu_seconds_this_script": round(own_cpu, 1),
        "cpu_seconds_machine": round(busy, 1),
        "cores_busy": round(busy / seconds, 2),
    }


def main() -> int:
    import corpus

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    drill.prepare()
    everything = corpus.articles(args.articles + 12, seed=11)
    results = []
    for c in args.concurrency:
        warmup, items = everything[: 3 * c], everything[12 : 12 + args.articles]
        results.append(run_once(c, items, warmup))
        print(json.dumps(results[-1]), flush=True)
    if len(results) >= 2:
        speedup = results[-1]["articles_per_second"] / results[0]["articles_per_second"]
        print(
            f"speed-up {results[0]['concurrency']} -> {results[-1]['concurrency']} processes: {speedup:.2f}x "
            f"({'ok' if speedup >= 1.7 else 'MISS'}, target 1.7x)"
        )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "workers.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
