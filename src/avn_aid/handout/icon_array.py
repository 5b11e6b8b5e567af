"""An icon array: 100 small figures, some dark, drawn by the program for a natural frequency.

Dark figures are near-black and the others white with a grey outline, so the two stay
apart in black-and-white print and for readers who cannot tell colours apart.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Path
from reportlab.lib.colors import Color
from reportlab.lib.units import mm

TOTAL = 100
COLUMNS = 20
DARK = Color(0.15, 0.15, 0.15)
LIGHT = Color(1, 1, 1)
OUTLINE = Color(0.45, 0.45, 0.45)


def _person(cx: float, bottom: float, cell: float, fill: Color) -> list[object]:
    """A head and shoulders in a cell `cell` wide, standing on `bottom`."""
    head_r = cell * 0.17
    body_w, body_h = cell * 0.62, cell * 0.5
    body = Path(fillColor=fill, strokeColor=OUTLINE, strokeWidth=0.35)
    left, right, top = cx - body_w / 2, cx + body_w / 2, bottom + body_h
    body.moveTo(left, bottom)
    body.lineTo(left, top - body_w * 0.25)
    body.curveTo(left, top, right, top, right, top - body_w * 0.25)
    body.lineTo(right, bottom)
    body.closePath()
    head = Circle(
        cx, top + head_r * 1.25, head_r, fillColor=fill, strokeColor=OUTLINE, strokeWidth=0.35
    )
    return [body, head]


def icon_array(count: int, width: float = 70 * mm) -> Drawing:
    """`count` dark figures out of 100, filled row by row from the top left."""
    if not 0 <= count <= TOTAL:
        raise ValueError(f"an icon array shows 0 to {TOTAL} people, not {count}")
    cell = width / COLUMNS
    rows = TOTAL // COLUMNS
    height = rows * cell * 1.05
    drawing = Drawing(width, height)
    for index in range(TOTAL):
        row, column = divmod(index, COLUMNS)
        cx = column * cell + cell / 2
        bottom = height - (row + 1) * cell * 1.05
        for shape in _person(cx, bottom, cell, DARK if index < count else LIGHT):
            drawing.add(shape)
    return drawing
