"""The pictures as geometry: the femoral head at each stage, and a recovery timeline.

Pure data in a 100 x 100 box (y up), drawn by the handout with reportlab and by the
wizard with QPainter, so both show the same picture. Greys only, so black-and-white
printing loses nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from avn_aid.catalogue import text

CX, CY, R = 50.0, 48.0, 26.0


@dataclass(frozen=True)
class Shape:
    kind: Literal["polygon", "polyline"]
    points: tuple[tuple[float, float], ...]
    fill: float | None = None  # grey level 0 (black) .. 1 (white); None = no fill
    stroke: float | None = 0.1
    width: float = 1.0


def _arc(
    radius: float,
    start: float,
    end: float,
    steps: int = 40,
    cx: float = CX,
    cy: float = CY,
    flat_top: float | None = None,
) -> list[tuple[float, float]]:
    points = []
    for i in range(steps + 1):
        angle = math.radians(start + (end - start) * i / steps)
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if flat_top is not None:
            y = min(y, flat_top)
        points.append((round(x, 2), round(y, 2)))
    return points


def femoral_head(kind: str) -> tuple[Shape, ...]:
    """The hip joint for one drawing kind: normal, oedema, sclerosis, crescent, flattened, arthritic."""
    flattened = kind in ("flattened", "arthritic")
    flat_top = CY + R - 7 if flattened else None
    socket_gap = 2.5 if kind == "arthritic" else 6.0
    shapes: list[Shape] = []
    # Pelvis and socket (acetabulum): a thick arc over the head.
    shapes.append(Shape("polyline", tuple(_arc(R + socket_gap + 3, 10, 170)), stroke=0.35, width=5))
    if kind == "arthritic":  # bony spurs at the socket rim
        for x_sign in (-1, 1):
            rim_x = CX + x_sign * (R + socket_gap + 3) * math.cos(math.radians(10))
            rim_y = CY + (R + socket_gap + 3) * math.sin(math.radians(10))
            shapes.append(
                Shape(
                    "polygon",
                    ((rim_x, rim_y), (rim_x + x_sign * 6, rim_y - 3), (rim_x, rim_y - 6)),
                    fill=0.35,
                    stroke=0.1,
                )
            )
    # Neck and upper shaft of the thigh bone.
    shapes.append(
        Shape(
            "polygon",
            ((36, 36), (62, 30), (72, 14), (74, 0), (54, 0), (52, 14), (40, 26)),
            fill=0.92,
            stroke=0.1,
        )
    )
    # The head itself.
    shapes.append(
        Shape(
            "polygon",
            tuple(_arc(R, 0, 360, 72, flat_top=flat_top)),
            fill=0.97,
            stroke=0.1,
            width=1.2,
        )
    )
    if kind == "normal":
        return tuple(shapes)
    # The dead area under the weight-bearing surface.
    lesion_fill = {
        "oedema": 0.85,
        "sclerosis": 0.7,
        "crescent": 0.7,
        "flattened": 0.55,
        "arthritic": 0.55,
    }[kind]
    upper = _arc(R - 2, 40, 140, 20, flat_top=None if flat_top is None else flat_top - 2)
    lower = _arc(R - 14, 140, 40, 20)
    shapes.append(Shape("polygon", tuple(upper + lower), fill=lesion_fill, stroke=None))
    if kind in ("sclerosis", "crescent", "flattened", "arthritic"):  # a sclerotic rim
        shapes.append(Shape("polyline", tuple(lower), stroke=0.3, width=1.2))
    if kind in ("crescent", "flattened", "arthritic"):  # the crack under the surface
        crack = _arc(R - 4, 55, 125, 20, flat_top=None if flat_top is None else flat_top - 4)
        shapes.append(Shape("polyline", tuple(crack), stroke=0.0, width=1.8))
    return tuple(shapes)


@dataclass(frozen=True)
class Segment:
    start: float  # week
    end: float
    label: str
    fill: float
    open_ended: bool


_TIMELINE_FILL = {
    "none": 0.3,
    "partial": 0.55,
    "progressive": 0.75,
    "full": 0.93,
    "as_tolerated": 0.88,
    "as_advised": 0.85,
}


def timeline(
    phases: list[tuple[int, int | None, str, int | None]],
) -> tuple[tuple[Segment, ...], float]:
    """Segments for (from_week, to_week, weight kind, percent) phases, and the weeks shown.

    A phase `to_week` N ends at the end of week N; an open-ended phase gets three weeks or more
    drawn (to a round number of weeks) and is marked as going on.
    """
    closed_ends = [to for _, to, _, _ in phases if to is not None]
    starts = [frm for frm, _, _, _ in phases]
    last = max(closed_ends + starts, default=0) + 3  # room to show the last phase going on
    step = tick_step(last)
    # A round number of weeks, so the scale ends on a tick a reader takes in at a glance
    # (16 weeks, not 17).
    horizon = float(-(-last // step) * step)
    segments = []
    for frm, to, kind, percent in phases:
        label = text(f"weight_bearing.short.{kind}") + (f" {percent}%" if percent else "")
        begin = max(float(frm) - 1, 0.0) if frm else 0.0
        end = float(to) if to is not None else horizon
        segments.append(Segment(begin, end, label, _TIMELINE_FILL[kind], to is None))
    return tuple(segments), horizon


def tick_step(weeks: float) -> int:
    """Weeks between the ticks of a scale `weeks` long: 1, 2 or 4."""
    return 1 if weeks <= 12 else 2 if weeks <= 24 else 4


def text_is_dark(fill: float) -> bool:
    """Whether a label on this fill should be white (dark fill) or black."""
    return fill < 0.5
