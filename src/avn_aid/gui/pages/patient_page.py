"""Page 1: who the handout is for. Nothing about the patient is kept between sessions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizardPage,
)

from avn_aid.gui import settings
from avn_aid.gui.answers import Answers, Host, Side, YesNo
from avn_aid.gui.language import QT_TRANSLATE_NOOP, translate
from avn_aid.gui.layout import scrolled
from avn_aid.model.printable import MAX_FIELD
from avn_aid.model.status import ALERT_COLOUR

NOT_ENTERED = -1
# The hip choices, in the order shown: (value kept in the answers, words on screen).
SIDES: tuple[tuple[Side | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("avn-aid", "One hip, side not stated")),
    ("left", QT_TRANSLATE_NOOP("avn-aid", "Left")),
    ("right", QT_TRANSLATE_NOOP("avn-aid", "Right")),
)
ANSWERS: tuple[tuple[YesNo | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("avn-aid", "Not asked")),
    ("yes", QT_TRANSLATE_NOOP("avn-aid", "Yes")),
    ("no", QT_TRANSLATE_NOOP("avn-aid", "No")),
)
BOTH = len(SIDES)  # the last choice: both hips affected
# The page's fields, top to bottom (attribute names).
FIELDS = (
    "name",
    "age_box",
    "side",
    "clinician",
    "symptoms",
    "right_symptoms",
    "failed_care",
)
ERROR_STYLE = f"color: {ALERT_COLOUR};"


class AgeBox(QSpinBox):
    """Years, or "not entered": emptying the box goes back to not entered, never to 0."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(NOT_ENTERED, 150)
        self.setValue(NOT_ENTERED)
        self.retranslate()

    def retranslate(self) -> None:
        self.setSpecialValueText(translate("avn-aid", "not entered"))
        self.setSuffix(translate("avn-aid", " years"))

    def _digits(self, text: str) -> str:
        return text.removesuffix(self.suffix()).strip()

    def validate(self, text: str, pos: int) -> object:
        special = self.specialValueText()
        if text != special and any(c.isalpha() for c in self._digits(text)):
            # Digits typed into "not entered": keep the digits, drop the words.
            text = "".join(c for c in text if c.isdigit())
            pos = len(text)
        if self._digits(text) == "" or text == special:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        digits = self._digits(text)
        if digits == "" or text == self.specialValueText():
            return NOT_ENTERED
        return super().valueFromText(text)

    def fixup(self, text: str) -> str:
        return self.specialValueText() if self._digits(text) == "" else text


