"""`avn-aid recommend` whole-process time next to python importing pydantic and yaml."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON, compare

if __name__ == "__main__":
    cli = shutil.which("avn-aid", path=str(Path(PYTHON).parent)) or "avn-aid"
    compare(
        "avn-aid recommend --json",
        [cli, "recommend", "--age", "40", "--stage", "IIA", "--collapse", "none", "--json"],
        "python -c 'import pydantic, yaml'",
        [PYTHON, "-c", "import pydantic, yaml"],
        target=2.0,
    )
