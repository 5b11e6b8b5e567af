"""QPainter views of the femoral head and the recovery timeline (geometry from avn_aid.figures)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from avn_aid.figures import Segment, femoral_head, text_is_dark, timeline
from avn_aid.model.pathway import Protocol


def _grey(level: float) -> QColor:
    value = round(level * 255)
    return QColor(value, value, value)


class HeadView(QWidget):
    """The hip joint at one stage, as in the handout."""

    def __init__(self, kind: str, size: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._size = size
        self.setFixedSize(size, size)
        self.setAccessibleName(f"Drawing of the hip joint: {kind}")

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.setAccessibleName(f"Drawing of the hip joint: {kind}")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width(), self.height()) / 100
        for shape in femoral_head(self._kind):
            polygon = QPolygonF([QPointF(x * scale, (100 - y) * scale) for x, y in shape.points])
            pen = QPen(_grey(shape.stroke)) if shape.stroke is not None else QPen(Qt.PenStyle.NoPen)
            if shape.stroke is not None:
                pen.setWidthF(max(shape.width * scale * 1.4, 0.8))
            painter.setPen(pen)
            if shape.kind == "polygon":
                painter.setBrush(
                    _grey(shape.fill) if shape.fill is not None else Qt.BrushStyle.NoBrush
                )
                painter.drawPolygon(polygon)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(polygon)
        painter.end()


class TimelineView(QWidget):
    """Weight-bearing phases by week, labelled in words (never colour alone)."""

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        phases = [(p.from_week, p.to_week, p.weight_bearing, p.percent) for p in protocol.phases]
        self._segments, self._horizon = timeline(phases)
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"Recovery timeline: {protocol.name}")
        self.setAccessibleDescription("; ".join(_describe(s) for s in self._segments))
        self.setToolTip("\n".join(_describe(s) for s in self._segments))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 44)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 2
        per_week = width / self._horizon
        bar = QRectF(0, 2, 0, 24)
        metrics = painter.fontMetrics()
        for segment in self._segments:
            rect = QRectF(
                1 + segment.start * per_week,
                bar.top(),
                (segment.end - segment.start) * per_week,
                bar.height(),
            )
            painter.setPen(QPen(_grey(0.15)))
            painter.setBrush(_grey(segment.fill))
            painter.drawRect(rect)
            label = segment.label + (" …" if segment.open_ended else "")
            if metrics.horizontalAdvance(label) < rect.width() - 4:
                painter.setPen(QPen(_grey(1.0 if text_is_dark(segment.fill) else 0.0)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(_grey(0.25)))
        step = 1 if self._horizon <= 12 else 2 if self._horizon <= 24 else 4
        week = 0
        while week <= self._horizon:
            x = 1 + week * per_week
            painter.drawLine(QPointF(x, 26), QPointF(x, 30))
            painter.drawText(QRectF(x - 12, 29, 24, 14), Qt.AlignmentFlag.AlignHCenter, str(week))
            week += step
        painter.end()


def _describe(segment: Segment) -> str:
    end = "onward" if segment.open_ended else f"to week {segment.end:g}"
    return f"week {segment.start:g} {end}: {segment.label}"
