"""`avn-aid recommend` whole process next to python importing pydantic and yaml; peak memory.

Run twice: with the validated-pathway cache warm (what a clinician sees from the second
run on) and with AVN_AID_NO_CACHE=1 (every run validates the YAML).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON, cli, compare

RECOMMEND = ["recommend", "--age", "40", "--stage", "IIA", "--collapse", "none", "--json"]
FLOOR = [PYTHON, "-c", "import pydantic, yaml"]

if __name__ == "__main__":
    compare(
        "avn-aid recommend --json",
        [cli(), *RECOMMEND],
        "python -c 'import pydantic, yaml'",
        FLOOR,
        target=1.2,
        memory_target_mb=25,
    )
    compare(
        "avn-aid recommend --json, AVN_AID_NO_CACHE=1",
        [cli(), *RECOMMEND],
        "python -c 'import pydantic, yaml'",
        FLOOR,
        target=1.2,
        memory_target_mb=25,
        env={"AVN_AID_NO_CACHE": "1"},
    )
