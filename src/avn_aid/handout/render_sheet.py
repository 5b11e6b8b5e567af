"""The sheet (handout/plan.py, laid out by handout/sheet.py) to PDF bytes, for one hip
or both: portrait pages throughout, each with the furniture of handout/page.py."""

from __future__ import annotations

import io
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from avn_aid.catalogue import text, writing_in
from avn_aid.handout.fonts import register_fonts
from avn_aid.handout.page import (
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    PAGE_SIZES,
    HandoutLayoutError,
    numbered_canvas,
    watermark,
)
from avn_aid.handout.plan import Sheet
from avn_aid.handout.sheet import sheet_story
from avn_aid.handout.styles import sheet_styles


def render_sheet_pdf(sheet: Sheet, page_size: str = "a4") -> bytes:
    """The handout as PDF bytes, on portrait pages throughout, in the sheet's language."""
    with writing_in(sheet.handout.language):
        return _render_pdf(sheet, page_size)


def _render_pdf(sheet: Sheet, page_size: str) -> bytes:
    register_fonts()
    h = sheet.handout
    buffer = io.BytesIO()
    size = PAGE_SIZES[page_size]
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=h.title,
        author="avn-aid",
        subject=text("handout.pdf_subject"),
        creator="avn-aid",
        producer="avn-aid",
        invariant=1,
    )
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_SIDE,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="p",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        watermark(canvas, h.draft)

    doc.addPageTemplates([PageTemplate("portrait", [frame], onPage=on_page)])
    try:
        doc.build(
            sheet_story(sheet, sheet_styles(), size[0] - 2 * MARGIN_SIDE),
            canvasmaker=numbered_canvas(h),
        )
    except LayoutError:
        # Pathway texts are bounded in length, but a long one in a narrow column of the
        # option grid can still be taller than a page; say so instead of crashing.
        raise HandoutLayoutError(
            "the handout cannot be laid out: a table cell holds more text than fits on a "
            "page (the option grid gives each option a narrow column); shorten the longest "
            "texts of the pathway's options"
        ) from None
    return buffer.getvalue()
