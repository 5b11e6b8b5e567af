"""Which patients two pathway versions answer differently, without listing every patient.

Stages, collapse statuses, age bands and risk-factor sets are walked one by one; the
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

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from avn_aid.authoring.space import (
    SpaceTooLargeError,
    age_edges,
    answer_pairs,
    require_tractable,
)
from avn_aid.engine.compiled import CompiledPathway, CompiledPatient, compiled
from avn_aid.engine.inputs import input_messages
from avn_aid.errors import UserError
from avn_aid.model.pathway import Pathway
from avn_aid.model.patient import Patient
from avn_aid.model.status import Status

_STATUS = {s.permissiveness: s for s in Status}
# Distinct answers one point may reach; an edit a person can read about is far below it.
MAX_STATES = 100_000


@dataclass(frozen=True)
class Answer:
    """What a version says for a patient, as `diff` compares it."""

    outcome: str
    statuses: tuple[tuple[str, str], ...]  # (option id, status)
    caveats: frozenset[str]


def change_words(old: Answer, new: Answer) -> tuple[str, ...]:
    """What changed between two answers, in words; empty when they are equal."""
    words = []
    if old.outcome != new.outcome:
        words.append(f"outcome {old.outcome} -> {new.outcome}")
    before, after = dict(old.statuses), dict(new.statuses)
    for option_id in list(before) + [o for o in after if o not in before]:
        a, b = before.get(option_id), after.get(option_id)
        if a != b and old.outcome == new.outcome == "ok":
            words.append(f"{option_id} {a or 'absent'} -> {b or 'absent'}")
    for caveat in sorted(new.caveats - old.caveats):
        words.append(f"caveat {caveat} added")
    for caveat in sorted(old.caveats - new.caveats):
        words.append(f"caveat {caveat} removed")
    return tuple(words)


@dataclass
class Region:
    """The changed patients of one kind of change at one stage and collapse status.

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

    def add(self, age: int, count: int, ci_all: int, ci_any: int, rf: int) -> None:
        self.count += count
        self.ages.add(age)
        self.ci_all &= ci_all
        self.ci_any |= ci_any
        self.rf_all &= rf
        self.rf_any |= rf


@dataclass(frozen=True)
class Space:
    """The union of two versions' inputs, in the order the report lists them."""

    stages: list[str]
    collapse: list[str]
    ages: list[int]
    cis: list[str]
    rfs: list[str]

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
        )

    def rf_sets(self) -> list[tuple[str, ...]]:
        rfs = self.rfs
        return [s for n in range(len(rfs) + 1) for s in itertools.combinations(rfs, n)]


Changes = dict[tuple[str, ...], list[Region]]


class OptionalQuestionsError(UserError):
    """diff of pathways whose conditions test the optional questions (not supported yet)."""


def patient_changes(old: Pathway, new: Pathway) -> tuple[Space, Changes]:
    """Every patient whose answer differs, grouped by what changed, then by stage and collapse."""
    if answer_pairs(old, new) != [("unknown", "unknown")]:
        # The grouping below compares patients who were not asked the optional questions;
        # refuse rather than miss the changes for those who answered them.
        raise OptionalQuestionsError(
            "diff cannot yet compare pathways whose rules or caveats test symptoms or "
            "failed_conservative_care; compare with the test cases (avn-aid check) instead"
        )
    space = Space.of(old, new)
    require_tractable(len(space.stages), len(space.collapse), len(space.ages), len(space.rfs))
    sides = (_Side(old, space), _Side(new, space))
    groups: dict[tuple[str, ...], dict[tuple[str, str], Region]] = {}
    memo: dict[object, list[tuple[tuple[str, ...], int, int, int]]] = {}
    rf_sets = space.rf_sets()
    for stage, col, age in itertools.product(space.stages, space.collapse, space.ages):
        bare = Patient.one_hip(age=age, stage=stage, collapse=col)
        outcomes = [input_messages(side.pathway, bare)[0] for side in sides]
        for rf_set in rf_sets:
            rf_mask = sum(1 << space.rfs.index(r) for r in rf_set)
            views = (
                sides[0].view(outcomes[0], stage, col, age, rf_set),
                sides[1].view(outcomes[1], stage, col, age, rf_set),
            )
            key, classes_of = _Point(sides, views).plan()
            classes = memo.get(key)
            if classes is None:
                classes = memo[key] = classes_of()
            for words, count, ci_all, ci_any in classes:
                places = groups.setdefault(words, {})
                region = places.get((stage, col))
                if region is None:
                    region = places[(stage, col)] = Region(stage, col)
                region.add(age, count, ci_all, ci_any, rf_mask)
    return space, {words: list(places.values()) for words, places in groups.items()}


class _View(NamedTuple):
    """One version at one point with no contraindications: statuses and caveat conditions."""

    perms: tuple[int, ...]  # permissiveness per option, rules and risk factors applied
    matches: tuple[bool, ...]  # per caveat: its condition, contraindications aside, holds


