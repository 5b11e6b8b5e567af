"""Loading a pathway's test-case file with the same safety and located errors."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.files import UnreadableFileError, read_limited
from avn_aid.loading.messages import validation_problems
from avn_aid.loading.safe_yaml import MAX_BYTES, LocatedData, decode, load_located
from avn_aid.model.cases import CaseFile


def load_cases(path: Path) -> tuple[CaseFile, LocatedData]:
    name = str(path)
    try:
        raw = read_limited(path, MAX_BYTES, "a test-case file")
    except UnreadableFileError as exc:
        raise PathwayError([Problem(name, 1, 1, str(exc))]) from None
    located = load_located(decode(raw, name), name)
    try:
        return CaseFile.model_validate(located.data), located
    except ValidationError as exc:
        raise PathwayError(validation_problems(exc, located, name)) from None
