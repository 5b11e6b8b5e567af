"""What the options page shows below the options: caveats, disagreements, recovery and
the sources, each cited the way the handout numbers them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGroupBox, QLabel, QToolTip, QVBoxLayout

from avn_aid.catalogue import text
from avn_aid.engine.result import CaveatResult, Result
from avn_aid.gui.figures_view import TimelineView
from avn_aid.gui.language import translate
from avn_aid.model.runtime import Protocol


class Sources:
    """The sources a result cites, named as the handout names them: its number [n], what sort
    of document it is and its year. The full citation shows on hover and in the list below."""

    LINK = "source:"

    def __init__(self, result: Result) -> None:
        no_date = text("handout.no_date")
        self.short: dict[str, str] = {}
        self.full: dict[str, str] = {}
        for number, source in enumerate(result.sources, start=1):
            kind, year = text(f"source_kinds.{source.kind}"), str(source.year or no_date)
            self.short[source.id] = translate("avn-aid", "[{number}] {kind}, {year}").format(
                number=number, kind=kind, year=year
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
        # Hovering a source shows its citation; so does clicking it (it looks like a link).
        label.linkHovered.connect(lambda link, full=self.full: _show_citation(link, full))
        label.linkActivated.connect(lambda link, full=self.full: _show_citation(link, full))
        return label


def _show_citation(link: str, full: dict[str, str]) -> None:
    source = link.removeprefix(Sources.LINK)
    if link and source in full:
        QToolTip.showText(QCursor.pos(), full[source])
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
    for source in result.sources:
        label = text_label(
            f"<b>{html.escape(sources.short[source.id])}</b> {html.escape(sources.full[source.id])}"
        )
        label.setObjectName(f"source-{source.id}")
        inner.addWidget(label)
    layout.addWidget(box)
