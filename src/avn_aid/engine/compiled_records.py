"""Records of the compiled pathway: bit-mask patient, condition, rule, option, caveat, decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from avn_aid.model.status import Status


@dataclass(frozen=True, slots=True)
class CompiledPatient:
    """A patient in the engine's compiled form: ids of contraindications and risk factors
    as bit masks (bit i = the pathway's i-th), so the decision space is cheap to walk."""

    stage: str
    collapse: str
    age: int
    ci: int
    rf: int
    symptoms: str = "unknown"  # "yes", "no" or "unknown"
    fcc: str = "unknown"  # failed conservative care: "yes", "no" or "unknown"


@dataclass(frozen=True, slots=True)
class CompiledCondition:
    stages: frozenset[str] | None
    collapse: frozenset[str] | None
    age_min: int | None
    age_max: int | None
    ci_mask: int | None
    rf_mask: int | None
    symptoms: frozenset[str] | None = None
    fcc: frozenset[str] | None = None

    def matches(self, patient: CompiledPatient, *, ignore_ci: bool = False) -> bool:
        """Whether the patient meets every part of the condition (with `ignore_ci`, as if
        the patient had no contraindications)."""
        return (
            (self.stages is None or patient.stage in self.stages)
            and (self.collapse is None or patient.collapse in self.collapse)
            and (self.age_min is None or patient.age >= self.age_min)
            and (self.age_max is None or patient.age <= self.age_max)
            and (self.ci_mask is None or (not ignore_ci and bool(patient.ci & self.ci_mask)))
            and (self.rf_mask is None or bool(patient.rf & self.rf_mask))
            and (self.symptoms is None or patient.symptoms in self.symptoms)
            and (self.fcc is None or patient.fcc in self.fcc)
        )


@dataclass(frozen=True, slots=True)
class CompiledRule:
    ref: str  # "option_id/rule_id"
    condition: CompiledCondition
    priority: int
    permissiveness: int


@dataclass(frozen=True, slots=True)
class CompiledOption:
    id: str
    rules: tuple[CompiledRule, ...]
    default_permissiveness: int


@dataclass(frozen=True, slots=True)
class CompiledCaveat:
    index: int
    condition: CompiledCondition
    options: tuple[int, ...] | None
    affected_hips: str  # "any", "one" or "both"


class Decision(NamedTuple):
    """What the pathway says for one patient, before any text is attached."""

    statuses: tuple[Status, ...]  # in option order
    deciders: tuple[tuple[str, ...], ...]  # per option: rule refs or modifier refs
    conflicts: tuple[tuple[int, tuple[str, ...]], ...]  # option index, rules that disagree
    caveats: tuple[int, ...]  # caveat indices in pathway order


class RuleDecision(NamedTuple):
    permissions: tuple[int, ...]
    deciders: tuple[tuple[str, ...], ...]
    conflicts: tuple[tuple[int, tuple[str, ...]], ...]
