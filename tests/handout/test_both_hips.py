"""One handout for both hips: each hip's stage, decision and grid; shared sections once."""

from __future__ import annotations

import pytest

from avn_aid.engine import evaluate
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation, build_handout, patient_text
from avn_aid.handout.readability import flesch_kincaid_grade
from avn_aid.model.patient import HipFindings, Patient
from tests.handout.conftest import DATE, pages_text

EARLY_BOTH = Patient(
    age=40,
    hips=(
        HipFindings(side="left", stage="IIA", collapse="none"),
        HipFindings(side="right", stage="I", collapse="none"),
    ),
    risk_factors=("smoking",),
)
MIXED = Patient(
    age=45,
    hips=(
        HipFindings(side="left", stage="IIA", collapse="none"),
        HipFindings(
            side="right",
            stage="IV",
            collapse="advanced",
            contraindications=("previous_hip_surgery",),
        ),
    ),
)


@pytest.fixture(scope="module")
def early_pdf(default_document) -> bytes:
    return make_handout_pdf(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))


def test_content_has_a_section_per_hip_with_its_own_grid(default_document):
    result = evaluate(default_document, MIXED)
    handout = build_handout(result, Consultation(date=DATE))
    left, right = handout.hips
    assert (left.heading, right.heading) == ("Your left hip", "Your right hip")
    assert (left.stage_label, right.stage_label) == ("Stage IIA", "Stage IV")
    says = {h.heading: next(r for r in h.grid if r.emphasis).answers for h in handout.hips}
    option_ids = [o.id for o in result.hips[0].options]
    replacement = option_ids.index("total_hip_arthroplasty")
    assert says["Your left hip"][replacement] != says["Your right hip"][replacement]
    assert (
        "Total hip replacement" in right.decision and "Total hip replacement" not in left.decision
    )
    assert handout.title.endswith("both your hips")
    # One detail section per option offered for either hip, saying what each hip got.
    offered = {o.name for h in result.hips for o in h.options if o.status.is_offered}
    assert {d.name for d in handout.details} == offered
    assert all(
        "Left hip:" in d.status_words and "Right hip:" in d.status_words for d in handout.details
    )


def test_treating_both_hips_is_explained_only_when_both_are_offered_a_procedure(default_document):
    both = build_handout(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    assert {b.title for b in both.both_hips} >= {
        "Both hips: one operation or two",
        "Time on crutches when both hips are treated",
    }
    mixed = build_handout(evaluate(default_document, MIXED), Consultation(date=DATE))
    assert mixed.both_hips == ()


def test_shared_caveats_are_printed_once_and_marked(default_document):
    handout = build_handout(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    titles = [c.title for c in handout.caveats]
    assert len(titles) == len(set(titles))
    assert any(t.endswith("(both hips)") for t in titles)
    shared = {t.removesuffix(" (both hips)") for t in titles}
    for hip in handout.hips:
        assert not {c.title for c in hip.caveats} & shared


def test_pdf_has_both_hips_and_the_shared_sections_once(early_pdf):
    text = "\n".join(pages_text(early_pdf))
    assert text.index("Your left hip: Stage IIA") < text.index("Your right hip: Stage I")
    assert text.count("Your left hip: the options at a glance") == 1
    assert text.count("Your right hip: the options at a glance") == 1
    for heading in (
        "Treating both hips",
        "Where this information comes from",
        "What matters to you\nTick",
    ):
        assert text.count(heading) == 1, heading
    assert "Left and\nright" in text or "Left and right" in text


def test_same_inputs_same_bytes(default_document, early_pdf):
    again = make_handout_pdf(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    assert again == early_pdf


def test_reading_grade_is_8_or_below(default_document):
    handout = build_handout(evaluate(default_document, MIXED), Consultation(date=DATE))
    grade = flesch_kincaid_grade(" ".join(patient_text(handout)))
    assert 3 < grade <= 8, grade
