"""The interface language: Qt translations (.ts in the repository, .qm built on first use),
right-to-left layout, and the choice remembered in the settings.

pyside6-lupdate extracts the strings wrapped in tr() into resources/i18n/avn_aid_LANG.ts
(`make translations`); a translator edits them with Qt Linguist. The .qm files Qt loads
are compiled from the .ts by pyside6-lrelease the first time a language is used (and
again whenever its .ts changes), into the user's cache folder, so a wheel or a fresh
checkout needs no build step.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from avn_aid.resources import i18n_dir

if TYPE_CHECKING:
    from avn_aid.handout.localize import Language
    from avn_aid.model.document import PathwayDocument

# Babel (language names and directions from CLDR) is imported when a language's name or
# direction is needed: the Language menu opened, another language applied, a handout.

ENGLISH = "en"
SETTING = "interface/language"
_installed: list[QTranslator] = []
_current = ["en"]  # the interface language applied last
__all__ = [
    "QT_TRANSLATE_NOOP",
    "apply_language",
    "chosen_language",
    "current_language",
    "translate",
]


def interface_codes() -> list[str]:
    """English and every language with a .ts file, by code."""
    found = (p.stem.removeprefix("avn_aid_") for p in i18n_dir().glob("avn_aid_*.ts"))
    return [ENGLISH, *sorted(code.replace("_", "-") for code in found)]


def interface_languages() -> list[Language]:
    """English and every language with a .ts file."""
    from avn_aid.handout.localize import language

    return [language(code) for code in interface_codes()]


def chosen_language() -> str:
    code = str(QSettings().value(SETTING, ENGLISH) or ENGLISH)
    return code if code in interface_codes() else ENGLISH


def current_language() -> str:
    """The interface language applied last (English until one is applied)."""
    return _current[0]


def remember_language(code: str) -> None:
    QSettings().setValue(SETTING, code)


def compiled_translation(code: str) -> Path:
    """The .qm for a language, compiled from its .ts when missing or out of date."""
    source = i18n_dir() / f"avn_aid_{code.replace('-', '_')}.ts"
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()[:16]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "translations" / f"avn_aid_{code}_{digest}.qm"
    if not target.exists():
        import subprocess

        target.parent.mkdir(parents=True, exist_ok=True)
        lrelease = _lrelease()
        partial = target.with_suffix(".part")
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        partial.replace(target)
    return target


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise FileNotFoundError("pyside6-lrelease was not found; reinstall PySide6")
    return found


def apply_language(app: QApplication, code: str) -> Language:
    """Install the translations for code (ours and Qt's own) and the layout direction."""
    from avn_aid.handout.localize import language

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = language(code)
    _current[0] = code
    from avn_aid.catalogue import use_language
    from avn_aid.resources import messages_file

    # Status words and other catalogue wording in the window follow the interface.
    use_language(code if messages_file(code).exists() else ENGLISH)
    if code != ENGLISH:
        ours = QTranslator(app)
        if ours.load(str(compiled_translation(code))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(code.replace("-", "_")), "qtbase", "_", folder):
            app.installTranslator(qt_own)  # QWizard's Next, Back, Cancel and the dialogs
            _installed.append(qt_own)
    if chosen.right_to_left:
        _add_arabic_fonts()
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if chosen.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return chosen


def for_interface(document: PathwayDocument) -> PathwayDocument:
    """The pathway shown in the wizard: in the interface language when it has a complete
    translation, otherwise as written (the window then says so in the status bar)."""
    code = _current[0]
    if code == ENGLISH:
        return document
    from avn_aid.errors import UserError
    from avn_aid.handout.build import pathway_in

    try:
        return pathway_in(document, code)[0]
    except UserError:
        return document


def _add_arabic_fonts() -> None:
    """Noto Naskh Arabic from resources/fonts, so Arabic never falls back to empty boxes."""
    from PySide6.QtGui import QFontDatabase

    from avn_aid.resources import font

    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(font(name)))


def isolated(text: object) -> str:
    """Text kept in its own left-to-right order inside any sentence (a file path, a hash):
    in right-to-left text, /home/x.yaml would otherwise come apart at its slashes."""
    return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (module-level helpers)."""
    return QCoreApplication.translate(context, text)


def translate(context: str, text: str) -> str:
    """Qt's translation lookup; pyside6-lupdate finds `translate("avn-aid", "...")` calls."""
    return QCoreApplication.translate(context, text)
