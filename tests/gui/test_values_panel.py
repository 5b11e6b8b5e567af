"""What matters to the patient, marked in the wizard: into the handout and through sessions."""

from __future__ import annotations

from avn_aid.gui import dialogs
from avn_aid.gui.wizard import PageId
from avn_aid.model.values import Preferences
from tests.gui.conftest import fill

EXPECTED = Preferences(
    values={"keep_own_hip": 5, "cost": 2}, leaning="core_decompression", sure={"sure": False}
)


def mark(panel):
    panel.setChecked(True)
    panel.ratings["keep_own_hip"].setCurrentIndex(5)
    panel.ratings["cost"].setCurrentIndex(2)
    panel.leaning.setCurrentText("Core decompression")
    panel.sure["sure"].setCurrentIndex(2)  # no


def test_panel_starts_unasked_and_lists_the_pathways_items(window):
    fill(window.wizard, age=40, stage="II", collapse="none")
    window.wizard.next()
    page = window.wizard.handout_page
    assert window.wizard.currentId() == PageId.HANDOUT
    assert window.wizard.answers().preferences.empty
    assert list(page.values.ratings) == [v.id for v in window.document.pathway.values]
    assert not page.values.isChecked()


def test_marked_values_reach_the_handout_and_the_session(window, tmp_path, monkeypatch):
    fill(window.wizard, age=40, stage="II", collapse="none", name="P2")
    window.wizard.next()
    page = window.wizard.handout_page
    before = page.pdf
    mark(page.values)
    assert window.wizard.answers().preferences == EXPECTED
    assert page.pdf and page.pdf != before  # re-rendered with the answers
    path = tmp_path / "s.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: path)
    window.save_session()
    window.new_patient()
    assert window.wizard.answers().preferences.empty
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.open_session()
    assert window.wizard.answers().preferences == EXPECTED
