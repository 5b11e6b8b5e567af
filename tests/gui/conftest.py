"""GUI fixtures: a main window on the default pathway, with settings kept out of $HOME."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from avn_aid.gui.main_window import MainWindow
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("avn-aid-tests")
    qapp.setApplicationName("avn-aid-tests")
    yield


@pytest.fixture
def window(qtbot):
    win = MainWindow(load_pathway(default_pathway()), default_pathway())
    qtbot.addWidget(win)
    win.show()
    return win


def fill(wizard, *, age, stage, collapse, contraindications=(), risk_factors=(), name="", side=0):
    """Drive the wizard to the options page the way a clinician would."""
    page = wizard.patient_page
    page.name.setText(name)
    page.age_box.setValue(age)
    page.side.setCurrentIndex(side)
    assert wizard.currentPage().isComplete()
    wizard.next()
    wizard.stage_page.set_answers(stage, collapse)
    assert wizard.currentPage().isComplete(), wizard.stage_page.reason()
    wizard.next()
    for item in contraindications:
        wizard.modifiers_page.contraindication_boxes[item].setChecked(True)
    for item in risk_factors:
        wizard.modifiers_page.risk_factor_boxes[item].setChecked(True)
    wizard.next()
