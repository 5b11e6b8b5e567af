"""Clinical properties the default pathway must keep for every patient (issue 9).

Walked over the whole decision space (every stage, collapse, age band, contraindication
set and risk-factor set, and each answer to the optional questions), not a sample.
"""

from __future__ import annotations

import pytest

from avn_aid.authoring.space import age_edges, answer_pairs
from avn_aid.engine.compiled_records import CompiledPatient
from avn_aid.engine.evaluate import compiled
from avn_aid.model.status import Status


@pytest.fixture(scope="module")
def walked(default_document):
    """Every consistent in-scope patient with every contraindication set, exhaustively."""
    pathway = default_document.pathway
    engine = compiled(pathway)
    scope = pathway.metadata.scope
    ages = [a for a in age_edges(pathway) if scope.min_age <= a <= scope.max_age]
    points = []
    for stage in (s.id for s in pathway.staging.stages):
        for col in (c.id for c in pathway.staging.collapse):
            if pathway.staging.impossible_rule(stage, col) is not None:
                continue
            for age in ages:
                for rf in range(1 << len(pathway.risk_factors)):
                    for symptoms, fcc in answer_pairs(pathway):
                        base = engine.by_rules(
                            CompiledPatient(stage, col, age, 0, rf, symptoms, fcc)
                        )
                        for ci in range(1 << len(pathway.contraindications)):
                            patient = CompiledPatient(stage, col, age, ci, rf, symptoms, fcc)
                            points.append((patient, engine.finish(base, patient)))
    return engine, points


def test_no_dead_ends(walked):
    """Every consistent in-scope patient, under every contraindication set, has at least
    one option that is recommended or to consider."""
    _engine, points = walked
    dead = [p for p, d in points if not any(s.is_offered for s in d.statuses)]
    assert dead == [], dead[:3]
    # 147,456 combinations times the 2 x 2 groups of answers the rules tell apart
    # (symptoms no / yes or not asked; the same for failed conservative care).
    assert len(points) == 147_456 * 4


def test_non_operative_care_is_always_an_honest_option(walked):
    engine, points = walked
    index = engine.option_index["observation"]
    assert {d.statuses[index] for _, d in points} == {Status.CONSIDER}


def test_cells_never_rank_above_core_decompression_alone(walked):
    """No source compares them in its own trial, and the cell evidence is one uncontrolled
    study: the cells may not be placed above core decompression alone for anyone."""
    engine, points = walked
    cells = engine.option_index["core_decompression_bmac"]
    alone = engine.option_index["core_decompression"]
    above = [
        p for p, d in points if d.statuses[cells].permissiveness > d.statuses[alone].permissiveness
    ]
    assert above == [], above[:3]


def test_cells_are_never_recommended(walked):
    """'recommended' means the sources agree and it is established care; no source here
    makes cell therapy that."""
    engine, points = walked
    cells = engine.option_index["core_decompression_bmac"]
    assert all(d.statuses[cells] is not Status.RECOMMENDED for _, d in points)


def test_a_crescent_sign_gets_the_same_answer_whatever_its_label(walked):
    """A crescent-sign hip is IIB in this pathway's convention and III in others; the
    label must not change what the patient is told."""
    _engine, points = walked
    by_label = {}
    for point, decision in points:
        if point.collapse == "minimal" and point.stage in ("II", "IIB", "III"):
            key = (point.age, point.ci, point.rf, point.symptoms, point.fcc)
            by_label.setdefault(key, {})[point.stage] = decision.statuses
    assert by_label
    for key, statuses in by_label.items():
        assert len(set(statuses.values())) == 1, (key, statuses)
