"""Say it, do not hide it: the name limit, the age's "not entered", messages in screen words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from avn_aid.gui.figures_view import TimelineView
from avn_aid.handout.content import MAX_FIELD
from tests.gui.conftest import choose, fill


def test_name_over_the_limit_is_refused_with_the_limit_shown(window):
    page = window.wizard.patient_page
    page.age_box.setValue(40)
    long_name = "MRN-" + "7" * (MAX_FIELD + 6)
    page.name.setText(long_name)
    assert page.name.text() == long_name  # nothing cut silently
    assert not page.isComplete()
    assert str(MAX_FIELD) in page.message.text() and str(len(long_name)) in page.message.text()
    page.name.setText(long_name[:MAX_FIELD])
    assert page.isComplete() and page.message.text() == ""


def test_emptying_the_age_goes_back_to_not_entered(window, qtbot):
    page = window.wizard.patient_page
    page.age_box.setValue(42)
    page.age_box.setFocus()
    qtbot.keyClick(page.age_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.age_box, Qt.Key.Key_Backspace)
    page.age_box.interpretText()
    assert window.wizard.answers().age is None
    assert "Enter the age" in page.message.text() and "under" not in page.message.text()
    assert not page.isComplete()
    qtbot.keyClicks(page.age_box, "37")
    page.age_box.interpretText()
    assert window.wizard.answers().age == 37


def test_impossible_combination_in_screen_words_says_what_to_choose(window):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    choose(window.wizard, "III", "none")
    text = window.wizard.stage_page.problem.text()
    assert "Stage III" in text and "“No collapse”" in text
    assert "'none'" not in text
    assert "choose “Minimal collapse” or “Advanced collapse”" in text


def test_half_answered_stage_page_says_what_is_missing(window):
    window.wizard.patient_page.age_box.setValue(40)
    window.wizard.next()
    page = window.wizard.stage_page
    page.stages.buttons()[0].click()
    assert page.problem.text() == "Choose a collapse status to continue."


def test_status_badges_line_up(window):
    fill(window.wizard, age=30, stage="IIA", collapse="none", contraindications=("pregnancy",))
    cards = window.wizard.options_page.cards
    chips = [card.findChild(type(card.why), "status") for card in cards]
    assert len({chip.text() for chip in chips}) >= 2  # different words...
    assert len({chip.width() for chip in chips}) == 1  # ...one width


def test_single_reason_is_not_labelled_as_deciding(window):
    fill(window.wizard, age=45, stage="III", collapse="advanced")
    texts = [card.why.text() for card in window.wizard.options_page.cards]
    assert not any("decided the status" in t for t in texts)
    for card in window.wizard.options_page.cards:
        if card.why.text().count("<li>") == 1:
            assert "Decides the status" not in card.why.text()


def test_timeline_week_labels_inside_and_with_a_unit(window, qtbot):
    protocols = window.document.pathway.protocols
    assert protocols
    for protocol in protocols:
        for width in (260, 480, 900):
            view = TimelineView(protocol)
            qtbot.addWidget(view)
            view.resize(width, view.sizeHint().height())
            labels = view.tick_labels()
            assert labels[0][1] == "0" and labels[-1][1].endswith(" weeks")
            for rect, text in labels:
                assert view.rect().toRectF().contains(rect), (protocol.id, width, text)
            rights = [rect.right() for rect, _ in labels]
            lefts = [rect.left() for rect, _ in labels]
            assert all(r < nl for r, nl in zip(rights, lefts[1:], strict=False))  # no overlap
