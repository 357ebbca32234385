# Every target sets up what it needs: a fresh clone with Python 3.11+, pip, Node.js and
# npm runs `make test` (everything) or `make demo` (the SDK against the local sandbox).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The venv's tools (the pinned ruff in particular) come first, for the generator's hooks.
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

GENERATED := src/simvoly/_generated
GEN_TMP := build/generate

.PHONY: help test lint typecheck lint-spec pytest generate check-generated demo bench clean

help:
	@echo "make test             lint, type checks, drift check and every test (sets itself up)"
	@echo "make demo             the quickstart example against the built-in sandbox"
	@echo "make bench            benchmarks against raw httpx, written to bench/results.md"
	@echo "make generate         regenerate $(GENERATED) from openapi.yaml"
	@echo "make check-generated  fail if the committed generated code is not what generate makes"

# --- environments -------------------------------------------------------------------
$(BIN)/.installed: pyproject.toml requirements/dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[testing,aiohttp]" -r requirements/dev.txt
	touch $@

$(BIN)/.bench-installed: $(BIN)/.installed requirements/bench.txt
	$(BIN)/python -m pip install --quiet -r requirements/bench.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

venv: $(BIN)/.installed
node: node_modules/.installed

# --- checks -------------------------------------------------------------------------
test: lint typecheck lint-spec check-generated pytest

lint: $(BIN)/.installed
	ruff check .
	ruff format --check .

typecheck: $(BIN)/.installed
	mypy

lint-spec: node_modules/.installed
	redocly lint openapi.yaml

# coverage runs pytest (not pytest-cov): the sandbox's pytest plugin imports simvoly
# before pytest-cov would start measuring.
pytest: $(BIN)/.installed node_modules/.installed
	coverage erase
	coverage run -m pytest
	coverage report --fail-under=100

# --- generation ---------------------------------------------------------------------
# Generates into a scratch directory inside the repository (so the generator's ruff hooks
# find pyproject.toml), then replaces the package wholesale: no stale file survives.
generate: $(BIN)/.installed
	rm -rf $(GEN_TMP)
	mkdir -p $(GEN_TMP)
	openapi-python-client generate --path openapi.yaml --config generator-config.yaml \
		--custom-template-path templates --meta none --output-path $(GEN_TMP)/_generated
	python scripts/generate_webhook_topics.py openapi.yaml $(GEN_TMP)/_generated/webhook_topics.py
	python scripts/generate_query_aliases.py openapi.yaml $(GEN_TMP)/_generated/query_aliases.py
	ruff format --quiet $(GEN_TMP)/_generated/webhook_topics.py $(GEN_TMP)/_generated/query_aliases.py
	rm -rf $(GENERATED)
	mv $(GEN_TMP)/_generated $(GENERATED)
	rm -rf $(GEN_TMP)

check-generated: generate
	@if [ -n "$$(git status --porcelain -- $(GENERATED))" ]; then \
		git status --porcelain -- $(GENERATED); \
		echo "ERROR: $(GENERATED) differs from what openapi.yaml, generator-config.yaml and"; \
		echo "templates/ generate (changes listed above). Run 'make generate' and commit."; \
		exit 1; \
	fi
	@echo "$(GENERATED) is up to date."

# --- demo --------------------------------------------------------------------------
# The quickstart against a seeded sandbox served on a free port of 127.0.0.1; the server
# stops when the script ends. No account, no network.
demo: $(BIN)/.installed
	python -m simvoly.testing demo examples/quickstart.py

# --- benchmarks ----------------------------------------------------------------------
bench: $(BIN)/.bench-installed
	python bench/run.py

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache .coverage
