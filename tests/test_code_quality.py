"""Lint, strict typing and the import contracts of the core are part of the suite, not a ritual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "scripts", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_on_the_core():
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_imports_only_point_down():
    """The import-linter contracts in pyproject.toml: layers, and Qt only in the GUI."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout, done.stdout


def test_every_top_level_module_has_a_layer():
    """A new package or module of avn_aid must be placed in the layers contract."""
    import pkgutil
    import tomllib

    import avn_aid

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")[
        "layers"
    ]
    placed = {name.strip() for layer in layers for name in layer.replace(":", "|").split("|")}
    modules = {
        f"avn_aid.{m.name}" for m in pkgutil.iter_modules(avn_aid.__path__) if m.name != "__main__"
    }
    assert len(modules) > 10
    assert sorted(modules - placed) == []
