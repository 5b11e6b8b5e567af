"""The wizard in Arabic, driven with pytest-qt: translated, mirrored, handouts in any language."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths, Qt

from avn_aid.gui import language
from avn_aid.gui.main_window import MainWindow
from avn_aid.gui.wizard import PageId
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
from avn_aid.session import parse_session
from tests.gui.conftest import fill
from tests.handout.test_arabic_handout import spans


@pytest.fixture
def arabic_window(qtbot, qapp):
    QStandardPaths.setTestModeEnabled(True)  # compiled .qm files go to a throwaway cache
    language.apply_language(qapp, "ar")
    win = MainWindow(load_pathway(default_pathway()), default_pathway())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    language.apply_language(qapp, "en")
    QStandardPaths.setTestModeEnabled(False)


def _pdf_text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_the_wizard_speaks_arabic_and_is_mirrored(arabic_window) -> None:
    wizard = arabic_window.wizard
    assert arabic_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.currentPage().title() == "المريض"
    menus = [a.text() for a in arabic_window.menuBar().actions()]
    assert "ملف (&F)" in menus and "الإعدادات (&T)" in menus
    # Qt's own words (the wizard's buttons) come from Qt's Arabic translation.
    assert wizard.buttonText(wizard.WizardButton.NextButton) != "&Next >"
    # The pathway's words in the wizard are the Arabic translation.
    fill(wizard, age=40, stage="IIA", collapse="none", name="أحمد علي", side=1)
    assert wizard.currentId() == PageId.OPTIONS
    assert wizard.currentPage().title() == "الخيارات"
    labels = [s.label for s in wizard.document.pathway.staging.stages]
    assert "المرحلة IIA" in labels


def test_handout_language_is_chosen_on_the_handout_page(arabic_window, monkeypatch) -> None:
    wizard = arabic_window.wizard
    fill(wizard, age=40, stage="IIA", collapse="none", name="أحمد علي", side=1)
    wizard.next()
    page = wizard.handout_page
    codes = [page.language.itemData(i) for i in range(page.language.count())]
    assert codes == ["en", "ar"]
    # English first (the default), whatever the interface language.
    assert "Choosing a treatment" in _pdf_text(page.pdf)
    page.language.setCurrentIndex(codes.index("ar"))
    assert any(t.startswith("اختيار علاج") for t, _, _ in spans(page.pdf)[0])
    assert "Draft translation" in _pdf_text(page.pdf)
    # Remembered with the patient: in the answers and in a saved session.
    assert wizard.answers().handout_language == "ar"
    session = arabic_window.current_session()
    assert session.handout_language == "ar"
    reopened = parse_session(session.model_dump_json().encode(), "s.json")
    arabic_window.apply_session(reopened)
    assert wizard.answers().handout_language == "ar"


def test_recovery_timelines_run_from_the_right(qtbot, default_document) -> None:
    """Week 0 stands at the right edge in a right-to-left window, labels inside it."""
    from avn_aid.gui.figures_view import TimelineView

    protocol = default_document.pathway.protocols[0]
    view = TimelineView(protocol)
    qtbot.addWidget(view)
    view.resize(500, view.sizeHint().height())
    ltr = {text.split()[0]: rect.center().x() for rect, text in view.tick_labels()}
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = {text.split()[0]: rect.center().x() for rect, text in view.tick_labels()}
    assert ltr["0"] < 100 and rtl["0"] > 400
    assert all(rect.left() >= 0 and rect.right() <= 500 for rect, _ in view.tick_labels())
