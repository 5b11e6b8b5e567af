"""What `avn-aid handout` leaves unimported: the parts an English handout does not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLE_ARGS

# From a warm cache an English handout runs on plain data: no pydantic or YAML (the
# pathway and the wording catalogue come from the cache), no translation checking; and
# no urllib or email, which xml.sax.saxutils and pydantic would bring in.
NOT_FOR_AN_ENGLISH_HANDOUT = (
    "pydantic",
    "yaml",
    "avn_aid.loading.translation",
    "urllib.request",
    "email",
    "xml.sax.saxutils",
)


def _loaded_by_handout(tmp_path: Path, *args: str) -> list[str]:
    code = (
        "import json, sys\n"
        "from avn_aid.cli.main import main\n"
        f"code = main({['handout', *EXAMPLE_ARGS, *args, '--force', '-o', str(tmp_path / 'h.pdf')]!r})\n"
        f"print('LOADED', json.dumps([m for m in {NOT_FOR_AN_ENGLISH_HANDOUT!r} if m in sys.modules]))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("AVN_AID_NO_CACHE", None)
    for _ in range(2):  # the first run fills the caches, the second is served from them
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("LOADED"))
    return json.loads(line.removeprefix("LOADED "))


def test_an_english_handout_imports_only_what_it_uses(tmp_path):
    assert _loaded_by_handout(tmp_path) == []


def test_an_arabic_handout_reads_its_translation(tmp_path):
    """The check above could pass by never translating: an Arabic handout does load it."""
    assert "avn_aid.loading.translation" in _loaded_by_handout(tmp_path, "--language", "ar")
