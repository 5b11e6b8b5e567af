"""The portrait Option Grid: one column per option on the table, one row per question patients
ask; options not advised get one line each saying why.

The rows follow the Option Grid habit (Elwyn et al.): the same questions, answered in the
same order and at the same depth for every option, so no option looks better by being
described more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from avn_aid.handout.fonts import REGULAR

GRID_ROWS = (
    "What is it?",
    "How might it help?",
    "Harms, and how often",
    "Crutches and time off work",
    "Chance of success: who was counted, and for how long",
    "Cost and cover",
)
FIRST_COLUMN = 0.2  # share of the width for the questions
RULE = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.9, 0.9, 0.9)
LEANING_SHADE = colors.Color(0.8, 0.8, 0.8)


@dataclass(frozen=True)
class GridColumn:
    """One option on the table, answered row by row (each answer one or more short lines)."""

    name: str
    evidence_says: str  # what the evidence in this sheet suggests, never an order
    answers: tuple[tuple[str, ...], ...]  # one per GRID_ROWS entry
    leaning: bool = False  # the option the patient is leaning towards, if they said

    def __post_init__(self) -> None:
        if len(self.answers) != len(GRID_ROWS):
            raise ValueError(f"{self.name}: {len(self.answers)} answers for {len(GRID_ROWS)} rows")


@dataclass(frozen=True)
class NotOnTable:
    """An option not advised for this patient, in one line."""

    name: str
    why: str


def _cell(lines: tuple[str, ...], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(escape(line), style) for line in lines if line]


def option_grid(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    width: float,
    leaning_words: str = "You are leaning towards this",
) -> Table:
    """The grid as one table: a header row of names, the evidence row, then the questions."""
    if not columns:
        raise ValueError("an option grid needs at least one option")
    head, cell, label = styles["gridhead"], styles["grid"], styles["gridlabel"]
    header: list[Any] = [Paragraph("", label)]
    for column in columns:
        name = [Paragraph(escape(column.name), head)]
        if column.leaning:
            name.append(Paragraph(escape(f"({leaning_words})"), cell))
        header.append(name)
    rows: list[list[Any]] = [header]
    rows.append(
        [Paragraph("What the evidence here suggests", label)]
        + [[Paragraph(escape(c.evidence_says), head)] for c in columns]
    )
    for index, question in enumerate(GRID_ROWS):
        rows.append(
            [Paragraph(escape(question), label)] + [_cell(c.answers[index], cell) for c in columns]
        )
    first = width * FIRST_COLUMN
    other = (width - first) / len(columns)
    table = Table(rows, colWidths=[first] + [other] * len(columns), repeatRows=1)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
    )
    for index, column in enumerate(columns, start=1):
        if column.leaning:  # a heavier frame and shade, so it shows in black and white too
            style.add("BOX", (index, 0), (index, -1), 2, colors.black)
            style.add("BACKGROUND", (index, 0), (index, 0), LEANING_SHADE)
    table.setStyle(style)
    return table


def not_on_table_lines(
    items: tuple[NotOnTable, ...], styles: dict[str, ParagraphStyle]
) -> list[Paragraph]:
    """One line per option not advised: its name in bold, then why."""
    return [
        Paragraph(
            f"<b>{escape(item.name)}:</b> {escape(item.why)}", styles["bullet"], bulletText="\u2022"
        )
        for item in items
    ]
