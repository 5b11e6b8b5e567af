"""The main window: menus around the wizard, the pathway's identity always on show."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from avn_aid.errors import PathwayError, UserError
from avn_aid.gui import dialogs
from avn_aid.gui.wizard import PageId, Wizard
from avn_aid.loading.loader import load_located_pathway, load_pathway
from avn_aid.model.document import PathwayDocument
from avn_aid.session import (
    Session,
    answer_of,
    load_session,
    pathway_difference,
    result_changes,
    save_session,
    stamp,
)

GEOMETRY_KEY = "window/geometry"


class MainWindow(QMainWindow):
    def __init__(
        self, document: PathwayDocument, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.wizard = Wizard(document, self)
        self.setCentralWidget(self.wizard)
        self.pathway_label = QLabel()
        self.statusBar().addPermanentWidget(self.pathway_label)
        self._menus()
        self._show_pathway()
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)

    @property
    def document(self) -> PathwayDocument:
        return self.wizard.document

    def _action(
        self, menu_name: str, text: str, shortcut: QKeySequence | str | None, slot
    ) -> QAction:  # type: ignore[no-untyped-def]
        menu = self._menus_by_name.get(menu_name)
        if menu is None:
            menu = self.menuBar().addMenu(menu_name)
            self._menus_by_name[menu_name] = menu
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        self._menus_by_name: dict[str, object] = {}
        self._action("&File", "&New patient", QKeySequence.StandardKey.New, self.new_patient)
        self._action("&File", "&Open session...", QKeySequence.StandardKey.Open, self.open_session)
        self._action("&File", "&Save session...", QKeySequence.StandardKey.Save, self.save_session)
        self._action("&File", "&Quit", QKeySequence.StandardKey.Quit, self.close)
        self._action("&Pathway", "&Open pathway...", "Ctrl+Shift+O", self.open_pathway)
        self._action("&Pathway", "&Reload pathway", "F5", self.reload_pathway)
        self._action("&Pathway", "&Validate pathway", "Ctrl+Shift+V", self.validate_pathway)
        self._action("&Help", "&About this pathway", "F1", self.about)

    def _show_pathway(self) -> None:
        meta = self.document.pathway.metadata
        draft = " [DRAFT]" if meta.status == "draft" else ""
        self.setWindowTitle(f"avn-aid - {meta.title} {meta.version}{draft}")
        overdue = meta.next_review < dt.date.today()
        text = f"Pathway: {html.escape(meta.title)} {meta.version}{draft} (sha256 {self.document.short_sha})"
        if overdue:
            text += f" - <b>review overdue since {meta.next_review}</b>"
        self.pathway_label.setText(text)

    # --- patient ------------------------------------------------------------------
    def new_patient(self) -> None:
        self.wizard.new_patient()
        self.statusBar().showMessage("New patient: every answer cleared.", 4000)

    # --- pathway ------------------------------------------------------------------
    def _load(self, path: Path) -> PathwayDocument | None:
        """Load a pathway; on any problem keep the current one and show every located error."""
        try:
            document = load_pathway(path)
        except PathwayError as exc:
            dialogs.show_text(
                self,
                "Pathway not loaded",
                f"{path} has {len(exc.problems)} problem(s). The current pathway stays active.",
                str(exc),
            )
            return None
        return document

    def open_pathway(self) -> None:
        path = dialogs.ask_open_path(self, "Open pathway", "Pathway files (*.yaml *.yml)")
        if path is not None:
            self._switch(path)

    def reload_pathway(self) -> None:
        self._switch(self.path)

    def _switch(self, path: Path) -> None:
        document = self._load(path)
        if document is None:
            return
        self.path = path
        self.wizard.set_document(document)
        self._show_pathway()
        self.statusBar().showMessage(f"Loaded {path}", 4000)

    def validate_pathway(self) -> None:
        from avn_aid.authoring.check import analyse, format_report  # heavy; only when asked

        try:
            document, located = load_located_pathway(self.path)
        except PathwayError as exc:
            dialogs.show_text(self, "Pathway check", f"{self.path} cannot be used.", str(exc))
            return
        try:
            report = analyse(document, located, strict=False, today=dt.date.today())
        except UserError as exc:  # e.g. a decision space too large to analyse
            dialogs.show_text(self, "Pathway check", f"{self.path} cannot be analysed.", str(exc))
            return
        verdict = (
            "No problems found." if not report.findings else f"{len(report.errors)} error(s) found."
        )
        dialogs.show_text(
            self, "Pathway check", f"{self.path}: {verdict}", format_report(report, str(self.path))
        )

    # --- sessions -----------------------------------------------------------------
    def current_session(self) -> Session:
        details = self.wizard.patient_page.consultation(dt.date.today())
        return Session(
            patient=self.wizard.patient(),
            patient_name=details.patient_name,
            clinician=details.clinician,
            side=details.side,
            pathway=stamp(self.document),
            answer=answer_of(self.wizard.result()),
        )

    def save_session(self) -> None:
        if self.wizard.patient_page.age() < 0:
            dialogs.warn(self, "Nothing to save", "Enter the patient's age first.")
            return
        path = dialogs.ask_save_path(self, "Save session", "session.avn.json", "Sessions (*.json)")
        if path is None:
            return
        try:
            save_session(path, self.current_session(), overwrite=True)
        except UserError as exc:
            dialogs.warn(self, "Session not saved", str(exc))
        else:
            self.statusBar().showMessage(f"Session saved to {path}", 4000)

    def open_session(self) -> None:
        path = dialogs.ask_open_path(self, "Open session", "Sessions (*.json)")
        if path is None:
            return
        try:
            session = load_session(path)
        except UserError as exc:
            dialogs.warn(self, "Session not opened", str(exc))
            return
        self.apply_session(session)

    def apply_session(self, session: Session) -> None:
        wizard = self.wizard
        wizard.new_patient()
        page = wizard.patient_page
        page.name.setText(session.patient_name)
        page.age_box.setValue(session.patient.age)
        page.side.setCurrentIndex({None: 0, "left": 1, "right": 2}[session.side])
        page.clinician.setText(session.clinician)
        wizard.stage_page.set_answers(session.patient.stage, session.patient.collapse)
        unknown = wizard.modifiers_page.set_answers(
            session.patient.contraindications, session.patient.risk_factors
        )
        notes = []
        difference = pathway_difference(session, self.document)
        if difference:
            notes.append(difference)
            changes = result_changes(session.answer, wizard.result())
            notes.append(
                "What changed in the result:\n  " + "\n  ".join(changes)
                if changes
                else "The result for this patient is unchanged."
            )
        if unknown:
            notes.append("Not in this pathway, so not ticked: " + ", ".join(unknown))
        if notes:
            dialogs.show_text(
                self, "Session opened", "This session needs your attention.", "\n\n".join(notes)
            )
        for _ in range(PageId.OPTIONS):
            if not wizard.currentPage().isComplete():
                break
            wizard.next()

    # --- about --------------------------------------------------------------------
    def about(self) -> None:
        meta = self.document.pathway.metadata
        overdue = meta.next_review < dt.date.today()
        lines = [
            f"{meta.title} ({meta.id}), version {meta.version}, {meta.status}",
            f"File: {self.path}",
            f"sha256: {self.document.sha256}",
            f"Authors: {'; '.join(meta.authors)}",
            f"Reviewers: {'; '.join(meta.reviewers) or 'none yet'}",
            f"Last reviewed: {meta.last_reviewed}",
            f"Next review: {meta.next_review}"
            + ("   WARNING: this date has passed" if overdue else ""),
            f"Update policy: {meta.update_policy}",
            f"Funding: {meta.funding}",
            "",
            "Sources:",
        ]
        lines += [
            f"  {s.id} [{s.kind.replace('_', ' ')}, {s.year or 'no date'}] {s.citation}"
            for s in self.document.pathway.sources
        ]
        intro = (
            "Review overdue: check the pathway before using it."
            if overdue
            else "About the active pathway."
        )
        dialogs.show_text(self, "About this pathway", intro, "\n".join(lines))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
