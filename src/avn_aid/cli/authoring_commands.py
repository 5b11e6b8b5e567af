"""`avn-aid check` and `avn-aid diff`: the authoring tools' reports, printed, with exit codes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from avn_aid.authoring.check import analyse, format_report
from avn_aid.authoring.diff import diff_report
from avn_aid.errors import PathwayError
from avn_aid.loading.loader import load_located_pathway, load_pathway


def run_check(path: Path, *, strict: bool, today: dt.date | None = None) -> int:
    try:
        document, located = load_located_pathway(path)
    except PathwayError as exc:
        print(str(exc))
        print(f"{path}: {len(exc.problems)} error(s); fix these before the analysis can run")
        return 1
    report = analyse(document, located, strict=strict, today=today or dt.date.today())
    sys.stdout.write(format_report(report, str(path)))
    return 1 if report.errors else 0


def run_diff(old_path: Path, new_path: Path) -> int:
    documents = []
    for path in (old_path, new_path):
        try:
            documents.append(load_pathway(path, use_cache=False))  # authoring always validates
        except PathwayError as exc:
            print(str(exc))
            print(f"{path}: cannot be compared until it is valid")
            return 2
    text, total = diff_report(documents[0], documents[1])
    sys.stdout.write(text)
    from avn_aid.authoring.bilateral import both_hips_changes

    both = both_hips_changes(documents[0].pathway, documents[1].pathway)
    return 1 if total or both else 0