class PatientPage(QWizardPage):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self._host = host
        _, content = scrolled(self)
        form = QFormLayout(content)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name = QLineEdit()
        self.name.setMinimumWidth(360)
        self.age_box = AgeBox()
        self.side = QComboBox()
        self.side.addItems([""] * (len(SIDES) + 1))
        self.clinician = QLineEdit(settings.clinician())
        self.clinician.setMinimumWidth(360)
        # Two of the study's inclusion criteria; "Not asked" keeps them unknown.
        self.symptoms = QComboBox()
        # With both hips, each hip has its own answer: the first box is the left hip's.
        self.right_symptoms = QComboBox()
        self.failed_care = QComboBox()
        for box in (self.symptoms, self.right_symptoms, self.failed_care):
            box.addItems([""] * len(ANSWERS))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(360)
        self._labels: dict[QWidget, QLabel] = {}
        for widget in FIELDS:
            label = QLabel()
            label.setBuddy(getattr(self, widget))
            form.addRow(label, getattr(self, widget))
            self._labels[getattr(self, widget)] = label
        self.side.currentIndexChanged.connect(self._hips_changed)
        form.addRow(self.message)
        self.retranslate()
        self.age_box.valueChanged.connect(self._changed)
        self.name.textChanged.connect(self._changed)
        self.clinician.textChanged.connect(self._clinician_changed)
        self.setTabOrder(self.name, self.age_box)
        self.setTabOrder(self.age_box, self.side)
        self.setTabOrder(self.side, self.clinician)
        self.setTabOrder(self.clinician, self.symptoms)
        self.setTabOrder(self.symptoms, self.right_symptoms)
        self.setTabOrder(self.right_symptoms, self.failed_care)

    def retranslate(self) -> None:
        """Every word on the page in the interface language; the answers stay."""
        self.setTitle(translate("avn-aid", "Patient"))
        self.setSubTitle(
            translate(
                "avn-aid", "Name or identifier is optional and is printed only on the handout."
            )
        )
        self.age_box.retranslate()
        for index, (_, words) in enumerate(SIDES):
            self.side.setItemText(index, translate("avn-aid", words))
        self.side.setItemText(BOTH, translate("avn-aid", "Both hips"))
        for box in (self.symptoms, self.right_symptoms, self.failed_care):
            for index, (_, words) in enumerate(ANSWERS):
                box.setItemText(index, translate("avn-aid", words))
        for widget, words in (
            (self.name, translate("avn-aid", "Patient name or identifier")),
            (self.age_box, translate("avn-aid", "Age in years")),
            (self.side, translate("avn-aid", "Which hip")),
            (self.clinician, translate("avn-aid", "Clinician's name")),
            (self.symptoms, translate("avn-aid", "Does the hip cause pain or other symptoms")),
            (
                self.right_symptoms,
                translate("avn-aid", "Does the right hip cause pain or other symptoms"),
            ),
            (
                self.failed_care,
                translate(
                    "avn-aid",
                    "Non-surgical care tried for 3 months or more without enough relief",
                ),
            ),
            (self.message, translate("avn-aid", "Why you cannot continue")),
        ):
            widget.setAccessibleName(words)
        for widget, words in (
            (self.name, translate("avn-aid", "Patient &ID or name:")),
            (self.age_box, translate("avn-aid", "&Age:")),
            (self.side, translate("avn-aid", "&Which hip:")),
            (self.clinician, translate("avn-aid", "&Clinician:")),
            (self.right_symptoms, translate("avn-aid", "&Right hip causes symptoms:")),
            (self.failed_care, translate("avn-aid", "Non-surgical care fail&ed (3+ months):")),
        ):
            self._labels[widget].setText(words)
        self._hips_changed()
        self._changed()

    # --- answers in, answers out ------------------------------------------------------
    def show_answers(self, answers: Answers) -> None:
        self.name.setText(answers.patient_name)
        self.age_box.setValue(NOT_ENTERED if answers.age is None else answers.age)
        self.side.setCurrentIndex(
            BOTH if answers.both_hips else [value for value, _ in SIDES].index(answers.side)
        )
        if answers.clinician:
            self.clinician.setText(answers.clinician)
        values = [value for value, _ in ANSWERS]
        self.symptoms.setCurrentIndex(values.index(answers.symptoms))
        self.right_symptoms.setCurrentIndex(values.index(answers.right_symptoms))
        self.failed_care.setCurrentIndex(values.index(answers.failed_conservative_care))

    def give_answers(self, answers: Answers) -> Answers:
        age = self.age_box.value()
        return replace(
            answers,
            patient_name=self.name.text(),
            age=None if age == NOT_ENTERED else age,
            side=None if self.side.currentIndex() == BOTH else SIDES[self.side.currentIndex()][0],
            both_hips=self.side.currentIndex() == BOTH,
            clinician=self.clinician.text(),
            symptoms=ANSWERS[self.symptoms.currentIndex()][0],
            right_symptoms=ANSWERS[self.right_symptoms.currentIndex()][0]
            if self.side.currentIndex() == BOTH
            else None,
            failed_conservative_care=ANSWERS[self.failed_care.currentIndex()][0],
        )

    # --- checks ------------------------------------------------------------------------
    def _hips_changed(self) -> None:
        both = self.side.currentIndex() == BOTH
        self.right_symptoms.setVisible(both)
        self._labels[self.right_symptoms].setVisible(both)
        self._labels[self.symptoms].setText(
            translate("avn-aid", "Left hip causes s&ymptoms:")
            if both
            else translate("avn-aid", "Hip causes s&ymptoms:")
        )

    def _clinician_changed(self) -> None:
        settings.set_clinician(self.clinician.text())  # saved when changed, not only at quit
        self._changed()

    def problem(self) -> str | None:
        """Why Next is disabled, in the words on the screen, or None."""
        too_long = (
            (
                translate(
                    "avn-aid",
                    "The patient ID or name is {length} characters long; the limit is {limit}. Shorten it to continue.",
                ),
                self.name,
            ),
            (
                translate(
                    "avn-aid",
                    "The clinician's name is {length} characters long; the limit is {limit}. Shorten it to continue.",
                ),
                self.clinician,
            ),
        )
        for words, field in too_long:
            length = len(field.text().strip())
            if length > MAX_FIELD:
                return words.format(length=length, limit=MAX_FIELD)
        age = self.age_box.value()
        if age == NOT_ENTERED:
            return translate("avn-aid", "Enter the age to continue.")
        from avn_aid.engine.inputs import age_message  # the engine loads with the first age

        message = age_message(self._host.document.pathway, age)
        return None if message is None else message.text

    def _changed(self) -> None:
        problem = self.problem()
        if problem and problem == translate("avn-aid", "Enter the age to continue."):
            self.message.setText(problem)
            self.message.setStyleSheet("")
        elif problem:
            self.message.setText(
                "<b>" + translate("avn-aid", "Cannot continue.") + "</b> " + problem
            )
            self.message.setStyleSheet(ERROR_STYLE)
        else:
            self.message.setText("")
            self.message.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.problem() is None

    def validatePage(self) -> bool:  # noqa: N802
        # Next is disabled when incomplete; this also guards Enter and programmatic moves.
        return self.isComplete()
