"""The wheel carries the pathways and fonts: install it alone and run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_ARGS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_recommends(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("avn_aid-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    # Dependencies come from the test environment's site-packages (no network); the
    # editable install there is not picked up because its .pth files are not processed.
    site = Path(next((venv / "lib").glob("python3*/site-packages")))
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            str(bin_dir / "python"),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    done = subprocess.run(
        [
            str(bin_dir / "avn-aid"),
            "recommend",
            *EXAMPLE_ARGS,
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["outcome"] == "ok"
    where = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import avn_aid.resources as r; print(r.default_pathway())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout.strip()
    assert str(site) in where and "_data" in where
    assert (site / "avn_aid" / "_data" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
