"""Shared helpers: run a subject and its floor in pairs, report medians, ratios and peak memory.

The machine is small and shared, so single timings mean little: every figure is the
median of paired runs (subject, floor, subject, floor, ...) taken in the same run of the
script, and is printed next to its floor and the ratio between them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

PYTHON = sys.executable
RUNS = 11  # at least 9 paired runs for every figure


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system time of the child: steadier than wall time on a busy machine
    peak_mb: float  # the child's maximum resident set size


def run_command(
    argv: Sequence[str], env: dict[str, str] | None = None, *, ok_codes: Sequence[int] = (0,)
) -> Run:
    """Run once; wall time from start to exit, and the child's own peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok_codes:
        raise SystemExit(f"{' '.join(argv)} exited with {process.returncode}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass(frozen=True)
class Comparison:
    subject: float  # median seconds
    floor: float
    subject_mb: float  # median peak memory
    floor_mb: float
    subject_cpu: float  # median CPU seconds
    floor_cpu: float

    @property
    def ratio(self) -> float:
        return self.subject / self.floor


def compare(
    name: str,
    subject: Sequence[str],
    floor_name: str,
    floor: Sequence[str],
    *,
    runs: int = RUNS,
    target: float | None,
    env: dict[str, str] | None = None,
    ok_codes: Sequence[int] = (0,),
    memory_target_mb: float | None = None,
) -> Comparison:
    """Run subject and floor alternately, print medians, the ratio and the verdict."""
    compile_bytecode()  # every figure is of the program as installed
    run_command(subject, env, ok_codes=ok_codes)  # warm the file cache
    run_command(floor, env, ok_codes=ok_codes)
    subject_runs, floor_runs = [], []
    for _ in range(runs):
        subject_runs.append(run_command(subject, env, ok_codes=ok_codes))
        floor_runs.append(run_command(floor, env, ok_codes=ok_codes))
    result = Comparison(
        statistics.median(r.seconds for r in subject_runs),
        statistics.median(r.seconds for r in floor_runs),
        statistics.median(r.peak_mb for r in subject_runs),
        statistics.median(r.peak_mb for r in floor_runs),
        statistics.median(r.cpu for r in subject_runs),
        statistics.median(r.cpu for r in floor_runs),
    )
    print(f"{name}: median {result.subject * 1000:.0f} ms over {runs} paired runs")
    print(f"  floor, {floor_name}: median {result.floor * 1000:.0f} ms")
    if target is None:
        print(f"  ratio {result.ratio:.2f}x")
    else:
        print(
            f"  ratio {result.ratio:.2f}x (target <= {target}x) {verdict(result.ratio <= target)}"
        )
    print(
        f"  CPU time {result.subject_cpu * 1000:.0f} ms, floor {result.floor_cpu * 1000:.0f} ms: "
        f"ratio {result.subject_cpu / result.floor_cpu:.2f}x"
    )
    memory = f"  peak memory {result.subject_mb:.1f} MB (floor {result.floor_mb:.1f} MB)"
    if memory_target_mb is not None:
        memory += (
            f" (target <= {memory_target_mb:.0f} MB) "
            f"{verdict(result.subject_mb <= memory_target_mb)}"
        )
    print(memory)
    return result


def compile_bytecode() -> None:
    """Write avn_aid's bytecode (__pycache__), as pip does when it installs the wheel.

    A checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the shared machine) compiles
    every module from source at every start, which no installed copy does; the floors'
    libraries have their bytecode from their own installation.
    """
    import compileall
    from pathlib import Path

    import avn_aid

    compileall.compile_dir(Path(avn_aid.__file__).parent, quiet=1)


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def cli() -> str:
    """The avn-aid console script of the Python running the benchmark."""
    import shutil
    from pathlib import Path

    return shutil.which("avn-aid", path=str(Path(PYTHON).parent)) or "avn-aid"
