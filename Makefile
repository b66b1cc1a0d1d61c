# Two commands on a fresh machine: `make demo` (the main job on the bundled sample reports) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup system-deps demo test bench clean web

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[dev]"
	touch $@

setup: $(BIN)/.installed

demo: setup
	$(BIN)/eventledger demo

system-deps:  # Chromium and PostgreSQL from Debian packages when missing (the map and store tests use them)
	bash scripts/system-deps.sh

test: setup system-deps
	EVENTLEDGER_REQUIRE_POSTGRES=1 $(BIN)/python -m pytest

# The map page: rebuilds src/eventledger/web/static/ from web/ (needs Node and npm; the built files are committed).
web:
	cd web && npm ci && npm run build

clean:
	rm -rf $(VENV) build src/*.egg-info
