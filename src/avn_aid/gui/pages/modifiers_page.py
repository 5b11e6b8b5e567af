"""Page 3: contraindications and risk factors, built from the pathway."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from avn_aid.model.pathway import Modifier

if TYPE_CHECKING:
    from avn_aid.gui.wizard import Wizard


class ModifiersPage(QWizardPage):
    def __init__(self, wizard: Wizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Contraindications and risk factors")
        self.setSubTitle(
            "Tick what applies. Hover over an item for its explanation. "
            "Absolute contraindications are marked."
        )
        self._layout = QHBoxLayout(self)
        self._content: QWidget | None = None
        self.contraindication_boxes: dict[str, QCheckBox] = {}
        self.risk_factor_boxes: dict[str, QCheckBox] = {}
        self.rebuild()

    def rebuild(self) -> None:
        keep_ci, keep_rf = set(self.contraindications()), set(self.risk_factors())
        if self._content is not None:
            self._content.deleteLater()
        self._content = QWidget()
        columns = QHBoxLayout(self._content)
        columns.setContentsMargins(0, 0, 0, 0)
        pathway = self._wizard.document.pathway
        self.contraindication_boxes = self._column(
            columns, "Contraindications", pathway.contraindications, True
        )
        self.risk_factor_boxes = self._column(columns, "Risk factors", pathway.risk_factors, False)
        self._layout.addWidget(self._content)
        for item_id, box in self.contraindication_boxes.items():
            box.setChecked(item_id in keep_ci)
        for item_id, box in self.risk_factor_boxes.items():
            box.setChecked(item_id in keep_rf)

    @staticmethod
    def _column(
        parent: QHBoxLayout, title: str, items: tuple[Modifier, ...], marked: bool
    ) -> dict[str, QCheckBox]:
        column = QVBoxLayout()
        heading = QLabel(f"<b>{title}</b>")
        column.addWidget(heading)
        boxes: dict[str, QCheckBox] = {}
        groups: dict[str, QVBoxLayout] = {}
        for item in items:
            if item.group not in groups:
                box = QGroupBox(item.group)
                groups[item.group] = QVBoxLayout(box)
                column.addWidget(box)
            absolute = marked and getattr(item, "kind", "") == "absolute"
            check = QCheckBox(item.label + ("  [ABSOLUTE]" if absolute else ""))
            check.setToolTip(item.explanation)
            check.setAccessibleDescription(item.explanation)
            check.setObjectName(item.id)
            if absolute:
                font = check.font()
                font.setBold(True)
                check.setFont(font)
            groups[item.group].addWidget(check)
            boxes[item.id] = check
        column.addStretch(1)
        parent.addLayout(column, 1)
        return boxes

    def contraindications(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.contraindication_boxes.items() if box.isChecked())

    def risk_factors(self) -> tuple[str, ...]:
        return tuple(i for i, box in self.risk_factor_boxes.items() if box.isChecked())

    def set_answers(
        self, contraindications: tuple[str, ...], risk_factors: tuple[str, ...]
    ) -> list[str]:
        """Tick the given ids; return those the pathway does not define."""
        unknown = []
        for boxes, chosen in (
            (self.contraindication_boxes, contraindications),
            (self.risk_factor_boxes, risk_factors),
        ):
            for item_id, box in boxes.items():
                box.setChecked(item_id in chosen)
            unknown += [c for c in chosen if c not in boxes]
        return unknown

    def clear(self) -> None:
        self.set_answers((), ())
