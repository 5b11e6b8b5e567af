"""Remembered between runs when changed (never the patient); the window fits its screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWizard

from avn_aid.gui import dialogs, settings
from avn_aid.gui.main_window import MainWindow
from avn_aid.gui.wizard import ONE_HIP_PAGES, PageId
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
from tests.gui.conftest import fill


def new_window(qtbot):
    win = MainWindow(load_pathway(default_pathway()), default_pathway())
    qtbot.addWidget(win)
    return win


def test_clinician_saved_as_typed_and_kept_by_new_patient(window, qtbot):
    window.wizard.patient_page.clinician.setText("Dr Kay")
    assert settings.clinician() == "Dr Kay"  # saved without quitting or pressing Next
    fill(window.wizard, age=40, stage="I", collapse="none", name="Pat")
    window.new_patient()
    assert window.wizard.answers().clinician == "Dr Kay"
    assert new_window(qtbot).wizard.answers().clinician == "Dr Kay"


def test_paper_size_saved_when_changed(window, qtbot):
    page = window.wizard.handout_page
    page.paper.setCurrentIndex(1 - page.paper.currentIndex())
    chosen = page.paper_size()
    assert new_window(qtbot).wizard.handout_page.paper_size() == chosen


def test_file_names_from_patient_and_date_in_the_last_folder(window, tmp_path, monkeypatch):
    fill(window.wizard, age=40, stage="I", collapse="none", name="MRN 00/123 Zoë")
    window.wizard.next()
    offered = []
    folder = tmp_path / "clinic"
    folder.mkdir()

    def save_path(parent, title, suggested, file_filter):
        offered.append(suggested)
        return folder / suggested.name

    monkeypatch.setattr(dialogs, "ask_save_path", save_path)
    window.wizard.handout_page.save_button.click()
    today = dt.date.today().isoformat()
    assert offered[0].name == f"MRN-00-123-Zoë-{today}-handout.pdf"
    assert (folder / offered[0].name).read_bytes() == window.wizard.handout_page.pdf
    window.save_session()
    assert offered[1] == folder / f"MRN-00-123-Zoë-{today}.avn.json"  # the folder was remembered


def test_unnamed_patient_gets_a_plain_name():
    assert settings.file_stem("  ", dt.date(2026, 1, 2)) == "patient-2026-01-02"
    assert settings.file_stem("../../etc/passwd", dt.date(2026, 1, 2)) == "etc-passwd-2026-01-02"


def test_window_fits_the_available_screen(window):
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())


def test_window_size_remembered_per_screen(window, qtbot):
    window.resize(700, 500)
    window.close()
    again = new_window(qtbot)
    assert (again.width(), again.height()) == (700, 500)


def test_every_control_reachable_at_1024x768(window, qtbot):
    """At 1024x768 less a panel, every page's buttons are inside the window; pages scroll."""
    window.resize(1024, 768 - 60)
    fill(window.wizard, age=45, stage="III", collapse="advanced", risk_factors=("smoking",))
    window.wizard.next()
    window.wizard.restart()
    for page_id in ONE_HIP_PAGES:
        assert window.wizard.currentId() == page_id
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = window.wizard.button(which)
            if button.isVisible():
                corner = button.mapTo(window, button.rect().bottomRight())
                assert window.rect().contains(corner), (page_id, which)
        assert window.minimumSizeHint().height() <= 768 - 60
        assert window.minimumSizeHint().width() <= 1024
        if page_id != PageId.HANDOUT:
            window.wizard.next()
