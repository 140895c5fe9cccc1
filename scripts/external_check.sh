#!/usr/bin/env bash
# The external check (issue 3): meeting events labelled by other research groups (WikiEvents, RAMS).
# Builds their article corpus at run time in /tmp (never committed: evaluation articles only), ingests it
# into a scratch SQLite database in-process, exports, and prints external.py's figures: how many of
# their meet events a report's evidence covers, and in how many no-meeting documents a meeting is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${EVAL:-../shared/eval}
OUT=$(mktemp -d /tmp/sidelines-external.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
python3 "$EVAL/external.py" corpus "$OUT" >/dev/null
python3 scripts/external_scope.py corpus "$EVAL" "$OUT" >/dev/null
export DATABASE_URL="sqlite:///$OUT/db.sqlite3" CELERY_BROKER_URL=""
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py ingest "$OUT/articles.jsonl" --sync --no-progress >&2
.venv/bin/python manage.py export_meetings -o "$OUT/meetings.jsonl" >&2
python3 "$EVAL/external.py" score "$OUT" "$OUT/meetings.jsonl"
python3 scripts/external_scope.py score "$EVAL" "$OUT" "$OUT/meetings.jsonl"
