"""Page 4: every option with its status in colour and words, why, caveats and recovery."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from avn_aid.catalogue import text
from avn_aid.engine.result import CaveatResult, OptionResult, Result
from avn_aid.gui.answers import Answers
from avn_aid.gui.figures_view import TimelineView
from avn_aid.gui.language import translate
from avn_aid.gui.layout import PageKeys
from avn_aid.model.pathway import Protocol
from avn_aid.model.status import Status

if TYPE_CHECKING:
    from avn_aid.gui.answers import Host


# A focus mark that is visible whatever the platform style draws.
FOCUS_STYLE = (
    "QToolButton:focus { border: 2px solid #1f4e8a; border-radius: 3px; padding: 2px 6px; }"
)


def _label(text: str, rich: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OptionCard(QFrame):
    """One option: status chip, name, and an expandable 'why'."""

    def __init__(self, option: OptionResult, source_names: dict[str, str]) -> None:
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
        chip.setAccessibleName(f"Status: {words.lower()}")
        # One width for every status, so the option names line up.
        bold = QFont(chip.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(s.words.upper()) for s in Status)
        chip.setFixedWidth(widest + 24)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(chip)
        name = _label(f"<b>{html.escape(option.name)}</b>")
        top.addWidget(name, 1)
        self.why_button = QToolButton()
        self.why_button.setText(translate("avn-aid", "Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.why_button.setAccessibleName(f"Show why: {option.name}")
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
            sources = ", ".join(
                f"{html.escape(s)} ({html.escape(source_names.get(s, s))})" for s in reason.sources
            )
            label = translate("avn-aid", "sources:")
            lines.append(f"<li>{lead}{html.escape(reason.text)} <i>({label} {sources})</i></li>")
        self.why = _label("<ul style='margin:0'>" + "".join(lines) + "</ul>")
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
        self.setTitle(translate("avn-aid", "Options"))
        self.setSubTitle(
            translate(
                "avn-aid",
                "What the pathway says for this patient. Press 'Why?' for reasons and sources.",
            )
        )
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

    def initializePage(self) -> None:  # noqa: N802
        self.result = self._host.result()
        content = self._build(self.result)
        self.scroll.setWidget(content)
        self._keys.watch(content)

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
            layout.addWidget(_label("<br>".join(html.escape(m.text) for m in result.messages)))
            return content
        kinds = {s.id: text(f"source_kinds.{s.kind}") for s in result.sources}
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
                cards = self._cards(hip.options, kinds, inner)
                self.hip_cards[hip.side or ""] = cards
                name, caveats_title = hip_names[hip.side or "left"]
                _caveat_box(inner, caveats_title, hip.caveats)
                _protocol_boxes(inner, hip.protocols)
                inner.addStretch(1)
                self.tabs.addTab(tab, f"{name}: {hip.staging.stage.label}")
            layout.addWidget(self.tabs)
            _caveat_box(
                layout,
                translate("avn-aid", "For the patient as a whole and both hips together"),
                result.caveats,
            )
            _disagreement_box(layout, result)
        else:
            self.cards = self._cards(result.options, kinds, layout)
            _caveat_box(layout, translate("avn-aid", "Caveats for this patient"), result.caveats)
            _disagreement_box(layout, result)
            _protocol_boxes(layout, result.protocols)
        layout.addStretch(1)
        return content

    @staticmethod
    def _cards(
        options: tuple[OptionResult, ...], kinds: dict[str, str], layout: QVBoxLayout
    ) -> list[OptionCard]:
        cards = []
        for option in options:
            card = OptionCard(option, kinds)
            cards.append(card)
            layout.addWidget(card)
        return cards


def _caveat_box(layout: QVBoxLayout, title: str, caveats: tuple[CaveatResult, ...]) -> None:
    if not caveats:
        return
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    for caveat in caveats:
        inner.addWidget(
            _label(
                f"<b>{html.escape(caveat.title)}.</b> {html.escape(caveat.text)} "
                f"<i>({html.escape(', '.join(caveat.sources))})</i>"
            )
        )
    layout.addWidget(box)


def _disagreement_box(layout: QVBoxLayout, result: Result) -> None:
    if not result.disagreements:
        return
    box = QGroupBox(translate("avn-aid", "Where the sources disagree"))
    inner = QVBoxLayout(box)
    for item in result.disagreements:
        positions = "".join(
            f"<li>{html.escape(p.says)} <i>({html.escape(', '.join(p.sources))})</i></li>"
            for p in item.positions
        )
        inner.addWidget(
            _label(
                f"<b>{html.escape(item.topic)}</b><ul style='margin:0'>{positions}</ul>"
                + translate("avn-aid", "This pathway: {what}").format(
                    what=html.escape(item.what_we_do)
                )
            )
        )
    layout.addWidget(box)


def _protocol_boxes(layout: QVBoxLayout, protocols: tuple[Protocol, ...]) -> None:
    for protocol in protocols:
        box = QGroupBox(translate("avn-aid", "Recovery: {name}").format(name=protocol.name))
        inner = QVBoxLayout(box)
        inner.addWidget(TimelineView(protocol))
        visits = "; ".join(
            f"{v.at}: {', '.join(v.checks)}" + (f" ({', '.join(v.imaging)})" if v.imaging else "")
            for v in protocol.follow_up
        )
        if visits:
            follow_up = translate("avn-aid", "Follow-up: {visits}").format(visits=visits)
            inner.addWidget(_label(follow_up, rich=False))
        layout.addWidget(box)
