# Every target sets up what it needs: a fresh clone with Python 3.11+, pip, Node.js and
# npm runs `make test` (everything) or `make demo` (the SDK against the local sandbox).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The venv's tools (the pinned ruff in particular) come first, for the generator's hooks.
export PATH := $(abspath $(BIN)):$(CURDIR)/node_modules/.bin:$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

GENERATED := src/simvoly/_generated
GEN_TMP := build/generate

.PHONY: help test ruff format-check typecheck lint-spec lint-workflows check-generated \
	pytest docs lint test-matrix api-diff generate demo bench clean venv node

help:
	@echo "make test             every check and test (sets itself up); lists the ones that failed"
	@echo "make test-matrix      the test suite on every Python 3.11+ found on this machine"
	@echo "make api-diff BASE=main  what the spec/package change does to users (Markdown), bump"
	@echo "make demo             the quickstart example against the built-in sandbox"
	@echo "make docs             the documentation site, into build/site (mkdocs build --strict)"
	@echo "make bench            benchmarks against raw httpx, written to bench/results.md"
	@echo "make generate         regenerate $(GENERATED) from openapi.yaml"
	@echo "make check-generated  fail if the committed generated code is not what generate makes"

# --- environments -------------------------------------------------------------------
# requirements/dev.txt includes docs.txt and bench.txt: a change to any of them reinstalls.
$(BIN)/.installed: pyproject.toml $(wildcard requirements/*.txt)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[testing,aiohttp]" -r requirements/dev.txt
	touch $@

# `make demo` alone: the package and its sandbox server (the testing extra), nothing of the
# dev toolchain, so that a fresh clone runs it in seconds. `make test` adds the rest.
$(BIN)/.demo-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[testing]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

venv: $(BIN)/.installed
node: node_modules/.installed

# --- checks -------------------------------------------------------------------------
# `make test` runs every check, even after one fails, then names the failed ones and
# fails (a lint error must not hide a failing test). `make -k <checks...>` works too.
CHECKS := ruff format-check typecheck lint-spec lint-workflows check-generated docs pytest

test: $(BIN)/.installed node_modules/.installed
	@failed=""; \
	for check in $(CHECKS); do \
		$(MAKE) --no-print-directory $$check || failed="$$failed $$check"; \
	done; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi; \
	echo "make test: every check passed ($(CHECKS))"

lint: ruff format-check

ruff: $(BIN)/.installed
	ruff check .

format-check: $(BIN)/.installed
	ruff format --check .

typecheck: $(BIN)/.installed
	mypy

lint-spec: node_modules/.installed
	redocly lint openapi.yaml

lint-workflows: $(BIN)/.installed
	actionlint

# coverage runs pytest (not pytest-cov): the sandbox's pytest plugin imports simvoly
# before pytest-cov would start measuring.
pytest: $(BIN)/.installed node_modules/.installed
	coverage erase
	coverage run -m pytest
	coverage report --fail-under=100

# The documentation site (mkdocs.yml), into build/site. --strict: a broken link, anchor or
# cross-reference fails the build, and so does a public name missing from the API reference
# (scripts/docs_site.py). The examples in the pages run as tests (tests/test_docs.py).
docs: $(BIN)/.installed
	NO_MKDOCS_2_WARNING=1 mkdocs build --strict --quiet

# The suite (not the lint, type and spec checks) once per Python 3.11+ on the machine,
# each in its own virtual environment under build/matrix/. SKIP="3.11" leaves one out.
test-matrix: node_modules/.installed
	$(PYTHON) scripts/test_matrix.py $(foreach version,$(SKIP),--skip $(version))

# --- API changes ----------------------------------------------------------------------
# openapi.yaml and the public package at BASE against the working tree: a Markdown report
# (for the pull request and CHANGELOG.md) ending in `bump: major|minor|patch`; fails
# when the change breaks users. Reads the committed src/ (`make check-generated` proves
# it matches openapi.yaml).
BASE ?= main
api-diff: $(BIN)/.installed
	@PYTHONPATH=scripts python -m api_diff --base "$(BASE)"

# --- generation ---------------------------------------------------------------------
# Generates into a scratch directory inside the repository (so the generator's ruff hooks
# find pyproject.toml), then replaces the package wholesale: no stale file survives.
generate: $(BIN)/.installed
	rm -rf $(GEN_TMP)
	mkdir -p $(GEN_TMP)
	python scripts/generate.py openapi.yaml generator-config.yaml templates $(GEN_TMP)/_generated
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
demo: $(BIN)/.demo-installed
	python -m simvoly.testing demo examples/quickstart.py

# --- benchmarks ----------------------------------------------------------------------
bench: $(BIN)/.installed
	python bench/run.py

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache .coverage
