"""One pathway version as `diff` reads it, indexed by both versions' contraindications."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from avn_aid.engine.compiled import CompiledPathway, compiled
from avn_aid.engine.compiled_records import CompiledPatient
from avn_aid.model.runtime import Pathway


class BareView(NamedTuple):
    """One version at one point with no contraindications: statuses and caveat conditions."""

    perms: tuple[int, ...]  # permissiveness per option, rules and risk factors applied
    matches: tuple[bool, ...]  # per caveat: its condition, contraindications aside, holds


View = str | BareView  # a str is an outcome that no contraindication can change


class Side:
    """One version, indexed by the union of both versions' contraindications."""

    def __init__(self, pathway: Pathway, cis: list[str]) -> None:
        self.pathway = pathway
        self.engine: CompiledPathway = compiled(pathway)
        self.option_ids = [o.id for o in pathway.options]
        self.caveat_ids = [c.id for c in pathway.caveats]
        self.known_rf = {r.id for r in pathway.risk_factors}
        known_ci = {c.id for c in pathway.contraindications}
        self.ci_known = [c in known_ci for c in cis]
        # Per union contraindication: the lowest ceiling it sets on each option index.
        self.ceilings: list[dict[int, int]] = []
        by_id = {c.id: c for c in pathway.contraindications}
        for ci_id in cis:
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
            else frozenset(cis.index(i) for i in c.when.contraindications_any)
            for c in pathway.caveats
        ]
        # Rule and caveat conditions that read the optional questions, with those parts and
        # the contraindications left out: where none of them holds, the answers cannot
        # change this version's view (a caveat may wait for any contraindication).
        engine = self.engine
        self._answer_conditions = [
            replace(c, symptoms=None, fcc=None, ci_mask=None)
            for c in (
                *(r.condition for o in engine.options for r in o.rules),
                *(c.condition for c in engine.caveats),
            )
            if c.symptoms is not None or c.fcc is not None
        ]
        self.caveat_options = [
            None if c.options is None else frozenset(self.option_ids.index(o) for o in c.options)
            for c in pathway.caveats
        ]

    def reads_answers(self, stage: str, col: str, age: int, rf_set: tuple[str, ...]) -> bool:
        """Whether some condition that reads the optional questions may hold at this point
        (contraindications aside), so that the answers may change the view."""
        if not self._answer_conditions or not self.known_rf.issuperset(rf_set):
            return False
        rf = 0
        for r in rf_set:
            rf |= self.engine.rf_bits[r]
        patient = CompiledPatient(stage, col, age, 0, rf)
        return any(c.matches(patient) for c in self._answer_conditions)

    def view(
        self,
        outcome: str,
        stage: str,
        col: str,
        age: int,
        rf_set: tuple[str, ...],
        symptoms: str = "unknown",
        fcc: str = "unknown",
    ) -> View:
        """The version at one point without contraindications; `symptoms` and `fcc` are
        the answers (yes, no, unknown) to the optional questions."""
        if outcome != "ok":
            return outcome
        if not self.known_rf.issuperset(rf_set):
            return "invalid_input"  # a risk factor this version does not define
        engine = self.engine
        rf = 0
        for r in rf_set:
            rf |= engine.rf_bits[r]
        patient = CompiledPatient(stage, col, age, 0, rf, symptoms, fcc)
        perms = list(engine.by_rules(patient).permissions)
        if rf:  # the risk factors' ceilings, as `finish` applies them (no contraindications)
            for bit, kind, _ref, index, ceiling in engine.ceilings:
                if kind == "rf" and rf & bit and ceiling < perms[index]:
                    perms[index] = ceiling
        # A caveat's condition, contraindications aside: the patient has every one of them.
        every_ci = CompiledPatient(stage, col, age, -1, rf, symptoms, fcc)
        return BareView(
            tuple(perms),
            tuple(
                # Caveats for both hips never apply to a one-hip patient (see bilateral.py).
                c.affected_hips != "both" and c.condition.matches(every_ci)
                for c in engine.caveats
            ),
        )
