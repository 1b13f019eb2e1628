# The README's two commands: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test check bench demo clean lint format typecheck imports test-core-noqt

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

## Open the window on the bundled demo studio.
run: $(STAMP)
	$(PY) -m ltv_desktop resources/demo.xlsx

## The whole suite, headless.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests

## Lint, format check, strict typing of the core, the import contract, and the core suite with Qt absent.
check: lint typecheck imports test-core-noqt

lint: $(STAMP)
	$(VENV)/bin/ruff check ltv_desktop tests bench resources/make_demo.py
	$(VENV)/bin/ruff format --check ltv_desktop tests bench resources/make_demo.py

format: $(STAMP)
	$(VENV)/bin/ruff check --fix ltv_desktop tests bench resources/make_demo.py
	$(VENV)/bin/ruff format ltv_desktop tests bench resources/make_demo.py

typecheck: $(STAMP)
	$(VENV)/bin/mypy

imports: $(STAMP)
	$(VENV)/bin/lint-imports

# The core must work where PySide6 is not installed at all (napari's rule, checked for real).
NOQT := .venv-noqt
test-core-noqt: $(STAMP)
	test -x $(NOQT)/bin/python || $(PYTHON) -m venv $(NOQT)
	$(NOQT)/bin/python -m pip install --quiet --disable-pip-version-check numpy openpyxl defusedxml python-calamine pytest
	! $(NOQT)/bin/python -c "import PySide6" 2>/dev/null
	PYTHONPATH=. $(NOQT)/bin/python -m pytest -q -p no:cacheprovider \
	  -W "ignore:Unknown config option:pytest.PytestConfigWarning" tests/core

## Benchmarks at 100,000 clients and 1,000,000 transactions; prints medians and peak memory.
bench: $(STAMP)
	$(PY) -m bench

## Regenerate the demo workbook from its seeded script.
demo: $(STAMP)
	$(PY) resources/make_demo.py resources/demo.xlsx

clean:
	rm -rf $(VENV) $(NOQT) build dist *.egg-info
