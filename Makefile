# Two commands: `make run` opens the wizard, `make test` runs the whole suite headless.
# Both create the virtual environment first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench images clean schema translations golden

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@scripts/ensure_qt_libs.sh
	$(BIN)/avn-aid

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_space.py
	$(BIN)/python benchmarks/bench_analysis.py
	$(BIN)/python benchmarks/bench_handout.py
	$(BIN)/python benchmarks/bench_wizard.py

images: $(STAMP)
	scripts/make_images.sh

# Refresh the wizard's Qt translation sources from the tr() strings in gui/; translators
# then edit resources/i18n/avn_aid_LANG.ts with Qt Linguist (pyside6-linguist). The .qm
# files are compiled from them on first use (avn_aid/gui/language.py), not here.
translations: $(STAMP)
	for ts in resources/i18n/avn_aid_*.ts; do \
		code=$${ts##*avn_aid_}; $(BIN)/pyside6-lupdate -no-obsolete -locations relative \
			-target-language $${code%.ts} $$(find src/avn_aid/gui -name "*.py") -ts $$ts; done

schema: $(STAMP)
	$(BIN)/avn-aid schema > pathways/schema.json

# Re-record tests/golden/outputs (only when an output is meant to change; see its README).
golden: $(STAMP)
	$(BIN)/python -m tests.golden.record

clean:
	rm -rf $(VENV) build dist .pytest_cache
