"""The handout's content as data, before any layout."""

from __future__ import annotations

import pytest

from avn_aid.engine import Patient, evaluate
from avn_aid.errors import InputError
from avn_aid.handout.content import Consultation, build_handout, patient_text
from avn_aid.handout.readability import flesch_kincaid_grade
from avn_aid.handout.wording import (
    natural_frequency,
    outcome_sentence,
    outcome_short,
    people_count,
)
from tests.handout.conftest import DATE


def test_every_option_has_a_column_and_no_surgery_is_first(default_document, typical_result):
    handout = build_handout(typical_result, Consultation(date=DATE))
    assert handout.option_names[0] == "No surgery for now (non-operative care)"
    assert len(handout.option_names) == len(default_document.pathway.options)
    assert all(len(row.answers) == len(handout.option_names) for row in handout.grid)


def test_benefits_and_harms_get_equal_room(default_document, typical_result):
    handout = build_handout(typical_result, Consultation(date=DATE))
    rows = {row.question: row for row in handout.grid}
    for benefit, harm in zip(
        rows["Main benefits"].answers, rows["Main risks and downsides"].answers, strict=True
    ):
        assert benefit.count("[") <= 3 and harm.count("[") <= 3


def test_details_only_for_options_offered(default_document, typical_result):
    handout = build_handout(typical_result, Consultation(date=DATE))
    offered = [o.id for o in typical_result.options if o.status.is_offered]
    assert [d.option_id for d in handout.details] == offered
    bmac = next(d for d in handout.details if d.option_id == "core_decompression_bmac")
    assert [p.weeks for p in bmac.phases] == [
        "Up to week 2",
        "Weeks 3 to 6",
        "Weeks 7 to 12",
        "From week 13",
    ]
    assert bmac.visits[0].when == "2 weeks" and bmac.visits[-1].imaging.endswith("MRI")
    # Preparation steps follow the patient's risk factors.
    assert any("NSAIDs" in step for step in bmac.before) and any(
        "smoking" in step for step in bmac.before
    )


def test_preparation_skips_steps_for_absent_risk_factors(default_document):
    result = evaluate(default_document, Patient(age=40, stage="I", collapse="none"))
    handout = build_handout(result, Consultation(date=DATE))
    steps = [s for d in handout.details for s in d.before]
    assert steps and not any("NSAIDs" in s or "smoking" in s for s in steps)


def test_numbers_are_natural_frequencies_without_invented_denominators(default_document):
    bmac = default_document.pathway.option("core_decompression_bmac")
    survival = next(o for o in bmac.outcomes if o.id == "hip-survival")
    # One base (x in 100) and both framings.
    assert outcome_short(survival).startswith(
        "About 90 in 100 kept their own hip (no hip replacement); about 10 in 100 needed a hip "
        "replacement after up to 18 months"
    )
    assert "does not say whether it counted people or hips" in outcome_short(survival)
    assert "does not say how many were counted" in outcome_short(survival)
    # The study never gives the number of hips, so no count of people or hips is invented.
    assert survival.denominator is None
    assert " of 50" not in outcome_short(survival) and " of 50" not in outcome_sentence(survival)
    assert "does not say how many hips were treated" in outcome_sentence(survival)
    assert "some were followed for less" in outcome_sentence(survival)
    claim = next(o for o in bmac.outcomes if o.id == "promotional-claim")
    assert "claims 80 to 95 in 100" in outcome_short(claim) and "no study" in outcome_short(claim)


def test_frequencies_never_invent_whole_people():
    assert natural_frequency(90) == "90 in 100" and natural_frequency(75) == "75 in 100"
    assert natural_frequency(22.7) == "23 in 100"
    assert people_count(90, 50) == "45 of 50 people"
    assert people_count(75, 50) == "out of 50 people"  # 37.5 people is not a count


def test_refuses_out_of_scope_and_invalid_patients(default_document):
    for patient in (
        Patient(age=12, stage="I", collapse="none"),
        Patient(age=40, stage="IV", collapse="none"),
    ):
        with pytest.raises(InputError, match="no handout"):
            build_handout(evaluate(default_document, patient), Consultation(date=DATE))


def test_consultation_fields_are_checked():
    with pytest.raises(InputError, match="control characters"):
        Consultation(date=DATE, patient_name="Ann\nSmith")
    with pytest.raises(InputError, match="at most 120"):
        Consultation(date=DATE, clinician="x" * 121)


def test_draft_and_governance(default_document, typical_result):
    handout = build_handout(typical_result, Consultation(date=DATE))
    about = dict(handout.about)
    assert handout.draft
    assert about["File fingerprint"] == f"sha256 {default_document.sha256[:12]}"
    assert about["Next review"] == "2027-11-22" and "not yet reviewed" in about["Reviewed by"]


@pytest.mark.parametrize(
    ("stage", "collapse"),
    [("I", "none"), ("IIB", "minimal"), ("III", "advanced"), ("IV", "advanced")],
)
def test_reading_grade_is_8_or_below(default_document, stage, collapse):
    patient = Patient(
        age=70,
        stage=stage,
        collapse=collapse,
        contraindications=("pregnancy",),
        risk_factors=("smoking", "nsaid_use", "alcohol_use", "corticosteroid_use"),
    )
    handout = build_handout(evaluate(default_document, patient), Consultation(date=DATE))
    grade = flesch_kincaid_grade(" ".join(patient_text(handout)))
    assert 3 < grade <= 8, grade
