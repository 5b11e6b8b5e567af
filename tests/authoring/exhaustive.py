"""The exhaustive walk over every patient, kept as the oracle for the grouped analysis.

This is how `check` and `diff` worked before they learnt to group contraindication
sets: every stage, collapse, age band, risk-factor set and contraindication set, one
decision each, and every answer (yes, no, not asked) to each optional question that some
condition reads. It is exponential in the number of contraindications, so only tests on
small pathways use it.
"""

from __future__ import annotations

import itertools

from avn_aid.authoring.answer import Answer, change_words
from avn_aid.authoring.regions import Changes, Region, Space
from avn_aid.authoring.space import SpaceSummary, answer_classes
from avn_aid.engine.compiled import CompiledPathway, compiled
from avn_aid.engine.compiled_records import CompiledPatient
from avn_aid.engine.inputs import input_messages
from avn_aid.model.patient import Patient
from avn_aid.model.runtime import Pathway


def answers(field: str, *pathways: Pathway) -> tuple[str, ...]:
    """Every answer to the question, one by one, or only "unknown" if no condition reads it."""
    return tuple(a for group in answer_classes(field, *pathways) for a in group)


def exhaustive_summary(engine: CompiledPathway, edges: list[int]) -> SpaceSummary:
    pathway = engine.pathway
    scope = pathway.metadata.scope
    summary = SpaceSummary()
    pairs = list(
        itertools.product(
            answers("symptoms", pathway), answers("failed_conservative_care", pathway)
        )
    )
    for stage, col in itertools.product(
        [s.id for s in pathway.staging.stages], [c.id for c in pathway.staging.collapse]
    ):
        if pathway.staging.impossible_rule(stage, col) is not None:
            continue
        for age in (a for a in edges if scope.min_age <= a <= scope.max_age):
            for rf, (symptoms, fcc) in itertools.product(
                range(1 << len(pathway.risk_factors)), pairs
            ):
                full = (1 << len(pathway.contraindications)) - 1
                offered_without = True
                for ci in range(1 << len(pathway.contraindications)):
                    patient = CompiledPatient(stage, col, age, ci, rf, symptoms, fcc)
                    decision = engine.decide(patient)
                    summary.patients += 1
                    summary.caveats.update(decision.caveats)
                    if ci:
                        stuck = not any(s.is_offered for s in decision.statuses)
                        if ci == full and stuck and offered_without:
                            summary.dead_ends.setdefault((stage, col), patient)
                        continue
                    offered_without = any(s.is_offered for s in decision.statuses)
                    for index, status in enumerate(decision.statuses):
                        if status.is_offered:
                            summary.offered.add(index)
                    if not any(s.is_offered for s in decision.statuses):
                        summary.gaps.setdefault((stage, col), patient)
                    for _, refs in decision.conflicts:
                        summary.conflicts.setdefault(refs, patient)
                    for refs in decision.deciders:
                        summary.decided.update(refs)
                    for option in engine.options:
                        for rule in option.rules:
                            if rule.condition.matches(patient, ignore_ci=True):
                                summary.matched.add(rule.ref)
    return summary


def _answer(
    pathway: Pathway,
    outcome: str,
    ci_set: tuple[str, ...],
    rf_set: tuple[str, ...],
    stage: str,
    col: str,
    age: int,
    symptoms: str,
    fcc: str,
) -> Answer:
    if outcome != "ok":
        return Answer(outcome, (), frozenset())
    known_ci = {c.id for c in pathway.contraindications}
    known_rf = {r.id for r in pathway.risk_factors}
    if not (known_ci.issuperset(ci_set) and known_rf.issuperset(rf_set)):
        return Answer("invalid_input", (), frozenset())
    engine = compiled(pathway)
    patient = Patient.one_hip(
        age=age,
        stage=stage,
        collapse=col,
        contraindications=ci_set,
        risk_factors=rf_set,
        symptoms=None if symptoms == "unknown" else symptoms,  # type: ignore[arg-type]
        failed_conservative_care=None if fcc == "unknown" else fcc,  # type: ignore[arg-type]
    )
    decision = engine.decide(engine.compile_patient(patient))
    return Answer(
        "ok",
        tuple(
            zip([o.id for o in pathway.options], (s.value for s in decision.statuses), strict=True)
        ),
        frozenset(pathway.caveats[i].id for i in decision.caveats),
    )


def exhaustive_changes(old: Pathway, new: Pathway) -> tuple[Space, Changes]:
    space = Space.of(old, new)
    ci_sets = [s for n in range(len(space.cis) + 1) for s in itertools.combinations(space.cis, n)]
    pairs = list(
        itertools.product(
            answers("symptoms", old, new), answers("failed_conservative_care", old, new)
        )
    )
    groups: dict[tuple[str, ...], dict[object, Region]] = {}

    def group(answer: str, groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        return next(g for g in groups if answer in g)

    for stage, col, age in itertools.product(space.stages, space.collapse, space.ages):
        bare = Patient(age=age, stage=stage, collapse=col)
        outcomes = input_messages(old, bare)[0], input_messages(new, bare)[0]
        for rf_set, (symptoms, fcc) in itertools.product(space.rf_sets(), pairs):
            rf = sum(1 << space.rfs.index(r) for r in rf_set)
            for ci_set in ci_sets:
                asked = (stage, col, age, symptoms, fcc)
                before = _answer(old, outcomes[0], ci_set, rf_set, *asked)
                after = _answer(new, outcomes[1], ci_set, rf_set, *asked)
                if before == after:
                    continue
                ci = sum(1 << space.cis.index(c) for c in ci_set)
                places = groups.setdefault(change_words(before, after), {})
                place = (stage, col, group(symptoms, space.symptoms), group(fcc, space.fcc))
                region = places.setdefault(place, Region(stage, col))
                region.add(age, 1, ci, ci, rf, (symptoms,), (fcc,))
    return space, {words: list(places.values()) for words, places in groups.items()}
