"""The menu bar: every action with its shortcut, named again whenever the language changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from avn_aid.gui import language
from avn_aid.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from avn_aid.gui.main_window import MainWindow

Key = QKeySequence.StandardKey
# (menu, action, shortcut, the window's method it calls), in the order shown.
ACTIONS: tuple[tuple[str, str, Key | str, str], ...] = (
    (QT_TRANSLATE_NOOP("avn-aid", "&File"), QT_TRANSLATE_NOOP("avn-aid", "&New patient"), Key.New, "new_patient"),
    (QT_TRANSLATE_NOOP("avn-aid", "&File"), QT_TRANSLATE_NOOP("avn-aid", "&Open session..."), Key.Open, "open_session"),
    (QT_TRANSLATE_NOOP("avn-aid", "&File"), QT_TRANSLATE_NOOP("avn-aid", "&Save session..."), Key.Save, "save_session"),
    (QT_TRANSLATE_NOOP("avn-aid", "&File"), QT_TRANSLATE_NOOP("avn-aid", "&Quit"), Key.Quit, "close"),
    (QT_TRANSLATE_NOOP("avn-aid", "&Pathway"), QT_TRANSLATE_NOOP("avn-aid", "&Open pathway..."), "Ctrl+Shift+O", "open_pathway"),
    (QT_TRANSLATE_NOOP("avn-aid", "&Pathway"), QT_TRANSLATE_NOOP("avn-aid", "&Reload pathway"), "F5", "reload_pathway"),
    (QT_TRANSLATE_NOOP("avn-aid", "&Pathway"), QT_TRANSLATE_NOOP("avn-aid", "&Validate pathway"), "Ctrl+Shift+V", "validate_pathway"),
    (QT_TRANSLATE_NOOP("avn-aid", "&Help"), QT_TRANSLATE_NOOP("avn-aid", "&About this pathway"), "F1", "about"),
)  # fmt: skip
SETTINGS = QT_TRANSLATE_NOOP("avn-aid", "Se&ttings")
LANGUAGE = QT_TRANSLATE_NOOP("avn-aid", "&Language")


class Menus:
    """The window's menus; `retranslate()` names them again in the interface language."""

    def __init__(self, window: MainWindow) -> None:
        self._named: list[tuple[Callable[[str], None], str]] = []  # (setter, source words)
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}
        for menu_words, words, shortcut, method in ACTIONS:
            if menu_words == "&Help":  # Settings comes before Help
                self._settings(window, menus)
            if menu_words not in menus:
                menus[menu_words] = bar.addMenu("")
                self._named.append((menus[menu_words].setTitle, menu_words))
            action = QAction(window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(getattr(window, method))
            menus[menu_words].addAction(action)
            self._named.append((action.setText, words))
        self.retranslate()

    def _settings(self, window: MainWindow, menus: dict[str, QMenu]) -> None:
        """Settings > Language: the interface language, applied at once."""
        menus[SETTINGS] = window.menuBar().addMenu("")
        self._named.append((menus[SETTINGS].setTitle, SETTINGS))
        self._choices = menus[SETTINGS].addMenu("")
        self._named.append((self._choices.setTitle, LANGUAGE))
        self._window = window
        self._language_actions: dict[str, QAction] = {}
        # The languages' names come from CLDR (babel), which the start does without: they
        # are listed when the menu is first opened.
        self._choices.aboutToShow.connect(self._list_languages)

    @property
    def language_actions(self) -> dict[str, QAction]:
        """The interface languages' actions by code (listed now if the menu was never opened)."""
        self._list_languages()
        return self._language_actions

    def _list_languages(self) -> None:
        if self._language_actions:
            return
        window = self._window
        group = QActionGroup(window)
        for lang in language.interface_languages():
            # Each language in its own words, so it can be found by someone who reads it.
            label = (
                lang.own_name
                if lang.own_name == lang.english_name
                else f"{lang.own_name} ({lang.english_name})"
            )
            action = QAction(label, window, checkable=True)
            action.setChecked(lang.code == language.current_language())
            action.triggered.connect(lambda _=False, code=lang.code: window.choose_language(code))
            group.addAction(action)
            self._choices.addAction(action)
            self._language_actions[lang.code] = action

    def retranslate(self) -> None:
        for setter, words in self._named:
            setter(translate("avn-aid", words))
        for code, action in self._language_actions.items():
            action.setChecked(code == language.current_language())
