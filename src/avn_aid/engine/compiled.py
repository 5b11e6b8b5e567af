"""A pathway turned into plain tuples, sets and bit masks, so that deciding is fast.

The engine decides every patient through `decide`; the authoring checks call it for the
whole decision space (about a hundred thousand patients) within the time of one save.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from avn_aid.model.pathway import Condition, Pathway
from avn_aid.model.status import Status

_BY_PERMISSIVENESS = sorted(Status, key=lambda s: s.permissiveness)


@dataclass(frozen=True, slots=True)
class CompiledCondition:
    stages: frozenset[str] | None
    collapse: frozenset[str] | None
    age_min: int | None
    age_max: int | None
    ci_mask: int | None
    rf_mask: int | None

    def matches(self, stage: str, collapse: str, age: int, ci: int, rf: int) -> bool:
        return (
            (self.stages is None or stage in self.stages)
            and (self.collapse is None or collapse in self.collapse)
            and (self.age_min is None or age >= self.age_min)
            and (self.age_max is None or age <= self.age_max)
            and (self.ci_mask is None or bool(ci & self.ci_mask))
            and (self.rf_mask is None or bool(rf & self.rf_mask))
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


class Decision(NamedTuple):
    """What the pathway says for one patient, before any text is attached."""

    statuses: tuple[Status, ...]  # in option order
    deciders: tuple[tuple[str, ...], ...]  # per option: rule refs, "default", or "ci:ID"/"rf:ID"
    conflicts: tuple[tuple[int, tuple[str, ...]], ...]  # option index, rules that disagree
    caveats: tuple[int, ...]  # caveat indices in pathway order


class RuleDecision(NamedTuple):
    permissions: tuple[int, ...]
    deciders: tuple[tuple[str, ...], ...]
    conflicts: tuple[tuple[int, tuple[str, ...]], ...]


class CompiledPathway:
    """Index structures over a pathway; built once per pathway."""

    def __init__(self, pathway: Pathway) -> None:
        self.pathway = pathway
        self.ci_bits = {c.id: 1 << i for i, c in enumerate(pathway.contraindications)}
        self.rf_bits = {r.id: 1 << i for i, r in enumerate(pathway.risk_factors)}
        self.option_index = {o.id: i for i, o in enumerate(pathway.options)}
        self.options = tuple(
            CompiledOption(
                id=o.id,
                rules=tuple(
                    CompiledRule(
                        ref=f"{o.id}/{r.id}",
                        condition=self.condition(r.when),
                        priority=r.priority,
                        permissiveness=r.status.permissiveness,
                    )
                    for r in o.rules
                ),
                default_permissiveness=o.default.status.permissiveness,
            )
            for o in pathway.options
        )
        # (bit, kind, id, option index, ceiling permissiveness) for every effect
        self.ceilings: list[tuple[int, str, str, int, int]] = []
        for kind, bits, modifiers in (
            ("ci", self.ci_bits, pathway.contraindications),
            ("rf", self.rf_bits, pathway.risk_factors),
        ):
            for modifier in modifiers:
                for effect in modifier.effects:
                    for option_id in effect.options:
                        self.ceilings.append(
                            (
                                bits[modifier.id],
                                kind,
                                modifier.id,
                                self.option_index[option_id],
                                effect.ceiling.permissiveness,
                            )
                        )
        self.caveats = tuple(
            CompiledCaveat(
                index=i,
                condition=self.condition(c.when),
                options=None
                if c.options is None
                else tuple(self.option_index[o] for o in c.options),
            )
            for i, c in enumerate(pathway.caveats)
        )
        # Per option, each preparation step's condition (None = every patient).
        self.preparation = tuple(
            tuple(
                None if step.when is None else self.condition(step.when) for step in o.preparation
            )
            for o in pathway.options
        )
        self.impossible = tuple(
            (frozenset(r.stages), frozenset(r.collapse), r) for r in pathway.staging.impossible
        )

    def condition(self, when: Condition) -> CompiledCondition:
        def mask(ids: tuple[str, ...] | None, bits: dict[str, int]) -> int | None:
            if ids is None:
                return None
            total = 0
            for item in ids:
                total |= bits[item]
            return total

        return CompiledCondition(
            stages=None if when.stages is None else frozenset(when.stages),
            collapse=None if when.collapse is None else frozenset(when.collapse),
            age_min=None if when.age is None else when.age.min,
            age_max=None if when.age is None else when.age.max,
            ci_mask=mask(when.contraindications_any, self.ci_bits),
            rf_mask=mask(when.risk_factors_any, self.rf_bits),
        )

    def mask_of(
        self, contraindications: tuple[str, ...], risk_factors: tuple[str, ...]
    ) -> tuple[int, int]:
        ci = 0
        for c in contraindications:
            ci |= self.ci_bits[c]
        rf = 0
        for r in risk_factors:
            rf |= self.rf_bits[r]
        return ci, rf

    def preparation_steps(
        self, option_index: int, stage: str, collapse: str, age: int, ci: int, rf: int
    ) -> tuple[int, ...]:
        """Indices of the option's preparation steps that apply to this patient."""
        return tuple(
            i
            for i, condition in enumerate(self.preparation[option_index])
            if condition is None or condition.matches(stage, collapse, age, ci, rf)
        )

    def is_impossible(self, stage: str, collapse: str) -> bool:
        return any(stage in s and collapse in c for s, c, _ in self.impossible)

    def decide(self, stage: str, collapse: str, age: int, ci: int, rf: int) -> Decision:
        """Statuses, who decided them, and caveats, for one consistent patient.

        Precedence: among the option's rules that match, the highest priority wins; if
        rules of that priority disagree the most cautious status is taken and the
        disagreement is reported as a conflict. With no matching rule, the option's
        default applies. Then every contraindication or risk factor the patient has lowers
        the status to its ceiling: a ceiling never raises a status, so a contraindication
        always wins over a stage rule.
        """
        return self.finish(self.by_rules(stage, collapse, age, rf), stage, collapse, age, ci, rf)

    def by_rules(self, stage: str, collapse: str, age: int, rf: int) -> RuleDecision:
        """The rule-and-default part of a decision, which does not depend on contraindications."""
        permissions: list[int] = []
        deciders: list[tuple[str, ...]] = []
        conflicts: list[tuple[int, tuple[str, ...]]] = []
        for index, option in enumerate(self.options):
            best_priority: int | None = None
            top: list[CompiledRule] = []
            for rule in option.rules:
                if rule.condition.matches(stage, collapse, age, 0, rf):
                    if best_priority is None or rule.priority > best_priority:
                        best_priority = rule.priority
                        top = [rule]
                    elif rule.priority == best_priority:
                        top.append(rule)
            if top:
                permissiveness = min(r.permissiveness for r in top)
                decided_by = tuple(r.ref for r in top if r.permissiveness == permissiveness)
                if len({r.permissiveness for r in top}) > 1:
                    conflicts.append((index, tuple(r.ref for r in top)))
            else:
                permissiveness = option.default_permissiveness
                decided_by = (f"{option.id}/default",)
            permissions.append(permissiveness)
            deciders.append(decided_by)
        return RuleDecision(tuple(permissions), tuple(deciders), tuple(conflicts))

    def finish(
        self, base: RuleDecision, stage: str, collapse: str, age: int, ci: int, rf: int
    ) -> Decision:
        """Apply contraindication and risk-factor ceilings, then pick the caveats."""
        if ci or rf:
            permissions = list(base.permissions)
            deciders = list(base.deciders)
            for bit, kind, modifier_id, index, ceiling in self.ceilings:
                if (ci if kind == "ci" else rf) & bit:
                    if ceiling < permissions[index]:
                        permissions[index] = ceiling
                        deciders[index] = (f"{kind}:{modifier_id}",)
                    elif ceiling == permissions[index]:
                        deciders[index] = (*deciders[index], f"{kind}:{modifier_id}")
            statuses = tuple(_BY_PERMISSIVENESS[p] for p in permissions)
            decided = tuple(deciders)
        else:
            statuses = tuple(_BY_PERMISSIVENESS[p] for p in base.permissions)
            decided = base.deciders
        caveats = tuple(
            c.index
            for c in self.caveats
            if c.condition.matches(stage, collapse, age, ci, rf)
            and (c.options is None or any(statuses[o].is_offered for o in c.options))
        )
        return Decision(statuses, decided, base.conflicts, caveats)
