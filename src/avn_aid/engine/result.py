"""The result the engine gives for a patient: everything a renderer needs."""

# Fields marked `exclude=True` are for renderers (handout, GUI) and are not part of the JSON
# contract in the README; `model_dump(mode="json")` is exactly that contract.

from __future__ import annotations

from typing import Any, Literal

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
from avn_aid.model.patient import Patient, Side
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
    outcomes: tuple[str, ...] = Field(
        default=(),
        description="Ids of the option's outcome figures measured in patients like this one.",
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
    affected_hips: Literal["any", "one", "both"] = Field(
        default="any", exclude=True, description="`both`: about treating both hips together."
    )
    section: str = Field(default="notes", exclude=True, description="Where the handout prints it.")


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


class HipResult(StrictModel):
    """What the pathway says for one affected hip: the same as for a patient with only it."""

    side: Side | None = Field(description="left or right; null when not stated (one hip only).")
    stage: str
    collapse: str
    contraindications: tuple[str, ...] = Field(
        description="The contraindications that belong to this hip (per_hip in the pathway)."
    )
    options: tuple[OptionResult, ...] = Field(description="Every option, in pathway order.")
    protocols: tuple[Protocol, ...] = Field(
        description="Recovery protocols of the options offered for this hip."
    )
    caveats: tuple[CaveatResult, ...] = Field(
        description="Caveats that belong to this hip: they depend on its stage, collapse or "
        "per-hip contraindications, or on which options it is offered."
    )
    staging: StagingFacts = Field(
        exclude=True, description="The hip's stage and collapse as the pathway describes them."
    )

    @property
    def name(self) -> str:
        return f"{self.side} hip" if self.side else "hip"

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


class Result(StrictModel):
    """What the pathway says for a patient with one or two affected hips.

    `hips` holds each hip's options, protocols and caveats. For a one-hip patient the
    top-level `options` and `protocols` are that hip's and `caveats` lists every caveat
    that applies (the form every client knew before two hips existed); for a two-hip
    patient `options` and `protocols` are empty and `caveats` holds only those about the
    patient as a whole, including what concerns both hips together.
    """

    outcome: Outcome
    messages: tuple[Message, ...]
    patient: Patient
    hips: tuple[HipResult, ...] = ()
    options: tuple[OptionResult, ...]
    caveats: tuple[CaveatResult, ...]
    disagreements: tuple[DisagreementResult, ...]
    protocols: tuple[Protocol, ...]
    sources: tuple[SourceRef, ...]
    pathway: PathwayRef
    staging: StagingFacts | None = Field(
        default=None, exclude=True, description="None when the stage or collapse is unknown."
    )

    @property
    def both_hips(self) -> bool:
        return self.patient.both_hips

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def hip(self, side: str) -> HipResult:
        for hip in self.hips:
            if hip.side == side:
                return hip
        raise KeyError(side)

    def to_json(self) -> dict[str, Any]:
        """The documented JSON form (README, `avn-aid schema --result`)."""
        data = self.model_dump(mode="json")
        if self.both_hips:
            del data["options"], data["protocols"]
        else:
            data["patient"] = self.patient.flat()
        return {key: data[key] for key in JSON_KEYS if key in data}

    def statements(self) -> list[str]:
        """Every piece of pathway text this result shows the patient or clinician: the
        options' descriptions, reasons, benefits, risks, costs, figures that apply,
        preparation, caveats, disagreements, protocols and the citations of the sources.
        For checks on wording."""
        texts: list[str] = []
        for option in (*self.options, *(o for hip in self.hips for o in hip.options)):
            facts = option.facts
            texts += [facts.name, facts.plain, facts.involves, facts.crutch_time]
            texts += [r.text for r in option.reasons]
            texts += [i.text for i in (*facts.benefits, *facts.risks, *facts.costs)]
            texts += list(option.preparation)
            for outcome in facts.outcomes:
                if outcome.id in option.outcomes:
                    texts += [
                        outcome.measure,
                        outcome.opposite or "",
                        outcome.population,
                        outcome.follow_up or "",
                        outcome.study,
                    ]
        for caveat in (*self.caveats, *(c for hip in self.hips for c in hip.caveats)):
            texts += [caveat.title, caveat.text, caveat.plain]
        for disagreement in self.disagreements:
            texts += [disagreement.topic, disagreement.what_we_do]
            texts += [p.says for p in disagreement.positions]
        for protocol in (*self.protocols, *(p for hip in self.hips for p in hip.protocols)):
            texts.append(protocol.name)
            for phase in protocol.phases:
                texts += [phase.name, *phase.restrictions, *phase.physiotherapy]
            for visit in protocol.follow_up:
                texts += [visit.at, *visit.checks, *visit.imaging]
        texts += [source.citation for source in self.sources]
        return [text for text in texts if text]


class FlatPatient(StrictModel):
    """A one-hip patient as `recommend --json` has always written it."""

    age: int
    stage: str
    collapse: str
    contraindications: tuple[str, ...]
    risk_factors: tuple[str, ...]
    symptoms: Literal["yes", "no"] | None = Field(description="null when not asked.")
    failed_conservative_care: Literal["yes", "no"] | None = Field(
        description="null when not asked."
    )


def result_schema() -> dict[str, Any]:
    """The JSON Schema of `Result.to_json()`: both the one-hip and the two-hip form."""
    schema = Result.model_json_schema(mode="serialization")
    flat = FlatPatient.model_json_schema(mode="serialization")
    schema["$defs"]["FlatPatient"] = {k: v for k, v in flat.items() if k != "$defs"}
    props = schema["properties"]
    props["patient"] = {
        "anyOf": [{"$ref": "#/$defs/FlatPatient"}, {"$ref": "#/$defs/Patient"}],
        "description": "One hip: the flat form (age, stage, collapse, ...). Two hips: "
        "age, contraindications and risk factors of the patient, and `hips`.",
    }
    props["options"]["description"] = "One-hip results only: that hip's options."
    props["protocols"]["description"] = "One-hip results only: that hip's protocols."
    props["caveats"]["description"] = (
        "One hip: every caveat that applies. Two hips: those about the patient as a whole "
        "and about treating both hips; each hip's own are in `hips`."
    )
    props["hips"]["description"] = "Each affected hip's answer (one or two hips)."
    schema["required"] = [k for k in JSON_KEYS if k not in ("options", "protocols")]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "avn-aid result (recommend --json)"
    return schema


JSON_KEYS = (
    "outcome",
    "messages",
    "patient",
    "options",
    "caveats",
    "disagreements",
    "protocols",
    "hips",
    "sources",
    "pathway",
)
