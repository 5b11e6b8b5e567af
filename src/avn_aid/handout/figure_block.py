"""One outcome figure in the detail: its icon array beside x in 100 both ways round, who
was counted and how sure it is; a figure the grid already drew gets one line."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from avn_aid.catalogue import text
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.icon_array import IconArray
from avn_aid.handout.outcome_figures import Figure
from avn_aid.handout.styles import first_up, para, table, typeset


def figure_block(figure: Figure, s: dict[str, ParagraphStyle], width: float) -> Flowable:
    if figure.in_grid:  # drawn in the grid with who was counted; here only how sure it is
        return para(
            text("handout.figures.in_table", how_sure=figure.how_sure, cite=figure.cite),
            s["small"],
        )
    framings = [f for f in figure.framings if f]
    words = [
        para(framings[0], s["body"], bold_prefix=figure.hip + ":" if figure.hip else ""),
        *[para(framing, s["body"]) for framing in framings[1:]],
        para(
            text(
                "handout.figures.details",
                who=figure.who,
                how_sure=first_up(figure.how_sure),
                cite=figure.cite,
            ),
            s["small"],
        ),
    ]
    if figure.count is None:
        return KeepTogether(words)
    # Filled in reading order: from the top right in a right-to-left language.
    art = IconArray(figure.count, 42 * mm, right_to_left=typeset().rtl)
    row = table(
        [[art, words]],
        [45 * mm, width - 45 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    return KeepTogether([Spacer(1, 1 * mm), row])
