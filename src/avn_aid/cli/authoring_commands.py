"""`avn-aid check`, `diff`, `upgrade` and `evidence`: the authoring tools' reports, printed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from avn_aid.authoring.check import analyse, format_report
from avn_aid.authoring.diff import diff_report
from avn_aid.errors import PathwayError
from avn_aid.loading.formats import Upgrade
from avn_aid.loading.loader import load_located_pathway, load_pathway, upgrade_pathway
from avn_aid.model.document import PathwayDocument


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
            older = _upgraded(path)
            if older is None:
                print(str(exc))
                print(f"{path}: cannot be compared until it is valid")
                return 2
            document, upgraded = older
            changes = "; ".join(p.message for p in upgraded.done)
            print(
                f"{path}: in an older pathway format, compared as `avn-aid upgrade` brings it "
                f"({changes}); the texts it marks as not written yet did not exist in that "
                "format, so a change in them is no change of that version's content"
            )
            documents.append(document)
    text, total = diff_report(documents[0], documents[1])
    sys.stdout.write(text)
    from avn_aid.authoring.bilateral import both_hips_changes

    both = both_hips_changes(documents[0].pathway, documents[1].pathway)
    return 1 if total or both else 0


def _upgraded(path: Path) -> tuple[PathwayDocument, Upgrade] | None:
    """The file brought to the current format, or None when that does not make it valid."""
    try:
        document, upgraded = upgrade_pathway(path)
    except PathwayError:
        return None
    return (document, upgraded) if upgraded.done else None


def run_upgrade(path: Path) -> int:
    """Print the pathway in the current format; say on stderr what changed, and where."""
    try:
        _, upgraded = upgrade_pathway(path)
    except PathwayError as exc:
        print(str(exc), file=sys.stderr)
        print(f"{path}: cannot be upgraded until these are fixed by hand", file=sys.stderr)
        return 2
    sys.stdout.write(upgraded.text)
    for done in upgraded.done:
        print(str(done), file=sys.stderr)
    if not upgraded.done:
        print(f"{path}: already in the current format; printed unchanged", file=sys.stderr)
    elif upgraded.to_write:
        print(
            f"{path}: {upgraded.to_write} text(s) marked not written yet: write them before "
            "the pathway is used with patients (avn-aid check lists them)",
            file=sys.stderr,
        )
    return 0


def run_evidence(path: Path, output: Path | None, *, overwrite: bool) -> int:
    from avn_aid.authoring.evidence import worksheet
    from avn_aid.files import write_atomic

    text = worksheet(load_pathway(path))  # a broken pathway raises PathwayError for main()
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text.encode("utf-8"), overwrite=overwrite)
        print(f"wrote {output} ({text.count('- [ ]')} statements)")
    return 0
