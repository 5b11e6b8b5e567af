"""Both hips: each hip gets its single-hip answer; what concerns both is added once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from avn_aid.engine import evaluate
from avn_aid.model.patient import HipFindings, Patient

STAGES = ["I", "II", "IIA", "IIB", "III", "IV"]
COLLAPSE = ["none", "minimal", "advanced"]
PATIENT_CONTRAINDICATIONS = [
    "active_infection",
    "malignancy_recent",
    "bleeding_disorder",
    "pregnancy",
    "immunocompromised",
    "asa_3_or_higher",
]
RISK_FACTORS = ["smoking", "nsaid_use", "corticosteroid_use", "alcohol_use"]


def _hip(side: str) -> st.SearchStrategy[HipFindings]:
    return st.builds(
        HipFindings,
        side=st.just(side),
        stage=st.sampled_from(STAGES),
        collapse=st.sampled_from(COLLAPSE),
        contraindications=st.sampled_from([(), ("previous_hip_surgery",)]),
    )


patients = st.builds(
    Patient,
    age=st.integers(10, 130),
    hips=st.tuples(_hip("left"), _hip("right")),
    contraindications=st.lists(st.sampled_from(PATIENT_CONTRAINDICATIONS), max_size=3).map(tuple),
    risk_factors=st.lists(st.sampled_from(RISK_FACTORS), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(patient=patients)
def test_each_hip_equals_its_single_hip_evaluation(default_document, patient):
    pathway = default_document.pathway
    both = evaluate(default_document, patient)
    singles = [evaluate(default_document, patient.single_hip(i)) for i in (0, 1)]
    if both.outcome != "ok":
        assert not both.hips and both.messages
        # Refused for two hips exactly when one hip alone would be refused, or a per-hip
        # value was given for the whole patient.
        assert any(s.outcome != "ok" for s in singles) or any(
            m.field == "contraindications" for m in both.messages
        )
        return
    assert [h.side for h in both.hips] == ["left", "right"]
    one_only = {c.id for c in pathway.caveats if c.affected_hips == "one"}
    for hip, single in zip(both.hips, singles, strict=True):
        alone = single.hips[0]
        assert hip.options == alone.options == single.options
        assert hip.protocols == alone.protocols == single.protocols
        assert hip.caveats == tuple(c for c in alone.caveats if c.id not in one_only)
        assert (hip.stage, hip.collapse, hip.contraindications) == (
            alone.stage,
            alone.collapse,
            alone.contraindications,
        )
        # Nothing that applies to the hip alone is lost: it is with the hip or the patient.
        shown = {c.id for c in hip.caveats} | {c.id for c in both.caveats}
        assert {c.id for c in single.caveats} - one_only <= shown
    assert not both.options and not both.protocols
    assert not {c.id for c in both.caveats} & one_only


@settings(max_examples=100, deadline=None)
@given(patient=patients)
def test_order_of_hips_does_not_matter(default_document, patient):
    swapped = Patient(
        age=patient.age,
        hips=tuple(reversed(patient.hips)),
        contraindications=patient.contraindications,
        risk_factors=patient.risk_factors,
    )
    assert evaluate(default_document, swapped) == evaluate(default_document, patient)


def test_one_hip_result_keeps_the_old_top_level_form(default_document):
    patient = Patient(age=40, stage="IIA", collapse="none", side="left")
    result = evaluate(default_document, patient)
    assert result.hips[0].side == "left"
    assert result.options == result.hips[0].options
    assert result.protocols == result.hips[0].protocols
    # Top-level caveats: every caveat that applies, the hip's own ones included.
    assert {c.id for c in result.hips[0].caveats} <= {c.id for c in result.caveats}
    data = result.to_json()
    assert data["patient"] == {
        "age": 40,
        "stage": "IIA",
        "collapse": "none",
        "contraindications": [],
        "risk_factors": [],
        "symptoms": None,
        "failed_conservative_care": None,
    }
    assert {"options", "protocols", "hips"} <= set(data)


def test_both_hips_caveats_are_shown_once_for_the_patient(default_document):
    patient = Patient(
        age=40,
        hips=(
            HipFindings(side="left", stage="IIA", collapse="none"),
            HipFindings(side="right", stage="I", collapse="none"),
        ),
    )
    result = evaluate(default_document, patient)
    top = {c.id for c in result.caveats}
    assert {"both-hips-crutches", "both-hips-one-or-two-operations"} <= top
    assert "other-hip" not in top  # only when one hip is affected
    for hip in result.hips:
        assert not {c.id for c in hip.caveats} & top
    data = result.to_json()
    assert "options" not in data and "protocols" not in data
    assert [h["side"] for h in data["patient"]["hips"]] == ["left", "right"]


def test_both_hips_caveat_needs_an_option_offered_for_each_hip(default_document):
    collapsed = HipFindings(side="right", stage="IV", collapse="advanced")
    early = HipFindings(side="left", stage="IIA", collapse="none")
    result = evaluate(default_document, Patient(age=45, hips=(early, collapsed)))
    assert "both-hips-crutches" not in {c.id for c in result.caveats}
    assert "other-hip" in {
        c.id for c in evaluate(default_document, Patient(age=45, hips=(early,))).caveats
    }


def test_messages_name_the_hip(default_document):
    patient = Patient(
        age=40,
        hips=(
            HipFindings(side="left", stage="IIA", collapse="none"),
            HipFindings(side="right", stage="III", collapse="none"),
        ),
    )
    result = evaluate(default_document, patient)
    assert result.outcome == "invalid_input"
    [message] = result.messages
    assert message.field == "right.stage, collapse"
    assert message.text.startswith("right hip: stage III with collapse 'none' is impossible")


def test_per_hip_contraindication_must_say_which_hip(default_document):
    patient = Patient(
        age=40,
        hips=(
            HipFindings(side="left", stage="IIA", collapse="none"),
            HipFindings(side="right", stage="IIA", collapse="none"),
        ),
        contraindications=("previous_hip_surgery",),
    )
    result = evaluate(default_document, patient)
    assert result.outcome == "invalid_input"
    assert "say which (left or right)" in result.messages[0].text
    wrong_place = Patient(
        age=40,
        hips=(
            HipFindings(
                side="left", stage="IIA", collapse="none", contraindications=("pregnancy",)
            ),
            HipFindings(side="right", stage="IIA", collapse="none"),
        ),
    )
    [message] = evaluate(default_document, wrong_place).messages
    assert message.field == "left.contraindications" and "of one hip" in message.text


@pytest.mark.parametrize(
    "hips",
    [
        [{"side": "left", "stage": "I", "collapse": "none"}] * 2,
        [{"stage": "I", "collapse": "none"}, {"side": "right", "stage": "I", "collapse": "none"}],
        [{"side": "left", "stage": "I", "collapse": "none"}] * 3,
        [],
    ],
)
def test_a_patient_has_one_hip_or_a_left_and_a_right(hips):
    with pytest.raises(ValidationError):
        Patient(age=40, hips=hips)


def test_flat_form_and_hips_form_are_the_same_patient():
    flat = Patient(age=40, stage="IIA", collapse="none", side="left")
    assert flat == Patient(age=40, hips=[{"side": "left", "stage": "IIA", "collapse": "none"}])
    with pytest.raises(ValidationError):
        Patient(age=40, stage="IIA", collapse="none", hips=[{"stage": "I", "collapse": "none"}])
