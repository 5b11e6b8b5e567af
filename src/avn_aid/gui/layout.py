"""Page layouts that scroll rather than clip, so every control is reachable on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QVBoxLayout, QWidget

PAGE_KEYS = {
    Qt.Key.Key_PageDown: "page_down",
    Qt.Key.Key_PageUp: "page_up",
    Qt.Key.Key_Home: "home",
    Qt.Key.Key_End: "end",
}


def scrolled(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Give `page` a scroll area filling it; return the area and the widget to lay out on."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The area itself takes no focus, so a page opens with its first field focused.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    content = QWidget()
    area.setWidget(content)
    outer.addWidget(area)
    return area, content


class PageKeys(QObject):
    """Page Up/Down, Home and End scroll the area even while focus is on a button in it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def watch(self, root: QWidget) -> None:
        for button in root.findChildren(QAbstractButton):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        action = PAGE_KEYS.get(Qt.Key(event.key()))
        if action is None or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        bar = self._area.verticalScrollBar()
        if action == "page_down":
            bar.setValue(bar.value() + bar.pageStep())
        elif action == "page_up":
            bar.setValue(bar.value() - bar.pageStep())
        elif action == "home":
            bar.setValue(bar.minimum())
        else:
            bar.setValue(bar.maximum())
        return True
