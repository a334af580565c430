# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test install install-test lint-cypher bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP) $@

install: $(STAMP)
install-test: $(TSTAMP)

## demo: build the graph from data/, print the chokepoint report, write the HTML
demo: $(STAMP)
	$(BIN)/supplygraph build
	$(BIN)/supplygraph report
	$(BIN)/supplygraph html --material "synthetic diamond" --material "rare earths" --dependent-on China \
		--out build/supplygraph.html
	@echo "Open build/supplygraph.html in any browser (it works offline)."

## test: every test, doctest and notebook
test: $(TSTAMP)
	$(BIN)/python -m pytest

bench: $(TSTAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf build .pytest_cache
