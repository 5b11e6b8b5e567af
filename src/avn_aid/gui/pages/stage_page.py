"""Page 2: Ficat stage and collapse; impossible combinations are shown at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
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

from avn_aid.gui.answers import Answers, Host
from avn_aid.gui.figures_view import HeadView
from avn_aid.gui.language import translate
from avn_aid.gui.layout import scrolled
from avn_aid.model.patient import HipFindings
from avn_aid.model.runtime import Pathway
from avn_aid.model.status import ALERT_COLOUR

# A focus mark that is visible whatever the platform style draws.
FOCUS_STYLE = "QRadioButton:focus { background: #d6e4f5; border: 1px solid #1f4e8a; }"
BACK_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
FORWARD_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class ChoiceButton(QRadioButton):
    """A radio button whose arrow keys choose the neighbour (Qt only moves focus when none is set)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        group = self.group()
        key = Qt.Key(event.key())
        if group is None or key not in BACK_KEYS + FORWARD_KEYS:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        step = -1 if key in BACK_KEYS else 1
        target = buttons[(buttons.index(self) + step) % len(buttons)]
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _tab_stop(group: QButtonGroup) -> None:
    """Tab enters a group at its chosen button, or at the first one if none is chosen."""
    buttons = group.buttons()
    chosen = group.checkedButton() or (buttons[0] if buttons else None)
    for button in buttons:
        button.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
        )


def _choice(
    group: QButtonGroup, index: int, label: str, clinician: str, plain: str
) -> tuple[QRadioButton, QLabel]:
    """A radio button with the clinical definition as tooltip, and its plain description."""
    button = ChoiceButton(label)
    button.setToolTip(clinician)
    button.setAccessibleDescription(plain)
    group.addButton(button, index)
    text = QLabel(plain)
    text.setWordWrap(True)
    text.setToolTip(clinician)
    return button, text


def impossible_text(pathway: Pathway, stage: str, collapse: str) -> str | None:
    """Why a stage and collapse cannot go together, in the words on screen, and what to choose."""
    from avn_aid.engine.inputs import combination_message  # here: the start needs no engine

    rule = pathway.staging.impossible_rule(stage, collapse)
    if rule is None:
        return None
    stages = {s.id: s.label for s in pathway.staging.stages}
    collapses = {c.id: c.label for c in pathway.staging.collapse}
    why = rule.message
    fitting = [
        f"“{label}”"
        for cid, label in collapses.items()
        if combination_message(pathway, HipFindings(stage=stage, collapse=cid)) is None
    ]
    advice = (
        translate("avn-aid", "With {stage}, choose {choices}, or choose another stage.").format(
            stage=stages[stage], choices=translate("avn-aid", " or ").join(fitting)
        )
        if fitting
        else translate("avn-aid", "Choose another stage.")
    )
    return translate(
        "avn-aid", "{stage} and “{collapse}” do not go together: {why} {advice}"
    ).format(stage=stages[stage], collapse=collapses[collapse], why=why, advice=advice)


