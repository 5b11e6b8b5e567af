"""The decision space: every patient the pathway can be asked about, in a few thousand bands.

Ages matter only where a rule or caveat changes its mind, so each age band is
represented by its first year (an "edge"); stages, collapse statuses, contraindications
and risk factors are enumerated in full.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from avn_aid.engine.compiled import CompiledPathway, CompiledPatient, Decision
from avn_aid.errors import UserError
from avn_aid.model.pathway import AgeRange, Pathway


def _age_ranges(node: object) -> Iterator[AgeRange]:
    if isinstance(node, AgeRange):
        yield node
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _age_ranges(item)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _age_ranges(getattr(node, name))


def age_edges(*pathways: Pathway) -> list[int]:
    """First years of every age band in which the answer can differ (scope edges included)."""
    edges: set[int] = set()
    for pathway in pathways:
        scope = pathway.metadata.scope
        edges |= {scope.min_age - 1, scope.min_age, scope.max_age, scope.max_age + 1}
        for age in _age_ranges(pathway):
            if age.min is not None:
                edges.add(age.min)
            if age.max is not None:
                edges.add(age.max + 1)
    return sorted(e for e in edges if e >= 0)


def age_band(age: int, edges: list[int]) -> tuple[int, int | None]:
    """The band [age, next edge - 1] that `age` (an edge) stands for; None = no upper end."""
    later = [e for e in edges if e > age]
    return age, (later[0] - 1 if later else None)


def decisions(
    engine: CompiledPathway, edges: list[int], *, with_contraindications: bool = True
) -> Iterator[tuple[CompiledPatient, Decision]]:
    """Every consistent, in-scope point with the pathway's decision for it.

    The rule part of a decision does not depend on contraindications, so it is computed
    once per (stage, collapse, age, risk factors) and reused for every contraindication set.
    """
    pathway = engine.pathway
    scope = pathway.metadata.scope
    ages = [a for a in edges if scope.min_age <= a <= scope.max_age]
    require_tractable(
        len(pathway.staging.stages),
        len(pathway.staging.collapse),
        len(ages),
        len(pathway.contraindications) if with_contraindications else 0,
        len(pathway.risk_factors),
    )
    ci_masks = range(1 << len(pathway.contraindications)) if with_contraindications else (0,)
    rf_masks = range(1 << len(pathway.risk_factors))
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if pathway.staging.impossible_rule(stage, col) is not None:
                continue
            for age in ages:
                for rf in rf_masks:
                    base = engine.by_rules(CompiledPatient(stage, col, age, 0, rf))
                    for ci in ci_masks:
                        patient = CompiledPatient(stage, col, age, ci, rf)
                        yield patient, engine.finish(base, patient)


# Every patient is enumerated, so the space doubles with each contraindication or risk
# factor: 22 of them took about 13 hours. Past this size the analysis is refused at once
# with the sizes that make it up, instead of holding the program for hours.
MAX_PATIENTS = 500_000


class SpaceTooLargeError(UserError):
    """A pathway whose decision space is too large to enumerate in reasonable time."""


def require_tractable(
    stages: int, collapse: int, ages: int, contraindications: int, risk_factors: int
) -> int:
    """The number of patient combinations to enumerate, or SpaceTooLargeError if too many."""
    modifiers = contraindications + risk_factors
    size = stages * collapse * ages * (1 << min(modifiers, 64))
    if size > MAX_PATIENTS:
        raise SpaceTooLargeError(
            f"the decision space has {size:,} patient combinations ({stages} stages x "
            f"{collapse} collapse statuses x {ages} age bands x 2^{modifiers} sets of "
            f"{contraindications} contraindications and {risk_factors} risk factors); "
            f"avn-aid analyses at most {MAX_PATIENTS:,}. Each contraindication or risk "
            "factor doubles the space: merge or drop some."
        )
    return size
