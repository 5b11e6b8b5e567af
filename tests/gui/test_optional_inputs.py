"""The wizard asks the two optional questions; not asked stays unknown; sessions keep them."""

from __future__ import annotations

import json

from avn_aid.gui import dialogs
from tests.gui.conftest import fill


def test_answers_reach_the_patient_and_survive_a_session(window, tmp_path, monkeypatch):
    wizard = window.wizard
    assert wizard.patient_page.symptoms.currentText() == "Not asked"
    wizard.patient_page.symptoms.setCurrentIndex(2)  # No
    wizard.patient_page.failed_care.setCurrentIndex(1)  # Yes
    fill(wizard, age=40, stage="IIA", collapse="none")
    patient = wizard.patient()
    assert patient.symptoms == "no" and patient.failed_conservative_care == "yes"
    path = tmp_path / "s.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: path)
    window.save_session()
    assert json.loads(path.read_text())["patient"]["hips"][0]["symptoms"] == "no"
    window.new_patient()
    assert wizard.patient_page.symptoms.currentText() == "Not asked"
    assert wizard.answers().symptoms is None
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.open_session()
    assert wizard.patient_page.symptoms.currentText() == "No"
    assert wizard.patient_page.failed_care.currentText() == "Yes"
