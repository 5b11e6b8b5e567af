"""Sessions: version 2 keeps both hips; version 1 files still open as the same patient."""

from __future__ import annotations

import json

import pytest

from avn_aid.engine import evaluate
from avn_aid.errors import InputError
from avn_aid.model.patient import HipFindings, Patient
from avn_aid.session import (
    FORMAT_VERSION,
    Session,
    answer_of,
    load_session,
    result_changes,
    save_session,
    stamp,
)

BOTH = Patient(
    age=40,
    hips=(
        HipFindings(side="left", stage="IIA", collapse="none"),
        HipFindings(
            side="right", stage="IIA", collapse="none", contraindications=("previous_hip_surgery",)
        ),
    ),
    risk_factors=("smoking",),
)


def _session(document, patient: Patient) -> Session:
    return Session(
        patient=patient,
        patient_name="A-1",
        pathway=stamp(document),
        answer=answer_of(evaluate(document, patient)),
    )


def test_both_hips_round_trip(default_document, tmp_path):
    path = tmp_path / "s.json"
    save_session(path, _session(default_document, BOTH), overwrite=False)
    data = json.loads(path.read_text("utf-8"))
    assert data["format_version"] == FORMAT_VERSION == 3
    assert [h["side"] for h in data["patient"]["hips"]] == ["left", "right"]
    assert set(data["answer"]["hips"]) == {"left", "right"}
    loaded = load_session(path)
    assert loaded.patient == BOTH
    assert result_changes(loaded.answer, evaluate(default_document, loaded.patient)) == []


def test_version_1_session_opens_with_its_side_on_the_hip(default_document, tmp_path):
    old = {
        "format": "avn-aid-session",
        "format_version": 1,
        "patient": {
            "age": 40,
            "stage": "IIA",
            "collapse": "none",
            "contraindications": ["previous_hip_surgery"],
            "risk_factors": [],
        },
        "patient_name": "",
        "clinician": "Dr B",
        "side": "left",
        "pathway": stamp(default_document).model_dump(),
        "answer": {"outcome": "ok", "statuses": {"observation": "consider"}, "caveats": []},
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), "utf-8")
    session = load_session(path)
    assert session.patient == Patient(
        age=40,
        stage="IIA",
        collapse="none",
        side="left",
        contraindications=["previous_hip_surgery"],
    )
    assert session.clinician == "Dr B"


def test_side_beside_the_patient_is_refused_in_version_2(default_document, tmp_path):
    data = json.loads(_session(default_document, BOTH).model_dump_json())
    data["side"] = "left"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError, match="side"):
        load_session(path)


def test_changes_are_reported_per_hip(default_document):
    saved = answer_of(evaluate(default_document, BOTH))
    saved.hips["right"]["core_decompression"] = "recommended"
    changes = result_changes(saved, evaluate(default_document, BOTH))
    assert changes == ["right hip, Core decompression: recommended -> consider"]
