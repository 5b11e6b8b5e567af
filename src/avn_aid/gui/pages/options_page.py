"""Page 4: every option with its status in colour and words, why, caveats and recovery."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from avn_aid.gui.answers import Answers
from avn_aid.gui.language import translate
from avn_aid.gui.layout import PageKeys
from avn_aid.gui.pages.result_boxes import (
    Sources,
    caveat_box,
    disagreement_box,
    protocol_boxes,
    source_box,
    text_label,
)
from avn_aid.model.status import Status

if TYPE_CHECKING:
    from avn_aid.engine.result import OptionResult, Result
    from avn_aid.gui.answers import Host


# A focus mark that is visible whatever the platform style draws.
FOCUS_STYLE = (
    "QToolButton:focus { border: 2px solid #1f4e8a; border-radius: 3px; padding: 2px 6px; }"
)


class OptionCard(QFrame):
    """One option: status chip, name, and an expandable 'why'."""

    def __init__(self, option: OptionResult, sources: Sources) -> None:
        super().__init__()
        self.option_id = option.id
        self.status = option.status.value
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Colour is a second channel only: the status is always written out in words.
        words, colour = option.status.words.upper(), option.status.colour
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        chip = QLabel(words)
        chip.setObjectName("status")
        chip.setStyleSheet(
            f"background: {colour}; color: white; font-weight: bold; padding: 2px 8px;"
        )
        chip.setAccessibleName(
            translate("avn-aid", "Status: {status}").format(status=option.status.words)
        )
        # One width for every status, so the option names line up.
        bold = QFont(chip.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(s.words.upper()) for s in Status)
        chip.setFixedWidth(widest + 24)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(chip)
        name = text_label(f"<b>{html.escape(option.name)}</b>")
        top.addWidget(name, 1)
        self.why_button = QToolButton()
        self.why_button.setText(translate("avn-aid", "Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.why_button.setAccessibleName(
            translate("avn-aid", "Show why: {option}").format(option=option.name)
        )
        top.addWidget(self.why_button)
        layout.addLayout(top)
        lines = []
        # Which reason decided the status is only news when there is more than one.
        several = len(option.reasons) > 1
        for reason in option.reasons:
            lead = (
                translate("avn-aid", "<b>Decides the status:</b> ")
                if several and reason.decisive
                else ""
            )
            label = translate("avn-aid", "sources:")
            cited = f" <i>({label} {sources.cite(reason.sources)})</i>" if reason.sources else ""
            lines.append(f"<li>{lead}{html.escape(reason.text)}{cited}</li>")
        self.why = sources.label("<ul style='margin:0'>" + "".join(lines) + "</ul>")
        self.why.setVisible(False)
        layout.addWidget(self.why)
        self.why_button.toggled.connect(self._toggle)

    def _toggle(self, shown: bool) -> None:
        self.why.setVisible(shown)
        self.why_button.setText(
            translate("avn-aid", "Hide") if shown else translate("avn-aid", "Why?")
        )


class OptionsPage(QWizardPage):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self._host = host
        self.retranslate()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the first button
        outer.addWidget(self.scroll)
        self.scroll.setStyleSheet(FOCUS_STYLE)
        self._keys = PageKeys(self.scroll)
        self.cards: list[OptionCard] = []  # one hip; with both hips, hip_cards by side
        self.hip_cards: dict[str, list[OptionCard]] = {}
        self.tabs: QTabWidget | None = None
        self.result: Result | None = None

    def retranslate(self) -> None:
        """The title's words; the options are shown again, in the new words, when next built."""
        self.setTitle(translate("avn-aid", "Options"))
        self.setSubTitle(
            translate(
                "avn-aid",
                "What the pathway says for this patient. Press 'Why?' for reasons and sources.",
            )
        )

    def initializePage(self) -> None:  # noqa: N802
        # Shown again (another language, a reloaded pathway): the same "Why?" stay open.
        opened = {key for key, card in self._all_cards() if card.why_button.isChecked()}
        self.result = self._host.result()
        content = self._build(self.result)
        self.scroll.setWidget(content)
        self._keys.watch(content)
        for key, card in self._all_cards():
            card.why_button.setChecked(key in opened)

    def _all_cards(self) -> list[tuple[tuple[str, str], OptionCard]]:
        """Every card with (hip, option id); the hip is empty with one hip."""
        cards = [(("", c.option_id), c) for c in self.cards]
        cards += [((side, c.option_id), c) for side, hip in self.hip_cards.items() for c in hip]
        return cards

    # This page shows results and collects nothing.
    def show_answers(self, answers: Answers) -> None:
        pass

    def give_answers(self, answers: Answers) -> Answers:
        return answers

    def _build(self, result: Result) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        self.cards = []
        self.hip_cards = {}
        self.tabs = None
        if result.outcome != "ok":
            layout.addWidget(text_label("<br>".join(html.escape(m.text) for m in result.messages)))
            return content
        sources = Sources(result)
        if result.both_hips:
            # One tab per hip: a hip's options are never shown mixed with the other's.
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName(translate("avn-aid", "Options for each hip"))
            hip_names = {
                "left": (
                    translate("avn-aid", "&Left hip"),
                    translate("avn-aid", "Caveats for the left hip"),
                ),
                "right": (
                    translate("avn-aid", "&Right hip"),
                    translate("avn-aid", "Caveats for the right hip"),
                ),
            }
            for hip in result.hips:
                tab = QWidget()
                inner = QVBoxLayout(tab)
                cards = self._cards(hip.options, sources, inner)
                self.hip_cards[hip.side or ""] = cards
                name, caveats_title = hip_names[hip.side or "left"]
                caveat_box(inner, caveats_title, hip.caveats, sources)
                protocol_boxes(inner, hip.protocols)
                inner.addStretch(1)
                self.tabs.addTab(tab, f"{name}: {hip.staging.stage.label}")
            layout.addWidget(self.tabs)
            caveat_box(
                layout,
                translate("avn-aid", "For the patient as a whole and both hips together"),
                result.caveats,
                sources,
            )
            disagreement_box(layout, result, sources)
        else:
            self.cards = self._cards(result.options, sources, layout)
            caveat_box(
                layout, translate("avn-aid", "Caveats for this patient"), result.caveats, sources
            )
            disagreement_box(layout, result, sources)
            protocol_boxes(layout, result.protocols)
        source_box(layout, result, sources)
        layout.addStretch(1)
        return content

    @staticmethod
    def _cards(
        options: tuple[OptionResult, ...], sources: Sources, layout: QVBoxLayout
    ) -> list[OptionCard]:
        cards = []
        for option in options:
            card = OptionCard(option, sources)
            cards.append(card)
            layout.addWidget(card)
        return cards
