"""Fault drills: a real Celery worker on PostgreSQL and Redis, a fault injected mid-ingest, then a check
that every article ended done or failed, none lost and none duplicated.

    .venv/bin/python scripts/drills/drill.py [kill-worker] [restart-redis] [restart-postgres]   (default: all three)

It uses its own Redis (port DRILL_REDIS_PORT, default 6390) and its own database (DRILL_DB, default
sidelines_drills on the local cluster), so nobody else's tests see it — except the PostgreSQL restart,
which restarts the whole local cluster: run that drill when nobody else is using it.

Each drill: flush the drill database and Redis; submit articles (synthetic texts from benchmarks/corpus.py)
through `article_submit`, which queues them; start `celery -A config worker -c 1 -P prefork`; when a few
are done, inject the fault; recover as production would (a new worker; Redis and PostgreSQL back; the
sweeper, which Celery beat runs every two minutes in production, run here every few seconds with a short
threshold); wait until nothing is pending or processing, bounded in time; check.

"None duplicated" is checked three ways: one article row per submitted text; each done article holds
exactly as many reports as a fault-free in-process run of the same text gives (the baseline, taken
first); every meeting's report_count and status trail match its reports.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
REDIS_PORT = int(os.environ.get("DRILL_REDIS_PORT", "6390"))
DB_NAME = os.environ.get("DRILL_DB", "sidelines_drills")
PG = os.environ.get("DRILL_PG", "postgres://postgres@127.0.0.1:5432")
ARTICLES = int(os.environ.get("DRILL_ARTICLES", "40"))
STUCK_AFTER = int(os.environ.get("DRILL_STUCK_AFTER", "20"))  # seconds before the sweeper re-queues
TIMEOUT = int(os.environ.get("DRILL_TIMEOUT", "300"))  # each drill gives up after this long
LOGS = Path(os.environ.get("DRILL_LOGS", "/tmp/sidelines-drills"))

os.environ.update(
    DATABASE_URL=f"{PG}/{DB_NAME}",
    CELERY_BROKER_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
    DJANGO_SETTINGS_MODULE="config.settings",
    LOG_LEVEL=os.environ.get("LOG_LEVEL", "WARNING"),
)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(*cmd: str, check: bool = True, quiet: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=check, cwd=ROOT, capture_output=quiet, text=True, timeout=120)


# --- services ----------------------------------------------------------------------------------------


def redis_up() -> bool:
    return run("redis-cli", "-p", str(REDIS_PORT), "ping", check=False).stdout.strip() == "PONG"


def redis_start() -> None:
    run(
        "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no"
    )
    wait_for(redis_up, 15, "Redis to start")


def redis_stop() -> None:
    run("redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave", check=False)
    wait_for(lambda: not redis_up(), 15, "Redis to stop")


def postgres_restart() -> None:
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
    wait_for(lambda: run("pg_isready", "-h", "127.0.0.1", "-q", check=False).returncode == 0, 30, "PostgreSQL")


def wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise TimeoutError(f"gave up waiting for {what} after {seconds:.0f} s")


class Worker:
    """`celery -A config worker -c N -P prefork` in its own process group, so kill -9 reaches the pool too."""

    count = 0

    def __init__(self, concurrency: int = 1, tag: str = "drill"):
        Worker.count += 1
        LOGS.mkdir(parents=True, exist_ok=True)
        self.logfile = LOGS / f"{tag}-worker-{Worker.count}.log"
        self.proc = subprocess.Popen(
            [
                str(ROOT / ".venv/bin/celery"),
                "-A",
                "config",
                "worker",
                "-c",
                str(concurrency),
                "-P",
                "prefork",
                "-n",
                f"{tag}{Worker.count}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "INFO",
            ],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=self.logfile.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.kill9()


# --- the drill database ------------------------------------------------------------------------------


def prepare() -> None:
    exists = run("psql", f"{PG}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{DB_NAME}'").stdout.strip()
    if not exists:
        run("createdb", "-h", "127.0.0.1", "-U", "postgres", DB_NAME)
    run(str(ROOT / ".venv/bin/python"), "manage.py", "migrate", "--noinput", "-v0")
    if not redis_up():
        redis_start()
    import django

    django.setup()


def reset() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    run("redis-cli", "-p", str(REDIS_PORT), "flushall")


def db(call, *, attempts: int = 60):
    """Run a database call, riding out a database that is restarting."""
    from django.db import DatabaseError, close_old_connections, connection

    for n in range(attempts):
        try:
            return call()
        except DatabaseError:
            if n == attempts - 1:
                raise
            connection.close()
            close_old_connections()
            time.sleep(0.5)


def states() -> Counter:
    from meetings.models import Article

    return db(lambda: Counter(Article.objects.values_list("state", flat=True)))


def submit(items: list[dict]) -> None:
    from ingest import services

    for item in items:
        fields = {k: item[k] for k in ("url", "title", "outlet", "published", "text")}
        services.article_submit(source="drill", **fields)


def settle(deadline: float) -> Counter:
    """Sweep every few seconds until nothing is pending or processing, or the deadline passes."""
    from ingest import services

    last_sweep = 0.0
    while time.monotonic() < deadline:
        counts = states()
        if not counts["pending"] and not counts["processing"]:
            return counts
        if time.monotonic() - last_sweep > 5:
            db(lambda: services.articles_sweep(stuck_after_seconds=STUCK_AFTER))
            last_sweep = time.monotonic()
        time.sleep(1)
    return states()


def baseline(items: list[dict]) -> dict[str, int]:
    """Reports per article URL from a fault-free, in-process run of the same texts."""
    from django.db.models import Count

    from ingest import services
    from meetings.models import Article

    reset()
    for item in items:
        fields = {k: item[k] for k in ("url", "title", "outlet", "published", "text")}
        services.article_submit(source="drill", queue=False, **fields)
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for i in range(0, len(ids), 16):
        services.articles_process_batch(article_ids=ids[i : i + 16])
    return dict(Article.objects.annotate(n=Count("reports")).values_list("url", "n"))


def check(items: list[dict], expected: dict[str, int]) -> dict:
    from django.db.models import Count, F

    from meetings.models import Article, Meeting, StatusStep

    urls = [i["url"] for i in items]
    rows = db(lambda: list(Article.objects.values_list("url", "state").annotate(n=Count("reports"))))
    found = Counter(url for url, _, _ in rows)
    problems = []
    lost = [u for u in urls if u not in found]
    doubled = [u for u, n in found.items() if n > 1]
    unsettled = [u for u, state, _ in rows if state not in ("done", "failed")]
    wrong = [(u, n, expected.get(u)) for u, state, n in rows if state == "done" and expected and n != expected.get(u)]
    miscounted = db(lambda: Meeting.objects.annotate(n=Count("reports")).exclude(n=F("report_count")).count())
    trail = db(
        lambda: StatusStep.objects.filter(report__isnull=False).values("report").annotate(n=Count("id")).filter(n__gt=1).count()
    )
    for name, value in (
        ("lost", lost),
        ("duplicated", doubled),
        ("not settled", unsettled),
        ("reports differ from baseline", wrong),
    ):
        if value:
            problems.append(f"{len(value)} {name}: {value[:5]}")
    if miscounted:
        problems.append(f"{miscounted} meetings whose report_count is not their reports")
    if trail:
        problems.append(f"{trail} reports with more than one trail step")
    return {"states": dict(Counter(s for _, s, _ in rows)), "articles": len(rows), "submitted": len(urls), "problems": problems}


# --- the drills --------------------------------------------------------------------------------------


def until_done(n: int, seconds: float = 120) -> None:
    wait_for(lambda: states()["done"] + states()["failed"] >= n, seconds, f"{n} articles processed")


def drill_kill_worker(items):
    submit(items)
    worker = Worker()
    until_done(5)
    before = states()
    worker.kill9()
    log(f"kill -9 the worker (main and pool) at {dict(before)}")
    time.sleep(2)
    worker = Worker()
    return worker


def drill_restart_redis(items):
    first, rest = items[: len(items) * 3 // 4], items[len(items) * 3 // 4 :]
    submit(first)
    worker = Worker()
    until_done(5)
    redis_stop()
    log(f"Redis shut down (nosave: every queued message is gone) at {dict(states())}")
    submit(rest)  # stored while the broker is down: not queued, the sweeper queues them
    log(f"submitted {len(rest)} more while Redis was down")
    time.sleep(3)
    redis_start()
    log("Redis back, empty")
    return worker


def drill_restart_postgres(items):
    submit(items)
    worker = Worker()
    until_done(5)
    log(f"restarting PostgreSQL at {dict(states())}")
    postgres_restart()
    log("PostgreSQL back")
    return worker


DRILLS = {"kill-worker": drill_kill_worker, "restart-redis": drill_restart_redis, "restart-postgres": drill_restart_postgres}


def main(names: list[str]) -> int:
    import corpus

    names = names or list(DRILLS)
    unknown = [n for n in names if n not in DRILLS]
    if unknown:
        print(f"unknown drill(s) {unknown}; choose from {list(DRILLS)}", file=sys.stderr)
        return 2
    prepare()
    items = corpus.articles(ARTICLES, seed=42)
    started = time.monotonic()
    expected = baseline(items)
    log(f"baseline: {len(items)} articles, {sum(expected.values())} reports, fault-free ({time.monotonic() - started:.0f} s)")
    failures = 0
    for name in names:
        reset()
        started = time.monotonic()
        log(f"--- {name}: {len(items)} articles")
        worker = None
        try:
            worker = DRILLS[name](items)
            counts = settle(started + TIMEOUT)
            result = check(items, expected)
        finally:
            if worker:
                worker.stop()
            if not redis_up():
                redis_start()
        result.update(drill=name, seconds=round(time.monotonic() - started, 1))
        ok = not result["problems"]
        failures += not ok
        log(f"{'PASS' if ok else 'FAIL'} {name}: {json.dumps(result)} {dict(counts)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
