"""The typesetter's paragraphs: laid out once per width, the same as reportlab's own."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from avn_aid.handout.fonts import REGULAR, register_fonts
from avn_aid.handout.typeset import LaidOutOnce

TEXT = "Most people who have this operation walk with crutches for a few weeks. " * 6


class Counting(LaidOutOnce):
    breaks = 0

    def breakLines(self, widths):
        Counting.breaks += 1
        return super().breakLines(widths)


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)


def test_sizes_are_reportlabs_at_every_width():
    ours, theirs = LaidOutOnce(TEXT, _style()), Paragraph(TEXT, _style())
    for width in (120, 300, 120, 120, 480, 300):
        assert ours.wrap(width, 1000) == theirs.wrap(width, 1000)
        assert ours.blPara.lines == theirs.blPara.lines


def test_the_same_width_breaks_the_lines_once():
    Counting.breaks = 0
    paragraph = Counting(TEXT, _style())
    first = paragraph.wrap(200, 1000)
    assert paragraph.wrap(200, 50) == first  # the height does not change the lines
    assert Counting.breaks == 1
    paragraph.wrap(250, 1000)
    assert Counting.breaks == 2


def test_a_split_that_moves_the_paragraph_on_lays_it_out_again():
    """split() drops the layout when nothing fits; the next wrap must not reuse it."""
    Counting.breaks = 0
    paragraph = Counting(TEXT, _style())
    size = paragraph.wrap(200, 1000)
    assert paragraph.split(200, 5) == []  # no room for even one line
    assert not hasattr(paragraph, "blPara")
    assert paragraph.wrap(200, 1000) == size
    assert hasattr(paragraph, "blPara") and Counting.breaks == 2


def test_a_width_too_narrow_is_never_taken_for_the_last_layout():
    paragraph = LaidOutOnce(TEXT, _style())
    paragraph.wrap(200, 1000)
    narrow = Paragraph(TEXT, _style()).wrap(1e-9, 1000)
    assert paragraph.wrap(1e-9, 1000) == narrow
    assert paragraph.wrap(1e-9, 1000) == narrow
