"""The v2 handout laid out: pages 1-2 stand alone, everything after is detail to skip.

Page 1: the decision in one sentence, your hip now (a labelled drawing), what usually
happens without treatment. Page 2: the options on the table as a portrait Option Grid, one
line for each option not advised, and what matters to you. Then one section per option on
the table, where the sources disagree, questions, and the sources.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from avn_aid.catalogue import current_language, text
from avn_aid.handout.content import OptionDetail
from avn_aid.handout.drawings import timeline_drawing
from avn_aid.handout.fonts import BOLD, REGULAR
from avn_aid.handout.hip_figure import labelled_head
from avn_aid.handout.icon_array import icon_array
from avn_aid.handout.option_grid import not_on_table_lines, option_grid
from avn_aid.handout.plan import BENEFIT_LINES, HARM_LINES, Figure, OptionPage, Sheet
from avn_aid.handout.typeset import Typesetter, for_direction, typesetter
from avn_aid.handout.values_section import ratings_table, sure_table

INK = colors.Color(0.1, 0.1, 0.1)
RULE = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.9, 0.9, 0.9)
BODY_SIZE = 10
GRID_SIZE = 9
SMALL_SIZE = 9  # the smallest type a patient needs (footers aside)


def sheet_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=12,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=2.5,
    )

    def derived(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derived("title", fontName=BOLD, fontSize=16, leading=19.5, spaceAfter=3),
        "h1": derived("h1", fontName=BOLD, fontSize=14, leading=17, spaceBefore=5, spaceAfter=2),
        "h2": derived(
            "h2", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=1.5
        ),
        "small": derived("small", fontSize=SMALL_SIZE, leading=11, spaceAfter=1.5),
        "grid": derived("grid", fontSize=GRID_SIZE, leading=11, spaceAfter=1.5),
        "gridhead": derived(
            "gridhead", fontName=BOLD, fontSize=GRID_SIZE, leading=11, spaceAfter=0
        ),
        "gridlabel": derived(
            "gridlabel", fontName=BOLD, fontSize=GRID_SIZE, leading=11, spaceAfter=0
        ),
        "h3": derived("h3", fontName=BOLD, spaceBefore=3, spaceAfter=1),
        "bullet": derived("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1.5),
        "sub": derived("sub", leftIndent=22, bulletIndent=12, spaceAfter=1.5),
        "intro": derived(
            "intro", fontName=BOLD, borderColor=RULE, borderWidth=0, spaceBefore=2, spaceAfter=2
        ),
        "source": derived("source", fontSize=SMALL_SIZE, leading=10.6, spaceAfter=1.5),
        "box": derived(
            "box",
            fontSize=11,
            leading=14,
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=5,
            backColor=SHADE,
            spaceBefore=5,
            spaceAfter=7,
        ),
    }


def _set() -> Typesetter:
    """The typesetter of the language being written (see handout/typeset.py)."""
    return typesetter(current_language())


def _p(text: str, style: ParagraphStyle, bold_prefix: str = "", bullet: str = "") -> Flowable:
    """Escaped text in the handout's language and direction."""
    return _set().p(text, style, bold_prefix=bold_prefix, bullet=bullet)


def _bullets(items: tuple[str, ...] | list[str], style: ParagraphStyle) -> list[Flowable]:
    return [_p(i, style, bullet="\u2022") for i in items]


def _first_up(words: str) -> str:
    """Start a sentence made from a fragment with a capital letter."""
    return words[:1].upper() + words[1:]


def _table(rows: list[Any], widths: list[float], style: TableStyle, **kwargs: Any) -> Table:
    """A table mirrored for a right-to-left language (first column on the right)."""
    return _set().table(rows, widths, style, **kwargs)


def _table_style(header: bool = True, lattice: bool = True) -> TableStyle:
    lines: list[tuple[Any, ...]] = (
        [("GRID", (0, 0), (-1, -1), 0.6, RULE)]
        if lattice
        else [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ]
    )
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            *lines,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
    )
    if header:
        style.add("BACKGROUND", (0, 0), (-1, 0), SHADE)
    return style


