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


def test_cases_cover_every_stage_collapse_contraindication_and_risk_factor(default_document):
    pathway = default_document.pathway
    assert {c.patient.stage for c in CASES} >= {s.id for s in pathway.staging.stages}
    assert {c.patient.collapse for c in CASES} >= {c.id for c in pathway.staging.collapse}
    assert {ci for c in CASES for ci in c.patient.contraindications} >= {
        c.id for c in pathway.contraindications
    }
    assert {rf for c in CASES for rf in c.patient.risk_factors} >= {
        r.id for r in pathway.risk_factors
    }
    impossible = {
        (s, c) for rule in pathway.staging.impossible for s in rule.stages for c in rule.collapse
    }
    assert {(c.patient.stage, c.patient.collapse) for c in CASES} >= impossible
