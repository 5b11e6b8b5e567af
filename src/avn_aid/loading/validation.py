"""A pathway file's bytes checked all at once and handed on as plain records.

Safe YAML with marks, every reference and every text, then the pathway format (pydantic);
each problem located at its line. The loader imports this only when it reads a file, so
a pathway served from the cache loads none of it.
"""

from __future__ import annotations

import hashlib

from pydantic import ValidationError

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.encoding import decode
from avn_aid.loading.located import LocatedData, strings
from avn_aid.loading.messages import readable_path, validation_problems
from avn_aid.loading.safe_yaml import load_located
from avn_aid.model.document import PathwayDocument
from avn_aid.model.pathway import Pathway
from avn_aid.model.printable import text_problem
from avn_aid.model.references import reference_problems
from avn_aid.model.runtime import from_validated


def parse_located(raw: bytes, name: str) -> tuple[PathwayDocument, LocatedData]:
    """Parse, check and validate a pathway file's bytes; PathwayError naming every problem."""
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
