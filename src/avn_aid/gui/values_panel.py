"""What matters to the patient: a 1-5 scale per value item, the option they lean towards, SURE.

Every control starts at 'not asked', so nothing is printed that the patient did not say.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from avn_aid.model.pathway import Pathway
from avn_aid.model.values import HIGHEST, LOWEST, SURE_KEYS, Preferences

NOT_ASKED = "not asked"
SURE_LABELS = {
    "understand": "Knows the good and bad points of each option",
    "risk_benefit": "Clear which good and bad points matter most",
    "encouragement": "Has enough support and advice to choose",
    "sure": "Feels sure about the best choice",
}


class ValuesPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("What matters to the patient (printed in the handout)", parent)
        self.setCheckable(True)
        self.setChecked(False)  # folded away until the clinician wants it
        self._form = QFormLayout()
        self._body = QWidget()
        self._body.setLayout(self._form)
        self._body.setVisible(False)
        outer = QHBoxLayout(self)
        outer.addWidget(self._body)
        self.toggled.connect(self._body.setVisible)
        self.ratings: dict[str, QComboBox] = {}
        self.sure: dict[str, QComboBox] = {}
        self.leaning = QComboBox()
        self._option_ids: list[str] = []
        self._pathway: Pathway | None = None

    def set_pathway(self, pathway: Pathway) -> None:
        """Rebuild the controls for this pathway's value items and options (once per pathway)."""
        if pathway is self._pathway:
            return
        self._pathway = pathway
        while self._form.rowCount():
            self._form.removeRow(0)
        self.ratings, self.sure = {}, {}
        scale = [NOT_ASKED] + [
            f"{n}" + (" (not at all)" if n == LOWEST else " (a lot)" if n == HIGHEST else "")
            for n in range(LOWEST, HIGHEST + 1)
        ]
        for item in pathway.values:
            box = self._combo(scale, item.label)
            self.ratings[item.id] = box
            self._form.addRow(self._label(item.label, box), box)
        self.leaning = self._combo(
            [NOT_ASKED] + [o.name for o in pathway.options], "Leaning towards"
        )
        self._option_ids = [o.id for o in pathway.options]
        self._form.addRow(self._label("&Leaning towards", self.leaning), self.leaning)
        for key in SURE_KEYS:
            box = self._combo([NOT_ASKED, "yes", "no"], SURE_LABELS[key])
            self.sure[key] = box
            self._form.addRow(self._label(SURE_LABELS[key], box), box)

    def _combo(self, items: list[str], name: str) -> QComboBox:
        box = QComboBox()
        box.addItems(items)
        box.setAccessibleName(name)
        box.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def preferences(self) -> Preferences:
        leaning = self.leaning.currentIndex()
        return Preferences(
            values={k: b.currentIndex() for k, b in self.ratings.items() if b.currentIndex()},
            leaning=self._option_ids[leaning - 1] if leaning else None,
            sure={k: b.currentIndex() == 1 for k, b in self.sure.items() if b.currentIndex()},  # type: ignore[misc]
        )

    def set_preferences(self, preferences: Preferences) -> None:
        """Show saved answers; keys this pathway does not know are left out."""
        self.blockSignals(True)
        try:
            for key, box in self.ratings.items():
                box.setCurrentIndex(preferences.values.get(key, 0))
            leaning = preferences.leaning
            self.leaning.setCurrentIndex(
                self._option_ids.index(leaning) + 1 if leaning in self._option_ids else 0
            )
            for key, box in self.sure.items():
                answer = preferences.sure.get(key)  # type: ignore[call-overload]
                box.setCurrentIndex(0 if answer is None else 1 if answer else 2)
            if not preferences.empty:
                self.setChecked(True)
        finally:
            self.blockSignals(False)

    def clear(self) -> None:
        """Back to 'not asked' everywhere, folded away (a new patient)."""
        self.set_preferences(Preferences())
        self.setChecked(False)
