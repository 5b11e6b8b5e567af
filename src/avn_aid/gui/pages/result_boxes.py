"""What the options page shows below the options: caveats, disagreements, recovery and
the sources, each cited the way the handout numbers them."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGroupBox, QLabel, QToolTip, QVBoxLayout

from avn_aid.catalogue import text
from avn_aid.gui.figures_view import TimelineView
from avn_aid.gui.language import translate
from avn_aid.model.runtime import Protocol

if TYPE_CHECKING:
    from avn_aid.engine.result import CaveatResult, Result


class Sources:
    """The sources a result cites, named as the handout names them: its number [n], what sort
    of document it is and its year. The full citation shows on hover and in the list below."""

    LINK = "source:"

    def __init__(self, result: Result) -> None:
        no_date = text("handout.no_date")
        self.short: dict[str, str] = {}
        self.full: dict[str, str] = {}
        self.numbers = handout_numbers(result)
        for source in result.sources:
            kind, year = text(f"source_kinds.{source.kind}"), str(source.year or no_date)
            number = self.numbers.get(source.id)
            self.short[source.id] = (
                translate("avn-aid", "[{number}] {kind}, {year}").format(
                    number=number, kind=kind, year=year
                )
                if number
                # The handout prints only the sources it cites; one it does not print gets
                # no number here, so an [n] always means the same source on screen and paper.
                else translate("avn-aid", "{kind}, {year}").format(kind=kind, year=year)
            )
            self.full[source.id] = text(
                "handout.label.source_line",
                citation=source.citation,
                kind=kind,
                year=year,
                limits=source.limits,
            )

    def cite(self, ids: tuple[str, ...]) -> str:
        """Rich text naming the sources; each a link whose hover shows the full citation."""
        return "; ".join(
            f"<a href='{self.LINK}{html.escape(i)}' style='color: inherit;'>"
            f"{html.escape(self.short.get(i, i))}</a>"
            for i in ids
        )

    def label(self, rich_text: str) -> QLabel:
        label = text_label(rich_text)
        # The keyboard reaches each source too: Tab moves from link to link, Enter opens it.
        label.setTextInteractionFlags(
            label.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Hovering a source shows its citation; so does clicking it (it looks like a link).
        label.linkHovered.connect(lambda link, full=self.full: _show_citation(link, full))
        label.linkActivated.connect(
            lambda link, full=self.full, at=label: _show_citation(link, full, at)
        )
        return label


def handout_numbers(result: Result) -> dict[str, str]:
    """The number the printed handout gives each source it cites, by source id."""
    # Imported here: the handout's plan brings in the PDF stack, which the window's start
    # does without; the handout page loads it anyway once a result is shown.
    from avn_aid.handout.content import Consultation
    from avn_aid.handout.plan import build_sheet

    sheet = build_sheet(result, Consultation(date=dt.date.today()))
    by_citation = {line.citation: line.key for line in sheet.sources}
    return {s.id: by_citation[s.citation] for s in result.sources if s.citation in by_citation}


def _show_citation(link: str, full: dict[str, str], label: QLabel | None = None) -> None:
    source = link.removeprefix(Sources.LINK)
    if link and source in full:
        # Opened from the keyboard, the mouse may be anywhere: show it under the label.
        keyboard = label is not None and label.hasFocus()
        where = label.mapToGlobal(label.rect().bottomLeft()) if keyboard else QCursor.pos()
        QToolTip.showText(where, full[source])
    else:
        QToolTip.hideText()


def text_label(text: str, rich: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setOpenExternalLinks(False)
    return label


def caveat_box(
    layout: QVBoxLayout, title: str, caveats: tuple[CaveatResult, ...], sources: Sources
) -> None:
    if not caveats:
        return
    box = QGroupBox(title)
    inner = QVBoxLayout(box)
    for caveat in caveats:
        inner.addWidget(
            sources.label(
                f"<b>{html.escape(caveat.title)}.</b> {html.escape(caveat.text)} "
                f"<i>({sources.cite(caveat.sources)})</i>"
            )
        )
    layout.addWidget(box)


def disagreement_box(layout: QVBoxLayout, result: Result, sources: Sources) -> None:
    if not result.disagreements:
        return
    box = QGroupBox(translate("avn-aid", "Where the sources disagree"))
    inner = QVBoxLayout(box)
    for item in result.disagreements:
        positions = "".join(
            f"<li>{html.escape(p.says)} <i>({sources.cite(p.sources)})</i></li>"
            for p in item.positions
        )
        inner.addWidget(
            sources.label(
                f"<b>{html.escape(item.topic)}</b><ul style='margin:0'>{positions}</ul>"
                + translate("avn-aid", "This pathway: {what}").format(
                    what=html.escape(item.what_we_do)
                )
            )
        )
    layout.addWidget(box)


def protocol_boxes(layout: QVBoxLayout, protocols: tuple[Protocol, ...]) -> None:
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
            inner.addWidget(text_label(follow_up, rich=False))
        layout.addWidget(box)


def source_box(layout: QVBoxLayout, result: Result, sources: Sources) -> None:
    """Every source cited above, numbered as in the handout, with what it cannot tell us."""
    if not result.sources:
        return
    box = QGroupBox(translate("avn-aid", "Sources (numbered as in the handout)"))
    box.setObjectName("sources")
    inner = QVBoxLayout(box)
    printed = sorted(
        (s for s in result.sources if s.id in sources.numbers),
        key=lambda s: int(sources.numbers[s.id]),
    )
    others = [s for s in result.sources if s.id not in sources.numbers]
    for source in printed:
        inner.addWidget(_source_line(source.id, sources))
    if others:
        inner.addWidget(
            text_label(
                translate("avn-aid", "Also cited on this screen, not in the handout:"), rich=False
            )
        )
        for source in others:
            inner.addWidget(_source_line(source.id, sources))
    layout.addWidget(box)


def _source_line(source_id: str, sources: Sources) -> QLabel:
    label = text_label(
        f"<b>{html.escape(sources.short[source_id])}</b> {html.escape(sources.full[source_id])}"
    )
    label.setObjectName(f"source-{source_id}")
    return label
