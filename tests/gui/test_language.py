"""The interface language: .ts compiled on first use, translations installed, RTL mirrored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt

from avn_aid.gui import language as lang

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Probe</name>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def i18n(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "avn_aid_ar.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(lang, "i18n_dir", lambda: folder)
    QStandardPaths.setTestModeEnabled(True)  # the cache goes to a throwaway folder
    yield folder
    QStandardPaths.setTestModeEnabled(False)


def test_languages_come_from_the_ts_files(i18n: Path) -> None:
    assert [x.code for x in lang.interface_languages()] == ["en", "ar"]


def test_arabic_is_compiled_installed_and_mirrors_the_layout(qapp, i18n: Path) -> None:
    try:
        chosen = lang.apply_language(qapp, "ar")
        assert chosen.right_to_left
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("Probe", "Patient") == "المريض"
        # Qt's own strings too (the wizard's buttons come from qtbase).
        assert QCoreApplication.translate("QWizard", "&Next") != "&Next"
        first = lang.compiled_translation("ar")
        assert first.exists() and first.stat().st_size > 0
        # An edited .ts gives a new .qm; the old one is not reused.
        (i18n / "avn_aid_ar.ts").write_text(TS.replace("المريض", "مريض"), encoding="utf-8")
        assert lang.compiled_translation("ar") != first
    finally:
        lang.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("Probe", "Patient") == "Patient"


def test_the_choice_is_remembered(i18n: Path) -> None:
    assert lang.chosen_language() == "en"
    lang.remember_language("ar")
    assert lang.chosen_language() == "ar"
    lang.remember_language("zz")  # a language whose .ts was removed falls back
    assert lang.chosen_language() == "en"


def test_the_arabic_wizard_translation_has_no_empty_entries() -> None:
    """Every string in resources/i18n/avn_aid_ar.ts is translated and keeps its fields."""
    import re
    import xml.etree.ElementTree as ET

    from avn_aid.resources import i18n_dir

    messages = list(ET.parse(i18n_dir() / "avn_aid_ar.ts").getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        target = message.find("translation")
        assert target is not None and (target.text or "").strip(), source
        assert target.get("type") != "unfinished", source
        fields = set(re.findall(r"\{\w+\}", source))
        assert fields == set(re.findall(r"\{\w+\}", target.text or "")), source


def test_the_language_menu_lists_each_language_in_its_own_words_when_opened(window) -> None:
    """The names come from CLDR when the menu opens (the start does without babel)."""
    settings = next(a.menu() for a in window.menuBar().actions() if a.text() == "Se&ttings")
    choices = next(a.menu() for a in settings.actions() if a.menu() is not None)
    choices.aboutToShow.emit()
    names = [a.text() for a in choices.actions()]
    assert names == ["English", "العربية (Arabic)"]
    assert [a.isChecked() for a in choices.actions()] == [True, False]
    choices.aboutToShow.emit()  # listed once, however often it opens
    assert len(choices.actions()) == 2
