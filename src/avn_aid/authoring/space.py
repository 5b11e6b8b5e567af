"""The decision space: every patient the pathway can be asked about, in a few thousand bands.

Ages matter only where a rule or caveat changes its mind, so each age band is
represented by its first year (an "edge"); stages, collapse statuses and risk factors are
enumerated in full, contraindications reasoned about (see `summarise`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

from avn_aid.engine.compiled import CompiledPathway
from avn_aid.engine.compiled_records import CompiledPatient, RuleDecision
from avn_aid.errors import UserError
from avn_aid.model.runtime import AgeRange, Condition, Outcome, Pathway, field_names, is_record

ANSWERS = ("yes", "no", "unknown")
T = TypeVar("T")


def _found(node: object, kind: type[T], skip: tuple[type, ...] = ()) -> Iterator[T]:
    """Every record of `kind` anywhere inside `node` (records, tuples, lists), passing over
    whatever is one of `skip`."""
    if isinstance(node, skip):
        return
    if isinstance(node, kind):
        yield node
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _found(item, kind, skip)
    elif is_record(node):
        for name in field_names(node):
            yield from _found(getattr(node, name), kind, skip)


def age_edges(*pathways: Pathway) -> list[int]:
    """First years of every age band in which the answer can differ (scope edges included)."""
    edges: set[int] = set()
    for pathway in pathways:
        scope = pathway.metadata.scope
        edges |= {scope.min_age - 1, scope.min_age, scope.max_age, scope.max_age + 1}
        for age in _found(pathway, AgeRange):
            if age.min is not None:
                edges.add(age.min)
            if age.max is not None:
                edges.add(age.max + 1)
    return sorted(e for e in edges if e >= 0)


def _conditions(node: object) -> Iterator[Condition]:
    """Conditions that can change a decision: an outcome's `applies_to` only chooses which
    figures are printed, so it does not split the decision space."""
    return _found(node, Condition, skip=(Outcome,))


def answer_classes(field: str, *pathways: Pathway) -> tuple[tuple[str, ...], ...]:
    """The answers (yes/no/unknown) to one optional question, grouped so that every
    condition on `field` treats the answers of a group alike; the first answer of each
    group stands for it. A question no condition reads is one group, ("unknown",): the
    answer cannot matter, so the walk does not multiply by it."""
    tested = sorted(
        {
            frozenset(getattr(c, field))
            for pathway in pathways
            for c in _conditions(pathway)
            if getattr(c, field) is not None
        },
        key=sorted,
    )
    if not tested:
        return (("unknown",),)
    classes: dict[tuple[bool, ...], list[str]] = {}
    for answer in ("unknown", "no", "yes"):
        signature = tuple(answer in values for values in tested)
        classes.setdefault(signature, []).append(answer)
    return tuple(tuple(group) for group in classes.values())


def answer_groups(*pathways: Pathway) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(symptoms, failed conservative care) answer groups the pathways' conditions tell
    apart; each pair's first answers stand for all of its len(a) x len(b) combinations."""
    return [
        (symptoms, fcc)
        for symptoms in answer_classes("symptoms", *pathways)
        for fcc in answer_classes("failed_conservative_care", *pathways)
    ]


def answer_pairs(*pathways: Pathway) -> list[tuple[str, str]]:
    """(symptoms, failed conservative care) answers the pathways' conditions tell apart."""
    return [(s[0], f[0]) for s, f in answer_groups(*pathways)]


def age_band(age: int, edges: list[int]) -> tuple[int, int | None]:
    """The band [age, next edge - 1] that `age` (an edge) stands for; None = no upper end."""
    later = [e for e in edges if e > age]
    return age, (later[0] - 1 if later else None)


@dataclass
class SpaceSummary:
    """What `check` learns from the whole decision space.

    Gaps, conflicts, rule coverage and offered options are judged without
    contraindications; caveats over every patient, contraindications included.
    """

    # Consistent, in-scope patients the summary stands for: every stage, collapse, age
    # band, contraindication and risk-factor set, and every answer to an optional
    # question that some condition reads (a question none reads counts once).
    patients: int = 0
    matched: set[str] = field(default_factory=set)  # rule refs that match some patient
    decided: set[str] = field(default_factory=set)  # refs that decide some status
    offered: set[int] = field(default_factory=set)  # option indices offered to someone
    caveats: set[int] = field(default_factory=set)  # caveat indices shown to someone
    both_hips_caveats: set[int] = field(default_factory=set)  # the same, for both-hip caveats
    gaps: dict[tuple[str, str], CompiledPatient] = field(default_factory=dict)  # first example
    # A patient group left with nothing to choose under some contraindications: first
    # example, with every contraindication (ceilings only lower, so that set is the worst).
    dead_ends: dict[tuple[str, str], CompiledPatient] = field(default_factory=dict)
    conflicts: dict[tuple[str, ...], CompiledPatient] = field(default_factory=dict)


