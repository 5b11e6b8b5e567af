"""Handout data to PDF bytes with reportlab platypus.

Every piece of text is escaped before it reaches a Paragraph (which parses markup), the
fonts are embedded, and reportlab's invariant mode makes equal inputs give equal bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from avn_aid.catalogue import current_language, text, writing_in
from avn_aid.errors import UserError
from avn_aid.handout.content import Handout, HipSection, OptionDetail
from avn_aid.handout.drawings import head_drawing, timeline_drawing
from avn_aid.handout.fonts import BOLD, REGULAR, register_fonts
from avn_aid.handout.typeset import Typesetter, for_direction, typesetter

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_SIDE = 16 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_Y = 9 * mm
BOX = "\u2610"  # ballot box, drawn by DejaVu Sans

INK = colors.Color(0.1, 0.1, 0.1)
RULE = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
WARNING = colors.Color(0.45, 0.0, 0.0)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10.5,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=19, leading=23, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=14.5,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=7, spaceAfter=3
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.4, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=base, fontName=BOLD, fontSize=8.5, leading=10.6, spaceAfter=0
        ),
        "cellbullet": ParagraphStyle(
            "cellbullet",
            parent=base,
            fontSize=8.3,
            leading=10.4,
            leftIndent=9,
            bulletIndent=0,
            spaceAfter=2,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2
        ),
        "box": ParagraphStyle(
            "box",
            parent=base,
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=6,
            backColor=SHADE,
            spaceBefore=6,
            spaceAfter=10,
        ),
    }


def _p(text: str, style: ParagraphStyle, bold_prefix: str = "", bullet: str = "") -> Flowable:
    """Escaped text in the handout's language and direction (see handout/typeset.py)."""
    return _set().p(text, style, bold_prefix=bold_prefix, bullet=bullet)


def _set() -> Typesetter:
    return typesetter(current_language())


def _table(rows: list[Any], widths: list[float], style: TableStyle, **kwargs: Any) -> Table:
    """A table mirrored for a right-to-left language (first column on the right)."""
    return _set().table(rows, widths, style, **kwargs)


def _grid_style(header_rows: int = 1, shade_first_column: bool = True) -> TableStyle:
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    if shade_first_column:
        style.add("BACKGROUND", (0, 0), (0, -1), SHADE)
    return style


def _canvas_class(handout: Handout) -> type[Canvas]:
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
    y = height - MARGIN_TOP / 2 - 2
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


def _watermark(canvas: Canvas, draft: bool) -> None:
    if not draft:
        return
    typeset = _set()
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.86, 0.86, 0.86))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    typeset.draw(canvas, 0, -30, text("handout.draft_mark"), BOLD, 96, "middle")
    typeset.draw(canvas, 0, -58, text("handout.draft_note"), BOLD, 13, "middle")
    canvas.restoreState()


def _texts(prefix: str, *keys: str) -> tuple[str, ...]:
    return tuple(text(f"{prefix}.{key}") for key in keys)


class HandoutLayoutError(UserError):
    """A valid pathway whose texts do not fit the handout's pages."""


def render_pdf(handout: Handout, page_size: str = "a4") -> bytes:
    """The handout as PDF bytes; the options grid gets landscape pages of its own."""
    with writing_in(handout.language):
        return _render_pdf(handout, page_size)


def _render_pdf(handout: Handout, page_size: str) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    portrait = PAGE_SIZES[page_size]
    wide = landscape(portrait)
    doc = BaseDocTemplate(
        buffer,
        pagesize=portrait,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=handout.title,
        author="avn-aid",
        subject=text("handout.pdf_subject"),
        creator="avn-aid",
        producer="avn-aid",
        invariant=1,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        _watermark(canvas, handout.draft)

    def frame(size: tuple[float, float], name: str) -> Frame:
        return Frame(
            MARGIN_SIDE,
            MARGIN_BOTTOM,
            size[0] - 2 * MARGIN_SIDE,
            size[1] - MARGIN_TOP - MARGIN_BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate("portrait", [frame(portrait, "p")], onPage=on_page, pagesize=portrait),
            PageTemplate("landscape", [frame(wide, "l")], onPage=on_page, pagesize=wide),
        ]
    )
    story = _story(handout, styles, portrait[0] - 2 * MARGIN_SIDE, wide[0] - 2 * MARGIN_SIDE)
    try:
        doc.build(story, canvasmaker=_canvas_class(handout))
    except LayoutError:
        # Pathway texts are bounded in length, but a long one in a narrow column of the
        # option grid can still be taller than a page; say so instead of crashing.
        raise HandoutLayoutError(
            "the handout cannot be laid out: a table cell holds more text than fits on a "
            "page (the option grid gives each option a narrow column); shorten the longest "
            "texts of the pathway's options"
        ) from None
    return buffer.getvalue()


