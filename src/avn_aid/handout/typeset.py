"""One place that knows the handout's writing direction: paragraphs, tables, page marks.

Left to right, text goes through reportlab's Paragraph (escaped); right to left through
RtlParagraph, and tables are mirrored so the first column stands on the right. Strings
drawn straight on the canvas (footer, page numbers, watermark) go through `draw`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape as _html_escape
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from avn_aid.handout.bidi_text import draw_runs, has_rtl, line_runs, words_of
from avn_aid.handout.fonts import BOLD, REGULAR, register_arabic_fonts
from avn_aid.handout.localize import Language, language
from avn_aid.handout.rtl import BOLD_PAIR, REGULAR_PAIR, RtlParagraph, mirror_style


class LaidOutOnce(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width.

    A paragraph in a table cell or a KeepTogether is asked for its size several times at
    the same width (to measure the group, to place it, to draw the cell), and
    Paragraph.wrap breaks all its lines again each time. The lines depend on the width
    alone (wrap does not read the height), so the last layout is reused until the width
    changes or split() discards it (it deletes blPara when the paragraph must move on).
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.__dict__.get("_wrapped_width") == avail_width and "blPara" in self.__dict__:
            return float(self.width), float(self.height)
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        if self.width == avail_width:  # laid out; a width too narrow for text lays out nothing
            self._wrapped_width = avail_width
        return size


@dataclass(frozen=True)
class Typesetter:
    lang: Language

    @property
    def rtl(self) -> bool:
        return self.lang.right_to_left

    def p(
        self, text: str, style: ParagraphStyle, bold_prefix: str = "", bullet: str = ""
    ) -> Flowable:
        if self.rtl or has_rtl(text) or has_rtl(bold_prefix):
            return RtlParagraph(text, style, bold_prefix=bold_prefix, bullet=bullet, rtl=self.rtl)
        prefix = f"<b>{escape(bold_prefix)}</b> " if bold_prefix else ""
        if bullet:
            return LaidOutOnce(prefix + escape(text), style, bulletText=bullet)
        return LaidOutOnce(prefix + escape(text), style)

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        style: TableStyle,
        **kwargs: Any,
    ) -> Table:
        """A table whose first column is where reading starts: the right in RTL."""
        if self.rtl:
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths))
            style = mirror_style(style, len(widths))
        table = Table([list(r) for r in rows], colWidths=list(widths), **kwargs)
        table.setStyle(style)
        if self.rtl:
            table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
        return table

    def draw(
        self, canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str
    ) -> None:
        """A one-line string on the canvas; anchor is 'start', 'end' or 'middle'.

        'start' is the side reading begins: the left in English, the right in Arabic.
        """
        if not self.rtl and not has_rtl(text):
            canvas.setFont(font, size)
            if anchor == "middle":
                canvas.drawCentredString(x, y, text)
            elif anchor == "end":
                canvas.drawRightString(x, y, text)
            else:
                canvas.drawString(x, y, text)
            return
        runs = line_runs(words_of(text, font == BOLD), REGULAR_PAIR, BOLD_PAIR, size, int(self.rtl))
        width = sum(r.width for r in runs)
        if self.rtl:
            # A drawing's 'start' is its left; a right-to-left string starts on the right.
            left = {"start": x - width, "end": x, "middle": x - width / 2}[anchor]
        else:
            left = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
        draw_runs(canvas, left, y, runs, size, text)


def escape(text: str) -> str:
    """&, < and > as entities, for text that reportlab's Paragraph parses as markup.

    html.escape rather than xml.sax.saxutils.escape: the same three replacements, without
    importing urllib, http and email with it.
    """
    return _html_escape(text, quote=False)


@cache
def typesetter(code: str) -> Typesetter:
    found = language(code)
    if found.right_to_left:
        register_arabic_fonts()
    return Typesetter(found)


__all__ = ["REGULAR", "Typesetter", "escape", "typesetter"]


class BidiDrawing(Flowable):  # type: ignore[misc]
    """A drawing whose labels are set by the typesetter (shaped, in bidi order).

    mirror=True flips the shapes left to right (a timeline then runs from the right) and
    moves each label to the mirrored place; the labels themselves are never mirrored.
    """

    def __init__(self, drawing: Drawing, typeset: Typesetter, mirror: bool) -> None:
        super().__init__()
        self.width, self.height = drawing.width, drawing.height
        self.shapes = Drawing(drawing.width, drawing.height)
        group = Group()
        if mirror:
            group.transform = (-1, 0, 0, 1, drawing.width, 0)
        self.labels = []
        for item in drawing.contents:
            if isinstance(item, String):
                x = drawing.width - item.x if mirror else item.x
                # A drawing's anchors mean left ('start') and right ('end'); the typesetter's
                # mean where reading starts. Mirrored, the two agree; unmirrored, swap them.
                swap = {"start": "end", "end": "start", "middle": "middle"}
                anchor = item.textAnchor if mirror else swap[item.textAnchor]
                self.labels.append(
                    (x, item.y, item.text, item.fontName, item.fontSize, anchor, item.fillColor)
                )
            else:
                group.add(item)
        self.shapes.add(group)
        self.typeset = typeset

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.shapes, self.canv, 0, 0)
        for x, y, label, font, size, anchor, colour in self.labels:
            self.canv.saveState()
            self.canv.setFillColor(colour)
            self.typeset.draw(self.canv, x, y, label, font, size, anchor)
            self.canv.restoreState()


def for_direction(drawing: Drawing, typeset: Typesetter, *, mirror_when_rtl: bool) -> Flowable:
    """The drawing itself in a left-to-right document; mirrored and shaped otherwise."""
    if not typeset.rtl:
        return drawing
    return BidiDrawing(drawing, typeset, mirror=mirror_when_rtl)
