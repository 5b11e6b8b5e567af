"""Shared fixtures: the default pathway, its text, and a way to write altered copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from avn_aid.loading import PathwayDocument, load_pathway
from avn_aid.resources import default_pathway


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The suite's pathway cache lives in a folder of its own, never the user's.

    Set in os.environ so that commands the tests start in subprocesses inherit it.
    """
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


# A typical pre-collapse patient on the command line.
EXAMPLE_ARGS = ["--age", "40", "--stage", "IIA", "--collapse", "none"]


@pytest.fixture(scope="session")
def default_document() -> PathwayDocument:
    return load_pathway(default_pathway())


@pytest.fixture(scope="session")
def default_text() -> str:
    return default_pathway().read_text(encoding="utf-8")


@pytest.fixture
def write_pathway(tmp_path: Path, default_text: str) -> Callable[..., Path]:
    """Write the default pathway with text replacements; each `old` must occur."""

    def write(
        *replacements: tuple[str, str], name: str = "edited.yaml", text: str | None = None
    ) -> Path:
        content = default_text if text is None else text
        for old, new in replacements:
            assert old in content, f"test set-up: {old!r} not in the pathway"
            content = content.replace(old, new, 1)
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        return path

    return write


def default_version() -> str:
    """The default pathway's version, so tests that edit it need no change at each release."""
    return load_pathway(default_pathway()).pathway.metadata.version


def line_of(text: str, needle: str) -> int:
    """1-based line number of the first occurrence of needle."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1
