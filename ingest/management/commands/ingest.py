from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest import services
from ingest.sources import SourceItem, read_path


class Command(BaseCommand):
    help = (
        "Ingest articles from JSON Lines files (FORMAT.md), .json articles, folders, .txt/.html files or "
        "http(s) URLs. Without a broker (or with --sync) extraction runs here; with one, it is queued."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--sync", action="store_true", help="extract in this process even when a broker is set")
        parser.add_argument("--batch-size", type=int, default=32, help="articles that go through spaCy together")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, sources, sync=False, batch_size=32, no_progress=False, **options):
        items = list(self._items(sources))
        if not items:
            raise CommandError("nothing to ingest")
        summary = {"new": 0, "duplicate": 0, "failed": 0}
        new_ids = []
        inline = sync or services.tasks_run_inline()
        bar = tqdm(items, desc="storing", unit="article", disable=no_progress or len(items) < 2, file=self.stderr)
        for item in bar:
            if item.error:
                summary["failed"] += 1
                self.stderr.write(f"{item.origin}: {item.error}")
                continue
            try:
                if "fetch" in item.fields:
                    from ingest.fetch import fetch_article_fields

                    item.fields = fetch_article_fields(item.fields["fetch"])
                sub = services.article_submit(source="cli", queue=not inline, **item.fields)
            except Exception as exc:  # a bad item is reported and skipped; the rest go on
                summary["failed"] += 1
                self.stderr.write(f"{item.origin}: {exc}")
                continue
            if sub.created:
                summary["new"] += 1
                new_ids.append(sub.article.pk)
            else:
                summary["duplicate"] += 1
        processed = {"done": 0, "failed": 0, "skipped": 0, "retry": 0}
        if inline and new_ids:
            bar = tqdm(total=len(new_ids), desc="extracting", unit="article", disable=no_progress or len(new_ids) < 2, file=self.stderr)
            for start in range(0, len(new_ids), max(1, batch_size)):
                chunk = new_ids[start : start + batch_size]
                for key, n in services.articles_process_batch(article_ids=chunk).items():
                    processed[key] += n
                bar.update(len(chunk))
            bar.close()
        line = f"{summary['new']} new, {summary['duplicate']} duplicate, {summary['failed']} failed"
        if inline:
            line += f"; extracted {processed['done']}, skipped {processed['skipped']}, failed {processed['failed']}"
        else:
            line += "; queued for the workers"
        self.stdout.write(line)

    def _items(self, sources):
        for source in sources:
            if source.startswith(("http://", "https://")):
                yield SourceItem(source, {"fetch": source})
                continue
            path = Path(source)
            if not path.exists():
                yield SourceItem(source, error="no such file or folder")
                continue
            yield from read_path(path)
