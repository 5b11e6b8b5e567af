"""Pathway files to validated pathways, with every problem located, all at once.

The file is checked by the pathway format (pydantic) and handed on as plain data
(`model/runtime.py`). The modules that check are imported only when a file is read: a
start served from the cache (cache.py) imports neither YAML nor pydantic.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading import cache
from avn_aid.loading.files import read_source
from avn_aid.loading.located import strings
from avn_aid.loading.messages import readable_path, validation_problems
from avn_aid.model.document import PathwayDocument
from avn_aid.model.printable import text_problem
from avn_aid.model.references import reference_problems

if TYPE_CHECKING:
    from avn_aid.loading.formats import Upgrade
    from avn_aid.loading.located import LocatedData

__all__ = [
    "PathwayDocument",
    "load_located_pathway",
    "load_pathway",
    "parse_located",
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
    document = parse_located(raw, name)[0]
    if use_cache:
        cache.store(document)
    return document


def load_located_pathway(path: str | Path) -> tuple[PathwayDocument, LocatedData]:
    """Like load_pathway, also returning where each part was written (for authoring tools)."""
    path = Path(path)
    return parse_located(read_source(path, "a pathway"), str(path))


def parse_located(raw: bytes, name: str) -> tuple[PathwayDocument, LocatedData]:
    # Imported here: a start served from the cache never parses YAML nor validates.
    from pydantic import ValidationError

    from avn_aid.loading.encoding import decode
    from avn_aid.loading.safe_yaml import load_located
    from avn_aid.model.pathway import Pathway
    from avn_aid.model.runtime import from_validated

    located = load_located(decode(raw, name), name)
    if not isinstance(located.data, dict):
        raise PathwayError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "a pathway file must be a mapping of sections (metadata:, sources:, ...)",
                )
            ]
        )
    problems = _reference_problems(located, name) + _text_problems(located, name)
    try:
        pathway = Pathway.model_validate(located.data, context={"references_checked": True})
    except ValidationError as exc:
        problems.extend(validation_problems(exc, located, name))
        raise PathwayError(_unique(_with_format_hint(problems, located, name))) from None
    if problems:
        raise PathwayError(_unique(_with_format_hint(problems, located, name)))
    document = PathwayDocument(
        pathway=from_validated(pathway), sha256=hashlib.sha256(raw).hexdigest(), file=name
    )
    return document, located


def upgrade_pathway(path: str | Path) -> tuple[PathwayDocument, Upgrade]:
    """A pathway file in an older format brought up to date (see formats.py) and validated;
    PathwayError when it cannot be, or when the upgraded file is still not valid."""
    from avn_aid.loading.encoding import decode
    from avn_aid.loading.formats import upgrade_text
    from avn_aid.loading.safe_yaml import load_located

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


def _with_format_hint(problems: list[Problem], located: LocatedData, name: str) -> list[Problem]:
    """The problems, and one naming the format changes if the file shows any."""
    from avn_aid.loading.formats import older_format, older_format_problem

    found = older_format(located.data)
    return [*problems, older_format_problem(found, name)] if found else problems


def _reference_problems(located: LocatedData, name: str) -> list[Problem]:
    found = []
    for path, message in reference_problems(located.data):
        mark = located.mark(path)
        found.append(
            Problem(name, mark.line, mark.column, message, readable_path(located.data, path))
        )
    return found


def _text_problems(located: LocatedData, name: str) -> list[Problem]:
    """Every text the handout could not print, at its line (aliases are checked where defined)."""
    found = []
    for path, text in strings(located.data):
        problem = text_problem(text)
        if problem is not None:
            mark = located.mark(path)
            found.append(
                Problem(name, mark.line, mark.column, problem, readable_path(located.data, path))
            )
    return found


def _unique(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems))
