"""Shared helpers: run commands interleaved, report medians and ratios to a floor."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def time_command(argv: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        argv,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    return time.perf_counter() - start


def compare(
    name: str,
    subject: Sequence[str],
    floor_name: str,
    floor: Sequence[str],
    *,
    runs: int = 15,
    target: float,
    env: dict[str, str] | None = None,
) -> float:
    """Run subject and floor alternately (the machine is noisy), print medians and the ratio."""
    time_command(subject, env)  # warm the file cache
    time_command(floor, env)
    subject_times, floor_times = [], []
    for _ in range(runs):
        subject_times.append(time_command(subject, env))
        floor_times.append(time_command(floor, env))
    s, f = statistics.median(subject_times), statistics.median(floor_times)
    ratio = s / f
    verdict = "OK" if ratio <= target else "OVER TARGET"
    print(f"{name}: median {s * 1000:.0f} ms over {runs} runs")
    print(f"{floor_name} (floor): median {f * 1000:.0f} ms")
    print(f"ratio {ratio:.2f}x (target <= {target}x) {verdict}")
    return ratio


PYTHON = sys.executable
