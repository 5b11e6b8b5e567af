"""The main window: menus around the wizard, the pathway's identity always on show."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from avn_aid.gui import dialogs, language, pathway_actions, placement, session_files
from avn_aid.gui.language import translate
from avn_aid.gui.menus import Menus
from avn_aid.gui.wizard import Wizard
from avn_aid.model.document import PathwayDocument

if TYPE_CHECKING:
    from avn_aid.session import Session


class MainWindow(QMainWindow):
    def __init__(
        self, document: PathwayDocument, path: Path, parent: QWidget | None = None
    ) -> None:
        """`document` is the pathway as written; the wizard shows it in the interface language."""
        super().__init__(parent)
        self.path = path
        self.wizard = Wizard(document, self)
        self.wizard.restart_requested.connect(self.new_patient)
        self.setCentralWidget(self.wizard)
        self.pathway_label = QLabel()
        self.statusBar().addPermanentWidget(self.pathway_label)
        self.menus = Menus(self)
        self._retranslating = False
        self.show_pathway()
        placement.place(self)

    @property
    def document(self) -> PathwayDocument:
        """The pathway as shown (translated when the interface language has it)."""
        return self.wizard.document

    @property
    def language_actions(self) -> dict[str, QAction]:
        return self.menus.language_actions

    def fit_to_screen(self) -> None:
        placement.fit_to_screen(self)

    # --- the interface language ----------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """Settings > Language: remembered, and applied at once to everything on screen."""
        language.remember_language(code)
        if code != language.current_language():
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            language.apply_language(app, code)  # Qt sends every widget a LanguageChange

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Each translator installed or removed sends one: name everything again once.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window goes first
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word on screen in the interface language; the consultation stays as it is."""
        self._retranslating = False
        self.menus.retranslate()
        self.wizard.retranslate()
        self.show_pathway()

    # --- nothing lost without asking -----------------------------------------------------
    def may_discard(self, doing: str) -> bool:
        """Before `doing` loses an unsaved, unprinted patient: Save, Discard or Cancel."""
        if not self.wizard.has_unkept_patient():
            return True
        choice = dialogs.ask_save_discard(
            self,
            translate("avn-aid", "Patient not saved"),
            translate(
                "avn-aid",
                "The answers for this patient have not been saved or printed. "
                "Save them as a session before you {doing}?",
            ).format(doing=doing),
        )
        if choice == "save":
            return self.save_session()
        return choice == "discard"

    def show_pathway(self) -> None:
        """The pathway's title, version and fingerprint in the title and the status bar."""
        meta = self.document.pathway.metadata
        draft = (" [" + translate("avn-aid", "DRAFT") + "]") if meta.status == "draft" else ""
        self.setWindowTitle(f"avn-aid - {meta.title} {meta.version}{draft}")
        text = translate("avn-aid", "Pathway: {title} {version}{draft} (sha256 {sha})").format(
            title=html.escape(meta.title),
            version=meta.version,
            draft=draft,
            sha=self.document.short_sha,
        )
        if meta.next_review < dt.date.today():
            overdue = translate("avn-aid", "review overdue since {date}")
            text += " - <b>" + overdue.format(date=meta.next_review) + "</b>"
        self.pathway_label.setText(text)

    # --- the menus' actions --------------------------------------------------------------
    def new_patient(self) -> None:
        if not self.may_discard(translate("avn-aid", "start a new patient")):
            return
        self.wizard.new_patient()
        self.statusBar().showMessage(
            translate("avn-aid", "New patient: every answer cleared."), 4000
        )

    def open_pathway(self) -> None:
        pathway_actions.open_other(self)

    def reload_pathway(self) -> None:
        # An author editing the pathway: the answers stay where they still exist.
        pathway_actions.switch(self, self.path)

    def validate_pathway(self) -> None:
        pathway_actions.validate(self)

    def check_test_cases(self) -> None:
        pathway_actions.check_test_cases(self)

    def about(self) -> None:
        pathway_actions.about(self)

    def current_session(self) -> Session:
        return session_files.current_session(self)

    def save_session(self) -> bool:
        """Save the patient's answers; False if nothing was saved."""
        return session_files.save(self)

    def open_session(self) -> None:
        session_files.open_one(self)

    def apply_session(self, session: Session) -> None:
        session_files.show(self, session)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.may_discard(translate("avn-aid", "quit")):
            event.ignore()
            return
        placement.remember(self)
        super().closeEvent(event)
