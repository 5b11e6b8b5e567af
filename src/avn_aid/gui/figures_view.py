"""QPainter views of the femoral head and the recovery timeline (geometry from avn_aid.figures)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from avn_aid.figures import Segment, femoral_head, text_is_dark, timeline
from avn_aid.gui.language import translate
from avn_aid.model.runtime import Protocol


def _weeks(count: float) -> str:
    return translate("avn-aid", "{count} weeks").format(count=f"{count:g}")


def _grey(level: float) -> QColor:
    value = round(level * 255)
    return QColor(value, value, value)


class HeadView(QWidget):
    """The hip joint at one stage, as in the handout."""

    def __init__(
        self, kind: str, size: int = 64, parent: QWidget | None = None, *, stage: str = ""
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._size = size
        self.setFixedSize(size, size)
        name = translate("avn-aid", "Drawing of the hip joint: {stage}")
        self.setAccessibleName(name.format(stage=stage or kind))

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

    BAR = 24
    AXIS_GAP = 4

    def __init__(self, protocol: Protocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        phases = [(p.from_week, p.to_week, p.weight_bearing, p.percent) for p in protocol.phases]
        self._segments, self._horizon = timeline(phases)
        self.setMinimumHeight(self._height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        name = translate("avn-aid", "Recovery timeline: {name}")
        self.setAccessibleName(name.format(name=protocol.name))
        self.setAccessibleDescription("; ".join(_describe(s) for s in self._segments))
        self.setToolTip("\n".join(_describe(s) for s in self._segments))

    def _height(self) -> int:
        return self.BAR + self.AXIS_GAP + self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self._height())

    def _margin(self) -> float:
        """Room at each end so the first and last week numbers are never cut."""
        return self.fontMetrics().horizontalAdvance(_weeks(self._horizon)) / 2 + 2

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x(self, week: float, *, mirrored: bool = True) -> float:
        """Where a week is drawn; in a right-to-left window week 0 is on the right."""
        margin = self._margin()
        x = margin + week * (self.width() - 2 * margin) / self._horizon
        return self.width() - x if mirrored and self._rtl() else x

    def tick_labels(self) -> list[tuple[QRectF, str]]:
        """Week numbers under the bar; the last says the unit. All inside the widget."""
        metrics = self.fontMetrics()
        step = 1 if self._horizon <= 12 else 2 if self._horizon <= 24 else 4
        weeks = list(range(0, int(self._horizon) + 1, step))
        if weeks[-1] != self._horizon:
            weeks.append(self._horizon)  # type: ignore[arg-type]
        top = self.BAR + self.AXIS_GAP + 2
        labels = []
        for week in weeks:
            text = _weeks(week) if week == weeks[-1] else f"{week:g}"
            width = metrics.horizontalAdvance(text) + 2
            x = self._x(week, mirrored=False)
            if week == weeks[-1]:
                # the number sits under its tick, the unit runs to the left of the margin's end
                left = min(x - metrics.horizontalAdvance(f"{week:g}") / 2, self.width() - width)
            else:
                left = x - width / 2
            labels.append((QRectF(left, top, width, metrics.height()), text))
        # Drop labels that would overlap the one before; the last (with the unit) always stays.
        kept: list[tuple[QRectF, str]] = []
        for index, (rect, text) in enumerate(labels):
            last = index == len(labels) - 1
            while last and kept and kept[-1][0].right() + 3 > rect.left():
                kept.pop()
            if not kept or kept[-1][0].right() + 3 <= rect.left():
                kept.append((rect, text))
        if self._rtl():  # laid out left to right above, then turned around
            kept = [
                (QRectF(self.width() - r.right(), r.top(), r.width(), r.height()), t)
                for r, t in kept
            ]
        return kept

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        for segment in self._segments:
            ends = sorted((self._x(segment.start), self._x(segment.end)))
            rect = QRectF(ends[0], 1, ends[1] - ends[0], self.BAR)
            painter.setPen(QPen(_grey(0.15)))
            painter.setBrush(_grey(segment.fill))
            painter.drawRect(rect)
            label = segment.label + (" …" if segment.open_ended else "")
            if metrics.horizontalAdvance(label) < rect.width() - 4:
                painter.setPen(QPen(_grey(1.0 if text_is_dark(segment.fill) else 0.0)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(_grey(0.25)))
        for rect, text in self.tick_labels():
            week = float(text.split()[0])
            x = self._x(week)
            painter.drawLine(QPointF(x, self.BAR + 1), QPointF(x, self.BAR + self.AXIS_GAP + 1))
            align = Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, align, text)
        painter.end()


def _describe(segment: Segment) -> str:
    words = (
        translate("avn-aid", "from week {start}: {phase}")
        if segment.open_ended
        else translate("avn-aid", "week {start} to week {end}: {phase}")
    )
    return words.format(start=f"{segment.start:g}", end=f"{segment.end:g}", phase=segment.label)
