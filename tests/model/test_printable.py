"""What `validate` calls printable is exactly what the embedded handout fonts can draw."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from avn_aid.model.printable import text_problem
from avn_aid.resources import font

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from font_coverage import table


def test_the_coverage_table_matches_the_embedded_fonts():
    assert font("coverage.txt").read_text(encoding="ascii") == table(), (
        "run: .venv/bin/python scripts/font_coverage.py"
    )


@pytest.mark.parametrize(
    "text",
    ["Zoë Ångström", "José Núñez", "Ωμέγα", "Привет", "line\nbreak", "محمد عبد الله", "שלום"],
)
def test_text_the_fonts_draw_passes(text):
    assert text_problem(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("王小明", "cannot print '王' (U+738B)"),
        ("a\x07b", "U+0007"),
        ("a\u202eb", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("x\u200by", "U+200B ZERO WIDTH SPACE"),
    ],
)
def test_text_the_handout_cannot_show_is_named(text, words):
    problem = text_problem(text)
    assert problem is not None and words in problem
