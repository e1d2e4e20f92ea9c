# goftar — one place for every command. `make help` lists them.
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: help setup report notebooks export test test-unit test-notebooks test-slow sync check-sync bench lab rerun clean

help:            ## list the commands
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(VENV)/.installed: requirements.txt pyproject.toml scripts/setup_venv.sh
	scripts/setup_venv.sh
	touch $@

setup: $(VENV)/.installed  ## create .venv (Python 3.12/3.13) and install pinned packages + helpers

report: setup    ## build the report: execute every notebook on the default data, export editors' HTML
	$(PY) -m helpers.notebooks run
	$(PY) -m helpers.export

notebooks: setup ## execute the notebooks only (NB=03 for one)
	$(PY) -m helpers.notebooks run $(NB)

export: setup    ## export reports/*.html from the executed notebooks
	$(PY) -m helpers.export

test: setup      ## run all tests: helper unit tests, then nbval on the committed notebooks
	$(PY) -m pytest tests -q
	$(PY) -m pytest $(NBVAL) notebooks -q

test-unit: setup
	$(PY) -m pytest tests -q

test-notebooks: setup
	$(PY) -m pytest $(NBVAL) notebooks -q

test-slow: setup ## long property-based runs (>= 10,000 generated cases)
	$(PY) -m pytest tests -q -m slow --run-slow

sync: setup      ## rebuild .ipynb inputs from their jupytext .py twins (outputs kept)
	$(PY) -m helpers.notebooks sync

check-sync: setup
	$(PY) -m helpers.notebooks check

lab: setup       ## open the notebooks in JupyterLab: Persian RTL, bundled font, helpers autoreloaded (ARGS="--port=8899 --no-browser")
	$(PY) -m helpers.lab $(ARGS)

rerun: setup     ## rerun every notebook on new articles: make rerun ARTICLES=path [NAME=name] -> runs/NAME/
	@test -n "$(ARTICLES)" || { echo "usage: make rerun ARTICLES=file.jsonl|file.csv|folder-of-txt [NAME=name]" >&2; exit 2; }
	$(PY) -m helpers.rerun "$(ARTICLES)" $(if $(NAME),--name "$(NAME)")

bench: setup     ## benchmarks: every stage vs hazm's Normalizer, growth to 100k articles (writes benchmarks/results/)
	$(PY) benchmarks/run_benchmarks.py

clean:           ## remove generated data, reports and run folders (not the venv)
	rm -rf data/interim data/processed reports/*.html reports/figures runs
