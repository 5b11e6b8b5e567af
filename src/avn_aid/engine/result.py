"""The result the engine gives for a patient."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from avn_aid.model.base import StrictModel
from avn_aid.model.pathway import Protocol
from avn_aid.model.patient import Patient
from avn_aid.model.status import Status


class Message(StrictModel):
    level: Literal["info", "warning", "error"]
    text: str
    field: str | None = Field(default=None, description="The input field it is about.")


class Reason(StrictModel):
    text: str
    sources: tuple[str, ...]
    kind: Literal["rule", "default", "contraindication", "risk_factor"]
    ref: str = Field(description="Which rule, default or modifier this is.")
    decisive: bool = Field(description="Whether it decided the status.")


class OptionResult(StrictModel):
    id: str
    name: str
    status: Status
    reasons: tuple[Reason, ...]
    protocol: str | None
    preparation: tuple[str, ...] = Field(
        default=(), description="Steps before the procedure that apply to this patient."
    )


class CaveatResult(StrictModel):
    id: str
    title: str
    text: str
    plain: str
    sources: tuple[str, ...]


class PositionResult(StrictModel):
    says: str
    sources: tuple[str, ...]


class DisagreementResult(StrictModel):
    id: str
    topic: str
    positions: tuple[PositionResult, ...]
    what_we_do: str


class SourceRef(StrictModel):
    id: str
    citation: str
    kind: str
    year: int | None
    file: str | None


class PathwayRef(StrictModel):
    id: str
    title: str
    version: str
    status: str
    sha256: str


Outcome = Literal["ok", "out_of_scope", "invalid_input"]


class Result(StrictModel):
    outcome: Outcome
    messages: tuple[Message, ...]
    patient: Patient
    options: tuple[OptionResult, ...]
    caveats: tuple[CaveatResult, ...]
    disagreements: tuple[DisagreementResult, ...]
    protocols: tuple[Protocol, ...]
    sources: tuple[SourceRef, ...]
    pathway: PathwayRef

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)
