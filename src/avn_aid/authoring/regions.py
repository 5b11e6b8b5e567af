"""Which patients two pathway versions answer differently, grouped by change and stage."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from avn_aid.authoring.contraindication_groups import Point
from avn_aid.authoring.space import age_edges, answer_classes, require_tractable
from avn_aid.authoring.version_side import Side, View
from avn_aid.engine.inputs import input_messages
from avn_aid.model.patient import Patient
from avn_aid.model.runtime import Pathway


@dataclass
class Region:
    """The changed patients of one kind of change at one stage and collapse status (and
    one group of answers to each optional question, see `Space.symptoms`).

    Sets are bit masks over the union of both versions' ids, in the order `Space` lists.
    """

    stage: str
    collapse: str
    count: int = 0
    ages: set[int] = field(default_factory=set)  # age edges (first years of bands)
    ci_all: int = -1  # contraindications every one of these patients has
    ci_any: int = 0  # contraindications at least one of them has
    rf_all: int = -1
    rf_any: int = 0
    symptoms: set[str] = field(default_factory=set)  # answers among these patients
    fcc: set[str] = field(default_factory=set)  # failed conservative care answers

    def add(
        self,
        age: int,
        count: int,
        ci_all: int,
        ci_any: int,
        rf: int,
        symptoms: tuple[str, ...] = ("unknown",),
        fcc: tuple[str, ...] = ("unknown",),
    ) -> None:
        self.count += count
        self.ages.add(age)
        self.ci_all &= ci_all
        self.ci_any |= ci_any
        self.rf_all &= rf
        self.rf_any |= rf
        self.symptoms.update(symptoms)
        self.fcc.update(fcc)


@dataclass(frozen=True)
class Space:
    """The union of two versions' inputs, in the order the report lists them."""

    stages: list[str]
    collapse: list[str]
    ages: list[int]
    cis: list[str]
    rfs: list[str]
    # Groups of answers to the optional questions that some condition tells apart; a
    # question neither version reads is the one group ("unknown",).
    symptoms: tuple[tuple[str, ...], ...] = (("unknown",),)
    fcc: tuple[tuple[str, ...], ...] = (("unknown",),)

    @classmethod
    def of(cls, old: Pathway, new: Pathway) -> Space:
        def union(a: Sequence[str], b: Sequence[str]) -> list[str]:
            return [*a, *(x for x in b if x not in a)]

        return cls(
            union([s.id for s in old.staging.stages], [s.id for s in new.staging.stages]),
            union([c.id for c in old.staging.collapse], [c.id for c in new.staging.collapse]),
            age_edges(old, new),
            union([c.id for c in old.contraindications], [c.id for c in new.contraindications]),
            union([r.id for r in old.risk_factors], [r.id for r in new.risk_factors]),
            answer_classes("symptoms", old, new),
            answer_classes("failed_conservative_care", old, new),
        )

    def rf_sets(self) -> list[tuple[str, ...]]:
        rfs = self.rfs
        return [s for n in range(len(rfs) + 1) for s in itertools.combinations(rfs, n)]

    def answer_groups(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        return [(s, f) for s in self.symptoms for f in self.fcc]


Changes = dict[tuple[str, ...], list[Region]]


def patient_changes(old: Pathway, new: Pathway) -> tuple[Space, Changes]:
    """Every patient whose answer differs, grouped by what changed, then by stage and collapse.

    Stages, collapse statuses, age bands, risk-factor sets and the groups of answers to the
    optional questions that some condition tells apart (`space.answer_classes`; each group
    walked with its first answer, which both versions treat like the others, and its
    patients counted once per answer combination) are walked one by one; the
    2^n sets of contraindications are not. A contraindication acts on an answer in two ways
    only: it lowers option statuses to its ceilings, and it can trigger caveats. So for one
    stage, collapse, age and risk-factor set, the sets of contraindications are grouped by
    what the answer can still come to depend on - the statuses of the options that may
    differ between the versions (or that a differing caveat waits for) and the caveats that
    may differ - adding one contraindication at a time and merging sets that reach the same
    state. Sets that give the same answer in both versions fall into groups that are
    counted and dropped. The work grows with the number of contraindications times the
    number of distinct states, which is the number of different answers an edit produces,
    not 2^n; tests compare the result with the exhaustive walk on small pathways.
    """
    space = Space.of(old, new)
    answers = space.answer_groups()
    require_tractable(
        len(space.stages),
        len(space.collapse),
        len(space.ages),
        len(space.rfs),
        answers=len(answers),
    )
    sides = (Side(old, space.cis), Side(new, space.cis))
    groups: dict[tuple[str, ...], dict[object, Region]] = {}
    memo: dict[object, list[tuple[tuple[str, ...], int, int, int]]] = {}
    # Points whose two views are equal group their contraindication sets alike.
    by_views: dict[tuple[View, View], list[tuple[tuple[str, ...], int, int, int]]] = {}
    rf_sets = space.rf_sets()
    for stage, col, age in itertools.product(space.stages, space.collapse, space.ages):
        bare = Patient.one_hip(age=age, stage=stage, collapse=col)
        outcomes = [input_messages(side.pathway, bare)[0] for side in sides]
        for rf_set in rf_sets:
            rf_mask = sum(1 << space.rfs.index(r) for r in rf_set)
            # Where no condition that reads the optional questions can hold, every group
            # of answers gets the same views: work them out once.
            asks = any(side.reads_answers(stage, col, age, rf_set) for side in sides)
            views: tuple[View, View] | None = None
            for symptoms, fcc in answers:
                if views is None or asks:
                    asked = (symptoms[0], fcc[0])
                    views = (
                        sides[0].view(outcomes[0], stage, col, age, rf_set, *asked),
                        sides[1].view(outcomes[1], stage, col, age, rf_set, *asked),
                    )
                classes = by_views.get(views)
                if classes is None:
                    key, classes_of = Point(sides, views).plan()
                    classes = memo.get(key)
                    if classes is None:
                        classes = memo[key] = classes_of()
                    by_views[views] = classes
                _add(groups, classes, stage, col, age, rf_mask, symptoms, fcc)
    return space, {words: list(places.values()) for words, places in groups.items()}


def _add(
    groups: dict[tuple[str, ...], dict[object, Region]],
    classes: list[tuple[tuple[str, ...], int, int, int]],
    stage: str,
    col: str,
    age: int,
    rf_mask: int,
    symptoms: tuple[str, ...],
    fcc: tuple[str, ...],
) -> None:
    """Count one point's changed contraindication sets, each set standing for every
    combination of the answers in its groups."""
    weight = len(symptoms) * len(fcc)
    for words, count, ci_all, ci_any in classes:
        places = groups.setdefault(words, {})
        region = places.get((stage, col, symptoms, fcc))
        if region is None:
            region = places[(stage, col, symptoms, fcc)] = Region(stage, col)
        region.add(age, count * weight, ci_all, ci_any, rf_mask, symptoms, fcc)
