"""The portrait Option Grid: one column per option on the table, one row per question patients
ask; options not advised get one line each saying why.

The rows follow the Option Grid habit (Elwyn et al.): the same questions, answered in the
same order and at the same depth for every option, so no option looks better by being
described more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from avn_aid.catalogue import current_language, text
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.icon_array import IconArray
from avn_aid.handout.typeset import Typesetter, typesetter

ROWS = 6  # what is it, how it might help, harms, crutches and work, success, cost
SUCCESS_ROW = 4
ICONS_WIDTH = 40 * mm


def grid_rows() -> tuple[str, ...]:
    """The questions, one per row, in the order every column answers them."""
    return (
        text("handout.grid.what_is_it"),
        text("handout.grid.help"),
        text("handout.grid.harms"),
        text("handout.grid.crutches"),
        text("handout.grid.success"),
        text("handout.grid.cost"),
    )


FIRST_COLUMN = 0.105  # share of the width for the questions
RULE = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.9, 0.9, 0.9)
LEANING_SHADE = colors.Color(0.8, 0.8, 0.8)


@dataclass(frozen=True)
class GridColumn:
    """One option on the table, answered row by row (each answer one or more short lines)."""

    name: str
    evidence_says: str  # what the evidence in this sheet suggests, never an order
    answers: tuple[tuple[str, ...], ...]  # one per row of grid_rows()
    leaning: bool = False  # the option the patient is leaning towards, if they said
    icons: int | None = None  # the success figure as an icon array (dark of 100), if any

    def __post_init__(self) -> None:
        if len(self.answers) != ROWS:
            raise ValueError(f"{self.name}: {len(self.answers)} answers for {ROWS} rows")


@dataclass(frozen=True)
class NotOnTable:
    """An option not advised for this patient, in one line."""

    name: str
    why: str


def _cell(lines: tuple[str, ...], style: ParagraphStyle) -> list[Flowable]:
    return [_set().p(line, style) for line in lines if line]


def _icons(count: int, width: float) -> Flowable:
    # Filled in reading order: from the top right in a right-to-left language.
    return IconArray(count, width, right_to_left=_set().rtl)


def _set() -> Typesetter:
    return typesetter(current_language())


def option_grid(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    width: float,
    corner: str = "",
) -> Table:
    """The grid as one table: a header row of names and what the evidence suggests, then
    one row per question."""
    if not columns:
        raise ValueError("an option grid needs at least one option")
    head, cell, label = styles["gridhead"], styles["grid"], styles["gridlabel"]
    ts = _set()
    # The header names each option and what the studies here suggest for it; the corner
    # says so, so the suggestion needs no row of its own.
    header: list[Any] = [ts.p(corner or text("handout.grid.evidence"), label)]
    for column in columns:
        name = [ts.p(column.name, head), ts.p(column.evidence_says, cell)]
        if column.leaning:
            name.append(ts.p(text("handout.grid.leaning"), head))
        header.append(name)
    rows: list[list[Any]] = [header]
    first = width * FIRST_COLUMN
    other = (width - first) / len(columns)
    icon_width = min(other - 5, ICONS_WIDTH)
    for index, question in enumerate(grid_rows()):
        cells = [_cell(c.answers[index], cell) for c in columns]
        if index == SUCCESS_ROW:  # the figure drawn above its words, so it reads at a glance
            cells = [
                [_icons(c.icons, icon_width), *words] if c.icons is not None else words
                for c, words in zip(columns, cells, strict=True)
            ]
        rows.append([ts.p(question, label), *cells])
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    for index, column in enumerate(columns, start=1):
        if column.leaning:  # a heavier frame and shade, so it shows in black and white too
            style.add("BOX", (index, 0), (index, -1), 2, colors.black)
            style.add("BACKGROUND", (index, 0), (index, 0), LEANING_SHADE)
    return ts.table(rows, [first] + [other] * len(columns), style, repeatRows=1)


def not_on_table_lines(
    items: tuple[NotOnTable, ...], styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """One line per option not advised: its name in bold, then why."""
    ts = _set()
    return [
        ts.p(item.why, styles["bullet"], bold_prefix=item.name + ":", bullet="\u2022")
        for item in items
    ]
