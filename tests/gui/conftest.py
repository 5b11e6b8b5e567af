"""GUI fixtures: a main window on the default pathway, with settings kept out of $HOME."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from avn_aid.gui import background, dialogs
from avn_aid.gui.collector import GuiThreadCollector
from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway


@pytest.fixture(autouse=True)
def collect_in_gui_thread(qapp):
    """As the app does (gui/app.py): garbage is collected in the GUI thread only."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("avn-aid-tests")
    qapp.setApplicationName("avn-aid-tests")
    yield


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """A modal dialog would hang a headless test: each one fails unless a test replaces it.

    The question before discarding a patient answers Discard, so windows close at teardown;
    tests of that question replace it and look at what was asked.
    """

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected dialog: dialogs.{name}{args[1:]}")

        return fail

    for name in (
        "ask_save_path",
        "ask_open_path",
        "ask_print",
        "warn",
        "show_text",
    ):
        monkeypatch.setattr(dialogs, name, unexpected(name))
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_discard", lambda *a: asked.append(a) or "discard")
    return asked


@pytest.fixture
def wait_background(qtbot):
    """Wait until background work (printing, checking) has reported back."""

    def wait(timeout=20000):
        qtbot.waitUntil(background.idle, timeout=timeout)

    return wait


@pytest.fixture
def window(qtbot):
    win = MainWindow(load_pathway(default_pathway()), default_pathway())
    qtbot.addWidget(win)
    win.show()
    return win


def choose(wizard, stage, collapse):
    """Pick a stage and a collapse status as the clinician would, by clicking them."""
    page = wizard.stage_page
    pathway = wizard.document.pathway
    for group, ids, value in (
        (page.stages, [s.id for s in pathway.staging.stages], stage),
        (page.collapses, [c.id for c in pathway.staging.collapse], collapse),
    ):
        group.button(ids.index(value)).click()


def fill(wizard, *, age, stage, collapse, contraindications=(), risk_factors=(), name="", side=0):
    """Drive the wizard to the options page the way a clinician would."""
    page = wizard.patient_page
    page.name.setText(name)
    page.age_box.setValue(age)
    page.side.setCurrentIndex(side)
    assert wizard.currentPage().isComplete()
    wizard.next()
    choose(wizard, stage, collapse)
    assert wizard.currentPage().isComplete(), wizard.stage_page.reason()
    wizard.next()
    for item in contraindications:
        wizard.modifiers_page.contraindication_boxes[item].setChecked(True)
    for item in risk_factors:
        wizard.modifiers_page.risk_factor_boxes[item].setChecked(True)
    wizard.next()
