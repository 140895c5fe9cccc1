"""Where the whole ingest's time goes beyond spaCy, without a profiler's overhead.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sidelines_bench_ratio \\
        .venv/bin/python benchmarks/ingest_stages.py ../shared/eval/dev/articles.jsonl [--repeat 3]

Times raw `nlp.pipe` over the texts, then the whole ingest (`article_submit`, `articles_process_batch`
in batches of 32, rolled back) with the stages of recording wrapped in wall-clock counters: extraction
(cleaning, spaCy and the rules), recording as a whole, and inside it resolving people, finding candidate
meetings, refreshing meetings and raising flags. Statements are counted, and the time spent waiting on the database driver
is summed over all stages (round trips against ORM work).
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["CELERY_BROKER_URL"] = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    import meetings.services.reports as recording
    from ingest import nlp, services
    from ingest.sources import read_path

    spent: collections.Counter = collections.Counter()

    def timed(module, name, label):
        inner = getattr(module, name)

        def wrapper(*a, **kw):
            start = time.perf_counter()
            try:
                return inner(*a, **kw)
            finally:
                spent[label] += time.perf_counter() - start

        setattr(module, name, wrapper)

    timed(services, "article_submit", "submitting (hash, insert)")
    timed(nlp, "extract_many", "extraction (clean, spaCy, rules)")
    timed(services, "article_store_result", "storing the result")
    timed(services, "article_record_reports", "  recording")
    timed(recording, "people_resolve", "    resolving people")
    timed(recording, "_meeting_options", "    candidate meetings")
    timed(recording, "meetings_refresh", "    refreshing meetings")
    timed(recording, "_flags_raise", "    flags")

    items = [i.fields for i in read_path(Path(args.path)) if not i.error]
    model = nlp.get_nlp()
    texts = [f.get("text") or f.get("html") or "" for f in items]
    # both sides warmed up over the whole corpus, as `manage.py bench_extract` does
    list(model.pipe(texts, batch_size=32))
    nlp.extract_many(items)
    spent.clear()
    start = time.perf_counter()
    for _ in model.pipe(texts * args.repeat, batch_size=32):
        pass
    raw = time.perf_counter() - start

    def in_driver(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["in the database driver (all stages)"] += time.perf_counter() - start

    with transaction.atomic(), CaptureQueriesContext(connection) as queries, connection.execute_wrapper(in_driver):
        start = time.perf_counter()
        for round_ in range(args.repeat):
            ids = [
                services.article_submit(
                    source="bench", queue=False,
                    **dict(f, url=f"urn:stages:{round_}:{n}", text=(f.get("text") or "") + (f"\n\n({round_})" if round_ else "")),
                ).article.pk
                for n, f in enumerate(items)
            ]
            for i in range(0, len(ids), 32):
                services.articles_process_batch(article_ids=ids[i : i + 32])
        whole = time.perf_counter() - start
        transaction.set_rollback(True)

    n = len(items) * args.repeat
    print(f"{n} articles ({connection.vendor})")
    print(f"{'raw nlp.pipe':34s} {raw:7.3f} s")
    print(f"{'whole ingest':34s} {whole:7.3f} s   ratio {raw / whole:.3f}")
    for label, seconds in spent.items():
        print(f"{label:34s} {seconds:7.3f} s   {1000 * seconds / n:6.2f} ms an article")
    print(f"{'SQL statements':34s} {len(queries.captured_queries):7d}     {len(queries.captured_queries) / n:6.1f} an article")


if __name__ == "__main__":
    main()