def summarise(engine: CompiledPathway, edges: list[int]) -> SpaceSummary:
    """The decision space summarised without enumerating contraindication sets.

    A contraindication only lowers statuses to its ceilings and can trigger caveats, so
    everything but caveats is judged at "no contraindications" (as `check` always did),
    and a caveat that applies to some patient applies to one with no contraindication or
    with exactly one of those in its condition: if it applies with a set S, take S's
    member b that its condition names (or none if it names none); with {b} instead of S
    every status is at least as permissive (ceilings only lower), so the options it
    waits for are still offered and its condition still holds. The work grows with the
    number of contraindications, not with 2 to its power.
    """
    pathway = engine.pathway
    n_ci = len(pathway.contraindications)
    summary = SpaceSummary()
    needs_one = [c for c in engine.caveats if c.condition.ci_mask]
    for patient, base, weight in _points(engine, edges):
        decision = engine.finish(base, patient)
        summary.patients += weight << n_ci
        summary.caveats.update(decision.caveats)
        offered = False
        for index, status in enumerate(decision.statuses):
            if status.is_offered:
                summary.offered.add(index)
                offered = True
        if not offered:
            summary.gaps.setdefault((patient.stage, patient.collapse), patient)
        elif n_ci:
            worst = replace(patient, ci=(1 << n_ci) - 1)
            if not any(s.is_offered for s in engine.finish(base, worst).statuses):
                summary.dead_ends.setdefault((patient.stage, patient.collapse), worst)
        for _, refs in decision.conflicts:
            summary.conflicts.setdefault(refs, patient)
        for refs in decision.deciders:
            summary.decided.update(refs)
        for option in engine.options:
            for rule in option.rules:
                if rule.condition.matches(patient, ignore_ci=True):
                    summary.matched.add(rule.ref)
        for caveat in needs_one:
            if caveat.index in summary.caveats:
                continue
            mask = caveat.condition.ci_mask or 0
            for bit in (1 << i for i in range(n_ci)):
                if mask & bit:
                    alone = replace(patient, ci=bit)
                    if caveat.index in engine.finish(base, alone).caveats:
                        summary.caveats.add(caveat.index)
                        break
        _both_hips_caveats(engine, patient, base, summary)
    return summary


def _both_hips_caveats(
    engine: CompiledPathway, patient: CompiledPatient, base: RuleDecision, summary: SpaceSummary
) -> None:
    """Both-hip caveats some two-hip patient gets. If one applies to hips A and B, it
    applies to two hips like A or two like B (whichever has the contraindication its
    condition names; each hip still has an option it waits for): so two alike hips, with
    no contraindication or one from its condition, as above, find every one."""
    n_ci = len(engine.pathway.contraindications)
    for caveat in engine.both_hips_caveats:
        if caveat.index in summary.both_hips_caveats:
            continue
        mask = caveat.condition.ci_mask
        tries = (
            [patient]
            if mask is None
            else [replace(patient, ci=1 << i) for i in range(n_ci) if mask >> i & 1]
        )
        for alone in tries:
            statuses = engine.finish(base, alone).statuses
            if caveat.index in engine.caveats_for_both_hips(alone, (statuses, statuses)):
                summary.both_hips_caveats.add(caveat.index)
                break


def _points(
    engine: CompiledPathway, edges: list[int]
) -> Iterator[tuple[CompiledPatient, RuleDecision, int]]:
    """Every consistent, in-scope patient without contraindications, with its rule part
    and how many combinations of answers to the optional questions it stands for."""
    pathway = engine.pathway
    scope = pathway.metadata.scope
    ages = [a for a in edges if scope.min_age <= a <= scope.max_age]
    answers = [(s[0], f[0], len(s) * len(f)) for s, f in answer_groups(pathway)]
    require_tractable(
        len(pathway.staging.stages),
        len(pathway.staging.collapse),
        len(ages),
        len(pathway.risk_factors),
        answers=len(answers),
    )
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if pathway.staging.impossible_rule(stage, col) is not None:
                continue
            for age in ages:
                for rf in range(1 << len(pathway.risk_factors)):
                    for symptoms, fcc, weight in answers:
                        patient = CompiledPatient(stage, col, age, 0, rf, symptoms, fcc)
                        yield patient, engine.by_rules(patient), weight


# Contraindications are reasoned about, but risk factors are still enumerated (a rule may
# ask for any of several), so the walk doubles with each risk factor. Past this size the
# analysis is refused at once with the sizes that make it up, instead of holding the
# program for hours.
MAX_POINTS = 500_000


class SpaceTooLargeError(UserError):
    """A pathway whose decision space is too large to analyse in reasonable time."""


def require_tractable(
    stages: int, collapse: int, ages: int, risk_factors: int, *, answers: int = 1
) -> int:
    """The number of points to walk, or SpaceTooLargeError if there are too many.
    `answers`: the combinations of the optional questions that conditions tell apart."""
    size = stages * collapse * ages * answers * (1 << min(risk_factors, 64))
    if size > MAX_POINTS:
        raise SpaceTooLargeError(
            f"the decision space has {size:,} points to walk ({stages} stages x "
            f"{collapse} collapse statuses x {ages} age bands x "
            + (f"{answers} sets of answers to the optional questions x " if answers > 1 else "")
            + f"2^{risk_factors} sets of "
            f"risk factors); avn-aid analyses at most {MAX_POINTS:,}. Each risk factor "
            "doubles the space: merge or drop some."
        )
    return size
