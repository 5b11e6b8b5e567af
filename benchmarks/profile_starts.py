"""Where start-up and analysis time goes: import time by package, and a profile of a command.

    python benchmarks/profile_starts.py imports recommend|handout|wizard
    python benchmarks/profile_starts.py profile ARGS...   # cProfile of `avn-aid ARGS...`
    python benchmarks/profile_starts.py phases            # recommend's phases, medians of 9

Import times come from `python -X importtime` (self time of each module, summed per
package: avn_aid by subpackage, the rest by top-level name); they are single runs, so
read them as proportions, not as figures.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON

RECOMMEND = "['recommend', '--age', '40', '--stage', 'IIA', '--collapse', 'none', '--json']"
SCRIPTS = {
    "recommend": f"from avn_aid.cli.main import main; main({RECOMMEND})",
    "handout": "from avn_aid.cli.main import main; import sys; main(['handout', '--age', '40', "
    "'--stage', 'IIA', '--collapse', 'none', '--force', '-o', sys.argv[1]])",
    "wizard": "from PySide6.QtCore import QTimer\n"
    "from avn_aid.gui.app import make_app\n"
    "from avn_aid.gui.main_window import MainWindow\n"
    "from avn_aid.loading import load_pathway\n"
    "from avn_aid.resources import default_pathway\n"
    "app = make_app()\n"
    "window = MainWindow(load_pathway(default_pathway()), default_pathway())\n"
    "window.show()\nQTimer.singleShot(0, app.quit)\napp.exec()\n",
}


def package(name: str) -> str:
    parts = name.strip().split(".")
    return ".".join(parts[:2]) if parts[0] == "avn_aid" else parts[0]


def imports(what: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", SCRIPTS[what], f"{folder}/h.pdf"],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
            check=False,
        )
    totals: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_part, _, name = line.split("|")
        totals[package(name)] += int(self_part.split(":")[1])
    print(f"import time by package for {what} (self times, one run):")
    for name, micros in totals.most_common(15):
        print(f"  {micros / 1000:7.1f} ms  {name}")
    print(f"  {sum(totals.values()) / 1000:7.1f} ms  all imports")


PHASES = """
import json, sys, time
marks = [time.perf_counter()]
import argparse, dataclasses, datetime, enum
marks.append(time.perf_counter())
import avn_aid.model.runtime, avn_aid.model.patient, avn_aid.engine.result
marks.append(time.perf_counter())
from avn_aid.cli.main import build_parser
from avn_aid.engine.evaluate import evaluate
from avn_aid.loading.loader import load_pathway
from avn_aid.model.patient import Patient
from avn_aid.resources import default_pathway
marks.append(time.perf_counter())
document = load_pathway(default_pathway())
marks.append(time.perf_counter())
result = evaluate(document, Patient(age=40, stage="IIA", collapse="none"))
marks.append(time.perf_counter())
text = json.dumps(result.to_json(), indent=2, ensure_ascii=False)
marks.append(time.perf_counter())
assert "pydantic" not in sys.modules or "AVN_AID_NO_CACHE" in __import__("os").environ
print(json.dumps([b - a for a, b in zip(marks, marks[1:])]))
"""
PHASE_NAMES = [
    "argparse, dataclasses, datetime, enum (not in the floor)",
    "the plain pathway, patient and result classes",
    "CLI, engine and loader modules",
    "load the default pathway (from the cache unless AVN_AID_NO_CACHE=1)",
    "evaluate",
    "result to JSON",
]


def phases() -> None:
    import json
    import statistics

    runs = []
    for _ in range(9):
        done = subprocess.run([PYTHON, "-c", PHASES], capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    print("recommend, in-process phases (medians of 9 fresh processes):")
    for index, name in enumerate(PHASE_NAMES):
        print(f"  {statistics.median(r[index] for r in runs) * 1000:6.1f} ms  {name}")


def profile(args: list[str]) -> None:
    from avn_aid.cli.main import main

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        main(args)
    finally:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "imports":
        imports(sys.argv[2])
    elif sys.argv[1:] == ["phases"]:
        phases()
    elif len(sys.argv) >= 3 and sys.argv[1] == "profile":
        profile(sys.argv[2:])
    else:
        sys.exit(__doc__)