def sheet_story(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    # The grid follows page 1 straight on, so the two pages hold the decision together.
    story = _page_one(sheet, s, width)
    story += [CondPageBreak(60 * mm), *_page_two(sheet, s, width)]
    story += [CondPageBreak(45 * mm), _p(text("handout.label.detail_intro"), s["intro"])]
    if sheet.handout.asked:  # the optional questions: each answer given, and those not asked
        story.append(_p(sheet.handout.asked, s["small"]))
    for page in sheet.pages:
        story += _option_section(page, s, width)
    story += _notes_and_disagreements(sheet, s, width)
    story += _questions(sheet, s, width)
    story += _sources(sheet, s, width)
    return story


def _page_one(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    h = sheet.handout
    facts = _table(
        [
            [_p(label, s["gridhead"]) for label, _ in h.facts],
            [_p(value, s["grid"]) for _, value in h.facts],
        ],
        [width * f for f in (0.3, 0.1, 0.1, 0.3, 0.2)],
        _table_style(),
    )
    decision = sheet.decision
    hip_text: list[Any] = [
        _p(h.stage_label, s["h2"]),
        _p(h.stage_plain, s["body"]),
        _p(h.collapse_plain, s["body"]),
    ]
    # The notes run the full width under the drawing, not down its narrow side.
    notes: list[Any] = []
    if sheet.show_staging_note:
        notes.append(_p(h.staging_note, s["small"]))
    drawing = labelled_head(h.drawing, 36 * mm)
    hip = _table(
        [[for_direction(drawing, _set(), mirror_when_rtl=False), hip_text]],
        [drawing.width + 4 * mm, width - drawing.width - 4 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story: list[Any] = [
        _p(h.title, s["title"]),
        facts,
        Spacer(1, 1 * mm),
        _p(decision, s["box"]),
        _p(f"{h.decision} {text('handout.not_choosing')}", s["body"]),
        KeepTogether([_p(text("handout.heading.hip_now"), s["h1"]), hip]),
        *notes,
    ]
    for block in sheet.condition:
        story.append(_p(f"{block.text} {block.sources}", s["body"], bold_prefix=block.title + "."))
    if sheet.course:
        story.append(_p(text("handout.heading.natural_course"), s["h1"]))
        for block in sheet.course:
            story.append(_p(f"{block.text} {block.sources}", s["body"]))
    return story


def _page_two(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    # The options not on the table come first, one line each, so the grid compares only
    # the real choices and the first two pages hold both.
    story: list[Any] = [_p(text("handout.heading.options"), s["h1"])]
    if sheet.not_on_table:
        story += [
            _p(text("handout.heading.not_on_table"), s["body"]),
            *not_on_table_lines(sheet.not_on_table, s),
        ]
    story += [
        _p(text("handout.grid_note"), s["small"]),
        option_grid(sheet.grid, s, width),
        *_values(sheet, s, width),
    ]
    return story


def _values(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """Beside the options: what matters to the patient, filled in where they said."""
    if not sheet.values:
        return []
    block: list[Any] = [
        _p(text("handout.heading.what_matters"), s["h2"]),
        _p(text("handout.values.note"), s["small"]),
        ratings_table(tuple((v.label, v.rating) for v in sheet.values), s, width),
        Spacer(1, 1.5 * mm),
        _p(
            sheet.leaning or text("handout.values.leaning_blank"),
            s["body"],
            bold_prefix=text("handout.values.leaning"),
        ),
    ]
    return [KeepTogether(block)]


def _questions(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    return [
        KeepTogether(
            [_p(text("handout.heading.ready"), s["h2"]), _p(text("handout.sure.note"), s["small"])]
        ),
        sure_table(sheet.sure, s, width),  # may break between its rows
        KeepTogether(
            [
                _p(text("handout.heading.questions"), s["h2"]),
                *_bullets(sheet.handout.questions, s["bullet"]),
            ]
        ),
    ]


def _option_section(page: OptionPage, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    d: OptionDetail = page.detail
    head: list[Any] = [
        CondPageBreak(60 * mm),
        _p(d.name, s["h1"]),
        _p(d.what_happens, s["body"], bold_prefix=text("handout.label.what_happens")),
    ]
    story: list[Any] = [KeepTogether(head)]
    # The grid showed the first few; here come the rest, the same way for every option.
    more_pros = d.benefits[BENEFIT_LINES:]
    more_cons = d.risks[HARM_LINES:]
    if more_pros or more_cons:
        # Two lists side by side in one row, each as long as it is (a row per pair would
        # stretch the shorter item to the longer one); the row splits at a page foot.
        rows: list[list[Any]] = [
            [
                _p(text("handout.heading.more_benefits"), s["gridhead"]),
                _p(text("handout.heading.more_harms"), s["gridhead"]),
            ],
            [
                [_p(line, s["grid"], bullet="+") for line in more_pros],
                [_p(line, s["grid"], bullet="\u2013") for line in more_cons],
            ],
        ]
        # One box, split down the middle.
        balance = _table(
            rows,
            [width / 2, width / 2],
            _table_style(header=True, lattice=False),
            repeatRows=1,
            splitInRow=1,
        )
        story.append(balance)
    for figure in page.figures:
        story.append(_figure_block(figure, s, width))
    if page.some_hidden:
        story.append(_p(text("handout.grid.figures_not_like_you"), s["body"]))
    if page.before_as:
        story.append(
            _p(
                text("handout.label.before_same", option=page.before_as),
                s["body"],
                bold_prefix=text("handout.heading.before") + ":",
            )
        )
    elif d.before:
        story.append(
            KeepTogether(
                [_p(text("handout.heading.before"), s["h2"]), *_bullets(d.before, s["bullet"])]
            )
        )
    if len(d.phases) > 1:  # one phase is one bar: the words say it all
        story.append(
            KeepTogether(
                [
                    _p(text("handout.heading.recovery", protocol=d.protocol_name), s["h2"]),
                    for_direction(
                        timeline_drawing(d.phases, width, label_size=11.5, tick_size=SMALL_SIZE),
                        _set(),
                        mirror_when_rtl=True,
                    ),
                    Spacer(1, 2 * mm),
                ]
            )
        )
    elif d.phases:
        story.append(_p(text("handout.heading.recovery", protocol=d.protocol_name), s["h2"]))
    if d.phases:
        story += _bullets(
            [
                text(
                    "handout.label.phase",
                    weeks=p.weeks,
                    weight=p.weight,
                    details=" ".join(p.details),
                ).strip()
                for p in d.phases
            ],
            s["bullet"],
        )
    if d.visits:
        visits = " ".join(
            text("handout.label.visit", when=_first_up(v.when), checks=v.checks)
            + (text("handout.label.scans", imaging=v.imaging) if v.imaging != "-" else "")
            for v in d.visits
        )
        story.append(
            KeepTogether([_p(text("handout.heading.follow_up"), s["h2"]), _p(visits, s["body"])])
        )
    elif d.no_follow_up_note:
        story.append(
            KeepTogether(
                [_p(text("handout.heading.follow_up"), s["h2"]), _p(d.no_follow_up_note, s["body"])]
            )
        )
    return story


def _figure_block(figure: Figure, s: dict[str, ParagraphStyle], width: float) -> Flowable:
    if figure.in_grid:  # drawn in the grid with who was counted; here only how sure it is
        return _p(
            text("handout.figures.in_table", how_sure=figure.how_sure, cite=figure.cite),
            s["small"],
        )
    words = [
        *[_p(framing, s["body"]) for framing in figure.framings if framing],
        _p(
            text(
                "handout.figures.details",
                who=figure.who,
                how_sure=_first_up(figure.how_sure),
                cite=figure.cite,
            ),
            s["small"],
        ),
    ]
    if figure.count is None:
        return KeepTogether(words)
    # Filled in reading order: from the top right in a right-to-left language.
    art = for_direction(icon_array(figure.count, 42 * mm), _set(), mirror_when_rtl=True)
    row = _table(
        [[art, words]],
        [45 * mm, width - 45 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return KeepTogether([Spacer(1, 1 * mm), row])


def _notes_and_disagreements(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = []
    if sheet.notes:
        story += [CondPageBreak(15 * mm), _p(text("handout.heading.keep_in_mind"), s["h1"])]
        for note in sheet.notes:
            story.append(_p(f"{note.text} {note.sources}", s["body"], bold_prefix=note.title + "."))
    if sheet.disagreements:
        story += [CondPageBreak(15 * mm), _p(text("handout.heading.sources_disagree"), s["h1"])]
        for item in sheet.disagreements:
            # The positions run on in one paragraph, each with its sources: short ones
            # would each take a whole line as a list.
            story.append(
                KeepTogether(
                    [
                        _p(item.topic, s["h3"]),
                        _p(
                            " ".join(item.positions),
                            s["body"],
                            bold_prefix=text("handout.label.sources_say"),
                        ),
                    ]
                )
            )
            story.append(
                _p(
                    item.what_we_do,
                    s["body"],
                    bold_prefix=text("handout.label.what_this_sheet_does"),
                )
            )
    return story


def _sources(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    h = sheet.handout
    story: list[Any] = [CondPageBreak(30 * mm), _p(text("handout.heading.sources"), s["h1"])]
    for source in sheet.sources:
        story.append(
            _p(
                text(
                    "handout.label.source_line",
                    citation=source.citation,
                    kind=source.kind,
                    year=source.year,
                    limits=source.limits,
                ),
                s["source"],
                bold_prefix=f"[{source.key}]",
            )
        )
    about: list[Flowable]
    if _set().rtl:  # one item a line: the right-to-left paragraph takes one bold prefix
        about = [_p(v, s["small"], bold_prefix=k + ":") for k, v in h.about]
    else:
        line = " ".join(
            text("handout.about.line", label=escape(k), value=escape(v)) for k, v in h.about
        )
        about = [Paragraph(line, s["small"])]
    story += [
        KeepTogether([_p(text("handout.heading.about"), s["h2"]), *about]),
    ]
    return story
