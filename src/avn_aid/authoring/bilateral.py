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
from avn_aid.engine.compiled import compiled
from avn_aid.engine.compiled_records import CompiledPatient
from avn_aid.model.runtime import Pathway


def both_hips_changes(old: Pathway, new: Pathway) -> list[str]:
    """Readable lines: each both-hips caveat whose counting hips differ between versions."""
    ages = age_edges(old, new)
    answers = answer_pairs(old, new)
    ids = [c.id for p in (old, new) for c in p.caveats if c.affected_hips == "both"]
    if not ids:
        return []
    before = _counting(old, ages, answers)
    after = _counting(new, ages, answers)
    lines = []
    for caveat_id in dict.fromkeys(ids):
        was, now = before.get(caveat_id, set()), after.get(caveat_id, set())
        if was == now:
            continue
        lines.append(f"caveat {caveat_id} (both hips affected):")
        for words, hips in (
            ("now also counts", now - was),
            ("no longer counts", was - now),
        ):
            if hips:
                lines.append(f"  {words} a hip at: " + "; ".join(_describe(hips, ages)))
    return lines


def _counting(
    pathway: Pathway, ages: list[int], answers: list[tuple[str, str]]
) -> dict[str, set[tuple[str, str, int]]]:
    """Per both-hips caveat: (stage, collapse, age edge) of the hips that count for it, for
    some risk factors and answers to the optional questions, without contraindications.
    One walk for every caveat, each hip decided once."""
    engine = compiled(pathway)
    caveats = {c.index: pathway.caveats[c.index].id for c in engine.both_hips_caveats}
    found: dict[str, set[tuple[str, str, int]]] = {
        caveat_id: set() for caveat_id in caveats.values()
    }
    scope = pathway.metadata.scope
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if pathway.staging.impossible_rule(stage, col) is not None:
                continue
            for age in ages:
                if not scope.min_age <= age <= scope.max_age:
                    continue
                for rf in range(1 << len(pathway.risk_factors)):
                    for symptoms, fcc in answers:
                        hip = CompiledPatient(stage, col, age, 0, rf, symptoms, fcc)
                        statuses = engine.decide(hip).statuses
                        for index in engine.caveats_for_both_hips(hip, (statuses, statuses)):
                            found[caveats[index]].add((stage, col, age))
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
