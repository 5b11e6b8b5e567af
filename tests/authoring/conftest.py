"""Running `check` on edited copies of the default pathway, its test cases beside it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from avn_aid.authoring.check import Report, analyse
from avn_aid.loading.loader import load_located_pathway
from avn_aid.resources import cases_file_for, default_pathway

TODAY = dt.date(2026, 11, 22)


def check_file(path: Path, *, strict: bool = False, today: dt.date = TODAY) -> Report:
    document, located = load_located_pathway(path)
    return analyse(document, located, strict=strict, today=today)


@pytest.fixture
def edited(write_pathway):
    """Write an edited pathway next to a copy of the default test cases."""

    def make(*replacements):
        path = write_pathway(*replacements, name="avn-hip.yaml")
        shutil.copy(cases_file_for(default_pathway()), cases_file_for(path))
        return path

    return make


@pytest.fixture
def checked(edited):
    """Check an edited default pathway: (its path, the report)."""

    def run(*replacements):
        path = edited(*replacements)
        return path, check_file(path)

    return run
