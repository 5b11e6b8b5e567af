"""A pathway's own test cases (`<name>.tests.yaml`): patient in, expected answer out."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from avn_aid.model.base import StrictModel
from avn_aid.model.patient import Patient
from avn_aid.model.status import Status


class Expected(StrictModel):
    outcome: Literal["ok", "out_of_scope", "invalid_input"] = "ok"
    statuses: dict[str, Status] = Field(
        default_factory=dict, description="Option id -> status; options left out are not checked."
    )
    caveats_include: tuple[str, ...] = ()
    caveats_exclude: tuple[str, ...] = ()
    message_fields: tuple[str, ...] = Field(
        default=(), description="Input fields the messages must name (for refused input)."
    )


class Case(StrictModel):
    name: str = Field(min_length=1)
    patient: Patient
    expect: Expected


class CaseFile(StrictModel):
    pathway: str = Field(description="Id of the pathway these cases are for.")
    cases: tuple[Case, ...] = Field(min_length=1)
