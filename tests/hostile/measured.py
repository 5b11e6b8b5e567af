"""Run avn-aid (or a script) and, at exit, write this process's peak memory to a file.

The kernel's ru_maxrss for a child also counts the memory of the forked copy of the
parent before exec; when the parent is a large test process, every child would look as
large as it. VmHWM in /proc/self/status belongs to the program after exec, so the
hostile suite reads that: `python measured.py PEAK_FILE (-m MODULE | SCRIPT) ARGS...`.
"""

from __future__ import annotations

import atexit
import runpy
import sys


def _report(peak_file: str) -> None:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                kilobytes = int(line.split()[1])
                break
        else:
            return
    with open(peak_file, "w", encoding="ascii") as out:
        out.write(str(kilobytes * 1024))


def main() -> None:
    peak_file, kind, target, *rest = sys.argv[1:]
    atexit.register(_report, peak_file)
    if kind == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = [kind, target, *rest]
        runpy.run_path(kind, run_name="__main__")


if __name__ == "__main__":
    main()
