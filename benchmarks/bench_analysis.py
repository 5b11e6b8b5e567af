"""`avn-aid check` and `avn-aid diff`, whole process, on the default pathway and grown ones.

Floor: `avn-aid validate` on the same files in the same run (check and diff must validate
too, so the ratio is what the analysis adds). The grown pathways come from
grow_pathway.py; each diff compares a pathway with a copy carrying three edits (a
narrower age range on a rule, a contraindication's ceiling raised, a caveat's age moved).
A command slower than SLOW seconds is timed once and not repeated (the old exhaustive
analysis took minutes on the grown pathways); one slower than TIMEOUT is stopped.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from _timing import cli, compare
from grow_pathway import DEFAULT, write_grown

TIMEOUT = 120
SLOW = 10
# (contraindications, options); 7 x 5 is the default, 16 x 20 the size issue 14 asks for.
SIZES = [(7, 5), (10, 5), (12, 10), (16, 20)]


def edited(data: dict[str, Any]) -> dict[str, Any]:
    """Three edits an editor might make, each changing some patients' answers."""
    for option in data["options"]:
        for rule in option.get("rules", []):
            age = rule["when"].get("age")
            if age and age.get("max") == 65:
                age["max"] = 60
                break
    for ci in data["contraindications"]:
        if ci["kind"] == "relative":
            ci["effects"][0]["ceiling"] = "consider"
            break
    for caveat in data["caveats"]:
        age = caveat.get("when", {}).get("age")
        if age and "min" in age:
            age["min"] += 5
            break
    return data


def write_edited(source: Path, out: Path) -> Path:
    data = edited(yaml.safe_load(source.read_text(encoding="utf-8")))
    out.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return out


def once(argv: list[str]) -> float | None:
    """Seconds for one run, or None if it did not finish within TIMEOUT."""
    start = time.perf_counter()
    try:
        subprocess.run(argv, stdout=subprocess.DEVNULL, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def bench(name: str, argv: list[str], floor: list[str], target_s: float) -> None:
    valid = subprocess.run(floor, capture_output=True, text=True, check=False)
    if valid.returncode != 0:
        print(f"{name}: not run, the pathway is invalid:\n{valid.stdout[-500:]}")
        return
    first = once(argv)
    if first is None:
        print(f"{name}: more than {TIMEOUT} s for one run (stopped); target < {target_s} s MISSED")
        return
    if first > SLOW:
        ok = "OK" if first < target_s else "MISSED"
        print(
            f"{name}: {first:.1f} s, one run (slower than {SLOW} s, not repeated); "
            f"target < {target_s} s {ok}"
        )
        return
    result = compare(
        name, argv, "avn-aid validate on the same files", floor, target=None, ok_codes=(0, 1)
    )
    ok = "OK" if result.subject < target_s else "MISSED"
    print(f"  absolute: {result.subject:.2f} s (target < {target_s} s) {ok}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for contraindications, options in SIZES:
            if (contraindications, options) == (7, 5):
                path, label, target = (
                    DEFAULT,
                    "default pathway (7 contraindications, 5 options)",
                    1.0,
                )
            else:
                path = write_grown(
                    Path(folder, f"grown-{contraindications}-{options}.yaml"),
                    contraindications,
                    options,
                )
                label = f"grown to {contraindications} contraindications, {options} options"
                target = 2.0
            changed = write_edited(path, Path(folder, f"edited-{contraindications}-{options}.yaml"))
            bench(
                f"check, {label}",
                [cli(), "check", str(path)],
                [cli(), "validate", str(path)],
                target,
            )
            bench(
                f"diff, {label}",
                [cli(), "diff", str(path), str(changed)],
                [cli(), "validate", str(path), str(changed)],
                target,
            )


if __name__ == "__main__":
    main()
