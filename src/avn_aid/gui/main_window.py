"""The main window: menus around the wizard, the pathway's identity always on show."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from avn_aid.errors import PathwayError, UserError
from avn_aid.gui import dialogs, language, settings
from avn_aid.gui.answers import Answers
from avn_aid.gui.background import run_in_background
from avn_aid.gui.language import translate
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

PREFERRED_SIZE = (1100, 760)


class MainWindow(QMainWindow):
    def __init__(
        self, document: PathwayDocument, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.wizard = Wizard(language.for_interface(document), self)
        self.wizard.restart_requested.connect(self.new_patient)
        self.setCentralWidget(self.wizard)
        self.pathway_label = QLabel()
        self.statusBar().addPermanentWidget(self.pathway_label)
        self._menus()
        self._show_pathway()
        self._place()

    # --- where the window goes ------------------------------------------------------------
    def _geometry_key(self) -> str:
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        return settings.geometry_key(screen.name(), area.width(), area.height())

    def _place(self) -> None:
        """Restore the size kept for this screen, or fit the preferred size into it."""
        geometry = QSettings().value(self._geometry_key())
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.fit_to_screen()
            return
        area = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        # Leave room for the window manager's title bar and frame.
        self.resize(
            min(PREFERRED_SIZE[0], area.width() - 16), min(PREFERRED_SIZE[1], area.height() - 48)
        )
        self.move(area.center() - self.rect().center())
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area, never partly off it."""
        area = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

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
        self._action(
            translate("avn-aid", "&File"),
            translate("avn-aid", "&New patient"),
            QKeySequence.StandardKey.New,
            self.new_patient,
        )
        self._action(
            translate("avn-aid", "&File"),
            translate("avn-aid", "&Open session..."),
            QKeySequence.StandardKey.Open,
            self.open_session,
        )
        self._action(
            translate("avn-aid", "&File"),
            translate("avn-aid", "&Save session..."),
            QKeySequence.StandardKey.Save,
            self.save_session,
        )
        self._action(
            translate("avn-aid", "&File"),
            translate("avn-aid", "&Quit"),
            QKeySequence.StandardKey.Quit,
            self.close,
        )
        self._action(
            translate("avn-aid", "&Pathway"),
            translate("avn-aid", "&Open pathway..."),
            "Ctrl+Shift+O",
            self.open_pathway,
        )
        self._action(
            translate("avn-aid", "&Pathway"),
            translate("avn-aid", "&Reload pathway"),
            "F5",
            self.reload_pathway,
        )
        self._action(
            translate("avn-aid", "&Pathway"),
            translate("avn-aid", "&Validate pathway"),
            "Ctrl+Shift+V",
            self.validate_pathway,
        )
        self._language_menu()
        self._action(
            translate("avn-aid", "&Help"),
            translate("avn-aid", "&About this pathway"),
            "F1",
            self.about,
        )

    def _language_menu(self) -> None:
        """Settings > Language: the interface language, used from the next start."""
        from PySide6.QtGui import QActionGroup

        menu = self.menuBar().addMenu(translate("avn-aid", "Se&ttings"))
        self._menus_by_name[translate("avn-aid", "Se&ttings")] = menu
        choices = menu.addMenu(translate("avn-aid", "&Language"))
        group = QActionGroup(self)
        current = language.chosen_language()
        self.language_actions: dict[str, QAction] = {}
        for lang in language.interface_languages():
            label = (
                lang.own_name
                if lang.own_name == lang.english_name
                else (f"{lang.own_name} ({lang.english_name})")
            )
            action = QAction(label, self, checkable=True)
            action.setChecked(lang.code == current)
            action.triggered.connect(lambda _=False, code=lang.code: self.choose_language(code))
            group.addAction(action)
            choices.addAction(action)
            self.language_actions[lang.code] = action

    def choose_language(self, code: str) -> None:
        if code == language.chosen_language():
            return
        language.remember_language(code)
        dialogs.inform(
            self,
            translate("avn-aid", "Language"),
            translate("avn-aid", "The new language is used when avn-aid starts again."),
        )

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

    def _show_pathway(self) -> None:
        meta = self.document.pathway.metadata
        draft = " [DRAFT]" if meta.status == "draft" else ""
        self.setWindowTitle(f"avn-aid - {meta.title} {meta.version}{draft}")
        overdue = meta.next_review < dt.date.today()
        text = translate("avn-aid", "Pathway: {title} {version}{draft} (sha256 {sha})").format(
            title=html.escape(meta.title),
            version=meta.version,
            draft=draft,
            sha=self.document.short_sha,
        )
        if overdue:
            text += f" - <b>review overdue since {meta.next_review}</b>"
        self.pathway_label.setText(text)

    # --- patient ------------------------------------------------------------------
    def new_patient(self) -> None:
        if not self.may_discard(translate("avn-aid", "start a new patient")):
            return
        self.wizard.new_patient()
        self.statusBar().showMessage(
            translate("avn-aid", "New patient: every answer cleared."), 4000
        )

    # --- pathway ------------------------------------------------------------------
    def _load(self, path: Path) -> PathwayDocument | None:
        """Load a pathway; on any problem keep the current one and show every located error."""
        try:
            document = language.for_interface(load_pathway(path))
        except PathwayError as exc:
            dialogs.show_text(
                self,
                translate("avn-aid", "Pathway not loaded"),
                f"{path} has {len(exc.problems)} problem(s). The current pathway stays active.",
                str(exc),
            )
            return None
        return document

    def open_pathway(self) -> None:
        if not self.may_discard(translate("avn-aid", "open another pathway")):
            return
        path = dialogs.ask_open_path(
            self,
            translate("avn-aid", "Open pathway"),
            self.path.parent,
            translate("avn-aid", "Pathway files (*.yaml *.yml)"),
        )
        if path is not None and self._switch(path):
            self.wizard.new_patient()

    def reload_pathway(self) -> None:
        # An author editing the pathway: the answers stay where they still exist.
        self._switch(self.path)

    def _switch(self, path: Path) -> bool:
        document = self._load(path)
        if document is None:
            return False
        self.path = path
        self.wizard.set_document(document)
        self._show_pathway()
        self.statusBar().showMessage(translate("avn-aid", "Loaded {path}").format(path=path), 4000)
        self.check_test_cases()
        return True

    def check_test_cases(self) -> None:
        """Run the pathway's own test cases (about 0.05 s) and warn when any fail."""
        from avn_aid.authoring.test_cases import run_cases
        from avn_aid.resources import cases_file_for

        cases = cases_file_for(self.path)
        if not cases.exists():
            return
        try:
            outcomes, _ = run_cases(self.document, cases)
        except PathwayError as exc:
            dialogs.warn(
                self,
                translate("avn-aid", "Pathway test cases"),
                f"{cases.name} cannot be read:\n{exc}",
            )
            return
        failed = [o for o in outcomes if o.failures]
        if failed:
            lines = "\n".join(f"- {o.name}: {'; '.join(o.failures)}" for o in failed[:8])
            more = f"\n... and {len(failed) - 8} more" if len(failed) > 8 else ""
            dialogs.warn(
                self,
                translate("avn-aid", "Pathway test cases fail"),
                f"{len(failed)} of {len(outcomes)} test cases in {cases.name} fail. "
                f"This pathway may not say what its authors meant; check it before use.\n\n"
                f"{lines}{more}",
            )

    def validate_pathway(self) -> None:
        """Check the pathway in the background (about 1.6 s); the window stays usable."""
        path = self.path
        self.statusBar().showMessage(translate("avn-aid", "Checking {path}...").format(path=path))

        def check() -> tuple[str, str]:
            from avn_aid.authoring.check import analyse, format_report  # heavy; only when asked

            try:
                document, located = load_located_pathway(path)
            except PathwayError as exc:
                return f"{path} cannot be used.", str(exc)
            try:
                report = analyse(document, located, strict=False, today=dt.date.today())
            except UserError as exc:  # e.g. a decision space too large to analyse
                return f"{path} cannot be analysed.", str(exc)
            verdict = (
                translate("avn-aid", "No problems found.")
                if not report.findings
                else f"{len(report.errors)} error(s) found."
            )
            return f"{path}: {verdict}", format_report(report, str(path))

        def show(found: tuple[str, str]) -> None:
            self.statusBar().clearMessage()
            dialogs.show_text(self, translate("avn-aid", "Pathway check"), *found)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            raise exc  # a bug in the check: the crash dialog shows it

        run_in_background(check, show, failed)

    # --- sessions -----------------------------------------------------------------
    def current_session(self) -> Session:
        answers = self.wizard.answers()
        details = answers.consultation(dt.date.today())
        return Session(
            patient=self.wizard.patient(),
            patient_name=details.patient_name,
            clinician=details.clinician,
            pathway=stamp(self.document),
            answer=answer_of(self.wizard.result()),
            handout_language=answers.handout_language,
            preferences=answers.preferences,
        )

    def save_session(self) -> bool:
        """Save the patient's answers; False if nothing was saved."""
        answers = self.wizard.answers()
        if answers.age is None:
            dialogs.warn(
                self,
                translate("avn-aid", "Nothing to save"),
                translate("avn-aid", "Enter the patient's age on the Patient page first."),
            )
            return False
        path = dialogs.ask_save_path(
            self,
            translate("avn-aid", "Save session"),
            settings.suggested(answers.patient_name, dt.date.today(), ".avn.json"),
            translate("avn-aid", "Sessions (*.json)"),
        )
        if path is None:
            return False
        try:
            save_session(path, self.current_session(), overwrite=True)
        except UserError as exc:
            dialogs.warn(self, translate("avn-aid", "Session not saved"), str(exc))
            return False
        settings.remember_folder(path)
        self.wizard.mark_kept()
        self.statusBar().showMessage(
            translate("avn-aid", "Session saved to {path}").format(path=path), 4000
        )
        return True

    def open_session(self) -> None:
        if not self.may_discard(translate("avn-aid", "open another session")):
            return
        path = dialogs.ask_open_path(
            self,
            translate("avn-aid", "Open session"),
            settings.last_folder(),
            translate("avn-aid", "Sessions (*.json)"),
        )
        if path is None:
            return
        try:
            session = load_session(path)
        except UserError as exc:
            dialogs.warn(self, translate("avn-aid", "Session not opened"), str(exc))
            return
        settings.remember_folder(path)
        self.apply_session(session)

    def apply_session(self, session: Session) -> None:
        wizard = self.wizard
        patient = session.patient
        left = patient.hips[0]
        right = patient.hips[1] if patient.both_hips else None
        unknown = wizard.set_answers(
            Answers(
                patient_name=session.patient_name,
                age=patient.age,
                side=None if right else left.side,
                clinician=session.clinician,
                stage=left.stage,
                collapse=left.collapse,
                contraindications=(*patient.contraindications, *left.contraindications),
                risk_factors=patient.risk_factors,
                both_hips=right is not None,
                right_stage=right.stage if right else None,
                right_collapse=right.collapse if right else None,
                right_contraindications=right.contraindications if right else (),
                symptoms=left.symptoms,
                right_symptoms=right.symptoms if right else None,
                failed_conservative_care=patient.failed_conservative_care,
                handout_language=session.handout_language,
                preferences=session.preferences,
            )
        )
        notes = []
        difference = pathway_difference(session, self.document)
        if difference:
            notes.append(difference)
            changes = result_changes(session.answer, wizard.result())
            notes.append(
                "What changed in the result:\n  " + "\n  ".join(changes)
                if changes
                else translate("avn-aid", "The result for this patient is unchanged.")
            )
        if unknown:
            notes.append(
                translate("avn-aid", "Not in this pathway, so not ticked: ") + ", ".join(unknown)
            )
        if notes:
            dialogs.show_text(
                self,
                translate("avn-aid", "Session opened"),
                translate("avn-aid", "This session needs your attention."),
                "\n\n".join(notes),
            )
        while wizard.currentId() != PageId.OPTIONS:  # one more stage page with both hips
            if not wizard.currentPage().isComplete():
                break
            wizard.next()
        wizard.mark_kept()  # just opened from a file: nothing to lose yet

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
            translate("avn-aid", "Sources:"),
        ]
        lines += [
            f"  {s.id} [{s.kind.replace('_', ' ')}, {s.year or 'no date'}] {s.citation}"
            for s in self.document.pathway.sources
        ]
        intro = (
            translate("avn-aid", "Review overdue: check the pathway before using it.")
            if overdue
            else translate("avn-aid", "About the active pathway.")
        )
        dialogs.show_text(self, translate("avn-aid", "About this pathway"), intro, "\n".join(lines))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.may_discard(translate("avn-aid", "quit")):
            event.ignore()
            return
        QSettings().setValue(self._geometry_key(), self.saveGeometry())
        super().closeEvent(event)
