"""'What matters to you': the value ratings, the option the patient leans towards, the SURE test.

Answers given in the wizard or on the command line are printed filled in; items left out
stay as empty boxes to tick by hand, so the same page works on paper.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from avn_aid.catalogue import current_language, text
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.typeset import typesetter
from avn_aid.model.values import HIGHEST, LOWEST

FILLED, EMPTY = "\u25cf", "\u25cb"  # black and white circles, drawn by DejaVu Sans
TICKED, BOX = "\u2612", "\u2610"  # ballot box with X, empty ballot box
RULE = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.9, 0.9, 0.9)


def _style(header: bool = True, compact: bool = False) -> TableStyle:
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 if compact else 3.5),
        ]
    )
    if header:
        style.add("BACKGROUND", (0, 0), (-1, 0), SHADE)
    return style


def ratings_table(
    rows: tuple[tuple[str, int | None], ...],
    styles: dict[str, ParagraphStyle],
    width: float,
) -> Table:
    """One line per value item with five circles, the chosen one filled."""
    cell, head = styles["grid"], styles["gridhead"]
    scale = list(range(LOWEST, HIGHEST + 1))
    ts = typesetter(current_language())
    header: list[Any] = [ts.p(text("handout.values.question"), head)]
    for number in scale:
        if number == LOWEST:
            header.append(ts.p(text("handout.values.lowest"), head))
        elif number == HIGHEST:
            header.append(ts.p(text("handout.values.highest"), head))
        else:
            header.append(ts.p(str(number), head))
    body: list[list[Any]] = [header]
    for label, rating in rows:
        body.append(
            [ts.p(label, cell)] + [ts.p(FILLED if rating == n else EMPTY, cell) for n in scale]
        )
    # The two ends carry their words on one line; the middle three are bare numbers.
    end, middle = width * 0.13, width * 0.06
    sides = [end if n in (LOWEST, HIGHEST) else middle for n in scale]
    return ts.table(body, [width - sum(sides), *sides], _style(compact=True))


def sure_table(
    answers: tuple[tuple[str, bool | None], ...],
    styles: dict[str, ParagraphStyle],
    width: float,
) -> Table:
    """The four SURE questions with Yes and No boxes, ticked where answered."""
    cell = styles["grid"]
    ts = typesetter(current_language())
    rows = []
    for question, answer in answers:
        yes = TICKED if answer is True else BOX
        no = TICKED if answer is False else BOX
        rows.append(
            [
                ts.p(question, cell),
                ts.p(text("handout.sure.yes_box", box=yes), cell),
                ts.p(text("handout.sure.no_box", box=no), cell),
            ]
        )
    return ts.table(
        rows, [width * 0.7, width * 0.15, width * 0.15], _style(header=False, compact=True)
    )
