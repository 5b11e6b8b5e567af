"""A pathway's own test cases (`<name>.tests.yaml`): patient in, expected answer out."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from avn_aid.model.base import StrictModel
from avn_aid.model.patient import Patient, Side
from avn_aid.model.status import Status


class HipExpected(StrictModel):
    """What one hip of a two-hip patient must get."""

    statuses: dict[str, Status] = Field(
        default_factory=dict, description="Option id -> status; options left out are not checked."
    )
    caveats_include: tuple[str, ...] = Field(default=(), description="Caveats of this hip.")
    caveats_exclude: tuple[str, ...] = ()


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
    hips: dict[Side, HipExpected] = Field(
        default_factory=dict,
        description="Two-hip patients: what each hip must get, by side. `statuses` then "
        "cannot be given for the patient, and `caveats_include`/`caveats_exclude` are about "
        "the patient's own caveats (the whole patient and both hips together).",
    )
    disagreements_include: tuple[str, ...] = ()
    disagreements_exclude: tuple[str, ...] = ()
    figures_shown: tuple[str, ...] = Field(
        default=(), description="'option/outcome' figures printed for this patient."
    )
    figures_hidden: tuple[str, ...] = Field(
        default=(), description="'option/outcome' figures not printed (measured in others)."
    )
    text_includes: tuple[str, ...] = Field(
        default=(), description="Wording the patient's result must contain (any case)."
    )
    text_excludes: tuple[str, ...] = Field(
        default=(), description="Wording the patient's result must never contain (any case)."
    )


class Case(StrictModel):
    name: str = Field(min_length=1)
    patient: Patient
    expect: Expected

    @model_validator(mode="after")
    def _expectations_fit_the_hips(self) -> Case:
        if self.patient.both_hips and self.expect.statuses:
            raise ValueError(
                "a patient with both hips has statuses per hip: write them under expect.hips"
            )
        if self.expect.hips and not self.patient.both_hips:
            raise ValueError("expect.hips is for patients with both hips affected")
        return self


class CaseFile(StrictModel):
    pathway: str = Field(description="Id of the pathway these cases are for.")
    cases: tuple[Case, ...] = Field(min_length=1)
