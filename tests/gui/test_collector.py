"""Garbage is collected in the GUI thread only, never in a background job's thread."""

from __future__ import annotations

import gc
import threading

from avn_aid.gui import background


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_background_job_full_of_garbage_collects_nothing_in_its_thread(qtbot):
    threads: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def make_garbage() -> int:
        for _ in range(50_000):  # far past generation 0's threshold of 700
            _Cycle()
        return 1

    done: list[int] = []
    gc.callbacks.append(note)
    try:
        background.run_in_background(make_garbage, done.append, lambda exc: done.append(0))
        qtbot.waitUntil(lambda: bool(done), timeout=20_000)
        assert done == [1]
        # The timer in the GUI thread then collects what the job left.
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    finally:
        gc.callbacks.remove(note)
    assert set(threads) == {threading.main_thread().name}


def test_the_collector_collects_cyclic_garbage_on_its_timer(qtbot, collect_in_gui_thread):
    assert not gc.isenabled()
    for _ in range(5_000):
        _Cycle()
    qtbot.waitUntil(lambda: gc.get_count()[0] < 700, timeout=5_000)
