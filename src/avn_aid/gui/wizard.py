"""The consultation wizard: patient, stage, contraindications, options, handout."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from avn_aid.engine.evaluate import evaluate
from avn_aid.engine.result import Result
from avn_aid.model.document import PathwayDocument
from avn_aid.model.patient import Patient


class PageId(IntEnum):
    PATIENT = 0
    STAGE = 1
    MODIFIERS = 2
    OPTIONS = 3
    HANDOUT = 4


class Wizard(QWizard):
    """Holds the active pathway; pages read it and the answers given so far."""

    pathway_changed = Signal()

    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from avn_aid.gui.pages.handout_page import HandoutPage
        from avn_aid.gui.pages.modifiers_page import ModifiersPage
        from avn_aid.gui.pages.options_page import OptionsPage
        from avn_aid.gui.pages.patient_page import PatientPage
        from avn_aid.gui.pages.stage_page import StagePage

        self.document = document
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&New patient")
        self.patient_page = PatientPage(self)
        self.stage_page = StagePage(self)
        self.modifiers_page = ModifiersPage(self)
        self.options_page = OptionsPage(self)
        self.handout_page = HandoutPage(self)
        for page_id, page in (
            (PageId.PATIENT, self.patient_page),
            (PageId.STAGE, self.stage_page),
            (PageId.MODIFIERS, self.modifiers_page),
            (PageId.OPTIONS, self.options_page),
            (PageId.HANDOUT, self.handout_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.PATIENT)
        # Finishing starts over with a new patient instead of closing the window.
        self.finished.connect(self._finished)
        self.setWindowFlags(Qt.WindowType.Widget)

    def _finished(self, _result: int) -> None:
        self.new_patient()
        self.show()

    def set_document(self, document: PathwayDocument) -> None:
        """Switch to another (already validated) pathway, keeping answers where they still exist."""
        self.document = document
        self.stage_page.rebuild()
        self.modifiers_page.rebuild()
        self.pathway_changed.emit()
        if self.currentId() in (PageId.OPTIONS, PageId.HANDOUT):
            self.currentPage().initializePage()

    def new_patient(self) -> None:
        """Forget every answer about the patient (the clinician's name stays)."""
        self.patient_page.clear()
        self.stage_page.clear()
        self.modifiers_page.clear()
        self.restart()

    def patient(self) -> Patient:
        return Patient(
            age=self.patient_page.age(),
            stage=self.stage_page.stage() or "",
            collapse=self.stage_page.collapse() or "",
            contraindications=self.modifiers_page.contraindications(),
            risk_factors=self.modifiers_page.risk_factors(),
        )

    def result(self) -> Result:
        return evaluate(self.document, self.patient())