class StagePage(QWizardPage):
    """Stage and collapse of one hip: the only hip, or (with both hips) the left or the right."""

    def __init__(self, host: Host, *, right: bool = False, one_hip_next: int = -1) -> None:
        super().__init__()
        self._host = host
        self._right = right
        # The right hip's page follows the left hip's; with one hip it is skipped.
        self._one_hip_next = one_hip_next
        _, content = scrolled(self)
        content.setStyleSheet(FOCUS_STYLE)
        page = QVBoxLayout(content)
        # The pathway's staging note can be long: in the page it wraps and scrolls, where
        # the wizard's subtitle would cut it off.
        self.note = QLabel()
        self.note.setWordWrap(True)
        page.addWidget(self.note)
        layout = QHBoxLayout()
        page.addLayout(layout, 1)
        self.stage_box = QGroupBox()
        self.collapse_box = QGroupBox()
        left = QVBoxLayout()
        left.addWidget(self.stage_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.collapse_box)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
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
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        """The page's own words in the interface language (the pathway's come with rebuild)."""
        self._set_title()
        self.setSubTitle(
            translate("avn-aid", "Choose the stage and the collapse status seen on imaging.")
        )
        self.stage_box.setTitle(translate("avn-aid", "Ficat &stage"))
        self.collapse_box.setTitle(translate("avn-aid", "C&ollapse of the femoral head"))
        self.problem.setAccessibleName(translate("avn-aid", "Why you cannot continue"))
        self._changed()

    def _set_title(self) -> None:
        if self._right:
            self.setTitle(translate("avn-aid", "Stage and collapse: right hip"))
        elif self._host.answers().both_hips:
            self.setTitle(translate("avn-aid", "Stage and collapse: left hip"))
        else:
            self.setTitle(translate("avn-aid", "Stage and collapse"))

    def rebuild(self) -> None:
        """Build the choices from the pathway, keeping the current answers if they still exist."""
        keep_stage, keep_collapse = self.stage(), self.collapse()
        pathway = self._host.document.pathway
        self._clear_group(self.stages, self.stage_box)
        self._clear_group(self.collapses, self.collapse_box)
        self.note.setText(pathway.metadata.staging_note)
        grid = QGridLayout(self.stage_box)
        self._stage_ids = [s.id for s in pathway.staging.stages]
        for row, stage in enumerate(pathway.staging.stages):
            button, text = _choice(self.stages, row, stage.label, stage.clinician, stage.plain)
            grid.addWidget(HeadView(stage.drawing, 44, stage=stage.label), row, 0)
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
        self._set(keep_stage, keep_collapse)
        self._changed()

    @staticmethod
    def _clear_group(group: QButtonGroup, box: QGroupBox) -> None:
        for button in group.buttons():
            group.removeButton(button)
        old = box.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout and its widgets for deletion

    def _set(self, stage: str | None, collapse: str | None) -> None:
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

    def initializePage(self) -> None:  # noqa: N802
        self._set_title()

    def nextId(self) -> int:  # noqa: N802
        if self._right or self._one_hip_next < 0 or self._host.answers().both_hips:
            return super().nextId()
        return self._one_hip_next

    # --- answers in, answers out ------------------------------------------------------
    def show_answers(self, answers: Answers) -> None:
        if self._right:
            self._set(answers.right_stage, answers.right_collapse)
        else:
            self._set(answers.stage, answers.collapse)

    def give_answers(self, answers: Answers) -> Answers:
        if self._right:
            if not answers.both_hips:
                return replace(answers, right_stage=None, right_collapse=None)
            return replace(answers, right_stage=self.stage(), right_collapse=self.collapse())
        return replace(answers, stage=self.stage(), collapse=self.collapse())

    def stage(self) -> str | None:
        index = self.stages.checkedId()
        return self._stage_ids[index] if 0 <= index < len(self._stage_ids) else None

    def collapse(self) -> str | None:
        index = self.collapses.checkedId()
        return self._collapse_ids[index] if 0 <= index < len(self._collapse_ids) else None

    # --- checks ------------------------------------------------------------------------
    def reason(self) -> str | None:
        """Why Next is disabled, or None when it is enabled."""
        stage, collapse = self.stage(), self.collapse()
        if stage is None and collapse is None:
            return translate("avn-aid", "Choose a stage and a collapse status to continue.")
        if stage is None:
            return translate("avn-aid", "Choose a stage to continue.")
        if collapse is None:
            return translate("avn-aid", "Choose a collapse status to continue.")
        return impossible_text(self._host.document.pathway, stage, collapse)

    def _changed(self) -> None:
        _tab_stop(self.stages)
        _tab_stop(self.collapses)
        reason = self.reason()
        both = self.stage() is not None and self.collapse() is not None
        if reason and both:
            self.problem.setText("<b>" + translate("avn-aid", "Not possible.") + "</b> " + reason)
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
