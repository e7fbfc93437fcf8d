# Briefings: every task a developer, an editor or CI runs. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: help site test test-fast lint eval bench serve check clean browser-deps

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed -E 's/:.*## /\t/'

# One install step, re-run only when the pinned dependencies change.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install: $(STAMP)  ## create .venv and install the pinned dependencies

site: $(STAMP)  ## fresh machine to built site: install, ingest seeds/, build site/
	$(BIN)/briefings ingest
	$(BIN)/briefings build --strict

check: $(STAMP)  ## validate every record
	$(BIN)/briefings check

# Browser tests drive Debian's chromium; install it when it is missing (CI runs as root).
browser-deps:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: sudo apt-get install chromium (browser tests will be skipped)"; fi; }

test: $(STAMP) browser-deps  ## the whole test suite
	$(BIN)/python -m pytest -n 2 -q

test-fast: $(STAMP)  ## tests without the browser and full-site builds
	$(BIN)/python -m pytest -q -m "not browser and not slow"

lint: $(STAMP)  ## ruff (lint and format) and mypy --strict
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy --strict generator

eval: $(STAMP)  ## extraction quality against stock spaCy, on the labelled dev set
	$(BIN)/python -m generator.extract.evaluate

bench: $(STAMP)  ## speed and memory benchmarks (see bench/README.md)
	$(BIN)/python bench/run.py

serve: $(STAMP)  ## live preview at http://127.0.0.1:8000
	$(BIN)/briefings serve

clean:  ## remove build output (not the records)
	rm -rf build site .pytest_cache .mypy_cache .ruff_cache
