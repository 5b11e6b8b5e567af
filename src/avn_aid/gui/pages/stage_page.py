"""Page 2: Ficat stage and collapse; impossible combinations are shown at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from avn_aid.engine.evaluate import combination_message
from avn_aid.gui.figures_view import HeadView
from avn_aid.model.patient import HipFindings
from avn_aid.model.status import ALERT_COLOUR

if TYPE_CHECKING:
    from avn_aid.gui.wizard import Wizard


def _choice(
    group: QButtonGroup, index: int, label: str, clinician: str, plain: str
) -> tuple[QRadioButton, QLabel]:
    """A radio button with the clinical definition as tooltip, and its plain description."""
    button = QRadioButton(label)
    button.setToolTip(clinician)
    button.setAccessibleDescription(plain)
    group.addButton(button, index)
    text = QLabel(plain)
    text.setWordWrap(True)
    text.setToolTip(clinician)
    text.setBuddy(button)
    return button, text


class StagePage(QWizardPage):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Stage and collapse")
        layout = QHBoxLayout(self)
        self.stage_box = QGroupBox("Ficat &stage")
        self.collapse_box = QGroupBox("&Collapse of the femoral head")
        left = QVBoxLayout()
        left.addWidget(self.stage_box)
        right = QVBoxLayout()
        right.addWidget(self.collapse_box)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Why you cannot continue")
        right.addWidget(self.problem)
        right.addStretch(1)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.stages = QButtonGroup(self)
        self.collapses = QButtonGroup(self)
        self.stages.buttonToggled.connect(lambda *_: self._changed())
        self.collapses.buttonToggled.connect(lambda *_: self._changed())
        self._stage_ids: list[str] = []
        self._collapse_ids: list[str] = []
        self.rebuild()

    def rebuild(self) -> None:
        """Build the choices from the pathway, keeping the current answers if they still exist."""
        keep_stage, keep_collapse = self.stage(), self.collapse()
        pathway = self._wizard.document.pathway
        self._clear_group(self.stages, self.stage_box)
        self._clear_group(self.collapses, self.collapse_box)
        self.setSubTitle(pathway.metadata.staging_note)
        grid = QGridLayout(self.stage_box)
        self._stage_ids = [s.id for s in pathway.staging.stages]
        for row, stage in enumerate(pathway.staging.stages):
            button, text = _choice(self.stages, row, stage.label, stage.clinician, stage.plain)
            grid.addWidget(HeadView(stage.drawing, 44), row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(text, row, 2)
            grid.setColumnStretch(2, 1)
        column = QVBoxLayout(self.collapse_box)
        self._collapse_ids = [c.id for c in pathway.staging.collapse]
        for index, status in enumerate(pathway.staging.collapse):
            button, text = _choice(
                self.collapses, index, status.label, status.clinician, status.plain
            )
            text.setContentsMargins(22, 0, 0, 6)
            column.addWidget(button)
            column.addWidget(text)
        self.set_answers(keep_stage, keep_collapse)
        self._changed()

    @staticmethod
    def _clear_group(group: QButtonGroup, box: QGroupBox) -> None:
        for button in group.buttons():
            group.removeButton(button)
        old = box.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout and its widgets for deletion

    def set_answers(self, stage: str | None, collapse: str | None) -> None:
        for ids, group, value in (
            (self._stage_ids, self.stages, stage),
            (self._collapse_ids, self.collapses, collapse),
        ):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            if value in ids:
                group.button(ids.index(value)).setChecked(True)

    def clear(self) -> None:
        self.set_answers(None, None)

    def stage(self) -> str | None:
        index = self.stages.checkedId()
        return self._stage_ids[index] if index >= 0 and index < len(self._stage_ids) else None

    def collapse(self) -> str | None:
        index = self.collapses.checkedId()
        return self._collapse_ids[index] if index >= 0 and index < len(self._collapse_ids) else None

    def reason(self) -> str | None:
        """Why Next is disabled, or None when it is enabled."""
        stage, collapse = self.stage(), self.collapse()
        if stage is None or collapse is None:
            return "Choose a stage and a collapse status to continue."
        message = combination_message(
            self._wizard.document.pathway, HipFindings(stage=stage, collapse=collapse)
        )
        return None if message is None else message.text

    def _changed(self) -> None:
        reason = self.reason()
        both = self.stage() is not None and self.collapse() is not None
        if reason and both:
            self.problem.setText(f"<b>Not possible:</b> {reason}")
            self.problem.setStyleSheet(
                f"color: {ALERT_COLOUR}; border: 1px solid {ALERT_COLOUR}; padding: 6px;"
            )
        else:
            self.problem.setText(reason or "")
            self.problem.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.reason() is None

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()
