from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest import services
from ingest.tasks import process_articles


class Command(BaseCommand):
    help = (
        "Re-run extraction for chosen articles, for those made by an older extractor (--outdated), or for all. "
        "Each article's old reports are replaced in one transaction; curated meetings keep their curation."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--outdated", action="store_true", help="articles whose extractor version is not the current one")
        parser.add_argument("--all", action="store_true", dest="everything", help="every article")
        parser.add_argument("--sync", action="store_true", help="extract in this process even when a broker is set")
        parser.add_argument("--batch-size", type=int, default=32, help="articles that go through spaCy together")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, ids, outdated=False, everything=False, sync=False, batch_size=32, no_progress=False, **options):
        if not ids and not outdated and not everything:
            raise CommandError("name article ids, or use --outdated or --all")
        if everything and (ids or outdated):
            raise CommandError("--all takes no ids and no --outdated")
        inline = sync or services.tasks_run_inline()
        chosen = services.articles_reprocess(article_ids=ids or None, outdated=outdated, everything=everything, queue=False)
        if ids:
            missing = sorted(set(ids) - set(chosen))
            if missing:
                self.stderr.write(f"not reprocessed (unknown, or being processed now): {', '.join(map(str, missing))}")
        if not chosen:
            self.stdout.write("nothing to reprocess")
            return
        size = max(1, batch_size)
        chunks = [chosen[i : i + size] for i in range(0, len(chosen), size)]
        if not inline:
            try:
                for chunk in chunks:
                    process_articles.delay(chunk)
            except Exception as exc:  # kombu raises several types for an unreachable broker
                raise CommandError(f"the broker is unreachable ({exc}); the articles are pending and the sweeper will queue them")
            self.stdout.write(f"{len(chosen)} articles queued for reprocessing")
            return
        totals = {"done": 0, "failed": 0, "skipped": 0, "retry": 0}
        bar = tqdm(total=len(chosen), desc="reprocessing", unit="article", disable=no_progress or len(chosen) < 2, file=self.stderr)
        for chunk in chunks:
            for key, n in services.articles_process_batch(article_ids=chunk).items():
                totals[key] += n
            bar.update(len(chunk))
        bar.close()
        self.stdout.write(
            f"reprocessed {len(chosen)}: {totals['done']} done, {totals['skipped']} skipped, {totals['failed']} failed"
            + (f", {totals['retry']} to retry" if totals["retry"] else "")
        )
