"""Long work (printing, checking a pathway) runs off the GUI thread; the answer comes back as a signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(value)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Run `work` in Qt's thread pool; `on_done` or `on_failed` is called in the GUI thread."""
    relay = _Relay()  # created here, so its slots run in the GUI thread
    _running.add(relay)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        handler(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def idle() -> bool:
    """No background job is waiting to report (tests wait for this)."""
    return not _running
