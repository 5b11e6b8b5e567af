"""Scalars mean what YAML 1.2's core schema says, and explicit core tags fail cleanly."""

from __future__ import annotations

import datetime as dt

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading.safe_yaml import load_located


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20", 20),
        ("-3", -3),
        ("0o17", 15),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("yes", "yes"),  # YAML 1.1 read these as booleans
        ("no", "no"),
        ("on", "on"),
        ("1:40", "1:40"),  # YAML 1.1: sexagesimal 100
        ("2026-05-01", "2026-05-01"),  # no timestamps in the core schema; the model reads dates
        ("1_000", "1_000"),
        ("'020'", "020"),
        ("!!str 12", "12"),
        ("!!int 12", 12),
        ("!!timestamp 2026-05-01", dt.date(2026, 5, 1)),
    ],
)
def test_core_schema_meanings(text, value):
    assert load_located(f"a: {text}\n", "f.yaml").data == {"a": value}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("020", "leading zero"),
        ("!!float abc", "is not a number"),
        ("!!timestamp notadate", "not a date"),
        ("!!bool maybe", "not true or false"),
        ("!!int 1.5", "not a whole number"),
        ("!!null x", "not empty"),
        ("!!binary aGk=", "not allowed"),
        ("!!python/name:os.system", "not allowed"),
        (".nan", "not a usable number"),
        ("9" * 5000, "too long"),
    ],
)
def test_values_that_cannot_be_read_are_located_problems(text, message):
    with pytest.raises(PathwayError) as caught:
        load_located(f"a: {text}\n", "f.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (1, 4)
    assert message in problem.message
