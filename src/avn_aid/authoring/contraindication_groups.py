"""Contraindication sets at one point grouped by the answers both versions give them."""

from __future__ import annotations

from collections.abc import Callable

from avn_aid.authoring.answer import Answer, change_words
from avn_aid.authoring.space import SpaceTooLargeError
from avn_aid.authoring.version_side import BareView, Side, View
from avn_aid.model.status import Status

_STATUS = {s.permissiveness: s for s in Status}
# Distinct answers one point may reach; an edit a person can read about is far below it.
MAX_STATES = 100_000

State = str | tuple[tuple[int, ...], int]  # an outcome, or (tracked statuses, caveat hits)


class Point:
    """One stage, collapse, age and risk-factor set, seen by both versions."""

    def __init__(self, sides: tuple[Side, Side], views: tuple[View, View]) -> None:
        self.sides = sides
        self.views = views
        old, new = sides
        self.both = isinstance(views[0], BareView) and isinstance(views[1], BareView)
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
        assert isinstance(before, BareView) and isinstance(after, BareView)
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
        if not isinstance(view, BareView):
            return ()
        if self.refusable or not isinstance(other_view, BareView):
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
        if not isinstance(self.views[s], BareView):
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
                view.matches[k] if isinstance(view, BareView) else None
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
        if not isinstance(view, BareView):
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
        assert isinstance(view, BareView)
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
