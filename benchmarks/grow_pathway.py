"""Grow the default pathway to N contraindications and M options, for the scaling benchmarks.

The grown pathway is valid and passes `check` (the added items are copies of real ones
under new ids, so every rule stays reachable), which lets the benchmarks time `check`
and `diff` on a decision space the size an editor might one day reach:

    python benchmarks/grow_pathway.py 16 20 OUT.yaml   # also writes OUT.tests.yaml

(The format allows at most 32 options, so more than 32 gives a pathway `validate` refuses.)

Added contraindications cap a rotating selection of options at rotating ceilings (every
third one absolute), and every fourth one also triggers a new caveat, so the parts of the
analysis that depend on contraindications are exercised, not just multiplied.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "pathways" / "avn-hip.yaml"
CASES = ROOT / "pathways" / "avn-hip.tests.yaml"
_CEILINGS = ("not_recommended", "consider", "contraindicated")


def grow(data: dict[str, Any], contraindications: int, options: int) -> dict[str, Any]:
    """A copy of `data` with at least the given numbers of contraindications and options."""
    data = copy.deepcopy(data)
    base_options = list(data["options"])
    for n in range(len(data["options"]), options):
        option = copy.deepcopy(base_options[n % len(base_options)])
        option["id"] = f"{option['id']}_copy{n}"
        option["name"] = f"{option['name']} (copy {n})"
        data["options"].append(option)
    option_ids = [o["id"] for o in data["options"]]
    cited = ["s003"]
    for n in range(len(data["contraindications"]), contraindications):
        absolute = n % 3 == 0
        ceiling = "contraindicated" if absolute else _CEILINGS[n % 2]
        # A rotating window of options, of a size that varies, so effects overlap unevenly.
        width = 1 + n % 4
        affected = [option_ids[(n * 3 + k) % len(option_ids)] for k in range(width)]
        data["contraindications"].append(
            {
                "id": f"generated_ci_{n}",
                "label": f"Generated contraindication {n}",
                "explanation": "A contraindication added by the benchmark generator.",
                "group": f"Generated group {n % 3}",
                "kind": "absolute" if absolute else "relative",
                "effects": [
                    {
                        "options": sorted(set(affected), key=option_ids.index),
                        "ceiling": ceiling,
                        "text": "a generated limit.",
                        "sources": cited,
                    }
                ],
                "sources": cited,
            }
        )
        if n % 4 == 0:
            caveat: dict[str, Any] = {
                "id": f"generated-caveat-{n}",
                "title": f"Generated caveat {n}",
                "text": "A caveat added by the benchmark generator.",
                "plain": "A caveat added by the benchmark generator.",
                "when": {"contraindications_any": [f"generated_ci_{n}"]},
                "sources": cited,
            }
            if n % 8 == 0:  # waits for options this contraindication leaves alone
                caveat["options"] = [o for o in option_ids if o not in affected][:2]
            data["caveats"].append(caveat)
    return data


def write_grown(out: Path, contraindications: int, options: int) -> Path:
    """Write the grown pathway to `out` and the default test cases beside it."""
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    grown = grow(data, contraindications, options)
    out.write_text(yaml.safe_dump(grown, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out.with_name(out.stem + ".tests.yaml").write_text(
        CASES.read_text(encoding="utf-8"), encoding="utf-8"
    )
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: grow_pathway.py CONTRAINDICATIONS OPTIONS OUT.yaml")
    print(write_grown(Path(sys.argv[3]), int(sys.argv[1]), int(sys.argv[2])))
