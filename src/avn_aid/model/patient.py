"""The patient: the one value every part of avn-aid passes around."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from avn_aid.model.base import StrictModel
from avn_aid.model.types import MAX_AGE, Int


class Patient(StrictModel):
    """The clinical facts the pathway needs; nothing that identifies the person.

    Every face (CLI, wizard, sessions, test cases) builds one, and the engine, the decision
    space, `check` and `diff` take one: a new input is a new field here plus the places
    that read it, never a new argument threaded through call sites. The findings that
    belong to one hip (stage, collapse) are read through `hip`, the seam where findings
    for each hip will go.
    """

    age: Int = Field(ge=0, le=MAX_AGE, description="Age in whole years.")
    stage: str = Field(max_length=64)
    collapse: str = Field(max_length=64)
    contraindications: tuple[Annotated[str, Field(max_length=64)], ...] = ()
    risk_factors: tuple[Annotated[str, Field(max_length=64)], ...] = ()

    @field_validator("contraindications", "risk_factors")
    @classmethod
    def _as_set(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        # Order and repetition carry no meaning; normalising them makes equal patients equal.
        return tuple(sorted(set(values)))

    @property
    def hip(self) -> HipFindings:
        """The imaging findings of the hip being decided about."""
        return HipFindings(stage=self.stage, collapse=self.collapse)


class HipFindings(StrictModel):
    """What imaging shows in one hip."""

    stage: str
    collapse: str
