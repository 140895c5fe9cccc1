#!/usr/bin/env bash
# Ingest throughput: raw spaCy nlp.pipe against the whole Sidelines ingest over the same articles (target >= 0.85).
# The corpus is built at run time from the dev gold articles and the external corpus (never committed:
# those articles are for evaluation only) and written to /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${EVAL:-../shared/eval}
OUT=${OUT:-/tmp/sidelines-bench-corpus}
mkdir -p "$OUT"
python3 "$EVAL/external.py" corpus "$OUT/ext" >/dev/null
cat "$EVAL/dev/articles.jsonl" "$OUT/ext/articles.jsonl" > "$OUT/articles.jsonl"
echo "corpus: $(wc -l < "$OUT/articles.jsonl") articles, $(wc -c < "$OUT/articles.jsonl") bytes"
# A database of its own on PostgreSQL (the production setup); the command rolls its writes back.
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
psql "$PG/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='sidelines_bench_ratio'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres sidelines_bench_ratio
export DATABASE_URL="$PG/sidelines_bench_ratio" CELERY_BROKER_URL=""
# production settings: with DEBUG on, Django records every statement it sends (time, SQL) for the debug page
export DEBUG=0 SECRET_KEY="${SECRET_KEY:-bench-only-not-a-secret}" ALLOWED_HOSTS="${ALLOWED_HOSTS:-localhost}"
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py bench_extract "$OUT/articles.jsonl" --repeat "${REPEAT:-2}" "$@"
