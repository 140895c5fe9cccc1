"""Scale: p50 and p95 of the filtered meetings list, the encounters query and the timeline page at two sizes.

    .venv/bin/python benchmarks/scale.py [--sizes 1000 100000] [--requests 60] [--regenerate]

For each size it uses a dedicated PostgreSQL database (sidelines_bench_1k, sidelines_bench_100k), filled once by
`manage.py generate_synthetic --meetings <size>` (kept between runs; --regenerate makes it anew), then
measures in a child process with Django's test client under production settings (DEBUG off, no
throttling), so the figures are the view, the ORM and PostgreSQL, not a network or a web server.
Each URL is requested a few times to warm up and then --requests times; p50 and p95 are in milliseconds.
For every URL the slowest query of one request is printed with EXPLAIN ANALYZE to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
RESULTS = ROOT / "benchmarks" / "results"
PY = str(ROOT / ".venv" / "bin" / "python")


def db_name(size: int) -> str:
    return f"sidelines_bench_{size // 1000}k" if size % 1000 == 0 else f"sidelines_bench_{size}"


def bench_env(size: int) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": f"{PG}/{db_name(size)}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "THROTTLE_ANON": "1000000/minute",
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": "",
    }


def ensure_data(size: int, regenerate: bool) -> None:
    env, name = bench_env(size), db_name(size)
    exists = subprocess.run(
        ["psql", f"{PG}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if exists and not regenerate:
        subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        count = subprocess.run(
            ["psql", f"{PG}/{name}", "-tAc", "SELECT count(*) FROM meetings_meeting"], capture_output=True, text=True
        ).stdout.strip()
        if count.isdigit() and int(count) >= size:
            return
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    started = time.perf_counter()
    subprocess.run([PY, "manage.py", "generate_synthetic", "--meetings", str(size)], cwd=ROOT, env=env, check=True)
    print(f"generated {size} meetings in {time.perf_counter() - started:.0f} s", flush=True)
    subprocess.run(["psql", f"{PG}/{name}", "-qc", "VACUUM ANALYZE"], check=True)


def measure(size: int, requests: int) -> dict:
    """Runs inside the child process, with the size's database configured."""
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count, F
    from django.db.models.functions import Abs
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from meetings.models import Participant, Person

    lavrov = Person.objects.get(name="Sergey Lavrov")
    # The most-met people's meetings grow with the data (Lavrov: ~300 at 1k, ~17,000 at 100k), so their
    # figures mix the cost of a bigger table with that of a bigger answer. A person with about as many
    # meetings at both sizes (~100), and their most frequent partner, isolate the cost of the table.
    peer = Person.objects.annotate(n=Count("participations")).filter(n__gte=60).order_by(Abs(F("n") - 100), "pk").first()
    partner = (
        Participant.objects.filter(meeting__participants__person=peer, person__isnull=False)
        .exclude(person=peer)
        .values("person")
        .annotate(n=Count("id"))
        .order_by("-n", "person")
        .first()["person"]
    )
    urls = {
        "meetings list ?participant=Lavrov&status=held": "/api/v1/meetings/?participant=Lavrov&status=held",
        "meetings list ?participant=Lavrov&participant=Kerry": "/api/v1/meetings/?participant=Sergei%20Lavrov&participant=Kerry",
        "encounters Lavrov with Kerry": f"/api/v1/people/{lavrov.pk}/encounters/?with=Kerry",
        "meetings list ?participant=<~100 meetings>&status=held": f"/api/v1/meetings/?participant={peer.pk}&status=held",
        "encounters <~100 meetings> with partner": f"/api/v1/people/{peer.pk}/encounters/?with={partner}",
        "timeline page /": "/",
        "timeline page /?person=Lavrov": "/?person=Lavrov",
    }
    client = Client()
    figures = {}
    RESULTS.mkdir(exist_ok=True)
    explain_lines = []
    for label, url in urls.items():
        for _ in range(5):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code, response.content[:300])
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        slowest = max(queries.captured_queries, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
            plan = "\n".join(row[0] for row in cursor.fetchall())
        explain_lines.append(
            f"## {label}  ({url})\n{len(queries)} queries; slowest {slowest['time']} s:\n{slowest['sql']}\n\n{plan}\n"
        )
        times.sort()
        figures[label] = {
            "url": url,
            "results": response.json().get("count", len(response.json().get("meetings", []))) if "/api/" in url else None,
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
            "queries": len(queries),
            "bytes": len(response.content),
        }
    (RESULTS / f"explain-{size}.txt").write_text("\n".join(explain_lines))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.measure, args.requests)))
        return 0

    # production settings serve hashed static files: collect them, as a deploy does (STATIC_ROOT, git-ignored)
    subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=bench_env(args.sizes[0]), check=True)
    results = {}
    for size in args.sizes:
        ensure_data(size, args.regenerate)
        out = subprocess.run(
            [PY, __file__, "--measure", str(size), "--requests", str(args.requests)],
            cwd=ROOT,
            env=bench_env(size),
            capture_output=True,
            text=True,
        )
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        results[size] = json.loads(out.stdout.strip().splitlines()[-1])
    small, large = min(results), max(results)
    print(f"{'':55} " + "  ".join(f"{f'p50@{s}':>10} {f'p95@{s}':>10}" for s in results) + "   ratio p50")
    for label in results[small]:
        row = "  ".join(f"{results[s][label]['p50_ms']:>10} {results[s][label]['p95_ms']:>10}" for s in results)
        ratio = results[large][label]["p50_ms"] / results[small][label]["p50_ms"]
        verdict = "ok" if ratio <= 1.5 else "MISS"
        print(f"{label:55} {row}   {ratio:5.2f} {verdict}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
