# Frontdesk developer tasks (Linux, macOS). On Windows, use the pip / pytest / pyinstaller commands
# given in the README: they are exactly what these targets run.
#
#   make venv          .venv with the app, PostgreSQL support and the test tools (re-run when pyproject changes)
#   make run           start the application on the demo commune
#   make test          the whole test suite, then ruff
#   make bench         benchmarks -> bench-results.json
#   make bundle        PyInstaller one-folder bundle -> dist/frontdesk/
#   make smoke-bundle  start the bundle offscreen and check it shows its main window
#   make translations  refresh the French catalogue from the sources and compile it
#   make clean         remove build outputs (keeps .venv; `make distclean` removes it too)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# Stamps: each install step runs again only when pyproject.toml is newer than its stamp.
STAMP       := $(VENV)/.installed
BUILD_STAMP := $(VENV)/.installed-build
# A hung smoke run must not hang CI (timeout is GNU coreutils; skipped where absent).
TIMEOUT     := $(shell command -v timeout >/dev/null 2>&1 && echo timeout 180)

.PHONY: venv run test lint bench bundle smoke-bundle translations clean distclean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[postgres,test]"
	touch $@

$(BUILD_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[postgres,build]"
	touch $@

run: venv
	$(BIN)/frontdesk --demo

# The whole suite (pytest's own exit status, so "no test collected" (5) fails too), then the linter;
# both always run, and the target fails if either did.
test: venv
	@status=0; \
	$(PY) -m pytest || status=$$?; \
	$(BIN)/ruff check . || status=$$((status ? status : 1)); \
	exit $$status

lint: venv
	$(BIN)/ruff check .

bench: venv
	$(PY) tests/benchmarks/run.py

bundle: $(BUILD_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# Runs in throw-away data and settings folders, so it never touches this user's desk database, with the
# remote platform pointed at a closed local port (no traffic leaves the machine); on the demo commune, so
# a build machine without a keyring opens it with the demo passphrase instead of asking; passes when the
# program exits 0 AND printed the ready line (window shown, database opened and migrated).
SMOKE_MARKER := frontdesk-smoke: ready
smoke-bundle:
	@test -x dist/frontdesk/frontdesk || { echo "dist/frontdesk/frontdesk is missing: run 'make bundle' first" >&2; exit 1; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	echo "QT_QPA_PLATFORM=offscreen dist/frontdesk/frontdesk --demo --smoke" && \
	status=0 && \
	FRONTDESK_DATA_DIR="$$tmp/data" FRONTDESK_CONFIG_DIR="$$tmp/config" FRONTDESK_DN_URL=http://127.0.0.1:9 \
	QT_QPA_PLATFORM=offscreen \
	$(TIMEOUT) dist/frontdesk/frontdesk --demo --smoke >"$$tmp/out" 2>&1 || status=$$?; \
	cat "$$tmp/out"; \
	if [ $$status -ne 0 ]; then echo "smoke-bundle: FAILED, exit status $$status" >&2; exit 1; fi; \
	grep -qF "$(SMOKE_MARKER)" "$$tmp/out" || { echo "smoke-bundle: FAILED, no '$(SMOKE_MARKER)' line" >&2; exit 1; }; \
	echo "smoke-bundle: OK"

clean:
	rm -rf build dist bench-results.json .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -not -path "./$(VENV)/*" -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) *.egg-info

# After changing UI strings: update the French catalogue from the sources, then compile it.
translations: venv
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/frontdesk_fr.ts -no-obsolete -target-language fr_FR
	$(BIN)/pyside6-lrelease resources/translations/frontdesk_fr.ts -qm resources/translations/frontdesk_fr.qm