View = str | _View  # a str is an outcome that no contraindication can change


class _Side:
    """One version, indexed by the union of both versions' contraindications."""

    def __init__(self, pathway: Pathway, space: Space) -> None:
        self.pathway = pathway
        self.engine: CompiledPathway = compiled(pathway)
        self.option_ids = [o.id for o in pathway.options]
        self.caveat_ids = [c.id for c in pathway.caveats]
        self.known_rf = {r.id for r in pathway.risk_factors}
        known_ci = {c.id for c in pathway.contraindications}
        self.ci_known = [c in known_ci for c in space.cis]
        # Per union contraindication: the lowest ceiling it sets on each option index.
        self.ceilings: list[dict[int, int]] = []
        by_id = {c.id: c for c in pathway.contraindications}
        for ci_id in space.cis:
            lowest: dict[int, int] = {}
            for effect in by_id[ci_id].effects if ci_id in by_id else ():
                for option_id in effect.options:
                    index = self.option_ids.index(option_id)
                    lowest[index] = min(effect.ceiling.permissiveness, lowest.get(index, 9))
            self.ceilings.append(lowest)
        # Per caveat: union indices of the contraindications it needs one of, or None.
        self.caveat_cis = [
            None
            if c.when.contraindications_any is None
            else frozenset(space.cis.index(i) for i in c.when.contraindications_any)
            for c in pathway.caveats
        ]
        self.caveat_options = [
            None if c.options is None else frozenset(self.option_ids.index(o) for o in c.options)
            for c in pathway.caveats
        ]

    def view(self, outcome: str, stage: str, col: str, age: int, rf_set: tuple[str, ...]) -> View:
        if outcome != "ok":
            return outcome
        if not self.known_rf.issuperset(rf_set):
            return "invalid_input"  # a risk factor this version does not define
        engine = self.engine
        rf = 0
        for r in rf_set:
            rf |= engine.rf_bits[r]
        patient = CompiledPatient(stage, col, age, 0, rf)
        decision = engine.finish(engine.by_rules(patient), patient)
        return _View(
            tuple(s.permissiveness for s in decision.statuses),
            tuple(
                # Caveats for both hips never apply to a one-hip patient (see bilateral.py).
                c.affected_hips != "both"
                and c.condition.matches(
                    CompiledPatient(stage, col, age, c.condition.ci_mask or 0, rf)
                )
                for c in engine.caveats
            ),
        )


State = str | tuple[tuple[int, ...], int]  # an outcome, or (tracked statuses, caveat hits)


