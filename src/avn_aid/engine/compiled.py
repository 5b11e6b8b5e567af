"""A pathway turned into plain tuples, sets and bit masks, so that deciding is fast.

The engine decides every patient through `decide`; the authoring checks call it for the
whole decision space (about a hundred thousand patients) within the time of one save.
"""

from __future__ import annotations

from avn_aid.engine.compiled_records import (
    CompiledCaveat,
    CompiledCondition,
    CompiledOption,
    CompiledPatient,
    CompiledRule,
    Decision,
    RuleDecision,
)
from avn_aid.model.patient import Answer, Patient
from avn_aid.model.runtime import Condition, Pathway, modifier_ref, rule_ref
from avn_aid.model.status import Status

_BY_PERMISSIVENESS = sorted(Status, key=lambda s: s.permissiveness)
_OFFERED = frozenset(s for s in Status if s.is_offered)


def _answer(value: str) -> Answer | None:
    """The compiled form's "unknown" as the patient's None (not asked)."""
    if value == "yes":
        return "yes"
    if value == "no":
        return "no"
    return None


class CompiledPathway:
    """Index structures over a pathway; built once per pathway."""

    def __init__(self, pathway: Pathway) -> None:
        self.pathway = pathway
        self._by_rules: dict[tuple[object, ...], RuleDecision] = {}
        self.ci_bits = {c.id: 1 << i for i, c in enumerate(pathway.contraindications)}
        self.rf_bits = {r.id: 1 << i for i, r in enumerate(pathway.risk_factors)}
        self.option_index = {o.id: i for i, o in enumerate(pathway.options)}
        self.options = tuple(
            CompiledOption(
                id=o.id,
                rules=tuple(
                    CompiledRule(
                        ref=rule_ref(o.id, r.id),
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
        # (bit, kind, modifier ref, option index, ceiling permissiveness) for every effect
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
                                modifier_ref(kind, modifier.id),
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
                affected_hips=c.affected_hips,
            )
            for i, c in enumerate(pathway.caveats)
        )
        per_hip = pathway.per_hip_contraindications()
        # A caveat belongs to a hip when it depends on something that differs between hips.
        self.caveat_is_per_hip = tuple(
            c.options is not None
            or c.when.stages is not None
            or c.when.collapse is not None
            or bool(per_hip.intersection(c.when.contraindications_any or ()))
            for c in pathway.caveats
        )
        self.hip_caveats = tuple(c for c in self.caveats if c.affected_hips != "both")
        self.both_hips_caveats = tuple(c for c in self.caveats if c.affected_hips == "both")
        # Per option, each preparation step's condition (None = every patient).
        self.preparation = tuple(
            tuple(
                None if step.when is None else self.condition(step.when) for step in o.preparation
            )
            for o in pathway.options
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
            symptoms=None if when.symptoms is None else frozenset(when.symptoms),
            fcc=None
            if when.failed_conservative_care is None
            else frozenset(when.failed_conservative_care),
        )

    def compile_patient(self, patient: Patient) -> CompiledPatient:
        """The patient with its contraindications and risk factors as bit masks."""
        ci = 0
        for c in patient.contraindications:
            ci |= self.ci_bits[c]
        rf = 0
        for r in patient.risk_factors:
            rf |= self.rf_bits[r]
        return CompiledPatient(
            patient.stage,
            patient.collapse,
            patient.age,
            ci,
            rf,
            patient.symptoms or "unknown",
            patient.failed_conservative_care or "unknown",
        )

    def patient(self, compiled: CompiledPatient) -> Patient:
        """The patient a compiled form stands for."""
        return Patient.one_hip(
            age=compiled.age,
            stage=compiled.stage,
            collapse=compiled.collapse,
            contraindications=self.ids_of(compiled.ci, self.ci_bits),
            risk_factors=self.ids_of(compiled.rf, self.rf_bits),
            symptoms=_answer(compiled.symptoms),
            failed_conservative_care=_answer(compiled.fcc),
        )

    @staticmethod
    def ids_of(mask: int, bits: dict[str, int]) -> tuple[str, ...]:
        """The ids whose bits are set, in pathway order."""
        return tuple(item for item, bit in bits.items() if mask & bit)

    def preparation_steps(self, option_index: int, patient: CompiledPatient) -> tuple[int, ...]:
        """Indices of the option's preparation steps that apply to this patient."""
        return tuple(
            i
            for i, condition in enumerate(self.preparation[option_index])
            if condition is None or condition.matches(patient)
        )

    def decide(self, patient: CompiledPatient) -> Decision:
        """Statuses, who decided them, and caveats, for one consistent patient.

        Precedence: among the option's rules that match, the highest priority wins; if
        rules of that priority disagree the most cautious status is taken and the
        disagreement is reported as a conflict. With no matching rule, the option's
        default applies. Then every contraindication or risk factor the patient has lowers
        the status to its ceiling: a ceiling never raises a status, so a contraindication
        always wins over a stage rule.
        """
        return self.finish(self.by_rules(patient), patient)

    def by_rules(self, patient: CompiledPatient) -> RuleDecision:
        """The rule-and-default part of a decision, which does not depend on contraindications.

        Kept per patient without contraindications: check and diff ask for the same one
        under many contraindication sets.
        """
        key = (
            patient.stage,
            patient.collapse,
            patient.age,
            patient.rf,
            patient.symptoms,
            patient.fcc,
        )
        found = self._by_rules.get(key)
        if found is None:
            if len(self._by_rules) > 100_000:  # bounded: a pathway's points, not a leak
                self._by_rules.clear()
            found = self._by_rules[key] = self._rules_decide(patient)
        return found

    def _rules_decide(self, patient: CompiledPatient) -> RuleDecision:
        permissions: list[int] = []
        deciders: list[tuple[str, ...]] = []
        conflicts: list[tuple[int, tuple[str, ...]]] = []
        for index, option in enumerate(self.options):
            best_priority: int | None = None
            top: list[CompiledRule] = []
            for rule in option.rules:
                if rule.condition.matches(patient, ignore_ci=True):
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
                decided_by = (rule_ref(option.id, "default"),)
            permissions.append(permissiveness)
            deciders.append(decided_by)
        return RuleDecision(tuple(permissions), tuple(deciders), tuple(conflicts))

    def finish(self, base: RuleDecision, patient: CompiledPatient) -> Decision:
        """Apply contraindication and risk-factor ceilings, then pick the caveats."""
        ci, rf = patient.ci, patient.rf
        if ci or rf:
            permissions = list(base.permissions)
            deciders = list(base.deciders)
            for bit, kind, ref, index, ceiling in self.ceilings:
                if (ci if kind == "ci" else rf) & bit:
                    if ceiling < permissions[index]:
                        permissions[index] = ceiling
                        deciders[index] = (ref,)
                    elif ceiling == permissions[index]:
                        deciders[index] = (*deciders[index], ref)
            statuses = tuple(_BY_PERMISSIVENESS[p] for p in permissions)
            decided = tuple(deciders)
        else:
            statuses = tuple(_BY_PERMISSIVENESS[p] for p in base.permissions)
            decided = base.deciders
        offered = [s in _OFFERED for s in statuses]
        caveats = tuple(
            c.index
            for c in self.hip_caveats
            if (c.options is None or any(offered[o] for o in c.options))
            and c.condition.matches(patient)
        )
        return Decision(statuses, decided, base.conflicts, caveats)

    def caveats_for_both_hips(
        self, patient: CompiledPatient, hips: tuple[tuple[Status, ...], ...]
    ) -> tuple[int, ...]:
        """Indices of the caveats shown once when both hips are affected.

        `patient` carries the patient's own facts (its contraindications include those of
        either hip); `hips` the statuses each hip got. A caveat with options applies when
        every hip has one of them offered.
        """
        return tuple(
            c.index
            for c in self.both_hips_caveats
            if c.condition.matches(patient)
            and (
                c.options is None
                or all(any(statuses[o].is_offered for o in c.options) for statuses in hips)
            )
        )


_CACHE: dict[int, tuple[Pathway, CompiledPathway]] = {}


def compiled(pathway: Pathway) -> CompiledPathway:
    """The compiled form of a pathway, built once per pathway object."""
    hit = _CACHE.get(id(pathway))
    if hit is not None and hit[0] is pathway:
        return hit[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    result = CompiledPathway(pathway)
    _CACHE[id(pathway)] = (pathway, result)
    return result
