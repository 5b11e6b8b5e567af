"""No English left in the Arabic wizard: every tr() string has an Arabic entry, and no
visible widget, menu or dialog shows English words where Arabic is expected."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from avn_aid.gui import dialogs, language
from avn_aid.gui.main_window import MainWindow
from avn_aid.gui.wizard import PageId
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway, i18n_dir
from tests.gui.conftest import choose

GUI = Path(__file__).parents[2] / "src" / "avn_aid" / "gui"
# Latin words that are right in Arabic text: the program's name, the fingerprint's name, the
# paper size's own name, abbreviations and stage numerals (all capitals: IIA, BMAC, NSAIDs).
ALLOWED = {"avn", "aid", "sha256", "Letter", "English", "Arabic", "PDF", "A4"}
ABBREVIATION = re.compile(r"^[A-Z0-9]{2,}s?$|^[IVX]+[AB]?$|^[A-B]$|^[0-9a-f]{8,}$")
# The pathway's own prose names two sources by id in one caveat (s001 and s004); how the
# wizard cites sources is tested in test_wizard.py.
SOURCE_IDS = {s.id for s in load_pathway(default_pathway()).pathway.sources}


def english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>|\(&\w\)|&(?=\w)", " ", text)  # markup, mnemonics
    plain = re.sub(r"\b[0-9a-f]{8,}\b", " ", plain)  # a hash is an id, whatever its letters
    return [
        word
        for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", plain)
        if word not in ALLOWED | SOURCE_IDS and not ABBREVIATION.match(word)
    ]


def test_every_wizard_string_has_a_finished_arabic_entry(tmp_path: Path) -> None:
    """pyside6-lupdate over gui/ finds no string missing or unfinished in avn_aid_ar.ts."""
    lupdate = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent)
    )
    assert lupdate, "pyside6-lupdate comes with PySide6"
    ts = tmp_path / "avn_aid_ar.ts"
    shutil.copy(i18n_dir() / "avn_aid_ar.ts", ts)
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    assert len(sources) > 10
    subprocess.run(
        [lupdate, "-no-obsolete", "-target-language", "ar", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 150
    missing = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert missing == [], "run `make translations` and translate these"


@pytest.fixture
def arabic(qtbot, qapp):
    QStandardPaths.setTestModeEnabled(True)  # compiled .qm files go to a throwaway cache
    language.apply_language(qapp, "ar")
    window = MainWindow(load_pathway(default_pathway()), default_pathway())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.wizard.mark_kept()
    window.close()
    language.apply_language(qapp, "en")
    QStandardPaths.setTestModeEnabled(False)


def shown_words(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for every word a clinician can see or a screen reader says."""
    found = [("window title", window.windowTitle())]
    for menu in window.menuBar().actions():
        found.append(("menu", menu.text()))
        found += [("menu item", a.text()) for a in menu.menu().actions()]  # type: ignore[union-attr]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if widget.objectName().startswith("source-") or (
            widget.parent() is not None and widget.parent().objectName() == "sources"
        ):
            continue  # the list of sources: citations stay as published, to be findable
        if isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("box", widget.title()))
        elif isinstance(widget, QComboBox):
            found += [("list", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        found += [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName())]
        found.append(("accessible description", widget.accessibleDescription()))
    return [(where, text) for where, text in found if text]


def english_on_screen(window: QMainWindow, typed: set[str]) -> list[tuple[str, str, list[str]]]:
    found = []
    for where, text in shown_words(window):
        words = [w for w in english_words(text) if w not in typed]
        if words:
            found.append((where, text[:80], words))
    return found


def test_no_english_on_any_page_of_the_arabic_wizard(arabic, monkeypatch) -> None:
    """Both hips (the page with the most words), every page, every 'Why?' open."""
    wizard = arabic.wizard
    typed = {"Dr", "Surgeon"}
    page = wizard.patient_page
    page.clinician.setText("Dr A. Surgeon")
    problems = english_on_screen(arabic, typed)
    page.age_box.setValue(40)
    page.side.setCurrentIndex(3)  # both hips
    wizard.next()
    choose(wizard, "IIA", "none")
    problems += english_on_screen(arabic, typed)
    wizard.next()
    right = wizard.right_stage_page
    stage_ids = [s.id for s in wizard.document.pathway.staging.stages]
    right.stages.button(stage_ids.index("III")).click()
    right.collapses.button(0).click()  # III without collapse: the explanation is shown
    assert not right.isComplete()
    problems += english_on_screen(arabic, typed)
    right.collapses.button(2).click()
    wizard.next()
    assert wizard.currentId() == PageId.MODIFIERS
    wizard.modifiers_page.risk_factor_boxes["smoking"].setChecked(True)
    problems += english_on_screen(arabic, typed)
    wizard.next()
    for cards in wizard.options_page.hip_cards.values():
        for card in cards:
            card.why_button.setChecked(True)
    tabs = wizard.options_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += english_on_screen(arabic, typed)
    wizard.next()
    wizard.handout_page.values.setChecked(True)
    problems += english_on_screen(arabic, typed)
    assert problems == [], "\n".join(map(str, problems))


def test_the_menus_dialogs_in_arabic(arabic, monkeypatch) -> None:
    """About, the test-case warning and the session notes: their own words are Arabic."""
    shown = []
    monkeypatch.setattr(
        dialogs, "show_text", lambda _p, title, intro, text: shown.append((title, intro, text))
    )
    arabic.about()
    title, intro, text = shown.pop()
    assert english_words(title + intro) == []
    # Each line of the About text names its field in Arabic; values may be names or paths.
    fields = [line.split(": ")[0] for line in text.splitlines() if line and ": " in line]
    assert len(fields) >= 9
    assert [f for f in fields if not f.startswith("  ") and english_words(f)] == []


def test_test_cases_run_on_the_pathway_as_written(arabic, monkeypatch, wait_background) -> None:
    """Shown in Arabic, the default pathway still passes its own (English) test cases."""
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda *a: warned.append(a))
    arabic.check_test_cases()
    wait_background()
    assert warned == []
    assert (
        arabic.document.pathway.metadata.title
        != arabic.wizard.written_document.pathway.metadata.title
    )


