"""The handout's type and tables: one stylesheet of named paragraph styles, and helpers
that set escaped text and tables in the handout's language and direction."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from avn_aid.catalogue import current_language
from avn_aid.handout.fonts import BOLD, REGULAR
from avn_aid.handout.typeset import Typesetter, typesetter

INK = colors.Color(0.1, 0.1, 0.1)
RULE = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.9, 0.9, 0.9)
BODY_SIZE = 10
GRID_SIZE = 9
SMALL_SIZE = 9  # the smallest type a patient needs (footers aside)
BOX_PAD = 4  # how far a half-width box's frame stands outside its text


def sheet_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=2,
    )

    def derived(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derived("title", fontName=BOLD, fontSize=16, leading=19.5, spaceAfter=3),
        "h1": derived(
            "h1", fontName=BOLD, fontSize=14, leading=16.5, spaceBefore=4, spaceAfter=1.5
        ),
        "h2": derived(
            "h2", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=1.5
        ),
        "small": derived("small", fontSize=SMALL_SIZE, leading=11, spaceAfter=1.5),
        "grid": derived("grid", fontSize=GRID_SIZE, leading=11, spaceAfter=1.5),
        # Both hips' options share one grid of up to five columns: lines a little closer
        # (the leading of the list of sources), so it fits the first two pages.
        "both_grid": derived("both_grid", fontSize=GRID_SIZE, leading=10.5, spaceAfter=1),
        "gridhead": derived(
            "gridhead", fontName=BOLD, fontSize=GRID_SIZE, leading=11, spaceAfter=0
        ),
        "gridlabel": derived(
            "gridlabel", fontName=BOLD, fontSize=GRID_SIZE, leading=11, spaceAfter=0
        ),
        "lead": derived("lead", spaceBefore=5),  # a paragraph that opens with its heading
        "aside": derived("aside", leftIndent=10),  # what this sheet does about a disagreement
        "bullet": derived("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1.5),
        "sub": derived("sub", leftIndent=22, bulletIndent=12, spaceAfter=1.5),
        "intro": derived(
            "intro", fontName=BOLD, borderColor=RULE, borderWidth=0, spaceBefore=2, spaceAfter=2
        ),
        "source": derived("source", fontSize=SMALL_SIZE, leading=10.6, spaceAfter=1),
        "box": derived(
            "box",
            fontSize=11,
            leading=14,
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=5,
            backColor=SHADE,
            spaceBefore=5,
            spaceAfter=7,
        ),
        # One hip's heading in half the width: "Your left hip: Stage II (A or B not known)"
        # on one line.
        "half_h2": derived(
            "half_h2", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=3, spaceAfter=1.5
        ),
        # One hip's choice in half the width, beside the other hip's: body size, still boxed.
        "half_box": derived(
            "half_box",
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=BOX_PAD,
            backColor=SHADE,
            spaceBefore=4,
            spaceAfter=5,
        ),
    }


def typeset() -> Typesetter:
    """The typesetter of the language being written (see handout/typeset.py)."""
    return typesetter(current_language())


def para(text: str, style: ParagraphStyle, bold_prefix: str = "", bullet: str = "") -> Flowable:
    """Escaped text in the handout's language and direction."""
    return typeset().p(text, style, bold_prefix=bold_prefix, bullet=bullet)


def bullets(items: tuple[str, ...] | list[str], style: ParagraphStyle) -> list[Flowable]:
    return [para(i, style, bullet="\u2022") for i in items]


def first_up(words: str) -> str:
    """Start a sentence made from a fragment with a capital letter."""
    return words[:1].upper() + words[1:]


def table(rows: list[Any], widths: list[float], style: TableStyle, **kwargs: Any) -> Table:
    """A table mirrored for a right-to-left language (first column on the right)."""
    return typeset().table(rows, widths, style, **kwargs)


def table_style(header: bool = True, lattice: bool = True) -> TableStyle:
    lines: list[tuple[Any, ...]] = (
        [("GRID", (0, 0), (-1, -1), 0.6, RULE)]
        if lattice
        else [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ]
    )
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            *lines,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )
    if header:
        style.add("BACKGROUND", (0, 0), (-1, 0), SHADE)
    return style
