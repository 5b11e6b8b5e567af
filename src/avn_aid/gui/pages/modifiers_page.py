"""Page 3: contraindications and risk factors, built from the pathway."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from avn_aid.gui.answers import Answers, Host
from avn_aid.gui.language import translate
from avn_aid.gui.layout import PageKeys, scrolled
from avn_aid.model.runtime import Modifier

FOCUS_STYLE = "QCheckBox:focus { background: #d6e4f5; border: 1px solid #1f4e8a; }"
HELP_STYLE = "color: #4a4a4a; margin-left: 22px; margin-bottom: 4px;"  # 8.9:1 on the window grey


class ModifiersPage(QWizardPage):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self._host = host
        self.scroll, holder = scrolled(self)
        holder.setStyleSheet(FOCUS_STYLE)
        self._layout = QHBoxLayout(holder)
        self._keys = PageKeys(self.scroll)
        self._content: QWidget | None = None
        self.contraindication_boxes: dict[str, QCheckBox] = {}
        self.risk_factor_boxes: dict[str, QCheckBox] = {}
        # Contraindications of one hip (per_hip) get a second box for the right hip, shown
        # when both hips are affected; the first box is then the left hip's.
        self.right_boxes: dict[str, QCheckBox] = {}
        self._labels: dict[str, str] = {}
        self.explanations: dict[str, QLabel] = {}
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        """The page's own words (the boxes, from the pathway, come again with rebuild)."""
        self.setTitle(translate("avn-aid", "Contraindications and risk factors"))
        self.setSubTitle(
            translate("avn-aid", "Tick what applies. Absolute contraindications are marked.")
        )

    def rebuild(self) -> None:
        keep = self.give_answers(Answers())
        if self._content is not None:
            self._content.deleteLater()
        self._content = QWidget()
        columns = QHBoxLayout(self._content)
        columns.setContentsMargins(0, 0, 0, 0)
        pathway = self._host.document.pathway
        self.explanations = {}
        self.right_boxes = {}
        self.contraindication_boxes = self._column(
            columns, translate("avn-aid", "Contraindications"), pathway.contraindications, True
        )
        self.risk_factor_boxes = self._column(
            columns, translate("avn-aid", "Risk factors"), pathway.risk_factors, False
        )
        self._layout.addWidget(self._content)
        self._keys.watch(self._content)
        self.show_answers(keep)

    def _column(
        self, parent: QHBoxLayout, title: str, items: tuple[Modifier, ...], marked: bool
    ) -> dict[str, QCheckBox]:
        column = QVBoxLayout()
        column.addWidget(QLabel(f"<b>{title}</b>"))
        boxes: dict[str, QCheckBox] = {}
        groups: dict[str, QVBoxLayout] = {}
        for item in items:
            if item.group not in groups:
                box = QGroupBox(item.group)
                groups[item.group] = QVBoxLayout(box)
                column.addWidget(box)
            absolute = marked and getattr(item, "kind", "") == "absolute"
            mark = "  [" + translate("avn-aid", "ABSOLUTE") + "]" if absolute else ""
            check = QCheckBox(item.label + mark)
            check.setToolTip(item.explanation)
            check.setAccessibleDescription(item.explanation)
            check.setObjectName(item.id)
            if absolute:
                font = check.font()
                font.setBold(True)
                check.setFont(font)
            # The explanation is on screen, not only in a tooltip a keyboard cannot reach.
            explanation = QLabel(item.explanation)
            explanation.setWordWrap(True)
            explanation.setStyleSheet(HELP_STYLE)
            groups[item.group].addWidget(check)
            if getattr(item, "per_hip", False):
                right = QCheckBox(translate("avn-aid", "{item}: right hip").format(item=item.label))
                right.setObjectName(f"{item.id}:right")
                right.setAccessibleDescription(item.explanation)
                right.setVisible(False)
                groups[item.group].addWidget(right)
                self.right_boxes[item.id] = right
                self._labels[item.id] = check.text()
            groups[item.group].addWidget(explanation)
            boxes[item.id] = check
            self.explanations[item.id] = explanation
        column.addStretch(1)
        parent.addLayout(column, 1)
        return boxes

    def initializePage(self) -> None:  # noqa: N802
        both = self._host.answers().both_hips
        for item_id, right in self.right_boxes.items():
            right.setVisible(both)
            label = self._labels[item_id]
            self.contraindication_boxes[item_id].setText(
                translate("avn-aid", "{item}: left hip").format(item=label) if both else label
            )

    # --- answers in, answers out ------------------------------------------------------
    def show_answers(self, answers: Answers) -> None:
        for item_id, box in self.right_boxes.items():
            box.setChecked(item_id in answers.right_contraindications)
        for boxes, chosen in (
            (self.contraindication_boxes, answers.contraindications),
            (self.risk_factor_boxes, answers.risk_factors),
        ):
            for item_id, box in boxes.items():
                box.setChecked(item_id in chosen)

    def give_answers(self, answers: Answers) -> Answers:
        return replace(
            answers,
            contraindications=tuple(
                i for i, box in self.contraindication_boxes.items() if box.isChecked()
            ),
            risk_factors=tuple(i for i, box in self.risk_factor_boxes.items() if box.isChecked()),
            right_contraindications=tuple(
                i for i, box in self.right_boxes.items() if box.isChecked() and answers.both_hips
            ),
        )
