"""The whole wizard, driven for several patients; it shows what the engine returns."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from avn_aid.engine import Patient, evaluate
from avn_aid.gui import dialogs
from avn_aid.gui.wizard import PageId
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway
from tests.conftest import default_version
from tests.gui.conftest import choose, fill

PATIENTS = [
    dict(age=40, stage="I", collapse="none"),
    dict(age=35, stage="II", collapse="minimal"),
    dict(age=50, stage="IIA", collapse="none"),
    dict(age=50, stage="IIB", collapse="minimal"),
    dict(age=45, stage="III", collapse="advanced"),
    dict(age=70, stage="IV", collapse="advanced"),
    dict(age=30, stage="IIA", collapse="none", contraindications=("pregnancy", "active_infection")),
    dict(age=60, stage="IV", collapse="minimal", risk_factors=("smoking",)),
]


@pytest.mark.parametrize(
    "answers", PATIENTS, ids=lambda a: f"{a['stage']}-{a['collapse']}-{a['age']}"
)
def test_options_page_shows_what_the_engine_returns(window, answers):
    fill(window.wizard, **answers)
    assert window.wizard.currentId() == PageId.OPTIONS
    expected = evaluate(load_pathway(default_pathway()), Patient(**answers))
    shown = [(card.option_id, card.status) for card in window.wizard.options_page.cards]
    assert shown == [(o.id, o.status.value) for o in expected.options]
    chips = [card.findChild(type(card.why), "status") for card in window.wizard.options_page.cards]
    assert all(
        chip is not None and chip.text() for chip in chips
    )  # status in words, not colour alone


def test_impossible_combination_blocks_next_with_reason(window):
    wizard = window.wizard
    wizard.patient_page.age_box.setValue(40)
    wizard.next()
    choose(wizard, "III", "none")
    assert not wizard.currentPage().isComplete()
    assert "do not go together" in wizard.stage_page.problem.text()
    wizard.next()
    assert wizard.currentId() == PageId.STAGE


def test_out_of_scope_age_stops_with_referral(window):
    wizard = window.wizard
    wizard.patient_page.age_box.setValue(15)
    assert not wizard.currentPage().isComplete()
    assert "paediatric" in wizard.patient_page.message.text()
    wizard.next()
    assert wizard.currentId() == PageId.PATIENT


def test_modifiers_built_from_pathway_with_absolute_marked(window):
    page = window.wizard.modifiers_page
    pathway = window.document.pathway
    assert list(page.contraindication_boxes) == [c.id for c in pathway.contraindications]
    assert list(page.risk_factor_boxes) == [r.id for r in pathway.risk_factors]
    assert "ABSOLUTE" in page.contraindication_boxes["active_infection"].text()
    assert "ABSOLUTE" not in page.contraindication_boxes["pregnancy"].text()
    assert page.contraindication_boxes["pregnancy"].toolTip()


def test_handout_saved_from_wizard_is_the_previewed_pdf(window, tmp_path, monkeypatch):
    fill(window.wizard, age=40, stage="IIA", collapse="none", name="<b>Ann</b> & Co", side=2)
    window.wizard.next()
    page = window.wizard.handout_page
    assert window.wizard.currentId() == PageId.HANDOUT and page.document.pageCount() >= 4
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    page.save_button.click()
    assert target.read_bytes() == page.pdf
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "<b>Ann</b> & Co" in text and "right hip" in text


def test_unprintable_name_disables_handout_buttons(window):
    fill(window.wizard, age=40, stage="IIA", collapse="none", name="王小明")
    window.wizard.next()
    page = window.wizard.handout_page
    assert not page.save_button.isEnabled() and "cannot print" in page.message.text()


def test_broken_pathway_keeps_the_old_one(window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        default_pathway().read_text().replace("  title: Osteonecrosis", "  title: X\n  title: Y", 1)
    )
    shown = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: broken)
    monkeypatch.setattr(
        dialogs, "show_text", lambda parent, title, intro, text: shown.append((title, text))
    )
    before = window.document
    window.open_pathway()
    assert window.document is before and window.path == default_pathway()
    assert shown and "duplicate key 'title'" in shown[0][1] and ":" in shown[0][1]


def test_open_another_pathway_updates_title_and_pages(window, tmp_path, monkeypatch):
    other = tmp_path / "other.yaml"
    other.write_text(
        default_pathway().read_text().replace(f'version: "{default_version()}"', 'version: "0.9.0"')
    )
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: other)
    window.open_pathway()
    assert "0.9.0" in window.windowTitle() and "[DRAFT]" in window.windowTitle()
    assert window.path == other


def test_session_round_trip_and_version_change(window, tmp_path, monkeypatch):
    fill(window.wizard, age=66, stage="IIA", collapse="none", risk_factors=("smoking",), name="P1")
    path = tmp_path / "s.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: path)
    window.save_session()
    data = json.loads(path.read_text())
    assert (
        data["format"] == "avn-aid-session" and data["pathway"]["sha256"] == window.document.sha256
    )
    window.new_patient()
    assert window.wizard.answers().age is None and window.wizard.patient_page.name.text() == ""
    # Reopen under a new pathway version in which BMAC is offered again over 65.
    newer = tmp_path / "newer.yaml"
    newer.write_text(
        default_pathway()
        .read_text()
        .replace(f'version: "{default_version()}"', 'version: "0.99.0"')
        .replace(
            "        priority: 2\n        status: not_recommended",
            "        priority: 2\n        status: consider",
        )
    )
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: newer)
    window.open_pathway()
    notes = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    monkeypatch.setattr(dialogs, "show_text", lambda parent, title, intro, text: notes.append(text))
    window.open_session()
    assert window.wizard.patient_page.name.text() == "P1" and window.wizard.answers().age == 66
    assert window.wizard.answers().risk_factors == ("smoking",)
    assert window.wizard.currentId() == PageId.OPTIONS
    assert notes and f"version {default_version()}" in notes[0]
    assert "Core decompression with bone-marrow cells: not recommended -> consider" in notes[0]


def test_clinician_name_remembered_patient_not(window, qtbot):
    fill(window.wizard, age=40, stage="I", collapse="none", name="Secret Patient")
    window.wizard.patient_page.clinician.setText("Dr Who")
    stored = {key: QSettings().value(key) for key in QSettings().allKeys()}
    assert stored.get("consultation/clinician") == "Dr Who"
    assert not any("Secret" in str(v) for v in stored.values())


def test_crash_dialog_offers_details(monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(
        dialogs, "show_text", lambda parent, title, intro, text: shown.append((title, text))
    )
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        dialogs.show_crash(type(exc), exc, exc.__traceback__)
    assert shown[0][0] == "Unexpected error" and "RuntimeError: boom" in shown[0][1]


def test_keyboard_mnemonics_and_buddies(window):
    from PySide6.QtWidgets import QLabel

    labels = [
        lab for lab in window.wizard.patient_page.findChildren(QLabel) if lab.buddy() is not None
    ]
    assert {lab.text() for lab in labels} >= {
        "Patient &ID or name:",
        "&Age:",
        "&Which hip:",
        "&Clinician:",
    }


def test_validate_pathway_shows_the_check_report(window, monkeypatch, wait_background):
    shown = []
    monkeypatch.setattr(
        dialogs, "show_text", lambda parent, title, intro, text: shown.append((intro, text))
    )
    window.validate_pathway()
    assert not shown and "Checking" in window.statusBar().currentMessage()  # off the GUI thread
    wait_background()
    intro, text = shown[0]
    assert "No problems found." in intro and "patients analysed" in text


def test_about_flags_an_overdue_review(window, tmp_path, monkeypatch):
    old = tmp_path / "old.yaml"
    old.write_text(
        default_pathway()
        .read_text()
        .replace(
            "  next_review: 2027-11-22",
            "  next_review: 2021-01-01",
        )
    )
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: old)
    window.open_pathway()
    assert "review overdue since 2021-01-01" in window.pathway_label.text()
    shown = []
    monkeypatch.setattr(
        dialogs, "show_text", lambda parent, title, intro, text: shown.append((intro, text))
    )
    window.about()
    assert "Review overdue" in shown[0][0] and "WARNING: this date has passed" in shown[0][1]


def test_sources_are_named_as_in_the_handout_with_the_citation_on_hover(window, monkeypatch):
    """'Why?' cites '[n] kind, year' (the handout's numbers), never a raw id; hovering one
    shows its full citation, and the list at the end gives every citation in full."""
    import datetime as dt
    import html

    from PySide6.QtWidgets import QLabel, QToolTip

    from avn_aid.handout.plan import build_sheet

    fill(window.wizard, age=40, stage="IIA", collapse="none")
    page = window.wizard.options_page
    result = page.result
    # The numbers the printed handout gives (it lists only the sources it cites).
    sheet = build_sheet(result, window.wizard.answers().consultation(dt.date(2026, 1, 1)))
    by_citation = {line.citation: line.key for line in sheet.sources}
    numbered = {s.id: by_citation[s.citation] for s in result.sources if s.citation in by_citation}
    assert numbered and len(numbered) < len(result.sources)  # both kinds are on the page
    card = page.cards[0]
    card.why_button.setChecked(True)
    why = card.why.text()
    cited = {s for reason in result.options[0].reasons for s in reason.sources}
    assert cited & set(numbered)
    tips: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, words, *a: tips.append(words))
    for source_id in cited:
        source = next(s for s in result.sources if s.id == source_id)
        if source_id in numbered:
            assert f"[{numbered[source_id]}] " in why
        assert f">{source_id}<" not in why and f"{source_id}," not in why
        card.why.linkHovered.emit(f"source:{source_id}")
        assert tips and source.citation in tips[-1]
        tips.clear()
        card.why.linkActivated.emit(f"source:{source_id}")  # clicked: the same citation
        assert tips and source.citation in tips[-1]
    listed = {
        label.objectName().removeprefix("source-"): label.text()
        for label in page.findChildren(QLabel)
        if label.objectName().startswith("source-")
    }
    assert set(listed) == {s.id for s in result.sources}
    for source in result.sources:
        if source.id in numbered:  # the handout's number, and no number it does not print
            assert f"<b>[{numbered[source.id]}] " in listed[source.id]
        else:
            assert "<b>[" not in listed[source.id]
        assert html.escape(source.citation) in listed[source.id]


def test_sources_in_why_are_reached_and_opened_from_the_keyboard(window, monkeypatch):
    """A clinician without a mouse tabs to a source in 'Why?' and presses Enter: the full
    citation shows under the text, as a click would show it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QToolTip

    fill(window.wizard, age=40, stage="IIA", collapse="none")
    page = window.wizard.options_page
    card = next(c for c in page.cards if any(r.sources for r in c_option(page, c).reasons))
    card.why_button.setChecked(True)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    tips: list[tuple[object, str]] = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, words, *a: tips.append((pos, words)))
    card.why_button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the button to the text
    QApplication.processEvents()
    assert card.why.hasFocus()
    QTest.keyClick(card.why, Qt.Key.Key_Tab)  # to the first source named in the text
    QApplication.processEvents()
    QTest.keyClick(card.why, Qt.Key.Key_Return)
    QApplication.processEvents()
    citations = {s.citation for s in page.result.sources}
    assert tips, "Enter on a focused source showed nothing"
    position, words = tips[-1]
    assert any(citation in words for citation in citations)
    below = card.why.mapToGlobal(card.why.rect().bottomLeft())
    assert position == below


def c_option(page, card):
    return next(o for o in page.result.options if o.id == card.option_id)
