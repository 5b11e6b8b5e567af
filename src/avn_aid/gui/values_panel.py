"""What matters to the patient: a 1-5 scale per value item, the option they lean towards, SURE.

Every control starts at 'not asked', so nothing is printed that the patient did not say.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from avn_aid.gui.language import QT_TRANSLATE_NOOP, translate
from avn_aid.model.runtime import Pathway
from avn_aid.model.values import HIGHEST, LOWEST, SURE_KEYS, Preferences

NOT_ASKED = QT_TRANSLATE_NOOP("avn-aid", "not asked")
SURE_LABELS = {
    "understand": QT_TRANSLATE_NOOP("avn-aid", "Knows the good and bad points of each option"),
    "risk_benefit": QT_TRANSLATE_NOOP("avn-aid", "Clear which good and bad points matter most"),
    "encouragement": QT_TRANSLATE_NOOP("avn-aid", "Has enough support and advice to choose"),
    "sure": QT_TRANSLATE_NOOP("avn-aid", "Feels sure about the best choice"),
}


class ValuesPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(False)  # folded away until the clinician wants it
        self._form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self._form)
        # Eleven rows would push the handout's preview off a laptop screen: they scroll
        # within at most part of the page (limit_height), and the preview keeps the rest.
        self._body = QScrollArea()
        self._body.setWidget(inner)
        self._body.setWidgetResizable(True)
        self._body.setFrameShape(QFrame.Shape.NoFrame)
        self._body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body.setVisible(False)
        self._limit = 10_000
        outer = QHBoxLayout(self)
        outer.addWidget(self._body)
        self.toggled.connect(self._body.setVisible)
        self.toggled.connect(self._fold)
        self._fold(False)
        self.ratings: dict[str, QComboBox] = {}
        self.sure: dict[str, QComboBox] = {}
        self.leaning = QComboBox()
        self._option_ids: list[str] = []
        self._pathway: Pathway | None = None
        self.retranslate()

    def _fold(self, shown: bool) -> None:
        # Folded away, the panel is its title only, not an empty frame above the preview.
        self.setStyleSheet("" if shown else "QGroupBox { border: none; }")

    def limit_height(self, pixels: int) -> None:
        """Show all the rows if they fit in `pixels`, else that much and a scroll bar."""
        self._limit = max(pixels, 80)
        self._fit()

    def _fit(self) -> None:
        self._form.invalidate()  # rows were just replaced: measure them afresh
        wanted = self._form.totalSizeHint().height() + 2
        self._body.setFixedHeight(min(wanted, self._limit))

    def retranslate(self) -> None:
        """The panel's words in the interface language; the answers stay."""
        self.setTitle(translate("avn-aid", "What matters to the patient (printed in the handout)"))
        if self._pathway is not None:
            self.set_pathway(self._pathway, again=True)  # built again, in the new words

    def set_pathway(self, pathway: Pathway, *, again: bool = False) -> None:
        """Build the controls for this pathway's value items and options (once per pathway),
        keeping the answers given so far where the new pathway has the same item."""
        if pathway is self._pathway and not again:
            return
        kept = self.preferences() if self._pathway is not None else Preferences()
        was_open = self.isChecked()
        self._pathway = pathway
        while self._form.rowCount():
            self._form.removeRow(0)
        self.ratings, self.sure = {}, {}
        not_asked = translate("avn-aid", NOT_ASKED)
        ends = {
            LOWEST: translate("avn-aid", "{n} (not at all)"),
            HIGHEST: translate("avn-aid", "{n} (a lot)"),
        }
        scale = [not_asked] + [ends.get(n, "{n}").format(n=n) for n in range(LOWEST, HIGHEST + 1)]
        for item in pathway.values:
            box = self._combo(scale, item.label)
            self.ratings[item.id] = box
            self._form.addRow(self._label(item.label, box), box)
        self.leaning = self._combo(
            [not_asked] + [o.name for o in pathway.options],
            translate("avn-aid", "Leaning towards"),
        )
        self._option_ids = [o.id for o in pathway.options]
        self._form.addRow(
            self._label(translate("avn-aid", "&Leaning towards"), self.leaning), self.leaning
        )
        yes_no = [not_asked, translate("avn-aid", "yes"), translate("avn-aid", "no")]
        for key in SURE_KEYS:
            words = translate("avn-aid", SURE_LABELS[key])
            box = self._combo(yes_no, words)
            self.sure[key] = box
            self._form.addRow(self._label(words, box), box)
        if not kept.empty:
            self.set_preferences(kept)
        self.setChecked(was_open)
        # New rows in a shown panel are shown by Qt a moment later; measure them then.
        QTimer.singleShot(0, self, self._fit)

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
