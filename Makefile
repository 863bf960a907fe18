# Every target does its own set-up: a fresh clone needs nothing but python3 (3.10+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed

.PHONY: demo test explore fuzz lint check clean

# The package and its runtime dependencies only: what `make demo` needs.
$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

# Plus the development tools (tests, lint, types, wheel building) and every optional extra, so the
# tests of the taggers (zh, ko, hanja), the file formats and the Dask engine run too.
$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e ".[dask,zh,ko,hanja,formats]" pytest "hypothesis>=6.80" "jsonschema>=4.18" hatchling "ruff>=0.6" "mypy>=1.10"
	touch $(STAMP)

## demo: install the package (runtime dependencies only), then check the bundled Observer Network report
demo: $(RUNTIME)
	$(BIN)/xcheck demo

## test: install, then run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## explore: the test suite with Hypothesis drawing new random examples (test runs the same ones every time)
explore: $(STAMP)
	XCHECK_HYPOTHESIS=explore $(BIN)/python -m pytest -q

## fuzz: a million generated inputs into every public function, reader, renderer and the CLI (scripts/fuzz.py)
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --inputs 1000000

## lint: format check, lint, strict types and the size limits (module 800, class 250, function 100 lines)
lint: $(STAMP)
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/python scripts/check_sizes.py

## check: everything CI runs
check: lint test

## docs: install the docs dependency group, then build the site into build/site (warnings are errors)
.PHONY: docs
docs: $(STAMP)
	$(BIN)/python -m pip install --quiet "mkdocs>=1.6,<2" "mkdocstrings[python]>=0.26"
	$(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