class _Point:
    """One stage, collapse, age and risk-factor set, seen by both versions."""

    def __init__(self, sides: tuple[_Side, _Side], views: tuple[View, View]) -> None:
        self.sides = sides
        self.views = views
        old, new = sides
        self.both = isinstance(views[0], _View) and isinstance(views[1], _View)
        # When one version can refuse a contraindication the other knows, every caveat
        # of the other can turn into a difference; otherwise only those that may differ.
        self.refusable = not (all(old.ci_known) and all(new.ci_known))
        self.diffable = self._diffable() if self.both else ()
        self.relevant = (self._relevant(0), self._relevant(1))
        self.tracked = (self._tracked(0), self._tracked(1))

    def _diffable(self) -> tuple[str, ...]:
        """Options whose status may differ between the versions for some contraindications."""
        old, new = self.sides
        before, after = self.views
        assert isinstance(before, _View) and isinstance(after, _View)
        found = []
        for option_id in [*old.option_ids, *(o for o in new.option_ids if o not in old.option_ids)]:
            if option_id not in old.option_ids or option_id not in new.option_ids:
                found.append(option_id)
                continue
            i, j = old.option_ids.index(option_id), new.option_ids.index(option_id)
            if before.perms[i] != after.perms[j] or any(
                old.ci_known[c] and new.ci_known[c] and old.ceilings[c].get(i) != ceilings.get(j)
                for c, ceilings in enumerate(new.ceilings)
            ):
                found.append(option_id)
        return tuple(found)

    def _relevant(self, s: int) -> tuple[int, ...]:
        """Caveats of version s that may apply differently from the other version."""
        side, other = self.sides[s], self.sides[1 - s]
        view, other_view = self.views[s], self.views[1 - s]
        if not isinstance(view, _View):
            return ()
        if self.refusable or not isinstance(other_view, _View):
            return tuple(range(len(side.caveat_ids)))
        found = []
        for k, caveat_id in enumerate(side.caveat_ids):
            if caveat_id not in other.caveat_ids:
                found.append(k)
                continue
            k2 = other.caveat_ids.index(caveat_id)
            mine, theirs = side.caveat_options[k], other.caveat_options[k2]
            same = (
                view.matches[k] == other_view.matches[k2]
                and side.caveat_cis[k] == other.caveat_cis[k2]
                and (mine is None) == (theirs is None)
                and (
                    mine is None
                    or theirs is None
                    or (
                        {side.option_ids[o] for o in mine} == {other.option_ids[o] for o in theirs}
                        and not any(side.option_ids[o] in self.diffable for o in mine)
                    )
                )
            )
            if not same:
                found.append(k)
        return tuple(found)

    def _tracked(self, s: int) -> tuple[int, ...]:
        """Option indices whose status version s must follow."""
        side = self.sides[s]
        if not isinstance(self.views[s], _View):
            return ()
        indices = {side.option_ids.index(o) for o in self.diffable if o in side.option_ids}
        for k in self.relevant[s]:
            indices |= side.caveat_options[k] or frozenset()
        return tuple(sorted(indices))

    def plan(self) -> tuple[object, Callable[[], list[tuple[tuple[str, ...], int, int, int]]]]:
        """A key equal for points that group alike, and the grouping itself."""
        key = (
            tuple(self._start(s) for s in (0, 1)),
            tuple(
                view.matches[k] if isinstance(view, _View) else None
                for view, relevant in zip(self.views, self.relevant, strict=True)
                for k in relevant
            ),
            self.diffable,
            self.relevant,
            self.tracked,
        )
        return key, self._classes

    def _start(self, s: int) -> State:
        view = self.views[s]
        if not isinstance(view, _View):
            return view
        return tuple(view.perms[i] for i in self.tracked[s]), 0

    def _classes(self) -> list[tuple[tuple[str, ...], int, int, int]]:
        """(change words, how many sets, contraindications all have, any has) per change."""
        # state -> (number of sets, intersection of the sets, union of the sets)
        states: dict[tuple[State, State], tuple[int, int, int]] = {
            (self._start(0), self._start(1)): (1, 0, 0)
        }
        positions = [{index: p for p, index in enumerate(t)} for t in self.tracked]
        for c in range(len(self.sides[0].ci_known)):
            bit = 1 << c
            steps = [self._step(s, c, positions[s]) for s in (0, 1)]
            grown: dict[tuple[State, State], tuple[int, int, int]] = {}
            for state, (count, every, some) in states.items():
                _merge(grown, state, count, every, some)
                moved = (steps[0](state[0]), steps[1](state[1]))
                _merge(grown, moved, count, every | bit, some | bit)
            states = grown
            if len(states) > MAX_STATES:
                raise SpaceTooLargeError(
                    f"the two versions differ in more than {MAX_STATES:,} ways for one "
                    "stage, collapse, age and set of risk factors; compare smaller edits"
                )
        classes = []
        for (before, after), (count, every, some) in states.items():
            answers = self._answer(0, before), self._answer(1, after)
            if answers[0] != answers[1]:
                classes.append((change_words(*answers), count, every, some))
        return classes

    def _step(self, s: int, c: int, position: dict[int, int]) -> Callable[[State], State]:
        """What adding contraindication c does to version s's state."""
        side = self.sides[s]
        if not side.ci_known[c]:
            return lambda state: state if isinstance(state, str) else "invalid_input"
        lows = [(position[i], ceiling) for i, ceiling in side.ceilings[c].items() if i in position]
        hits = 0
        for r, k in enumerate(self.relevant[s]):
            needs = side.caveat_cis[k]
            if needs is not None and c in needs:
                hits |= 1 << r

        def step(state: State) -> State:
            if isinstance(state, str):
                return state
            perms, seen = state
            if lows:
                lowered = list(perms)
                for p, ceiling in lows:
                    if ceiling < lowered[p]:
                        lowered[p] = ceiling
                perms = tuple(lowered)
            return perms, seen | hits

        return step

    def _answer(self, s: int, state: State) -> Answer:
        """The version's answer, reduced to what may differ (the rest is equal anyway)."""
        if isinstance(state, str):
            return Answer(state, (), frozenset())
        side, view = self.sides[s], self.views[s]
        assert isinstance(view, _View)
        perms, seen = state
        status = dict(zip(self.tracked[s], perms, strict=True))
        statuses = tuple(
            (option_id, _STATUS[status[i]].value)
            for i, option_id in enumerate(side.option_ids)
            if option_id in self.diffable
        )
        caveats = frozenset(
            side.caveat_ids[k]
            for r, k in enumerate(self.relevant[s])
            if view.matches[k]
            and (side.caveat_cis[k] is None or seen >> r & 1)
            and (
                (options := side.caveat_options[k]) is None
                or any(status[o] >= Status.CONSIDER.permissiveness for o in options)
            )
        )
        return Answer("ok", statuses, caveats)


def _merge(
    states: dict[tuple[State, State], tuple[int, int, int]],
    state: tuple[State, State],
    count: int,
    every: int,
    some: int,
) -> None:
    found = states.get(state)
    if found is None:
        states[state] = (count, every, some)
    else:
        states[state] = (found[0] + count, found[1] & every, found[2] | some)
