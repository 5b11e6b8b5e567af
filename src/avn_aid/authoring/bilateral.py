"""What `diff` says about patients with both hips: the caveats shown once for both hips.

Each hip of a two-hip patient gets its one-hip answer, so the one-hip report covers every
hip. What is left is the caveats marked `affected_hips: both`: a patient gets one when
its condition holds and each hip is offered one of its options. A hip "counts" for such a
caveat when it is offered one of them; so two-hip patients get a different answer exactly
when a hip that counted in one version no longer counts in the other (or the caveat's own
condition changed, which the content changes list). The hips that start or stop counting
are listed by stage, collapse and age, judged without contraindications.
"""

from __future__ import annotations

from collections import defaultdict

from avn_aid.authoring.space import age_band, age_edges, answer_pairs
from avn_aid.engine.compiled import CompiledPatient, compiled
from avn_aid.model.runtime import Caveat, Pathway


def both_hips_changes(old: Pathway, new: Pathway) -> list[str]:
    """Readable lines: each both-hips caveat whose counting hips differ between versions."""
    ages = age_edges(old, new)
    lines = []
    ids = [c.id for p in (old, new) for c in p.caveats if c.affected_hips == "both"]
    for caveat_id in dict.fromkeys(ids):
        answers = answer_pairs(old, new)
        before = _counting(old, caveat_id, ages, answers)
        after = _counting(new, caveat_id, ages, answers)
        if before == after:
            continue
        lines.append(f"caveat {caveat_id} (both hips affected):")
        for words, hips in (
            ("now also counts", after - before),
            ("no longer counts", before - after),
        ):
            if hips:
                lines.append(f"  {words} a hip at: " + "; ".join(_describe(hips, ages)))
    return lines


def _caveat(pathway: Pathway, caveat_id: str) -> Caveat | None:
    return next(
        (c for c in pathway.caveats if c.id == caveat_id and c.affected_hips == "both"), None
    )


def _counting(
    pathway: Pathway, caveat_id: str, ages: list[int], answers: list[tuple[str, str]]
) -> set[tuple[str, str, int]]:
    """(stage, collapse, age edge) of the hips that count for the caveat, for some risk
    factors and answers to the optional questions, without contraindications."""
    caveat = _caveat(pathway, caveat_id)
    if caveat is None:
        return set()
    engine = compiled(pathway)
    index = [c.id for c in pathway.caveats].index(caveat_id)
    scope = pathway.metadata.scope
    found = set()
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if pathway.staging.impossible_rule(stage, col) is not None:
                continue
            for age in ages:
                if not scope.min_age <= age <= scope.max_age:
                    continue
                for rf in range(1 << len(pathway.risk_factors)):
                    if any(
                        index in engine.caveats_for_both_hips(hip, (statuses, statuses))
                        for hip in (
                            CompiledPatient(stage, col, age, 0, rf, symptoms, fcc)
                            for symptoms, fcc in answers
                        )
                        for statuses in (engine.decide(hip).statuses,)
                    ):
                        found.add((stage, col, age))
                        break
    return found


def _describe(hips: set[tuple[str, str, int]], ages: list[int]) -> list[str]:
    by_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    for stage, col, age in sorted(hips):
        by_place[(stage, col)].append(age)
    words = []
    for (stage, col), edges in by_place.items():
        merged: list[tuple[int, int | None]] = []
        for low, high in (age_band(a, ages) for a in sorted(edges)):
            if merged and merged[-1][1] is not None and merged[-1][1] + 1 == low:
                merged[-1] = (merged[-1][0], high)
            else:
                merged.append((low, high))
        spans = ", ".join(f"age {lo}+" if hi is None else f"age {lo}-{hi}" for lo, hi in merged)
        words.append(f"stage {stage}, collapse {col}, {spans}")
    return words
