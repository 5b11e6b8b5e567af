"""Python's garbage collection only in the GUI thread, where Qt objects may be finalised."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Automatic collection runs in whichever thread happens to allocate: a test-case run in
# Qt's thread pool could finalise a PySide object caught in a reference cycle there, and
# Qt crashes (seen once as a segfault in tests/gui). So automatic collection is off and a
# timer in the GUI thread collects instead, generation by generation on the thresholds
# Python would have used (the approach pyqtgraph takes in its GarbageCollector).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)
        gc.disable()

    def collect_due(self) -> None:
        """Collect each generation whose count passed its threshold, as Python would."""
        for generation in (2, 1, 0):
            if gc.get_count()[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Automatic collection back on (tests build and drop one collector per test)."""
        self._timer.stop()
        gc.collect()
        gc.enable()
