"""Pathway files to validated pathways, with every problem located, all at once.

The file is checked by the pathway format (pydantic) and handed on as plain data
(`model/runtime.py`). The modules that check (validation.py) are imported only when a
file is read: a start served from the cache (cache.py) imports neither YAML nor pydantic.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from avn_aid.errors import PathwayError
from avn_aid.loading import cache
from avn_aid.loading.files import read_source
from avn_aid.model.document import PathwayDocument

if TYPE_CHECKING:
    from avn_aid.loading.formats import Upgrade
    from avn_aid.loading.located import LocatedData

__all__ = [
    "PathwayDocument",
    "load_located_pathway",
    "load_pathway",
    "upgrade_pathway",
]


def load_pathway(path: str | Path, *, use_cache: bool = True) -> PathwayDocument:
    """Read, parse and validate a pathway file; raise PathwayError naming every problem.

    A file whose bytes were validated before comes from the cache (see cache.py).
    """
    path = Path(path)
    name = str(path)
    raw = read_source(path, "a pathway")
    sha256 = hashlib.sha256(raw).hexdigest()
    if use_cache:
        hit = cache.load(sha256, name)
        if hit is not None:
            return hit
    from avn_aid.loading.validation import parse_located  # not for a cache hit: pydantic, YAML

    document = parse_located(raw, name)[0]
    if use_cache:
        cache.store(document)
    return document


def load_located_pathway(path: str | Path) -> tuple[PathwayDocument, LocatedData]:
    """Like load_pathway, also returning where each part was written (for authoring tools)."""
    from avn_aid.loading.validation import parse_located

    path = Path(path)
    return parse_located(read_source(path, "a pathway"), str(path))


def upgrade_pathway(path: str | Path) -> tuple[PathwayDocument, Upgrade]:
    """A pathway file in an older format brought up to date (see formats.py) and validated;
    PathwayError when it cannot be, or when the upgraded file is still not valid."""
    from avn_aid.loading.encoding import decode
    from avn_aid.loading.formats import upgrade_text
    from avn_aid.loading.safe_yaml import load_located
    from avn_aid.loading.validation import parse_located

    path = Path(path)
    name = str(path)
    raw = read_source(path, "a pathway")
    text = decode(raw, name)
    upgraded = upgrade_text(text, load_located(text, name), name)
    try:
        document = parse_located(upgraded.text.encode("utf-8"), name)[0]
    except PathwayError:
        parse_located(raw, name)  # other problems remain: name them at the file's own lines
        raise
    return document, upgraded
