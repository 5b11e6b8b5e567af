"""The decision space: every patient the pathway can be asked about, in a few thousand bands.

Ages matter only where a rule or caveat changes its mind, so each age band is
represented by its first year (an "edge"); stages, collapse statuses, contraindications
and risk factors are enumerated in full.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from avn_aid.engine.compiled import CompiledPathway, Decision
from avn_aid.model.pathway import AgeRange, Pathway


@dataclass(frozen=True, slots=True)
class Point:
    stage: str
    collapse: str
    age: int
    ci: int  # contraindication bit mask (bit i = pathway.contraindications[i])
    rf: int  # risk factor bit mask


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


def mask_names(mask: int, ids: list[str]) -> tuple[str, ...]:
    return tuple(item for i, item in enumerate(ids) if mask >> i & 1)


def points(
    pathway: Pathway,
    edges: list[int] | None = None,
    *,
    with_contraindications: bool = True,
    stages: list[str] | None = None,
    collapse: list[str] | None = None,
) -> Iterator[Point]:
    """Every point of the space (consistent or not; the caller filters)."""
    stage_ids = stages or [s.id for s in pathway.staging.stages]
    collapse_ids = collapse or [c.id for c in pathway.staging.collapse]
    ages = edges if edges is not None else age_edges(pathway)
    ci_masks = range(1 << len(pathway.contraindications)) if with_contraindications else (0,)
    rf_masks = range(1 << len(pathway.risk_factors))
    for stage, col, age in itertools.product(stage_ids, collapse_ids, ages):
        for ci in ci_masks:
            for rf in rf_masks:
                yield Point(stage, col, age, ci, rf)


def decisions(
    engine: CompiledPathway, edges: list[int], *, with_contraindications: bool = True
) -> Iterator[tuple[Point, Decision]]:
    """Every consistent, in-scope point with the pathway's decision for it.

    The rule part of a decision does not depend on contraindications, so it is computed
    once per (stage, collapse, age, risk factors) and reused for every contraindication set.
    """
    pathway = engine.pathway
    scope = pathway.metadata.scope
    ages = [a for a in edges if scope.min_age <= a <= scope.max_age]
    ci_masks = range(1 << len(pathway.contraindications)) if with_contraindications else (0,)
    rf_masks = range(1 << len(pathway.risk_factors))
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if engine.is_impossible(stage, col):
                continue
            for age in ages:
                for rf in rf_masks:
                    base = engine.by_rules(stage, col, age, rf)
                    for ci in ci_masks:
                        yield (
                            Point(stage, col, age, ci, rf),
                            engine.finish(base, stage, col, age, ci, rf),
                        )
