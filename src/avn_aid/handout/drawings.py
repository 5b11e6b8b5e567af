"""The figures of avn_aid.figures as reportlab drawings."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from avn_aid.catalogue import text
from avn_aid.figures import femoral_head, text_is_dark, tick_step, timeline
from avn_aid.handout.detail import PhaseRow
from avn_aid.handout.fonts import BOLD, REGULAR


def _grey(level: float | None) -> Color | None:
    return None if level is None else Color(level, level, level)


def head_drawing(kind: str, size: float = 42 * mm) -> Drawing:
    scale = size / 100
    drawing = Drawing(size, size)
    for shape in femoral_head(kind):
        points = [coord * scale for point in shape.points for coord in point]
        style = {
            "strokeColor": _grey(shape.stroke),
            "strokeWidth": shape.width * scale * 1.4,
        }
        if shape.kind == "polygon":
            drawing.add(Polygon(points, fillColor=_grey(shape.fill), **style))
        else:
            drawing.add(PolyLine(points, **style))
    return drawing


def timeline_drawing(
    phases: tuple[PhaseRow, ...],
    width: float,
    label_size: float = 7.5,
    tick_size: float = 6.5,
) -> Drawing:
    segments, horizon = timeline(
        [(p.from_week, p.to_week, p.weight_kind, p.percent) for p in phases]
    )
    # The scale below the bar takes its tick marks and numbers; the axis words sit above.
    left, bar_y, bar_h = 0.0, 1.5 * mm + tick_size * 1.2, label_size * 2.2
    height = bar_y + bar_h + tick_size * 1.4
    drawing = Drawing(width, height)
    per_week = (width - 2) / horizon
    for segment in segments:
        x = left + segment.start * per_week
        w = (segment.end - segment.start) * per_week
        drawing.add(
            Rect(
                x,
                bar_y,
                w,
                bar_h,
                fillColor=_grey(segment.fill),
                strokeColor=_grey(0.1),
                strokeWidth=0.6,
            )
        )
        label = segment.label + (" ..." if segment.open_ended else "")
        colour = _grey(1.0 if text_is_dark(segment.fill) else 0.0)
        size = label_size
        while size > label_size - 2.5 and stringWidth(label, BOLD, size) > w - 4:
            size -= 0.5
        if stringWidth(label, BOLD, size) <= w - 4:
            drawing.add(
                String(
                    x + w / 2,
                    bar_y + bar_h / 2 - size / 3,
                    label,
                    fontName=BOLD,
                    fontSize=size,
                    fillColor=colour,
                    textAnchor="middle",
                )
            )
    step = tick_step(horizon)
    week = 0
    while week <= horizon:
        x = left + week * per_week
        drawing.add(Line(x, bar_y, x, bar_y - 1.5 * mm, strokeColor=_grey(0.2), strokeWidth=0.5))
        drawing.add(
            String(
                x, 0.6 * mm, str(week), fontName=REGULAR, fontSize=tick_size, textAnchor="middle"
            )
        )
        week += step
    drawing.add(
        String(
            width,
            bar_y + bar_h + 1,
            text("handout.timeline_axis"),
            fontName=REGULAR,
            fontSize=tick_size,
            textAnchor="end",
        )
    )
    return drawing
