"""Loading a pathway's test-case file with the same safety and located errors."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from avn_aid.errors import PathwayError
from avn_aid.loading.located import LocatedData
from avn_aid.loading.messages import validation_problems
from avn_aid.loading.safe_yaml import load_yaml_file
from avn_aid.model.cases import CaseFile


def load_cases(path: Path) -> tuple[CaseFile, LocatedData]:
    located = load_yaml_file(path, "a test-case file")
    try:
        return CaseFile.model_validate(located.data), located
    except ValidationError as exc:
        raise PathwayError(validation_problems(exc, located, str(path))) from None
