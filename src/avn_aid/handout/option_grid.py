"""The portrait Option Grid: one column per option on the table, one row per question patients
ask; options not advised get one line each saying why.

The rows follow the Option Grid habit (Elwyn et al.): the same questions, answered in the
same order and at the same depth for every option, so no option looks better by being
described more.
"""

from __future__ import annotations

from dataclasses import dataclass

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
class HipSuccess:
    """With two hips whose chance of success differs: one hip's part of the cell."""

    hip: str  # "Your left hip"; "" when the lines name the hip themselves
    icons: int | None
    lines: tuple[str, ...]


@dataclass(frozen=True)
class GridColumn:
    """One option on the table, answered row by row (each answer one or more short lines)."""

    name: str
    evidence_says: str  # what the evidence in this sheet suggests, never an order
    answers: tuple[tuple[str, ...], ...]  # one per row of grid_rows()
    leaning: bool = False  # the option the patient is leaning towards, if they said
    icons: int | None = None  # the success figure as an icon array (dark of 100), if any
    for_hips: str = ""  # two hips: "Both your hips", "Your right hip only"
    evidence_lines: tuple[tuple[str, str], ...] = ()  # two hips that differ: (hip, words)
    success_by_hip: tuple[HipSuccess, ...] = ()  # two hips: replaces the success cell

    def __post_init__(self) -> None:
        if len(self.answers) != ROWS:
            raise ValueError(f"{self.name}: {len(self.answers)} answers for {ROWS} rows")


@dataclass(frozen=True)
class NotOnTable:
    """An option not advised for this patient, in one line."""

    name: str
    why: str


def _cell(lines: tuple[str, ...], style: ParagraphStyle) -> list[Flowable]:
    return [typeset_now().p(line, style) for line in lines if line]


def _icons(count: int, width: float) -> Flowable:
    # Filled in reading order: from the top right in a right-to-left language.
    return IconArray(count, width, right_to_left=typeset_now().rtl)


def _by_hip(
    parts: tuple[HipSuccess, ...], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Each hip's figure under its name, so no figure reads as the other hip's."""
    cell: list[Flowable] = []
    for part in parts:
        if part.hip:
            cell.append(typeset_now().p(part.hip, styles["gridhead"]))
        if part.icons is not None:
            cell.append(_icons(part.icons, width))
        cell += _cell(part.lines, styles["grid"])
    return cell


def typeset_now() -> Typesetter:
    return typesetter(current_language())


def option_grid(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    width: float,
    corner: str = "",
) -> Table:
    """The grid as one table: a header row of names and what the evidence suggests, then
    one row per question, in equal columns (grid_fit.py fits them to the page instead)."""
    if not columns:
        raise ValueError("an option grid needs at least one option")
    first = width * FIRST_COLUMN
    equal = (width - first) / len(columns)
    return grid_table(columns, styles, [first] + [equal] * len(columns), corner)


def grid_table(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    widths: list[float],
    corner: str,
    icon_width: float | None = None,
) -> Table:
    """The table itself; `widths` starts with the questions' column."""
    label = styles["gridlabel"]
    ts = typeset_now()
    # One size of icon array in every column, so the figures compare at a glance.
    if icon_width is None:
        icon_width = min(min(widths[1:]) - 5, ICONS_WIDTH)
    cells = [column_cells(c, styles, icon_width) for c in columns]
    rows = [
        [ts.p(question, label), *(c[index] for c in cells)]
        for index, question in enumerate(questions(corner))
    ]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_SIDE),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_SIDE),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ]
    )
    for index, column in enumerate(columns, start=1):
        if column.leaning:  # a heavier frame and shade, so it shows in black and white too
            style.add("BOX", (index, 0), (index, -1), 2, colors.black)
            style.add("BACKGROUND", (index, 0), (index, 0), LEANING_SHADE)
    return ts.table(rows, widths, style, repeatRows=1)


def questions(corner: str) -> list[str]:
    # The header names each option and what the studies here suggest for it; the corner
    # says so, so the suggestion needs no row of its own.
    return [corner or text("handout.grid.evidence"), *grid_rows()]


PAD_SIDE, PAD_TOP, PAD_BOTTOM = 2.5, 1.5, 2


def column_cells(
    column: GridColumn, styles: dict[str, ParagraphStyle], icon_width: float
) -> list[list[Flowable]]:
    """One column's cells, top to bottom: its header, then one answer per question."""
    ts = typeset_now()
    head = [ts.p(column.name, styles["gridhead"])]
    if column.evidence_lines:  # two hips with different words: a line for each, named
        head += [
            ts.p(words, styles["grid"], bold_prefix=text("handout.grid.for_hips", hips=hip))
            for hip, words in column.evidence_lines
        ]
    else:  # with two hips, which of them it is for leads the words: "Both your hips: ..."
        prefix = text("handout.grid.for_hips", hips=column.for_hips) if column.for_hips else ""
        head.append(ts.p(column.evidence_says, styles["grid"], bold_prefix=prefix))
    if column.leaning:
        head.append(ts.p(text("handout.grid.leaning"), styles["gridhead"]))
    answers = [_cell(lines, styles["grid"]) for lines in column.answers]
    # The figure drawn above its words, so it reads at a glance.
    if column.success_by_hip:
        answers[SUCCESS_ROW] = _by_hip(column.success_by_hip, styles, icon_width)
    elif column.icons is not None:
        answers[SUCCESS_ROW] = [_icons(column.icons, icon_width), *answers[SUCCESS_ROW]]
    return [head, *answers]


def not_on_table_lines(
    items: tuple[NotOnTable, ...], styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """One line per option not advised: its name in bold, then why."""
    ts = typeset_now()
    return [
        ts.p(item.why, styles["bullet"], bold_prefix=item.name + ":", bullet="\u2022")
        for item in items
    ]
