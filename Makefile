# Everyday commands. `make run` sets everything up and serves the sample corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
SAMPLES := ingest/fixtures/samples

.PHONY: run setup serve demo test lint migrations-check evaluate bench drills clean

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

migrations-check: $(VENV)/.installed
	$(PY) manage.py makemigrations --check --dry-run

evaluate: setup
	$(PY) manage.py evaluate ../shared/eval/seed
	$(PY) manage.py evaluate ../shared/eval/dev

bench: setup
	$(PY) manage.py bench_extract ../shared/eval/dev/articles.jsonl

clean:
	rm -rf $(VENV) db staticfiles artifacts
