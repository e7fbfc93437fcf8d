# Briefings: every task a developer, an editor or CI runs. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Builds are dated by the last commit, never the clock. safe.directory: CI runs as root
# on a clone it may not own, where git would refuse and the date would silently be 1970.
# Outside git it stays empty and `briefings build` dates the build by the newest record.
export SOURCE_DATE_EPOCH ?= $(shell git -c safe.directory='$(CURDIR)' log -1 --format=%ct 2>/dev/null)

.PHONY: help site test test-properdocs test-fast lint eval bench serve check clean browser-deps \
        source-date-epoch build-strict sitecheck publish-build published-committed ci site-drift

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

# A seed skipped or in conflict (ingest exits 1) does not stop the build: site/ is built from
# every good record, then the seeds left out are listed again and make fails, saying so.
site: $(STAMP)  ## fresh machine to built site: install, ingest seeds/, build site/
	@mkdir -p build; status=0; $(BIN)/briefings ingest >build/ingest.txt || status=$$?; \
	cat build/ingest.txt; [ $$status -le 1 ] || exit $$status; \
	$(BIN)/briefings build --strict || exit $$?; \
	[ $$status -eq 0 ] || { \
	  echo "make site: site/ is built from every good record; ingest left these seeds out:"; \
	  grep -E ': (skipped|conflict)( |$$)' build/ingest.txt \
	    || echo "  (no seed line: see the ingest error above)"; \
	  exit $$status; } >&2

check: $(STAMP)  ## validate every record
	$(BIN)/briefings check

# Browser tests drive Debian's chromium; install it when it is missing (CI runs as root).
browser-deps:
	@test -x /usr/bin/chromium || { \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null \
	  || echo "chromium missing and not installable here: browser tests will be skipped"; }

test: $(STAMP) browser-deps  ## the whole test suite
	$(BIN)/python -m pytest -n 2 -q

# The second engine: ProperDocs, the maintained continuation of MkDocs 1.x (MAINTAINING.md, "Engine").
test-properdocs: $(STAMP)  ## the site tests on ProperDocs instead of MkDocs
	BRIEFINGS_ENGINE=properdocs $(BIN)/python -m pytest -n 2 -q tests/site tests/ci -m "not browser"

test-fast: $(STAMP)  ## tests without the browser and full-site builds
	$(BIN)/python -m pytest -q -m "not browser and not slow"

lint: $(STAMP)  ## ruff (lint and format) and mypy --strict
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy --strict generator

# EVAL passes options: make eval EVAL="-v --set conll" (-v lists the tune half's errors).
eval: $(STAMP)  ## extraction on ../shared/eval-data, tune and check halves, beside stock peers
	$(BIN)/python -m generator.evaluation $(EVAL)

bench: $(STAMP)  ## speed and memory benchmarks (see bench/README.md)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/degenerate_seeds.py

serve: $(STAMP)  ## live preview at http://127.0.0.1:8000
	$(BIN)/briefings serve

clean:  ## remove build output (not the records)
	rm -rf build site .pytest_cache .mypy_cache .ruff_cache

# --- CI: the steps of .github/workflows/site.yml, so that each runs here too -------------

source-date-epoch:  ## print the SOURCE_DATE_EPOCH builds use (time of the last commit)
	@echo $(SOURCE_DATE_EPOCH)

build-strict: $(STAMP)  ## check, render and build site/ (drafts shown); any warning fails
	$(BIN)/briefings build --strict

sitecheck: $(STAMP)  ## check the built site/: links, anchors, feeds, JSON, pages, hubs
	$(BIN)/python -m generator.sitecheck

publish-build: $(STAMP)  ## the site CI publishes: production build (no drafts), checked
	$(BIN)/briefings build --strict --production
	$(BIN)/python -m generator.sitecheck --production

# Builds start from build/site-state.json (what site/ was made from) and build what changed;
# CI keeps build/ and site/ between runs. Without the state, a build is clean: the two sites
# must be the same bytes.
site-drift: $(STAMP)  ## build by the piece from the kept build/ and site/, then clean: same bytes?
	$(BIN)/briefings build --strict
	rm -rf build/drift && mkdir -p build/drift && mv site build/drift/site
	rm -f build/site-state.json
	$(BIN)/briefings build --strict
	diff -r build/drift/site site && rm -rf build/drift
	@echo "site-drift: the site built by the piece is the clean build's, byte for byte"

# A build adds newly published ids to briefings/.published.txt and hub addresses to
# briefings/.published-hubs.txt; the lists only protect URLs once they are committed, so CI
# fails when a build had to add to them.
PUBLISHED_LISTS = briefings/.published.txt briefings/.published-hubs.txt
published-committed:  ## fail if the published lists have changes not committed
	@test -z "$$(git status --porcelain -- $(PUBLISHED_LISTS))" || { \
	  echo "$(PUBLISHED_LISTS): the build listed newly published briefings or hubs;"; \
	  echo "run 'make build-strict' and commit them with the records"; \
	  git --no-pager diff -- $(PUBLISHED_LISTS); exit 1; }

ci:  ## the pull-request steps of CI, in order
	$(MAKE) lint
	$(MAKE) test
	$(MAKE) check
	$(MAKE) build-strict
	$(MAKE) sitecheck
	$(MAKE) published-committed
