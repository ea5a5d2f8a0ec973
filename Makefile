# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
DB     ?= data/tracker.db
STAMP  := $(VENV)/.installed

.PHONY: demo test install audit dashboard browser-deps benchmarks lint clean help

help:
	@echo "make demo        create the venv, audit the embedded snapshot as of 2026-11-21 and today, show what changed, serve the dashboard"
	@echo "make test        create the venv and run the whole test suite"
	@echo "make benchmarks  run every benchmark script (prints figures; slow)"
	@echo "make lint        ruff and mypy (CI runs it)"
	@echo "make clean       remove the venv, caches and the demo store"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The audit as of the snapshot's first capture, then today, then what changed between the two
# (`tracker changes` exits 3 when a verdict changed: that is news here, not a failure).
audit: install
	$(VENV)/bin/tracker run --db $(DB) --as-of 2026-11-21 --quiet
	$(VENV)/bin/tracker run --db $(DB) --out out
	$(VENV)/bin/tracker changes --db $(DB) --from 2026-11-21 || [ $$? -eq 3 ]

demo: audit
	$(VENV)/bin/tracker dashboard --db $(DB) --port $(PORT)

dashboard: install
	$(VENV)/bin/tracker dashboard --db $(DB) --port $(PORT)

# Debian's Chromium for the real-browser test (needs root; skipped quietly when it cannot install).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
	  || echo "chromium not installed: the browser test will be skipped"; }

test: install browser-deps
	$(PY) -m pytest -q

benchmarks: install
	$(PY) benchmarks/parse_pubmed.py
	$(PY) benchmarks/eutils_rate.py
	$(PY) benchmarks/local_index.py
	$(PY) benchmarks/evidence_inference.py
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/dashboard.py
	$(PY) benchmarks/batch.py
	$(PY) benchmarks/claims.py --split dev
	$(PY) benchmarks/traps.py --split dev

# Style and types: ruff (lint + import order) and mypy over the package.
lint: install
	$(VENV)/bin/ruff check tracker tests benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) data/cache $(DB) $(DB)-wal $(DB)-shm out test-artifacts .pytest_cache .hypothesis
