import json as jsonlib
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ingest import services
from ingest.sources import read_path


class Command(BaseCommand):
    help = (
        "Extraction speed: raw spaCy nlp.pipe over the articles' texts against the whole Sidelines ingest "
        "(clean, extract, merge, write to the database, rolled back afterwards) over the same texts, the two "
        "alternating round by round. Prints the ratio of the totals and each round's."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a JSON Lines corpus (FORMAT.md) or folder of articles")
        parser.add_argument("--repeat", type=int, default=5, help="times to go through the corpus (default 5)")
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--json", action="store_true")
        parser.add_argument(
            "--no-prefilter", action="store_true",
            help="parse every article, also those without a word that can report a meeting (INGEST_PREFILTER=0)",
        )

    def handle(self, *args, no_prefilter=False, **options):
        from django.conf import settings

        previous = settings.INGEST_PREFILTER
        settings.INGEST_PREFILTER = previous and not no_prefilter
        try:
            self.bench(**options)
        finally:
            settings.INGEST_PREFILTER = previous

    def bench(self, *, path, repeat=5, batch_size=32, json=False, **options):
        from ingest import nlp
        from ingest.clean import clean_article

        items = [i.fields for i in read_path(Path(path)) if not i.error]
        if not items:
            raise CommandError(f"no articles in {path}")
        texts = [(f.get("text") or f.get("html") or "") for f in items]
        model = nlp.get_nlp()
        # load and warm up outside the timings, both sides over the whole corpus: the first pass over new texts
        # grows spaCy's vocabulary (every new word's lexeme) and, in extraction, the rules' caches of names and
        # dates; warming one side only would weigh its first timed round alone (the raw side's first round
        # ran 1.1-1.3 s slower with a warm-up of four articles, the whole side's 0.4-0.6 s)
        for _doc in model.pipe(texts, batch_size=batch_size):
            pass
        nlp.extract_many([dict(text=f.get("text"), html=f.get("html"), title=f.get("title")) for f in items])

        chars = sum(len(t) for t in texts) * repeat
        # the articles the whole ingest parses: those with a word that can report a meeting (the raw side parses all)
        gate = nlp.get_prefilter()
        parsed = sum(1 for f in items if gate is None or gate.search(clean_article(text=f.get("text"), html=f.get("html"),
                                                                                   title=f.get("title")).text.lower()))
        # Raw and whole passes alternate, round by round, so that a machine slowing down or speeding up
        # during the run (other load, CPU frequency) weighs on both sides alike instead of on the later one.
        raw = whole = 0.0
        rounds, seconds = [], []
        with transaction.atomic():
            for round_ in range(repeat):
                start = time.perf_counter()
                for _doc in model.pipe(texts, batch_size=batch_size):
                    pass
                raw_round = time.perf_counter() - start

                start = time.perf_counter()
                ids = []
                for n, fields in enumerate(items):
                    body = dict(fields)
                    # a distinct URL and hash per round, so each round is new work and not a duplicate
                    body["url"] = f"urn:bench:{round_}:{n}"
                    key = "text" if body.get("text") else "html"
                    body[key] = (body.get(key) or "") + (f"\n\n({round_})" if round_ else "")
                    ids.append(services.article_submit(source="bench", queue=False, **body).article.pk)
                for i in range(0, len(ids), batch_size):
                    services.articles_process_batch(article_ids=ids[i : i + batch_size])
                whole_round = time.perf_counter() - start
                raw, whole = raw + raw_round, whole + whole_round
                rounds.append(round(raw_round / whole_round, 3))
                seconds.append([round(raw_round, 2), round(whole_round, 2)])
            transaction.set_rollback(True)

        figures = {
            "articles": len(items) * repeat,
            "articles_parsed": parsed * repeat,
            "characters": chars,
            "raw_nlp_pipe_seconds": round(raw, 3),
            "sidelines_ingest_seconds": round(whole, 3),
            "raw_chars_per_second": round(chars / raw),
            "sidelines_chars_per_second": round(chars / whole),
            "ratio": round(raw / whole, 3),
            "ratio_by_round": rounds,
            "seconds_by_round": seconds,  # [raw, whole] per round
            "model": model.meta.get("name"),
        }
        if json:
            self.stdout.write(jsonlib.dumps(figures))
        else:
            for k, v in figures.items():
                self.stdout.write(f"{k:28} {v}")
