"""An icon array: 100 small figures, some dark, drawn by the program for a natural frequency.

Dark figures are near-black and the others white with a grey outline, so the two stay
apart in black-and-white print and for readers who cannot tell colours apart.

Each kind of figure (dark or light, at one size) is drawn once per PDF as a form
(a PDF XObject) and placed 100 times, instead of drawing 200 shapes per array.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

TOTAL = 100
COLUMNS = 20
ROWS = TOTAL // COLUMNS
ROW_STEP = 1.05  # a row is this many cells tall
DARK = Color(0.15, 0.15, 0.15)
LIGHT = Color(1, 1, 1)
OUTLINE = Color(0.45, 0.45, 0.45)
LINE_WIDTH = 0.35


class IconArray(Flowable):  # type: ignore[misc]
    """`count` dark figures out of 100, filled row by row in reading order: from the top
    left, or from the top right in a right-to-left language."""

    def __init__(self, count: int, width: float = 70 * mm, *, right_to_left: bool = False):
        if not 0 <= count <= TOTAL:
            raise ValueError(f"an icon array shows 0 to {TOTAL} people, not {count}")
        super().__init__()
        self.count = count
        self.right_to_left = right_to_left
        self.cell = width / COLUMNS
        self.width = width
        self.height = ROWS * self.cell * ROW_STEP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def places(self) -> Iterator[tuple[float, float, bool]]:
        """Each figure's cell (left, bottom) and whether it is dark, in reading order."""
        for index in range(TOTAL):
            row, column = divmod(index, COLUMNS)
            if self.right_to_left:
                column = COLUMNS - 1 - column
            yield (
                column * self.cell,
                self.height - (row + 1) * self.cell * ROW_STEP,
                (index < self.count),
            )

    def draw(self) -> None:
        canvas = self.canv
        forms = {dark: _person_form(canvas, self.cell, dark) for dark in (True, False)}
        for left, bottom, dark in self.places():
            canvas.saveState()
            canvas.translate(left, bottom)
            canvas.doForm(forms[dark])
            canvas.restoreState()


def _person_form(canvas: Canvas, cell: float, dark: bool) -> str:
    """The name of the form holding one figure in a cell `cell` wide; made on first use."""
    name = f"AvnPerson{'Dark' if dark else 'Light'}{round(cell * 1000)}"
    if not canvas.hasForm(name):
        margin = LINE_WIDTH
        canvas.beginForm(name, -margin, -margin, cell + margin, cell * ROW_STEP + margin)
        _draw_person(canvas, cell, DARK if dark else LIGHT)
        canvas.endForm()
    return name


def _draw_person(canvas: Canvas, cell: float, fill: Color) -> None:
    """A head and shoulders in a cell `cell` wide, standing on its bottom edge."""
    cx, bottom = cell / 2, 0.0
    head_r = cell * 0.17
    body_w, body_h = cell * 0.62, cell * 0.5
    left, right, top = cx - body_w / 2, cx + body_w / 2, bottom + body_h
    canvas.setFillColor(fill)
    canvas.setStrokeColor(OUTLINE)
    canvas.setLineWidth(LINE_WIDTH)
    body = canvas.beginPath()
    body.moveTo(left, bottom)
    body.lineTo(left, top - body_w * 0.25)
    body.curveTo(left, top, right, top, right, top - body_w * 0.25)
    body.lineTo(right, bottom)
    body.close()
    canvas.drawPath(body, stroke=1, fill=1)
    canvas.circle(cx, top + head_r * 1.25, head_r, stroke=1, fill=1)