def _story(h: Handout, s: dict[str, ParagraphStyle], width: float, wide_width: float) -> list[Any]:
    if h.hips:
        return _both_hips_story(h, s, width, wide_width)
    story: list[Any] = [_p(h.title, s["title"]), _p(h.decision, s["body"])]
    facts = _table(
        [
            [_p(label, s["cellhead"]) for label, _ in h.facts],
            [_p(value, s["cell"]) for _, value in h.facts],
        ],
        [width * f for f in (0.3, 0.1, 0.1, 0.3, 0.2)],
        _grid_style(),
    )
    story += [facts, Spacer(1, 2 * mm)]
    if h.asked:
        story.append(_p(h.asked, s["small"]))
    story += [Spacer(1, 2 * mm), _p(h.intro, s["box"])]

    hip_text = [
        _p(h.stage_label, s["h2"]),
        _p(h.stage_plain, s["body"]),
        _p(h.collapse_plain, s["body"]),
        _p(h.staging_note, s["small"]),
    ]
    hip = _table(
        [[for_direction(head_drawing(h.drawing), _set(), mirror_when_rtl=False), hip_text]],
        [46 * mm, width - 46 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story += [KeepTogether([_p(text("handout.heading.your_hip_now"), s["h1"]), hip])]
    if h.caveats:
        story.append(_p(text("handout.heading.keep_in_mind"), s["h1"]))
        for caveat in h.caveats:
            story.append(
                _p(f"{caveat.text} {caveat.sources}", s["body"], bold_prefix=caveat.title + ".")
            )

    story += [
        NextPageTemplate("landscape"),
        PageBreak(),
        _p(text("handout.heading.options_at_a_glance"), s["h1"]),
        _p(h.grid_note, s["small"]),
    ]
    first = 30 * mm
    other = (wide_width - first) / len(h.option_names)
    rows = [[_p("", s["cellhead"])] + [_p(name, s["cellhead"]) for name in h.option_names]]
    for row in h.grid:
        style = s["cellhead"] if row.emphasis else s["cell"]
        rows.append([_p(row.question, s["cellhead"])] + [_p(a, style) for a in row.answers])
    grid = _table(rows, [first] + [other] * len(h.option_names), _grid_style(), repeatRows=1)
    story += [grid, NextPageTemplate("portrait"), PageBreak()]

    for detail in h.details:
        story += _detail_story(detail, s, width)

    if h.disagreements:
        story += [CondPageBreak(40 * mm), _p(text("handout.heading.sources_disagree"), s["h1"])]
        for item in h.disagreements:
            block = [_p(item.topic, s["h2"])]
            block += [_p(p, s["bullet"], bullet="\u2022") for p in item.positions]
            block.append(
                _p(
                    item.what_we_do,
                    s["body"],
                    bold_prefix=text("handout.label.what_this_sheet_does"),
                )
            )
            story.append(KeepTogether(block))

    story += _values_story(h, s, width)
    story += _sources_story(h, s, width)
    return story


def _facts_table(h: Handout, s: dict[str, ParagraphStyle], width: float) -> Table:
    return _table(
        [
            [_p(label, s["cellhead"]) for label, _ in h.facts],
            [_p(value, s["cell"]) for _, value in h.facts],
        ],
        [width * f for f in (0.3, 0.1, 0.1, 0.3, 0.2)],
        _grid_style(),
    )


def _hip_block(hip: HipSection, s: dict[str, ParagraphStyle], width: float) -> Table:
    texts = [
        _p(hip.heading + ": " + hip.stage_label, s["h2"]),
        _p(hip.stage_plain, s["body"]),
        _p(hip.collapse_plain, s["body"]),
        _p(hip.decision, s["body"]),
    ]
    return _table(
        [[for_direction(head_drawing(hip.drawing), _set(), mirror_when_rtl=False), texts]],
        [46 * mm, width - 46 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _both_hips_story(
    h: Handout, s: dict[str, ParagraphStyle], width: float, wide_width: float
) -> list[Any]:
    """Both hips in one handout: each hip's stage, decision and grid; shared parts once."""
    story: list[Any] = [_p(h.title, s["title"]), _p(h.decision, s["body"])]
    story += [_facts_table(h, s, width), Spacer(1, 4 * mm), _p(h.intro, s["box"])]
    story.append(_p(text("handout.heading.your_hips_now"), s["h1"]))
    for hip in h.hips:
        story.append(KeepTogether([_hip_block(hip, s, width), Spacer(1, 2 * mm)]))
    story.append(_p(h.staging_note, s["small"]))
    if h.both_hips:
        story.append(KeepTogether([_p(text("handout.heading.treating_both"), s["h1"])]))
        for note in h.both_hips:
            story.append(_p(f"{note.text} {note.sources}", s["body"], bold_prefix=note.title + "."))
    shared = [
        _p(f"{caveat.text} {caveat.sources}", s["body"], bold_prefix=caveat.title + ".")
        for caveat in h.caveats
    ]
    if shared or any(hip.caveats for hip in h.hips):
        heading = _p(text("handout.heading.keep_in_mind"), s["h1"])
        story.append(KeepTogether([heading, *shared[:1]]))
        story += shared[1:]
        for hip in h.hips:
            blocks = [
                _p(f"{caveat.text} {caveat.sources}", s["body"], bold_prefix=caveat.title + ".")
                for caveat in hip.caveats
            ]
            if blocks:  # the heading never stays alone at the foot of a page
                story.append(KeepTogether([_p(hip.heading, s["h2"]), blocks[0]]))
                story += blocks[1:]
    story.append(NextPageTemplate("landscape"))
    first = 30 * mm
    for hip in h.hips:
        story += [
            PageBreak(),
            _p(text("handout.heading.options_for_hip", side=hip.side_word), s["h1"]),
        ]
        story.append(_p(h.grid_note, s["small"]))
        other = (wide_width - first) / len(hip.option_names)
        rows = [[_p(hip.heading, s["cellhead"])] + [_p(n, s["cellhead"]) for n in hip.option_names]]
        for row in hip.grid:
            style = s["cellhead"] if row.emphasis else s["cell"]
            rows.append([_p(row.question, s["cellhead"])] + [_p(a, style) for a in row.answers])
        story.append(
            _table(rows, [first] + [other] * len(hip.option_names), _grid_style(), repeatRows=1)
        )
    story += [NextPageTemplate("portrait"), PageBreak()]
    for detail in h.details:
        story += _detail_story(detail, s, width)
    if h.disagreements:
        story += [CondPageBreak(40 * mm), _p(text("handout.heading.sources_disagree"), s["h1"])]
        for item in h.disagreements:
            block = [_p(item.topic, s["h2"])]
            block += [_p(p, s["bullet"], bullet="\u2022") for p in item.positions]
            block.append(
                _p(
                    item.what_we_do,
                    s["body"],
                    bold_prefix=text("handout.label.what_this_sheet_does"),
                )
            )
            story.append(KeepTogether(block))
    story += _values_story(h, s, width)
    story += _sources_story(h, s, width)
    return story


def _detail_story(d: OptionDetail, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    head = [
        CondPageBreak(70 * mm),
        _p(d.name, s["h1"]),
        _p(d.status_words + ".", s["body"], bold_prefix=text("handout.label.what_pathway_says")),
    ]
    head += [_p(w, s["bullet"], bullet="\u2022") for w in d.why]
    head.append(_p(d.what_happens, s["body"], bold_prefix=text("handout.label.what_happens")))
    story: list[Any] = [KeepTogether(head)]
    pros = [_p(b, s["cellbullet"], bullet="+") for b in d.benefits]
    cons = [_p(r, s["cellbullet"], bullet="\u2013") for r in d.risks]
    balance = _table(
        [
            [
                _p(text("handout.label.benefits"), s["cellhead"]),
                _p(text("handout.label.harms"), s["cellhead"]),
            ],
            [pros, cons],
        ],
        [width / 2, width / 2],
        _grid_style(shade_first_column=False),
    )
    story.append(balance)
    if d.numbers:
        block = [_p(text("handout.heading.numbers"), s["h2"])]
        block += [_p(n, s["bullet"], bullet="\u2022") for n in d.numbers]
        story.append(KeepTogether(block))
    if d.before:
        block = [_p(text("handout.heading.before"), s["h2"])]
        block += [_p(b, s["bullet"], bullet="\u2022") for b in d.before]
        story.append(KeepTogether(block))
    if d.phases:
        rows = [
            [
                _p(t, s["cellhead"])
                for t in _texts("handout.phases", "when", "stage", "weight", "what_to_do")
            ]
        ]
        for phase in d.phases:
            rows.append(
                [
                    _p(phase.weeks, s["cell"]),
                    _p(phase.name, s["cell"]),
                    _p(phase.weight, s["cell"]),
                    _p(" ".join(phase.details) or "-", s["cell"]),
                ]
            )
        table = _table(
            rows, [width * f for f in (0.15, 0.2, 0.25, 0.4)], _grid_style(), repeatRows=1
        )
        story.append(
            KeepTogether(
                [
                    _p(text("handout.heading.recovery", protocol=d.protocol_name), s["h2"]),
                    for_direction(timeline_drawing(d.phases, width), _set(), mirror_when_rtl=True),
                    Spacer(1, 3 * mm),
                    table,
                ]
            )
        )
    if d.visits:
        rows = [
            [_p(t, s["cellhead"]) for t in _texts("handout.visits", "visit", "checks", "scans")]
        ]
        rows += [
            [_p(v.when, s["cell"]), _p(v.checks, s["cell"]), _p(v.imaging, s["cell"])]
            for v in d.visits
        ]
        table = _table(rows, [width * f for f in (0.2, 0.45, 0.35)], _grid_style(), repeatRows=1)
        story.append(KeepTogether([_p(text("handout.heading.follow_up"), s["h2"]), table]))
    elif d.no_follow_up_note:
        story.append(
            KeepTogether(
                [_p(text("handout.heading.follow_up"), s["h2"]), _p(d.no_follow_up_note, s["body"])]
            )
        )
    return story


def _values_story(h: Handout, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    rows = [
        [_p(text("handout.values.question"), s["cellhead"])]
        + [_p(t, s["cellhead"]) for t in _texts("handout.values", "not_much", "somewhat", "a_lot")]
    ]
    rows += [[_p(v, s["cell"])] + [_p(BOX, s["cell"])] * 3 for v in h.values]
    values = _table(rows, [width * 0.58] + [width * 0.14] * 3, _grid_style())
    sure_rows = [
        [
            _p(q, s["cell"]),
            _p(text("handout.sure.yes_box", box=BOX), s["cell"]),
            _p(text("handout.sure.no_box", box=BOX), s["cell"]),
        ]
        for q in h.sure
    ]
    sure = _table(sure_rows, [width * 0.7, width * 0.15, width * 0.15], _grid_style(header_rows=0))
    lines = Table([[""]] * 5, colWidths=[width], rowHeights=[8 * mm] * 5)
    lines.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
        )
    )
    return [
        CondPageBreak(90 * mm),
        _p(text("handout.heading.what_matters"), s["h1"]),
        _p(text("handout.values.tick"), s["body"]),
        values,
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                _p(text("handout.heading.where_am_i"), s["h2"]),
                sure,
                _p(text("handout.sure.answer_no"), s["small"]),
            ]
        ),
        KeepTogether(
            [
                _p(text("handout.heading.questions"), s["h2"]),
                *[_p(q, s["bullet"], bullet="\u2022") for q in h.questions],
                _p(text("handout.label.own_notes"), s["body"]),
                lines,
            ]
        ),
    ]


def _sources_story(h: Handout, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [CondPageBreak(50 * mm), _p(text("handout.heading.sources"), s["h1"])]
    for source in h.sources:
        story.append(
            KeepTogether(
                _p(
                    text(
                        "handout.label.source_line",
                        kind=source.kind,
                        year=source.year,
                        citation=source.citation,
                        limits=source.limits,
                    ),
                    s["small"],
                    bold_prefix=f"[{source.key}]",
                )
            )
        )
    about = _table(
        [[_p(k, s["cellhead"]), _p(v, s["cell"])] for k, v in h.about],
        [width * 0.25, width * 0.75],
        _grid_style(header_rows=0),
    )
    story += [
        KeepTogether([_p(text("handout.heading.about"), s["h2"]), about]),
        Spacer(1, 4 * mm),
        _p(h.disclaimer, s["box"]),
    ]
    return story
