"""The clinical cases in pathways/avn-hip.tests.yaml, one test each."""

from __future__ import annotations

import pytest

from avn_aid.engine import evaluate
from avn_aid.loading.cases import load_cases
from avn_aid.model.cases import Case
from avn_aid.resources import cases_file_for, default_pathway

CASES = load_cases(cases_file_for(default_pathway()))[0].cases


def test_case_file_is_not_empty():
    """A parametrized test over zero cases checks nothing."""
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, default_document):
    result = evaluate(default_document, case.patient)
    assert result.outcome == case.expect.outcome, [m.text for m in result.messages]
    for option_id, status in case.expect.statuses.items():
        assert result.option(option_id).status == status, result.option(option_id).reasons
    caveats = {c.id for c in result.caveats}
    assert set(case.expect.caveats_include) <= caveats
    assert not set(case.expect.caveats_exclude) & caveats
    fields = {m.field for m in result.messages}
    assert set(case.expect.message_fields) <= fields
    for side, expected in case.expect.hips.items():
        hip = result.hip(side)
        for option_id, status in expected.statuses.items():
            assert hip.option(option_id).status == status, (side, hip.option(option_id).reasons)
        caveats = {c.id for c in hip.caveats}
        assert set(expected.caveats_include) <= caveats, side
        assert not set(expected.caveats_exclude) & caveats, side


def test_cases_describe_patients_with_both_hips():
    both = [c for c in CASES if c.patient.both_hips]
    assert len(both) >= 6
    assert {c.expect.outcome for c in both} == {"ok", "invalid_input", "out_of_scope"}
    assert any(h.contraindications for c in both for h in c.patient.hips)


def test_cases_cover_every_stage_collapse_contraindication_and_risk_factor(default_document):
    pathway = default_document.pathway
    # Each hip of a two-hip case counts as the one-hip patient it is evaluated as.
    singles = [c.patient.single_hip(i) for c in CASES for i in range(len(c.patient.hips))]
    assert {p.stage for p in singles} >= {s.id for s in pathway.staging.stages}
    assert {p.collapse for p in singles} >= {c.id for c in pathway.staging.collapse}
    assert {ci for p in singles for ci in p.contraindications} >= {
        c.id for c in pathway.contraindications
    }
    assert {rf for p in singles for rf in p.risk_factors} >= {r.id for r in pathway.risk_factors}
    impossible = {
        (s, c) for rule in pathway.staging.impossible for s in rule.stages for c in rule.collapse
    }
    assert {(p.stage, p.collapse) for p in singles} >= impossible
