"""Nothing about a patient is lost without asking: Esc, New patient, Open, Quit; Enter is safe."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from avn_aid.gui import dialogs
from avn_aid.gui.printing import PrintRequest
from avn_aid.gui.wizard import PageId
from tests.gui.conftest import fill


@pytest.fixture
def asked(monkeypatch):
    """Record each Save/Discard/Cancel question and answer it as the test says."""
    record = {"answer": "cancel", "questions": []}

    def ask(parent, title, text):
        record["questions"].append(text)
        return record["answer"]

    monkeypatch.setattr(dialogs, "ask_save_discard", ask)
    return record


def test_esc_asks_and_cancel_keeps_the_patient(window, qtbot, asked):
    fill(window.wizard, age=40, stage="IIA", collapse="none", name="Ann")
    qtbot.keyClick(window.wizard.currentPage(), Qt.Key.Key_Escape)
    assert len(asked["questions"]) == 1 and "start a new patient" in asked["questions"][0]
    assert window.wizard.answers().patient_name == "Ann"
    assert window.wizard.currentId() == PageId.OPTIONS and window.isVisible()


def test_esc_then_discard_starts_a_new_patient(window, qtbot, asked):
    fill(window.wizard, age=40, stage="IIA", collapse="none", name="Ann")
    asked["answer"] = "discard"
    qtbot.keyClick(window.wizard.currentPage(), Qt.Key.Key_Escape)
    assert window.wizard.answers().about_patient().patient_name == ""
    assert window.wizard.answers().age is None and window.wizard.currentId() == PageId.PATIENT


def test_blank_patient_is_not_asked_about(window, qtbot, asked):
    window.wizard.patient_page.clinician.setText("Dr Who")  # not about the patient
    window.new_patient()
    window.close()
    assert asked["questions"] == [] and not window.isVisible()


@pytest.mark.parametrize("action", ["new_patient", "open_session", "open_pathway", "close"])
def test_cancel_keeps_the_patient_for_every_way_out(window, asked, action):
    fill(window.wizard, age=51, stage="IIB", collapse="minimal", name="Bo")
    getattr(window, action)()  # the open dialogs would fail the test if they were reached
    assert len(asked["questions"]) == 1
    assert window.wizard.answers().patient_name == "Bo" and window.isVisible()


def test_save_in_the_question_saves_the_session_then_goes_on(window, asked, tmp_path, monkeypatch):
    fill(window.wizard, age=51, stage="IIB", collapse="minimal", name="Bo")
    asked["answer"] = "save"
    target = tmp_path / "bo.avn.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    window.new_patient()
    assert target.exists() and '"Bo"' in target.read_text()
    assert window.wizard.answers().age is None


def test_save_cancelled_in_the_file_dialog_keeps_the_patient(window, asked, monkeypatch):
    fill(window.wizard, age=51, stage="IIB", collapse="minimal", name="Bo")
    asked["answer"] = "save"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: None)
    window.close()
    assert window.isVisible() and window.wizard.answers().patient_name == "Bo"


def test_saved_patient_is_not_asked_about_until_changed(window, asked, tmp_path, monkeypatch):
    fill(window.wizard, age=51, stage="IIB", collapse="minimal", name="Bo")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "s.avn.json")
    assert window.save_session()
    window.wizard.back()
    window.wizard.back()
    window.wizard.back()
    window.wizard.patient_page.age_box.setValue(52)  # changed after saving: ask again
    window.new_patient()
    assert len(asked["questions"]) == 1
    window.wizard.patient_page.age_box.setValue(51)  # back to what was saved: nothing to lose
    window.new_patient()
    assert len(asked["questions"]) == 1 and window.wizard.answers().age is None


def test_printed_patient_is_not_asked_about(window, asked, tmp_path, wait_background):
    fill(window.wizard, age=40, stage="I", collapse="none", name="Cy")
    window.wizard.next()
    window.wizard.handout_page.send(PrintRequest(output_file=tmp_path / "p.pdf"))
    wait_background()
    window.new_patient()
    assert asked["questions"] == [] and window.wizard.answers().age is None


def test_enter_on_the_handout_page_saves_never_starts_over(window, qtbot, asked, monkeypatch):
    fill(window.wizard, age=40, stage="I", collapse="none", name="Di")
    window.wizard.next()
    assert window.wizard.currentId() == PageId.HANDOUT
    finish = window.wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isDefault() and window.wizard.handout_page.save_button.isDefault()
    offered = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: offered.append(a[2]))
    window.wizard.handout_page.paper.setFocus()
    qtbot.keyClick(window.wizard.handout_page.paper, Qt.Key.Key_Return)
    assert offered and asked["questions"] == []
    assert (
        window.wizard.answers().patient_name == "Di" and window.wizard.currentId() == PageId.HANDOUT
    )


def test_finish_button_asks_before_a_new_patient(window, asked):
    fill(window.wizard, age=40, stage="I", collapse="none", name="Ed")
    window.wizard.next()
    window.wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(asked["questions"]) == 1 and window.wizard.answers().patient_name == "Ed"
