"""The pathway as plain immutable data: what the engine, the handout and the faces run on.

`model/pathway.py` (pydantic) reads and checks a pathway file at the edge; once it is
valid, `from_validated` turns it into these frozen records (model/record.py: what
frozen keyword-only dataclasses give, without compiling each class's methods at every
start) with the same names, fields (in the same order) and lookups, so nothing
downstream needs pydantic and a start served from the cache (loading/cache.py) never
imports it. A test keeps the two in step, field by field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any, Literal, TypeVar
from typing import Protocol as Interface

from avn_aid.model.record import Record, field, record_fields
from avn_aid.model.record import field_names as field_names  # kept importable from here
from avn_aid.model.record import is_record as is_record
from avn_aid.model.status import Status


class _HasId(Interface):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


class Located(Record):
    locators: Mapping[str, str] = field(default_factory=dict)


class AgeRange(Record):
    min: int | None = None
    max: int | None = None

    def words(self) -> str:
        if self.min is None and self.max is None:
            return "any age"
        if self.max is None:
            return f"age {self.min} or over"
        if self.min is None:
            return f"age {self.max} or under"
        return f"age {self.min}-{self.max}"


Answered = Literal["yes", "no", "unknown"]


class Condition(Record):
    stages: tuple[str, ...] | None = None
    collapse: tuple[str, ...] | None = None
    age: AgeRange | None = None
    contraindications_any: tuple[str, ...] | None = None
    risk_factors_any: tuple[str, ...] | None = None
    symptoms: tuple[Answered, ...] | None = None
    failed_conservative_care: tuple[Answered, ...] | None = None


class Scope(Record):
    condition: str
    min_age: int
    max_age: int
    referral_message: str


class Metadata(Record):
    id: str
    title: str
    version: str
    status: Literal["draft", "approved"]
    authors: tuple[str, ...]
    reviewers: tuple[str, ...] = ()
    last_reviewed: dt.date | None = None
    next_review: dt.date
    scope: Scope
    update_policy: str
    funding: str
    staging_note: str


class Source(Record):
    id: str
    citation: str
    kind: str
    year: int | None = None
    file: str | None = None
    limits: str
    authors: tuple[str, ...] = ()
    title: str | None = None
    published_in: str | None = None
    url: str | None = None
    accessed: dt.date | None = None


class Stage(Located):
    id: str
    label: str
    clinician: str
    plain: str
    drawing: Literal["normal", "oedema", "sclerosis", "crescent", "flattened", "arthritic"]
    sources: tuple[str, ...]


class CollapseStatus(Located):
    id: str
    label: str
    clinician: str
    plain: str
    sources: tuple[str, ...]


class ConsistencyRule(Located):
    id: str
    stages: tuple[str, ...]
    collapse: tuple[str, ...]
    message: str
    sources: tuple[str, ...]


class Staging(Record):
    system: str
    stages: tuple[Stage, ...]
    collapse: tuple[CollapseStatus, ...]
    impossible: tuple[ConsistencyRule, ...] = ()

    def impossible_rule(self, stage: str, collapse: str) -> ConsistencyRule | None:
        """The rule that makes this stage and collapse impossible, else None (the one place)."""
        for rule in self.impossible:
            if stage in rule.stages and collapse in rule.collapse:
                return rule
        return None


class Effect(Located):
    options: tuple[str, ...]
    ceiling: Status
    text: str
    sources: tuple[str, ...]


class Modifier(Located):
    id: str
    label: str
    explanation: str
    group: str
    effects: tuple[Effect, ...] = ()
    sources: tuple[str, ...]


class Contraindication(Modifier):
    kind: Literal["absolute", "relative"]
    per_hip: bool = False


class RiskFactor(Modifier):
    pass


class Rule(Located):
    id: str
    when: Condition
    status: Status
    rationale: str
    priority: int = 0
    sources: tuple[str, ...]


class Default(Located):
    status: Status
    rationale: str
    sources: tuple[str, ...]


class Outcome(Located):
    id: str
    measure: str
    percent: float | None = None
    percent_low: float | None = None
    percent_high: float | None = None
    opposite: str | None = None
    counted: Literal["people", "hips", "unclear"] = "people"
    denominator: int | None = None
    stated_denominator: bool | None = None
    population: str
    follow_up: str | None = None
    study: str
    short: str | None = None
    applies_to: Condition | None = None
    sources: tuple[str, ...]


class CitedText(Located):
    text: str
    sources: tuple[str, ...]


class Preparation(Located):
    text: str
    when: Condition | None = None
    sources: tuple[str, ...]


class Option(Located):
    id: str
    name: str
    plain: str
    involves: str
    rules: tuple[Rule, ...] = ()
    default: Default
    listed_for_information: str | None = None
    benefits: tuple[CitedText, ...]
    risks: tuple[CitedText, ...]
    outcomes: tuple[Outcome, ...] = ()
    costs: tuple[CitedText, ...] = ()
    preparation: tuple[Preparation, ...] = ()
    protocol: str | None = None
    crutch_time: str
    crutch_time_sources: tuple[str, ...] = ()
    sources: tuple[str, ...]


WeightBearing = Literal["none", "partial", "progressive", "full", "as_tolerated", "as_advised"]


class Phase(Located):
    name: str
    from_week: int
    to_week: int | None = None
    weight_bearing: WeightBearing
    percent: int | None = None
    restrictions: tuple[str, ...] = ()
    physiotherapy: tuple[str, ...] = ()
    sources: tuple[str, ...]


class Visit(Located):
    at: str
    week: int | None = None
    checks: tuple[str, ...]
    imaging: tuple[str, ...] = ()
    sources: tuple[str, ...]


class Protocol(Located):
    id: str
    name: str
    phases: tuple[Phase, ...]
    follow_up: tuple[Visit, ...] = ()
    sources: tuple[str, ...]


AffectedHips = Literal["any", "one", "both"]


class Caveat(Located):
    id: str
    title: str
    text: str
    plain: str
    when: Condition = field(default_factory=Condition)
    options: tuple[str, ...] | None = None
    affected_hips: AffectedHips = "any"
    section: Literal["notes", "condition", "course"] = "notes"
    sources: tuple[str, ...]


class Position(Located):
    says: str
    sources: tuple[str, ...]


class Disagreement(Record):
    id: str
    topic: str
    positions: tuple[Position, ...]
    what_we_do: str
    options: tuple[str, ...] | None = None
    affected_hips: AffectedHips = "any"
    when: Condition | None = None


class HandoutWords(Record):
    title: str
    about: str
    questions: tuple[str, ...]


class ValueItem(Record):
    id: str
    label: str


class Pathway(Record):
    """A whole validated pathway."""

    metadata: Metadata
    sources: tuple[Source, ...]
    staging: Staging
    contraindications: tuple[Contraindication, ...] = ()
    risk_factors: tuple[RiskFactor, ...] = ()
    options: tuple[Option, ...]
    protocols: tuple[Protocol, ...] = ()
    caveats: tuple[Caveat, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    handout: HandoutWords
    values: tuple[ValueItem, ...] = ()

    def per_hip_contraindications(self) -> frozenset[str]:
        """Ids of the contraindications that belong to one hip."""
        return frozenset(c.id for c in self.contraindications if c.per_hip)

    def rule_refs(self) -> list[str]:
        """Every rule of every option, named as in results, in pathway order."""
        return [rule_ref(o.id, r.id) for o in self.options for r in o.rules]

    # Lookups used by the engine, the handout and the GUI.
    def source(self, source_id: str) -> Source:
        return _by_id(self.sources, source_id)

    def option(self, option_id: str) -> Option:
        return _by_id(self.options, option_id)

    def protocol(self, protocol_id: str) -> Protocol:
        return _by_id(self.protocols, protocol_id)

    def stage(self, stage_id: str) -> Stage:
        return _by_id(self.staging.stages, stage_id)

    def collapse_status(self, collapse_id: str) -> CollapseStatus:
        return _by_id(self.staging.collapse, collapse_id)


def rule_ref(option_id: str, rule_id: str) -> str:
    """How a rule (or an option's default, rule_id "default") is named in results and reports."""
    return f"{option_id}/{rule_id}"


def modifier_ref(kind: str, modifier_id: str) -> str:
    """How a contraindication ("ci") or risk factor ("rf") that decided a status is named."""
    return f"{kind}:{modifier_id}"


def _by_id(items: tuple[_T, ...], item_id: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


# Every record class by name: the validated model of the same name is turned into it,
# and the cache names classes by these names.
RECORDS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        AgeRange,
        Condition,
        Scope,
        Metadata,
        Source,
        Stage,
        CollapseStatus,
        ConsistencyRule,
        Staging,
        Effect,
        Contraindication,
        RiskFactor,
        Rule,
        Default,
        Outcome,
        CitedText,
        Preparation,
        Option,
        Phase,
        Visit,
        Protocol,
        Caveat,
        Position,
        Disagreement,
        HandoutWords,
        ValueItem,
        Pathway,
    )
}


