"""What every page of a handout carries: "Page X of Y", the footer, the DRAFT mark and the
notice on an unreviewed translation; and the PDF dated by the visit, for equal bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from avn_aid.catalogue import current_language, text
from avn_aid.errors import UserError
from avn_aid.handout.content import Handout
from avn_aid.handout.fonts import BOLD, REGULAR
from avn_aid.handout.styles import INK, RULE
from avn_aid.handout.typeset import Typesetter, typesetter

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 12 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 15 * mm  # the footer sits below it
FOOTER_Y = 9 * mm
NOTICE_Y = 8 * mm  # from the top edge: the translation notice, above the text
WARNING = colors.Color(0.45, 0.0, 0.0)


class HandoutLayoutError(UserError):
    """A valid pathway whose texts do not fit the handout's pages."""


def numbered_canvas(handout: Handout) -> type[Canvas]:
    """A canvas that knows the page count at the end: 'Page X of Y', footer, DRAFT mark."""

    typeset = typesetter(handout.language)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page also names Helvetica, a font that is not embedded.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            _date_document(self, handout.date)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_SIDE, FOOTER_Y + 10, width - MARGIN_SIDE, FOOTER_Y + 10)
            self.setFillColor(INK)
            page = text("handout.page_of", page=self._pageNumber, total=total)
            start, end = (
                (width - MARGIN_SIDE, MARGIN_SIDE)
                if typeset.rtl
                else (MARGIN_SIDE, width - MARGIN_SIDE)
            )
            typeset.draw(self, start, FOOTER_Y, handout.footer, REGULAR, 8, "start")
            typeset.draw(self, end, FOOTER_Y, page, REGULAR, 8, "end")
            if not handout.translation_reviewed:
                _translation_notice(self, typeset, width, self._pagesize[1])
            self.restoreState()

    return NumberedCanvas


def _translation_notice(canvas: Canvas, typeset: Typesetter, width: float, height: float) -> None:
    """On every page of an unreviewed translation: a draft, in its language and in English."""
    y = height - NOTICE_Y - 2
    canvas.saveState()
    canvas.setFillColor(WARNING)
    own = text("handout.translation_draft")
    english = text("handout.translation_draft", language="en")
    if typeset.rtl:
        typeset.draw(canvas, width - MARGIN_SIDE, y, own, BOLD, 8.5, "start")
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(MARGIN_SIDE, y, english)
    else:
        typeset.draw(canvas, MARGIN_SIDE, y, own, BOLD, 8.5, "start")
        if own != english:
            canvas.drawRightString(width - MARGIN_SIDE, y, english)
    canvas.restoreState()


def _date_document(canvas: Canvas, date: dt.date | None) -> None:
    """Date the PDF by the visit, not by the clock or SOURCE_DATE_EPOCH.

    Invariant mode alone fixes the dates, but reportlab lets SOURCE_DATE_EPOCH override
    them, so the same inputs gave different bytes in a reproducible-build environment.
    The creation date and the document ID (seeded from it) are set here, before any
    content is added.
    """
    moment = dt.datetime.combine(date or dt.date(2000, 1, 1), dt.time(), dt.UTC)
    stamp = TimeStamp(invariant=1)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    document = canvas._doc
    document._timeStamp = stamp
    signature = hashlib.md5(usedforsecurity=False)
    signature.update(b"a reportlab document")
    signature.update(ascii(stamp.t).encode("ascii"))
    document.signature = signature


def watermark(canvas: Canvas, draft: bool) -> None:
    if not draft:
        return
    typeset = typesetter(current_language())
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.86, 0.86, 0.86))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    typeset.draw(canvas, 0, -30, text("handout.draft_mark"), BOLD, 96, "middle")
    typeset.draw(canvas, 0, -58, text("handout.draft_note"), BOLD, 13, "middle")
    canvas.restoreState()
