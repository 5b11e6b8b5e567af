"""A patient reads only the figures that were counted in patients like them (`applies_to`).

Review 2 (G1) found the v2 handout printing every figure of an option to every patient: a
stage IV patient read "68 in 100 had not collapsed" from painless, uncollapsed hips as the
success of not operating. These checks read the real PDF, not the engine's lists.
"""

from __future__ import annotations

import re

import pytest

from avn_aid.engine import Patient, evaluate
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from tests.handout.conftest import DATE, pages_text

PATIENTS = {
    "stage-iv": dict(age=58, stage="IV", collapse="advanced", symptoms="yes"),
    "painful-iia": dict(
        age=42, stage="IIA", collapse="none", symptoms="yes", failed_conservative_care="yes"
    ),
    "stage-i": dict(age=35, stage="I", collapse="none"),
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("-\n", "")).strip()


def _hidden_and_shown(result) -> tuple[set[str], set[str]]:
    hidden, shown = set(), set()
    for found in result.options:
        for outcome in found.facts.outcomes:
            (shown if outcome.id in found.outcomes else hidden).add(_flat(outcome.population))
    return hidden - shown, shown


@pytest.mark.parametrize("name", PATIENTS)
def test_figures_from_patients_unlike_this_one_are_not_printed(default_document, name):
    result = evaluate(default_document, Patient(**PATIENTS[name]))
    hidden, _ = _hidden_and_shown(result)
    pdf = make_handout_pdf(result, Consultation(date=DATE, side="left"))
    text = _flat(" ".join(pages_text(pdf)))
    printed = [population for population in hidden if population in text]
    assert not printed


def test_the_check_above_has_something_to_find(default_document):
    # Without hidden figures the check could not fail: the stage IV patient must have some.
    result = evaluate(default_document, Patient(**PATIENTS["stage-iv"]))
    hidden, _ = _hidden_and_shown(result)
    assert hidden


def test_a_patient_is_told_when_figures_were_left_out(default_document):
    result = evaluate(default_document, Patient(**PATIENTS["stage-iv"]))
    pdf = make_handout_pdf(result, Consultation(date=DATE, side="left"))
    assert "patients unlike you" in _flat(" ".join(pages_text(pdf)))