def from_validated(model: Any) -> Any:
    """The plain record for a validated pydantic model (or a tuple, dict or value of them).

    Goes by attribute names, so it needs no pydantic import: each model class has a
    record class of the same name with the same fields.
    """
    cls = RECORDS.get(type(model).__name__)
    if cls is not None:
        return cls(**{name: from_validated(getattr(model, name)) for name in field_names(cls)})
    if isinstance(model, tuple):
        return tuple(from_validated(item) for item in model)
    if isinstance(model, dict):
        return {key: from_validated(value) for key, value in model.items()}
    return model


def to_json(value: Any, exclude: Callable[[Any], bool] = lambda f: False) -> Any:
    """JSON-ready data, as pydantic's `model_dump(mode="json")` writes it: fields in order,
    tuples as lists, enums as values, dates in ISO form. Fields for which `exclude` is
    true are left out (the result's renderer-only fields)."""
    if is_record(value):
        return {
            f.name: to_json(getattr(value, f.name), exclude)
            for f in record_fields(value)
            if not exclude(f)
        }
    if is_dataclass(value) and not isinstance(value, type):  # the engine's result
        return {
            f.name: to_json(getattr(value, f.name), exclude)
            for f in fields(value)
            if not exclude(f)
        }
    if isinstance(value, tuple | list):
        return [to_json(item, exclude) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item, exclude) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "model_dump"):  # a pydantic value inside a record (the patient)
        return value.model_dump(mode="json")
    return value


def walk(node: object) -> Iterator[object]:
    """Every record, tuple item and value under node, depth first (node included)."""
    yield node
    if is_record(node):
        for name in field_names(node):
            yield from walk(getattr(node, name))
    elif isinstance(node, tuple | list):
        for item in node:
            yield from walk(item)
