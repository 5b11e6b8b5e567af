"""The one module that finds avn-aid's files on disk.

A checkout and an editable install keep pathways/ and resources/ at the top of the
repository; a wheel carries them inside the package as avn_aid/_data/ (see pyproject).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DEFAULT_PATHWAY_NAME = "avn-hip.yaml"


@cache
def data_root() -> Path:
    """The folder holding pathways/ and resources/."""
    bundled = _PACKAGE / "_data"
    if (bundled / "pathways").is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent  # src/avn_aid -> repository root
    if (checkout / "pathways").is_dir() and (checkout / "resources").is_dir():
        return checkout
    raise FileNotFoundError(
        f"avn-aid's data folders were not found next to {_PACKAGE}; the installation is incomplete"
    )


def pathways_dir() -> Path:
    return data_root() / "pathways"


def default_pathway() -> Path:
    return pathways_dir() / DEFAULT_PATHWAY_NAME


def cases_file_for(pathway: Path) -> Path:
    """The test-case file that belongs to a pathway: name.yaml -> name.tests.yaml."""
    return pathway.with_name(pathway.stem + ".tests.yaml")


def font(name: str) -> Path:
    return data_root() / "resources" / "fonts" / name


def i18n_dir() -> Path:
    """Qt translation sources (.ts) of the wizard, one per language."""
    return data_root() / "resources" / "i18n"


def messages_file(language: str) -> Path:
    """The catalogue of avn-aid's own words in one language (resources/messages/LANG.yaml)."""
    return data_root() / "resources" / "messages" / f"{language}.yaml"
