"""Where the main window goes: the size kept per screen, never larger than the screen or off it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from avn_aid.gui import settings

PREFERRED_SIZE = (1100, 760)


def geometry_key(window: QWidget) -> str:
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    return settings.geometry_key(screen.name(), area.width(), area.height())


def place(window: QWidget) -> None:
    """Restore the size kept for this screen, or fit the preferred size into it."""
    geometry = QSettings().value(geometry_key(window))
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        fit_to_screen(window)
        return
    area = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    # Leave room for the window manager's title bar and frame.
    window.resize(
        min(PREFERRED_SIZE[0], area.width() - 16), min(PREFERRED_SIZE[1], area.height() - 48)
    )
    window.move(area.center() - window.rect().center())
    fit_to_screen(window)


def fit_to_screen(window: QWidget) -> None:
    """Never larger than the screen's free area, never partly off it."""
    area = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def remember(window: QWidget) -> None:
    QSettings().setValue(geometry_key(window), window.saveGeometry())
