"""The both-hips Option Grid fitted to the page: column widths chosen where it lands."""

from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from avn_aid.handout.option_grid import (
    ICONS_WIDTH,
    PAD_BOTTOM,
    PAD_SIDE,
    PAD_TOP,
    GridColumn,
    column_cells,
    grid_table,
    questions,
    typeset_now,
)

STEP = 0.025  # of the options' width: the grain of the balanced widths
NARROWEST, WIDEST = 0.8, 1.35  # bounds on a balanced column, against equal widths


def fitted_grid(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    width: float,
    first: float,
) -> Flowable:
    """The grid with a column with more to say given more room (within NARROWEST..WIDEST
    of equal), the widths chosen where it lands so that it ends as early as it can."""
    if len(columns) == 1:
        return grid_table(columns, styles, [first, width - first], "")
    return FittedGrid(columns, styles, first, width - first, "")


class FittedGrid(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A grid whose column widths are chosen where it lands. Rows never split, so a grid
    that runs over a page loses the foot of the page a row did not fit in, and prints its
    header again: of the widths that keep every column within bounds, it takes the one
    that leaves the least for the next page (then the shortest), so a grid that can end
    on the next page does."""

    def __init__(
        self,
        columns: tuple[GridColumn, ...],
        styles: dict[str, ParagraphStyle],
        first: float,
        width: float,
        corner: str,
    ) -> None:
        super().__init__()
        self._columns, self._styles, self._first, self._corner = columns, styles, first, corner
        self._icon_width, self._choices = _choices(columns, styles, first, width, corner)
        self._table: Table | None = None

    def _make(self, widths: list[float]) -> Table:
        return grid_table(
            self._columns, self._styles, [self._first, *widths], self._corner, self._icon_width
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        shortest = min(self._choices, key=lambda choice: sum(choice[1]))
        self._table = self._make(shortest[0])
        size: tuple[float, float] = self._table.wrap(available_width, available_height)
        return size

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        def left_over(rows: list[float]) -> float:
            used, index = rows[0], 1
            while index < len(rows) and used + rows[index] <= available_height:
                used, index = used + rows[index], index + 1
            return rows[0] + sum(rows[index:]) if index > 1 else math.inf

        best = min(self._choices, key=lambda choice: (left_over(choice[1]), sum(choice[1])))
        parts: list[Flowable] = self._make(best[0]).split(available_width, available_height)
        return parts

    def draw(self) -> None:
        assert self._table is not None  # wrap comes first
        self._table.drawOn(self.canv, 0, 0)


def _choices(
    columns: tuple[GridColumn, ...],
    styles: dict[str, ParagraphStyle],
    first: float,
    width: float,
    corner: str,
) -> tuple[float, list[tuple[list[float], list[float]]]]:
    """The icon width, and every choice of column widths (each within NARROWEST..WIDEST of
    equal, in steps of STEP) with the height of each row it gives, most equal first. A row
    is as tall as its tallest cell, measured once per column and width."""
    n = len(columns)
    units = round(1 / STEP)
    low = math.ceil(NARROWEST / n / STEP - 1e-9)
    high = math.floor(WIDEST / n / STEP + 1e-9)
    icon_width = min(width * low * STEP - 5, ICONS_WIDTH)
    asked = [typeset_now().p(q, styles["gridlabel"]) for q in questions(corner)]
    labels = [cell_height([q], first) for q in asked]
    heights = [
        {
            u: [cell_height(cell, width * u * STEP) for cell in column_cells(c, styles, icon_width)]
            for u in range(low, high + 1)
        }
        for c in columns
    ]
    choices = [
        (
            [width * u * STEP for u in shares],
            [
                max(label, *(h[u][row] for h, u in zip(heights, shares, strict=True)))
                for row, label in enumerate(labels)
            ],
        )
        for shares in _compositions(units, n, low, high)
    ]
    return icon_width, choices or [([width / n] * n, labels)]


def _compositions(total: int, parts: int, low: int, high: int) -> list[tuple[int, ...]]:
    """Every way to share `total` units among `parts`, each low..high, closest to equal first."""
    found: list[tuple[int, ...]] = []

    def walk(left: int, prefix: tuple[int, ...]) -> None:
        if len(prefix) == parts - 1:
            if low <= left <= high:
                found.append((*prefix, left))
            return
        for u in range(low, min(high, left) + 1):
            walk(left - u, (*prefix, u))

    walk(total, ())
    return sorted(found, key=lambda shares: (max(shares) - min(shares), shares))


def cell_height(cell: list[Flowable], width: float) -> float:
    """A cell's height at a column width, as the table lays it out (padding included)."""
    inner = width - 2 * PAD_SIDE
    tall = sum(float(f.wrap(inner, 10_000)[1]) for f in cell)
    spaces = sum(float(f.getSpaceBefore() + f.getSpaceAfter()) for f in cell)
    return PAD_TOP + PAD_BOTTOM + tall + spaces
