"""'Your hip now': the femoral-head drawing with plain labels and leader lines."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from avn_aid.catalogue import text
from avn_aid.figures import CX, CY, R
from avn_aid.handout.drawings import head_drawing
from avn_aid.handout.fonts import REGULAR

LABEL_SIZE = 9
INK = Color(0.1, 0.1, 0.1)


def hip_labels() -> dict[str, str]:
    """Words for the parts drawn."""
    return {
        "socket": text("handout.hip_labels.socket"),
        "crack": text("handout.hip_labels.crack"),
        "dead": text("handout.hip_labels.dead"),
        "ball": text("handout.hip_labels.ball"),
        "bone": text("handout.hip_labels.bone"),
    }


def labelled_head(kind: str, size: float = 40 * mm) -> Drawing:
    """The drawing with labels to its right; parts the drawing lacks get no label."""
    labels = hip_labels()
    label_width = 42 * mm
    head = head_drawing(kind, size)
    drawing = Drawing(size + label_width, size)
    for item in head.contents:
        drawing.add(item)
    scale = size / 100
    # Where each part is, in the drawing's 100 x 100 box (see avn_aid.figures).
    anchors = {
        "socket": (CX + 20, CY + R + 8),
        "ball": (CX + R - 4, CY - 8),
        "dead": (CX + 6, CY + R - 9),
        "crack": (CX + 12, CY + R - 4),
        "bone": (66, 10),
    }
    present = {"socket", "ball", "bone"}
    if kind != "normal":
        present.add("dead")
    if kind in ("crescent", "flattened", "arthritic"):
        present.add("crack")
    rows = [part for part in ("socket", "crack", "dead", "ball", "bone") if part in present]
    rows = [part for part in rows if part in labels]
    step = size / (len(rows) + 1)
    for index, part in enumerate(rows):
        ax, ay = anchors[part]
        y = size - step * (index + 1)
        text_x = size + 4 * mm
        drawing.add(
            Line(ax * scale, ay * scale, text_x - 1 * mm, y + 3, strokeColor=INK, strokeWidth=0.6)
        )
        drawing.add(String(text_x, y, labels[part], fontName=REGULAR, fontSize=LABEL_SIZE))
    return drawing
