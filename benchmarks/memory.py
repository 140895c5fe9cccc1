"""Worker memory: resident set size while one process ingests many articles with the real extractor.

    .venv/bin/python benchmarks/memory.py [--articles 10000] [--batch 32] [--warmup 1000]

Articles are synthetic (benchmarks/corpus.py, short news items of 2-8 sentences, each with its own
names, dates and numbers, so the spaCy vocabulary sees new strings all along). They are submitted and
processed batch by batch through `ingest.services.articles_process_batch`, the service the worker's
batch task calls, in this process, against a dedicated PostgreSQL database (sidelines_bench_memory,
emptied first). RSS is read from /proc/self/status after every batch. The verdict compares RSS after the
warm-up with the maximum and the final RSS: flat means within +-10 % of the post-warm-up figure.
Samples go to benchmarks/results/memory.csv.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB = "sidelines_bench_memory"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def short_articles(count: int, seed: int):
    """Short items built from the corpus sentences: 2-8 sentences, each article different."""
    import corpus

    rng = random.Random(seed)
    for n in range(count):
        item = corpus.article(rng, n)
        sentences = item["text"].replace("\n\n", " ").split(". ")
        keep = rng.randint(2, 8)
        item["text"] = ". ".join(sentences[:keep]).rstrip(".") + f". Reported by correspondent no. {n}."
        yield item


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--warmup", type=int, default=1000, help="articles before the reference RSS is taken")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DB], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DB], check=True)
    os.environ.update(
        DATABASE_URL=f"{PG}/{DB}", DJANGO_SETTINGS_MODULE="config.settings", CELERY_BROKER_URL="", LOG_LEVEL="WARNING"
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from ingest import nlp, services

    nlp.get_nlp()
    samples = [(0, rss_mib(), 0.0)]
    started = time.perf_counter()
    done = 0
    batch: list[dict] = []
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)

    def flush(batch):
        ids = [services.article_submit(source="bench", queue=False, **b).article.pk for b in batch]
        counts = services.articles_process_batch(article_ids=ids)
        return sum(counts.values())

    for item in short_articles(args.articles, args.seed):
        batch.append({k: item[k] for k in ("url", "title", "outlet", "published", "text")})
        if len(batch) == args.batch:
            done += flush(batch)
            batch = []
            samples.append((done, rss_mib(), time.perf_counter() - started))
            if len(samples) % 20 == 0:
                print(f"{done:>6} articles  RSS {samples[-1][1]:7.1f} MiB  {samples[-1][2]:6.0f} s", flush=True)
    if batch:
        done += flush(batch)
    gc.collect()
    samples.append((done, rss_mib(), time.perf_counter() - started))

    with (out / "memory.csv").open("w") as fh:
        fh.write("articles,rss_mib,seconds\n")
        fh.writelines(f"{n},{r:.1f},{s:.1f}\n" for n, r, s in samples)
    reference = next(r for n, r, _ in samples if n >= args.warmup)
    after = [r for n, r, _ in samples if n >= args.warmup]
    figures = {
        "articles": done,
        "seconds": round(samples[-1][2], 1),
        "rss_start_mib": round(samples[0][1], 1),
        "rss_after_warmup_mib": round(reference, 1),
        "rss_max_mib": round(max(after), 1),
        "rss_final_mib": round(samples[-1][1], 1),
        "growth_after_warmup_pct": round((max(after) - reference) / reference * 100, 1),
        "final_vs_warmup_pct": round((samples[-1][1] - reference) / reference * 100, 1),
        "strings_in_vocab": len(nlp.get_nlp().vocab.strings),
    }
    figures["flat_within_10pct"] = abs(figures["growth_after_warmup_pct"]) <= 10 and abs(figures["final_vs_warmup_pct"]) <= 10
    print(json.dumps(figures, indent=1))
    return 0 if figures["flat_within_10pct"] else 1


if __name__ == "__main__":
    sys.exit(main())
