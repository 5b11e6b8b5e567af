"""Page 1: who the handout is for. Nothing about the patient is kept between sessions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWizardPage

from avn_aid.engine.evaluate import age_message
from avn_aid.handout.content import Consultation
from avn_aid.model.status import ALERT_COLOUR

if TYPE_CHECKING:
    from avn_aid.gui.wizard import Wizard

NOT_ENTERED = -1
CLINICIAN_KEY = "consultation/clinician"


class PatientPage(QWizardPage):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Patient")
        self.setSubTitle("Name or identifier is optional and is printed only on the handout.")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setMinimumWidth(360)
        self.name.setAccessibleName("Patient name or identifier")
        self.age_box = QSpinBox()
        self.age_box.setRange(NOT_ENTERED, 150)
        self.age_box.setValue(NOT_ENTERED)
        self.age_box.setSpecialValueText("not entered")
        self.age_box.setSuffix(" years")
        self.age_box.setAccessibleName("Age in years")
        self.side = QComboBox()
        self.side.addItems(["Not stated", "Left", "Right"])
        self.side.setAccessibleName("Which hip")
        self.clinician = QLineEdit(str(QSettings().value(CLINICIAN_KEY, "")))
        self.clinician.setMaxLength(120)
        self.clinician.setMinimumWidth(360)
        self.clinician.setAccessibleName("Clinician's name")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(480)
        self.message.setAccessibleName("Age message")
        for text, widget in (
            ("&Name or ID:", self.name),
            ("&Age:", self.age_box),
            ("&Hip:", self.side),
            ("&Clinician:", self.clinician),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.message)
        self.registerField("patient_name", self.name)
        self.registerField("age", self.age_box)
        self.registerField("clinician", self.clinician)
        self.age_box.valueChanged.connect(self._age_changed)
        self._age_changed()
        self.setTabOrder(self.name, self.age_box)
        self.setTabOrder(self.age_box, self.side)
        self.setTabOrder(self.side, self.clinician)

    def age(self) -> int:
        return self.age_box.value()

    def side_value(self) -> Literal["left", "right"] | None:
        return {1: "left", 2: "right"}.get(self.side.currentIndex())  # type: ignore[return-value]

    def consultation(self, date: dt.date) -> Consultation:
        """The details printed on the handout and kept in a saved session."""
        return Consultation(
            date=date,
            patient_name=self.name.text().strip(),
            clinician=self.clinician.text().strip(),
            side=self.side_value(),
        )

    def clear(self) -> None:
        self.name.clear()
        self.age_box.setValue(NOT_ENTERED)
        self.side.setCurrentIndex(0)

    def _problem(self) -> str | None:
        if self.age() == NOT_ENTERED:
            return None
        message = age_message(self._wizard.document.pathway, self.age())
        return None if message is None else message.text

    def _age_changed(self) -> None:
        problem = self._problem()
        if problem:
            self.message.setText(f"<b>Cannot continue.</b> {problem}")
            self.message.setStyleSheet(f"color: {ALERT_COLOUR};")
        elif self.age() == NOT_ENTERED:
            self.message.setText("Enter the age to continue.")
            self.message.setStyleSheet("")
        else:
            self.message.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.age() != NOT_ENTERED and self._problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        # Next is disabled when incomplete; this also guards Enter and programmatic moves.
        if not self.isComplete():
            return False
        QSettings().setValue(CLINICIAN_KEY, self.clinician.text())
        return True
