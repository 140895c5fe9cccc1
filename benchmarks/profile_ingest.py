"""Where the whole ingest spends its time beyond raw nlp.pipe: cProfile over one pass of a corpus.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sidelines_bench_ratio \\
        .venv/bin/python benchmarks/profile_ingest.py /tmp/sidelines-bench-corpus/articles.jsonl

The same work as `manage.py bench_extract`'s second timing (submit, articles_process_batch in batches of
32, rolled back), profiled. Prints the time by stage (raw spaCy, the rest of extraction, recording the
reports, the rest) and the 25 functions with the most cumulative time; the full profile goes to
benchmarks/results/ingest.prof (open it with `python -m pstats`).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["CELERY_BROKER_URL"] = ""


def main(path: str) -> None:
    import django

    django.setup()
    from django.db import transaction

    from ingest import nlp, services
    from ingest.sources import read_path

    items = [i.fields for i in read_path(Path(path)) if not i.error]
    nlp.get_nlp()
    nlp.extract_many([dict(text=f.get("text"), html=f.get("html"), title=f.get("title")) for f in items])  # warm, as bench_extract

    def work():
        with transaction.atomic():
            ids = [
                services.article_submit(source="bench", queue=False, **dict(f, url=f"urn:prof:{n}")).article.pk
                for n, f in enumerate(items)
            ]
            for i in range(0, len(ids), 32):
                services.articles_process_batch(article_ids=ids[i : i + 32])
            transaction.set_rollback(True)

    profile = cProfile.Profile()
    profile.runcall(work)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    profile.dump_stats(out / "ingest.prof")
    stats = pstats.Stats(profile)
    total = stats.total_tt

    def cumulative(match) -> float:
        return max((v[3] for k, v in stats.stats.items() if match(k)), default=0.0)

    stages = {
        "whole ingest": total,
        "spaCy Language.pipe (raw model)": cumulative(lambda k: k[2] == "pipe" and "spacy/language.py" in k[0]),
        "extract_many (cleaning + spaCy + rules)": cumulative(lambda k: k[2] == "extract_many"),
        "article_record_reports (resolve, merge, write)": sum(
            v[3] for k, v in stats.stats.items() if k[2] == "article_record_reports" and "meetings/services" in k[0]
        ),
        "article_submit": sum(v[3] for k, v in stats.stats.items() if k[2] == "article_submit"),
    }
    for name, seconds in stages.items():
        print(f"{name:50} {seconds:8.2f} s  {seconds / total * 100:5.1f} %")
    print()
    stats.sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main(sys.argv[1])
