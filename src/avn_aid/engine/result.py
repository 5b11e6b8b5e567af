"""The result the engine gives for a patient: everything a renderer needs."""

# Fields marked `exclude=True` are for renderers (handout, GUI) and are not part of the JSON
# contract in the README; `model_dump(mode="json")` is exactly that contract.

from __future__ import annotations

from typing import Literal

from pydantic import Field

from avn_aid.model.base import StrictModel
from avn_aid.model.pathway import (
    CollapseStatus,
    HandoutWords,
    Metadata,
    Option,
    Protocol,
    Stage,
)
from avn_aid.model.patient import Patient
from avn_aid.model.status import Status
from avn_aid.model.values import ValueItem


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
    facts: Option = Field(
        exclude=True, description="What the pathway says about the option: benefits, risks..."
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
    limits: str = Field(exclude=True, description="What the source cannot tell us.")


class PathwayRef(StrictModel):
    id: str
    title: str
    version: str
    status: str
    sha256: str
    metadata: Metadata = Field(exclude=True, description="Authors, review dates, scope...")
    handout: HandoutWords = Field(exclude=True, description="The handout's condition prose.")
    values: tuple[ValueItem, ...] = Field(
        default=(), exclude=True, description="What may matter to a patient when choosing."
    )

    @property
    def short_sha(self) -> str:
        return self.sha256[:12]


class StagingFacts(StrictModel):
    """The patient's stage and collapse status as the pathway describes them."""

    stage: Stage
    collapse: CollapseStatus


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
    staging: StagingFacts | None = Field(
        default=None, exclude=True, description="None when the stage or collapse is unknown."
    )

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)
