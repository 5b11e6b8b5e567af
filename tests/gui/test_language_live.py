"""Settings > Language switches the whole window at once, keeping the consultation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QWizard

from avn_aid.gui import language
from avn_aid.gui.wizard import PageId
from avn_aid.model.values import Preferences
from tests.gui.conftest import fill
from tests.gui.test_arabic_words import english_on_screen


@pytest.fixture
def switching(window, qapp):
    QStandardPaths.setTestModeEnabled(True)  # compiled .qm files go to a throwaway cache
    yield window
    language.apply_language(qapp, "en")
    QStandardPaths.setTestModeEnabled(False)


def switch(qtbot, window, code: str, title: str) -> None:
    window.language_actions[code].trigger()
    # Qt posts LanguageChange to the window; it names everything again once they arrive.
    qtbot.waitUntil(lambda: window.wizard.currentPage().title() == title, timeout=60000)


def test_the_options_page_turns_arabic_and_back_without_losing_anything(switching, qtbot) -> None:
    window, wizard = switching, switching.wizard
    fill(wizard, age=40, stage="IIA", collapse="none", risk_factors=("smoking",), name="Ann Lee")
    assert wizard.currentId() == PageId.OPTIONS
    before = wizard.answers()
    wizard.options_page.cards[2].why_button.setChecked(True)
    english_statuses = [
        c.findChild(type(c.why), "status").text() for c in wizard.options_page.cards
    ]

    switch(qtbot, window, "ar", "الخيارات")
    assert language.chosen_language() == "ar"  # and remembered for the next start
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.currentId() == PageId.OPTIONS and wizard.answers() == before
    assert window.language_actions["ar"].isChecked()
    assert "ملف (&F)" in [a.text() for a in window.menuBar().actions()]
    assert wizard.buttonText(QWizard.WizardButton.NextButton) != "&Next >"
    assert wizard.button(QWizard.WizardButton.NextButton).text() != "&Next >"
    # The pathway's words too: option names and status words are the Arabic ones.
    statuses = [c.findChild(type(c.why), "status").text() for c in wizard.options_page.cards]
    assert statuses != english_statuses and "للنقاش" in statuses
    assert english_on_screen(window, {"Ann", "Lee"}) == []
    # What the clinician had open stays open.
    opened = [c.why_button.isChecked() for c in wizard.options_page.cards]
    assert opened == [False, False, True, False, False]
    assert wizard.options_page.cards[2].why.isVisible()

    wizard.back()
    assert wizard.modifiers_page.risk_factor_boxes["smoking"].isChecked()
    assert wizard.currentPage().title() == "موانع الاستعمال وعوامل الخطر"
    switch(qtbot, window, "en", "Contraindications and risk factors")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert wizard.answers() == before
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Back"
    assert "&File" in [a.text() for a in window.menuBar().actions()]
    assert wizard.document is wizard.written_document  # English: the pathway as written
    wizard.next()
    assert [c.findChild(type(c.why), "status").text() for c in wizard.options_page.cards] == (
        english_statuses
    )


def test_the_patient_page_keeps_what_was_typed(switching, qtbot) -> None:
    window, wizard = switching, switching.wizard
    page = wizard.patient_page
    page.name.setText("Ann Lee")
    page.age_box.setValue(12)  # too young: the referral message is on screen
    page.side.setCurrentIndex(3)  # both hips
    english_problem = page.message.text()
    switch(qtbot, window, "ar", "المريض")
    assert (page.name.text(), page.age_box.value(), page.side.currentIndex()) == ("Ann Lee", 12, 3)
    assert page.side.currentText() == "الوركان كلاهما"
    assert page.message.text() != english_problem and not page.isComplete()
    assert english_on_screen(window, {"Ann", "Lee"}) == []


def test_what_matters_to_the_patient_survives_a_switch(switching, qtbot) -> None:
    window, wizard = switching, switching.wizard
    fill(wizard, age=40, stage="IIA", collapse="none")
    wizard.next()
    assert wizard.currentId() == PageId.HANDOUT
    values = wizard.handout_page.values
    first = next(iter(values.ratings))
    values.setChecked(True)
    values.ratings[first].setCurrentIndex(4)
    values.leaning.setCurrentIndex(1)
    chosen = values.preferences()
    assert chosen != Preferences()
    pdf = wizard.handout_page.pdf
    page = wizard.handout_page
    window.resize(1000, 700)
    # The rows scroll within about a third of the page; the preview keeps the rest.
    qtbot.waitUntil(lambda: 100 < values._body.height() <= page.height() // 3 + 1, timeout=30000)
    shown_before = values._body.height()
    switch(qtbot, window, "ar", "النشرة")
    qtbot.waitUntil(
        lambda: values._body.height() == shown_before, timeout=30000
    )  # rebuilt, same room
    assert values.preferences() == chosen and values.isChecked()
    assert values.title() != "What matters to the patient (printed in the handout)"
    # The handout's language is its own: still English, made again from the same answers.
    assert wizard.handout_page.language_code() == "en"
    assert wizard.handout_page.pdf and len(wizard.handout_page.pdf) == len(pdf)