def test_a_failing_test_case_is_reported_in_arabic(
    arabic, monkeypatch, tmp_path, wait_background
) -> None:
    """The warning's own sentence is Arabic; case names and failures are the author's words."""
    import yaml

    cases = yaml.safe_load(
        default_pathway().with_name("avn-hip.tests.yaml").read_text(encoding="utf-8")
    )
    cases["cases"][0]["expect"]["statuses"]["observation"] = "recommended"  # it is "consider"
    pathway = tmp_path / "avn-hip.yaml"
    shutil.copy(default_pathway(), pathway)
    pathway.with_name("avn-hip.tests.yaml").write_text(yaml.safe_dump(cases), encoding="utf-8")
    arabic.path = pathway
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: warned.append((title, text)))
    arabic.check_test_cases()
    wait_background()
    ((title, text),) = warned
    sentence = text.split("\n\n")[0]
    assert "1" in sentence and "stage I, no collapse" in text
    assert english_words(title + sentence.replace("avn-hip.tests.yaml", "")) == []


def test_a_session_from_another_version_is_explained_in_arabic(arabic, monkeypatch) -> None:
    """What changed since the session was saved: the catalogue's Arabic, names from the
    pathway's translation (caveat ids are ids)."""
    from tests.gui.conftest import fill

    fill(arabic.wizard, age=40, stage="IIA", collapse="none")
    session = arabic.current_session()
    statuses = dict(session.answer.statuses)
    statuses["core_decompression"] = "recommended"
    changed = session.model_copy(
        update={
            "pathway": session.pathway.model_copy(update={"version": "0.0.1"}),
            "answer": session.answer.model_copy(
                update={"statuses": statuses, "caveats": (*session.answer.caveats, "gone-one")}
            ),
        }
    )
    shown = []
    monkeypatch.setattr(dialogs, "show_text", lambda _p, *words: shown.append(words))
    arabic.apply_session(changed)
    ((title, intro, notes),) = shown
    assert "0.0.1" in notes and "gone-one" in notes
    assert english_words(title + intro + notes.replace("gone-one", "")) == []
