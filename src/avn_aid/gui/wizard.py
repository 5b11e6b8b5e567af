"""The consultation wizard: patient, stage, contraindications, options, handout."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from avn_aid.gui import language
from avn_aid.gui.answers import Answers
from avn_aid.gui.language import translate
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import HipFindings, Patient

if TYPE_CHECKING:
    from avn_aid.engine.result import Result
    from avn_aid.gui.answers import AnswerPage


class PageId(IntEnum):
    PATIENT = 0
    STAGE = 1
    STAGE_RIGHT = 2  # only when both hips are affected
    MODIFIERS = 3
    OPTIONS = 4
    HANDOUT = 5


QT_CONTEXT = "QWizard"  # Qt's own translations (qtbase) of its buttons
# The pages of a one-hip consultation, in order; both hips add STAGE_RIGHT after STAGE.
ONE_HIP_PAGES = (PageId.PATIENT, PageId.STAGE, PageId.MODIFIERS, PageId.OPTIONS, PageId.HANDOUT)


class Wizard(QWizard):
    """Holds the pathway and hands answers to its pages and back; pages never meet."""

    pathway_changed = Signal()
    # Esc or "New patient": the window decides, asking first if the patient would be lost.
    restart_requested = Signal()

    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        """`document` is the pathway as written; the pages show it in the interface language."""
        super().__init__(parent)
        from avn_aid.gui.pages.handout_page import HandoutPage
        from avn_aid.gui.pages.modifiers_page import ModifiersPage
        from avn_aid.gui.pages.options_page import OptionsPage
        from avn_aid.gui.pages.patient_page import PatientPage
        from avn_aid.gui.pages.stage_page import StagePage

        self._written = document
        self._document = language.for_interface(document)
        self._kept = Answers()
        self._pages: dict[PageId, AnswerPage] = {}  # answers() is empty while they are built
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.patient_page = PatientPage(self)
        self.stage_page = StagePage(self, one_hip_next=PageId.MODIFIERS)
        self.right_stage_page = StagePage(self, right=True)
        self.modifiers_page = ModifiersPage(self)
        self.options_page = OptionsPage(self)
        self.handout_page = HandoutPage(self)
        self._pages = {
            PageId.PATIENT: self.patient_page,
            PageId.STAGE: self.stage_page,
            PageId.STAGE_RIGHT: self.right_stage_page,
            PageId.MODIFIERS: self.modifiers_page,
            PageId.OPTIONS: self.options_page,
            PageId.HANDOUT: self.handout_page,
        }
        for page_id, page in self._pages.items():
            self.setPage(page_id, page)  # type: ignore[arg-type]
        self.setStartId(PageId.PATIENT)
        self._name_buttons()
        self.setWindowFlags(Qt.WindowType.Widget)
        self.currentIdChanged.connect(self._page_shown)

    def _name_buttons(self) -> None:
        # Finish starts again. Back and Next: ours where we translated them (Qt's Arabic
        # puts '<' and '>' that point the wrong way in a right-to-left window, and its
        # mnemonic underline lands on a letter's dots), else Qt's own (qtbase) words.
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("avn-aid", "&New patient"))
        for button, ours, english in (
            (QWizard.WizardButton.BackButton, translate("avn-aid", "< &Back"), "< &Back"),
            (QWizard.WizardButton.NextButton, translate("avn-aid", "&Next >"), "&Next >"),
        ):
            words = ours if ours != english else QCoreApplication.translate(QT_CONTEXT, english)
            self.setButtonText(button, words)

    def retranslate(self) -> None:
        """Everything in the interface language, the pathway's words too; no answer is lost."""
        self._name_buttons()
        self.set_document(self._written)  # the pathway's words, first: pages show them
        for page in self._pages.values():
            page.retranslate()

    def _page_shown(self, page_id: int) -> None:
        # On the last page Enter saves the handout; it never starts a new patient.
        last = page_id == PageId.HANDOUT
        self.setOption(QWizard.WizardOption.NoDefaultButton, last)
        self.button(QWizard.WizardButton.FinishButton).setDefault(False)
        self.handout_page.save_button.setDefault(last)

    def done(self, result: int) -> None:
        """Esc and Finish would close the wizard and lose the patient: ask the window instead."""
        self.restart_requested.emit()

    # --- the interface pages use ---------------------------------------------------------
    @property
    def document(self) -> PathwayDocument:
        """The pathway as shown: in the interface language when it has a complete translation."""
        return self._document

    @property
    def written_document(self) -> PathwayDocument:
        """The pathway as written, for handouts in any language and for its test cases."""
        return self._written

    def answers(self) -> Answers:
        answers = Answers()
        for page in self._pages.values():
            answers = page.give_answers(answers)
        return answers

    def patient(self) -> Patient:
        answers = self.answers()
        age = -1 if answers.age is None else answers.age
        if not answers.both_hips:
            return Patient(
                age=age,
                stage=answers.stage or "",
                collapse=answers.collapse or "",
                side=answers.side,
                contraindications=answers.contraindications,
                risk_factors=answers.risk_factors,
                symptoms=answers.symptoms,
                failed_conservative_care=answers.failed_conservative_care,
            )
        per_hip = self._document.pathway.per_hip_contraindications()
        return Patient(
            age=age,
            hips=(
                HipFindings(
                    side="left",
                    stage=answers.stage or "",
                    collapse=answers.collapse or "",
                    contraindications=tuple(c for c in answers.contraindications if c in per_hip),
                    symptoms=answers.symptoms,
                ),
                HipFindings(
                    side="right",
                    stage=answers.right_stage or "",
                    collapse=answers.right_collapse or "",
                    contraindications=answers.right_contraindications,
                    symptoms=answers.right_symptoms,
                ),
            ),
            contraindications=tuple(c for c in answers.contraindications if c not in per_hip),
            risk_factors=answers.risk_factors,
            failed_conservative_care=answers.failed_conservative_care,
        )

    def result(self) -> Result:
        from avn_aid.engine.evaluate import evaluate  # not needed before the options page

        return evaluate(self._document, self.patient())

    def mark_kept(self) -> None:
        self._kept = self.answers().about_patient()

    # --- what the window asks --------------------------------------------------------------
    def has_unkept_patient(self) -> bool:
        """Answers about a patient that were neither saved nor printed since they changed."""
        current = self.answers().about_patient()
        return current != Answers() and current != self._kept

    def set_answers(self, answers: Answers) -> list[str]:
        """Show these answers from the first page; return ids this pathway does not define."""
        self.restart()
        for page in self._pages.values():
            page.show_answers(answers)
        shown = self.answers()
        return [
            item
            for chosen, kept in (
                (answers.contraindications, shown.contraindications),
                (answers.risk_factors, shown.risk_factors),
            )
            for item in chosen
            if item not in kept
        ]

    def new_patient(self) -> None:
        """Forget every answer about the patient (the clinician's name stays)."""
        self.set_answers(Answers(clinician=self.answers().clinician))
        self._kept = Answers()

    def set_document(self, document: PathwayDocument) -> None:
        """Switch to another (already validated) pathway, keeping answers where they still exist."""
        self._written = document
        self._document = language.for_interface(document)
        self.stage_page.rebuild()
        self.right_stage_page.rebuild()
        self.modifiers_page.rebuild()
        self.pathway_changed.emit()
        if self.currentId() in (PageId.OPTIONS, PageId.HANDOUT):
            self.currentPage().initializePage()
