# Everyday commands. `make run` sets everything up and serves the sample corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SAMPLES := ingest/fixtures/samples

.PHONY: run setup serve demo test lint migrations-check evaluate bench bench-workers bench-scale bench-memory bench-timeline drills clean

run: setup demo serve

setup: $(VENV)/.installed
	$(PY) manage.py migrate --noinput -v0

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

demo:
	$(PY) manage.py ingest $(SAMPLES) --sync

serve:
	@echo "Sidelines is at http://$(HOST):$(PORT)/"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(PY) scripts/check_redefinitions.py config ingest meetings scripts benchmarks tests

migrations-check: $(VENV)/.installed
	$(PY) manage.py makemigrations --check --dry-run

evaluate: setup
	$(PY) manage.py evaluate ../shared/eval/seed
	$(PY) manage.py evaluate ../shared/eval/dev
	bash scripts/external_check.sh

# Benchmarks and fault drills (docs/benchmarks.md); the drills and worker runs need PostgreSQL and Redis.
bench: setup
	bash benchmarks/ingest_ratio.sh

bench-workers: setup
	$(PY) benchmarks/workers.py --articles 200

bench-scale: setup
	$(PY) benchmarks/scale.py

bench-memory: setup
	$(PY) benchmarks/memory.py --articles 10000 --warmup 1000

bench-timeline: setup
	$(PY) benchmarks/timeline_page.py

drills: setup
	$(PY) scripts/drills/drill.py kill-worker restart-redis restart-postgres

clean:
	rm -rf $(VENV) db staticfiles artifacts
