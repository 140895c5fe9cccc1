import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Ingest a gold corpus (FORMAT.md) into a scratch SQLite database, export its meetings and print the "
        "figures of the corpus's score.py. The project's own database is not touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("gold_dir")
        parser.add_argument("--show-errors", action="store_true", help="list misses, spurious reports and wrong fields")
        parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
        parser.add_argument("--scorer", help="score.py to use (default: score.py beside the gold folder)")
        parser.add_argument("--keep", metavar="FILE", help="also keep the exported meetings.jsonl here")

    def handle(self, *args, gold_dir, show_errors=False, json=False, scorer=None, keep=None, **options):
        gold = Path(gold_dir).resolve()
        if not (gold / "articles.jsonl").is_file() or not (gold / "gold.jsonl").is_file():
            raise CommandError(f"{gold} is not a gold corpus: it needs articles.jsonl and gold.jsonl")
        scorer_path = Path(scorer) if scorer else gold.parent / "score.py"
        if not scorer_path.is_file():
            raise CommandError(f"no scorer at {scorer_path}: pass --scorer PATH")
        with tempfile.TemporaryDirectory(prefix="sidelines-eval-") as tmp:
            env = {k: v for k, v in os.environ.items() if k not in ("CELERY_BROKER_URL",)}
            env["DATABASE_URL"] = f"sqlite:///{tmp}/eval.sqlite3"
            manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
            out = Path(keep).resolve() if keep else Path(tmp) / "meetings.jsonl"
            for step in (
                ["migrate", "--noinput", "-v0"],
                ["ingest", str(gold / "articles.jsonl"), "--sync", "--no-progress"],
                ["export_meetings", "-o", str(out)],
            ):
                done = subprocess.run([*manage, *step], env=env, capture_output=True, text=True)
                if done.returncode:
                    raise CommandError(f"{' '.join(step[:1])} failed:\n{done.stderr[-4000:]}")
                if step[0] == "ingest":
                    self.stderr.write(done.stdout.strip())
            cmd = [sys.executable, str(scorer_path), str(gold), str(out)]
            if show_errors:
                cmd.append("--show-errors")
            if json:
                cmd.append("--json")
            scored = subprocess.run(cmd, capture_output=True, text=True)
            self.stdout.write(scored.stdout.rstrip())
            if scored.stderr:
                self.stderr.write(scored.stderr.rstrip())
            if scored.returncode:
                raise CommandError("the scorer failed")
