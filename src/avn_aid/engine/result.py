"""The result the engine gives for a patient: everything a renderer needs, as plain data."""

# Fields with `"exclude": True` in their metadata are for renderers (handout, GUI) and are not part of
# the JSON contract in the README; `to_json()` is exactly that contract, and
# `result_schema.result_schema()` its JSON Schema, both read from these classes.

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from avn_aid.model.patient import Patient, Side
from avn_aid.model.runtime import (
    CollapseStatus,
    HandoutWords,
    Metadata,
    Option,
    Protocol,
    Stage,
    ValueItem,
    to_json,
)
from avn_aid.model.status import Status


@dataclass(frozen=True, kw_only=True)
class Message:
    level: Literal["info", "warning", "error"]
    text: str
    field: str | None = field(
        default=None, metadata={"description": "The input field it is about."}
    )


@dataclass(frozen=True, kw_only=True)
class Reason:
    text: str
    sources: tuple[str, ...]
    kind: Literal["rule", "default", "contraindication", "risk_factor"]
    ref: str = field(metadata={"description": "Which rule, default or modifier this is."})
    decisive: bool = field(metadata={"description": "Whether it decided the status."})


@dataclass(frozen=True, kw_only=True)
class OptionResult:
    id: str
    name: str
    status: Status
    reasons: tuple[Reason, ...]
    protocol: str | None
    preparation: tuple[str, ...] = field(
        default=(),
        metadata={"description": "Steps before the procedure that apply to this patient."},
    )
    outcomes: tuple[str, ...] = field(
        default=(),
        metadata={
            "description": "Ids of the option's outcome figures measured in patients like this one."
        },
    )
    facts: Option = field(
        metadata={
            "description": "What the pathway says about the option: benefits, risks...",
            "exclude": True,
        }
    )


@dataclass(frozen=True, kw_only=True)
class CaveatResult:
    id: str
    title: str
    text: str
    plain: str
    sources: tuple[str, ...]
    affected_hips: Literal["any", "one", "both"] = field(
        default="any",
        metadata={"description": "`both`: about treating both hips together.", "exclude": True},
    )
    section: str = field(
        default="notes", metadata={"description": "Where the handout prints it.", "exclude": True}
    )


@dataclass(frozen=True, kw_only=True)
class PositionResult:
    says: str
    sources: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class DisagreementResult:
    id: str
    topic: str
    positions: tuple[PositionResult, ...]
    what_we_do: str


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    id: str
    citation: str
    kind: str
    year: int | None
    file: str | None
    limits: str = field(
        metadata={"description": "What the source cannot tell us.", "exclude": True}
    )


@dataclass(frozen=True, kw_only=True)
class PathwayRef:
    id: str
    title: str
    version: str
    status: str
    sha256: str
    metadata: Metadata = field(
        metadata={"description": "Authors, review dates, scope...", "exclude": True}
    )
    handout: HandoutWords = field(
        metadata={"description": "The handout's condition prose.", "exclude": True}
    )
    values: tuple[ValueItem, ...] = field(
        default=(),
        metadata={"description": "What may matter to a patient when choosing.", "exclude": True},
    )

    @property
    def short_sha(self) -> str:
        return self.sha256[:12]


@dataclass(frozen=True, kw_only=True)
class StagingFacts:
    """The patient's stage and collapse status as the pathway describes them."""

    stage: Stage
    collapse: CollapseStatus


Outcome = Literal["ok", "out_of_scope", "invalid_input"]


@dataclass(frozen=True, kw_only=True)
class HipResult:
    """What the pathway says for one affected hip: the same as for a patient with only it."""

    side: Side | None = field(
        metadata={"description": "left or right; null when not stated (one hip only)."}
    )
    stage: str
    collapse: str
    contraindications: tuple[str, ...] = field(
        metadata={
            "description": "The contraindications that belong to this hip (per_hip in the pathway)."
        }
    )
    options: tuple[OptionResult, ...] = field(
        metadata={"description": "Every option, in pathway order."}
    )
    protocols: tuple[Protocol, ...] = field(
        metadata={"description": "Recovery protocols of the options offered for this hip."}
    )
    caveats: tuple[CaveatResult, ...] = field(
        metadata={
            "description": "Caveats that belong to this hip: they depend on its stage, collapse or per-hip "
            "contraindications, or on which options it is offered."
        }
    )
    staging: StagingFacts = field(
        metadata={
            "description": "The hip's stage and collapse as the pathway describes them.",
            "exclude": True,
        }
    )

    @property
    def name(self) -> str:
        return f"{self.side} hip" if self.side else "hip"

    def option(self, option_id: str) -> OptionResult:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


@dataclass(frozen=True, kw_only=True)
class Result:
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
    staging: StagingFacts | None = field(
        default=None,
        metadata={"description": "None when the stage or collapse is unknown.", "exclude": True},
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
        data: dict[str, Any] = to_json(self, excluded_from_json)
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


def excluded_from_json(item: Any) -> bool:  # a dataclass field or a RecordField
    """Whether a field is for renderers only, outside the JSON contract."""
    return bool(item.metadata.get("exclude"))


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
