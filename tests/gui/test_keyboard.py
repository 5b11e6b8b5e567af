"""A clinician can run the wizard from the keyboard: mnemonics, radio arrows, focus, scrolling."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from avn_aid.gui.wizard import ONE_HIP_PAGES
from tests.gui.conftest import fill

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window) -> list[tuple[str, str]]:
    """(key, text) of every mnemonic reachable now: menus, wizard buttons, the visible page."""
    found = [
        (m.group(1).lower(), a.text())
        for a in window.menuBar().actions()
        for m in [MNEMONIC.search(a.text())]
        if m
    ]
    page = window.wizard.currentPage()
    widgets: list[QWidget] = [
        w
        for w in window.wizard.findChildren(QAbstractButton)
        if w.isVisible() and w.window() is window
    ]
    widgets += [w for w in page.findChildren(QLabel) if w.buddy() is not None and w.isVisible()]
    widgets += [w for w in page.findChildren(QGroupBox) if w.isVisible()]
    for widget in widgets:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        match = MNEMONIC.search(text)
        if match:
            found.append((match.group(1).lower(), text))
    return found


def test_mnemonics_unique_on_every_page(window):
    fill(window.wizard, age=40, stage="IIA", collapse="none")
    window.wizard.restart()
    seen_pages = 0
    for page_id in ONE_HIP_PAGES:
        assert window.wizard.currentId() == page_id
        keys = mnemonics(window)
        letters = [k for k, _ in keys]
        assert len(letters) == len(set(letters)), (page_id.name, sorted(keys))
        seen_pages += 1
        window.wizard.next()
    assert seen_pages == 5


def test_stage_chosen_with_arrows_from_the_mnemonic(window, qtbot):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    page = window.wizard.stage_page
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Ficat &stage
    first = page.stages.buttons()[0]
    assert first.hasFocus() and page.stage() is None  # focus lands on the first, not the last used
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.stage() == window.document.pathway.staging.stages[1].id  # arrows choose
    qtbot.keyClick(page.stages.checkedButton(), Qt.Key.Key_Down)
    qtbot.keyClick(page.stages.checkedButton(), Qt.Key.Key_Up)
    assert page.stage() == window.document.pathway.staging.stages[1].id
    # Tab leaves the group at once and comes back to the chosen button, not the first.
    chosen = page.stages.checkedButton()
    tab_stops = [b for b in page.stages.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [chosen]


def test_collapse_chosen_with_arrows(window, qtbot):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    page = window.wizard.stage_page
    qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # C&ollapse
    first = page.collapses.buttons()[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.collapse() == window.document.pathway.staging.collapse[1].id


def test_focus_mark_is_visible(window, qtbot):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    button = window.wizard.stage_page.stages.buttons()[0]
    window.wizard.button(window.wizard.WizardButton.BackButton).setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    before = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    after = button.grab().toImage()
    assert before != after


def test_contraindication_explanations_on_screen(window):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    window.wizard.stage_page.stages.buttons()[2].click()
    window.wizard.stage_page.collapses.buttons()[0].click()
    window.wizard.next()
    page = window.wizard.modifiers_page
    items = window.document.pathway.contraindications + window.document.pathway.risk_factors
    assert items
    for item in items:
        label = page.explanations[item.id]
        assert label.text() == item.explanation and label.isVisibleTo(page)


def test_page_down_and_end_scroll_options_while_a_button_has_focus(window, qtbot):
    window.resize(800, 500)
    fill(window.wizard, age=45, stage="III", collapse="advanced")
    page = window.wizard.options_page
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    button = page.cards[0].why_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() == min(bar.pageStep(), bar.maximum())
    qtbot.keyClick(button, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(button, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_why_turns_into_hide(window, qtbot):
    fill(window.wizard, age=45, stage="III", collapse="advanced")
    card = window.wizard.options_page.cards[0]
    card.why_button.setFocus()
    qtbot.keyClick(card.why_button, Qt.Key.Key_Space)
    assert card.why.isVisible() and card.why_button.text() == "Hide"
    qtbot.keyClick(card.why_button, Qt.Key.Key_Space)
    assert not card.why.isVisible() and card.why_button.text() == "Why?"


def test_each_page_opens_with_its_first_control_focused(window, qtbot):
    """Typing at once goes into the first field, not into a scroll area."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.wizard.patient_page.name.hasFocus())
    qtbot.keyClicks(window.wizard.patient_page.name, "MRN 1")
    assert window.wizard.answers().patient_name == "MRN 1"
