"""Every hostile input is refused cleanly, in bounded time and memory, and nothing is lost.

Each case of cases.py runs in its own process under hard limits (3 s of CPU, 400 MB of
address space) and a wall-clock deadline (for hangs, which use no CPU), and must: exit
with its code, say what is wrong and where, print no traceback, stay under the limits
as measured by the kernel for that process (CPU time from os.wait4, peak memory from
VmHWM, see measured.py), leave every file in its folder as it was
(nothing executed, written or replaced) and keep its output short.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import stat
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.cases import ALL, BASE, Case, Device, Fifo, File, Folder

CPU_SECONDS = 3
MEMORY_BYTES = 400 * 1024 * 1024
WALL_SECONDS = 30  # a hang uses no CPU: this catches it
OUTPUT_LIMIT = 64 * 1024  # bad input gets a message, not a flood
SESSION_RUNNER = Path(__file__).with_name("open_session.py")
MEASURED = Path(__file__).with_name("measured.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    code: int
    output: str
    output_bytes: int
    cpu_seconds: float
    peak_bytes: int | None  # VmHWM of the program itself (see measured.py)
    timed_out: bool


def _limits(close_stdout: bool) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    if close_stdout:
        os.close(1)


def _read(stream, chunks: list[bytes], sizes: list[int]) -> None:
    total = 0
    while block := stream.read(65536):
        total += len(block)
        if total <= 4 * OUTPUT_LIMIT:
            chunks.append(block)
    sizes.append(total)


def run(case: Case, folder: Path) -> Outcome:
    """Run the case in `folder` and measure that process alone (os.wait4)."""
    peak_file = folder.parent / "peak"
    measure = [sys.executable, str(MEASURED), str(peak_file)]
    if case.runner == "session":
        command = [*measure, str(SESSION_RUNNER), *case.argv]
    else:
        command = [*measure, "-m", "avn_aid", *case.argv]
    # A cache folder of the test's own, outside the folder compared before and after.
    cache = folder.parent / "cache"
    own = {key: value.format(folder=folder) for key, value in case.env.items()}
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cache), **own}
    env.pop("SOURCE_DATE_EPOCH", None)
    sink = open("/dev/full", "wb") if case.stdout == "full" else None  # noqa: SIM115
    process = subprocess.Popen(
        command,
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=sink or subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: _limits(case.stdout == "closed"),
    )
    chunks: list[bytes] = []
    sizes: list[int] = []
    readers = [threading.Thread(target=_read, args=(process.stderr, chunks, sizes))]
    if process.stdout is not None:
        readers.append(threading.Thread(target=_read, args=(process.stdout, chunks, sizes)))
    for reader in readers:
        reader.start()
    timer = threading.Timer(WALL_SECONDS, process.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    if sink is not None:
        sink.close()
    return Outcome(
        code=process.returncode,
        output=b"".join(chunks).decode("utf-8", "replace"),
        output_bytes=sum(sizes),
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_bytes=int(peak_file.read_text()) if peak_file.exists() else None,
        timed_out=not timer.is_alive() and process.returncode == -9,
    )


def _prepare(case: Case, folder: Path) -> None:
    base = BASE.read_text(encoding="utf-8")
    for item in case.setup:
        path = folder / item.name
        if isinstance(item, File):
            content = item.content(base) if callable(item.content) else item.content
            path.write_bytes(content)
        elif isinstance(item, Fifo):
            os.mkfifo(path)
        elif isinstance(item, Folder):
            path.mkdir()
        elif isinstance(item, Device):
            if os.geteuid() == 0:  # a device of our own, so a regression cannot hit /dev/null
                os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            else:
                path.symlink_to("/dev/null")


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry under folder: its type and mode, size, and content hash for files."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        digest = ""
        if stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        found[str(path.relative_to(folder))] = (info.st_mode, info.st_size, digest)
    return found


def test_there_are_at_least_sixty_cases():
    assert len(ALL) >= 60
    assert len({case.id for case in ALL}) == len(ALL), "case ids must be unique"


@pytest.mark.slow
@pytest.mark.parametrize("case", ALL, ids=[case.id for case in ALL])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    _prepare(case, folder)
    before = snapshot(folder)

    outcome = run(case, folder)

    assert not outcome.timed_out, f"still running after {WALL_SECONDS} s"
    assert "Traceback" not in outcome.output, outcome.output[-3000:]
    assert "internal error" not in outcome.output, outcome.output[-3000:]
    assert outcome.code == case.exit, outcome.output[-3000:]
    assert re.search(case.says, outcome.output), outcome.output[:3000]
    assert outcome.cpu_seconds < CPU_SECONDS, f"{outcome.cpu_seconds:.2f} s of CPU"
    assert outcome.peak_bytes is not None, "the process did not report its peak memory"
    assert outcome.peak_bytes < MEMORY_BYTES, f"{outcome.peak_bytes:,} bytes"
    assert outcome.output_bytes < OUTPUT_LIMIT, f"{outcome.output_bytes:,} bytes of output"
    after = snapshot(folder)
    created = set(after) - set(before)
    assert created == set(case.creates), f"created {sorted(created)}"
    assert {k: v for k, v in after.items() if k in before} == before, "a file was changed"
    assert not (folder / "pwned").exists()
