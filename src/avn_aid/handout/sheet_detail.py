"""The handout's detail, for the patient to read when they want to: each option on the
table (what happens, the benefits and harms the grid left out, every figure with an icon
array, before and after, check-ups), what to keep in mind, where the sources disagree,
questions, the sources and who made the sheet."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    TableStyle,
)

from avn_aid.catalogue import text
from avn_aid.handout.detail import VisitRow
from avn_aid.handout.drawings import timeline_drawing
from avn_aid.handout.figure_block import figure_block
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.grid_plan import BENEFIT_LINES, HARM_LINES
from avn_aid.handout.outcome_figures import Figure
from avn_aid.handout.plan import OptionPage, Sheet
from avn_aid.handout.styles import (
    SMALL_SIZE,
    bullets,
    first_up,
    para,
    table,
    table_style,
    typeset,
)
from avn_aid.handout.typeset import escape, for_direction
from avn_aid.handout.values_section import sure_table
from avn_aid.handout.wording import and_list


def detail_story(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [
        # The detail may begin under the values on page 2; each option starts on a page
        # with room for its head (see _option_section).
        CondPageBreak(25 * mm),
        para(text("handout.label.detail_intro"), s["intro"]),
    ]
    if sheet.handout.asked:  # the optional questions: each answer given, and those not asked
        story.append(para(sheet.handout.asked, s["small"]))
    # What causes it: background a patient can skip, so it leaves page 1 to the choice.
    story += _blocks(sheet.condition, s)
    if sheet.both_hips:  # what treating both hips means comes before each option
        story.append(para(text("handout.heading.treating_both"), s["h1"]))
        story += _blocks(sheet.both_hips, s)
    for page in sheet.pages:
        story += _option_section(page, s, width)
    story += _notes_and_disagreements(sheet, s, width)
    story += _questions(sheet, s, width)
    return story + _sources(sheet, s, width)


def _blocks(blocks: Any, s: dict[str, ParagraphStyle]) -> list[Any]:
    return [para(f"{b.text} {b.sources}", s["body"], bold_prefix=b.title + ".") for b in blocks]


def _questions(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    return [
        KeepTogether(
            [
                para(
                    text("handout.sure.note"), s["lead"], bold_prefix=text("handout.heading.ready")
                ),
                sure_table(sheet.sure, s, width),
            ]
        ),
        # The heading keeps at least a row of questions with it; the rows may break.
        CondPageBreak(14 * mm),
        para(text("handout.heading.questions"), s["h2"]),
        _two_columns(sheet, s, width),
    ]


def _two_columns(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> Any:
    """Short questions two to a row, read across, so a row may end a page."""
    items: list[Any] = bullets(sheet.handout.questions, s["bullet"])
    if len(items) % 2:
        items.append("")
    rows = [items[i : i + 2] for i in range(0, len(items), 2)]
    plain = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table(rows, [width / 2, width / 2], plain)


def _option_section(page: OptionPage, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    d = page.detail
    head: list[Any] = [
        CondPageBreak(45 * mm),
        para(
            text("handout.label.option_for", option=d.name, hips=page.hips)
            if page.hips
            else d.name,
            s["h1"],
        ),
        para(d.what_happens, s["body"], bold_prefix=text("handout.label.what_happens")),
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
                para(text("handout.heading.more_benefits"), s["gridhead"]),
                para(text("handout.heading.more_harms"), s["gridhead"]),
            ],
            [
                [para(line, s["grid"], bullet="+") for line in more_pros],
                [para(line, s["grid"], bullet="\u2013") for line in more_cons],
            ],
        ]
        # One box, split down the middle.
        balance = table(
            rows,
            [width / 2, width / 2],
            table_style(header=True, lattice=False),
            repeatRows=1,
            splitInRow=1,
        )
        story.append(balance)
    for figure in page.figures:
        if figure.in_grid and _said_below(figure, page.figures):
            continue
        story.append(figure_block(figure, s, width))
    if page.some_hidden:  # with two hips, the note names the hip it is about
        note = (
            text("handout.grid.figures_not_like_hip", hip=page.hidden_for)
            if page.hidden_for
            else text("handout.grid.figures_not_like_you")
        )
        story.append(para(note, s["body"]))
    if page.before_as:
        story.append(
            para(
                text("handout.label.before_same", option=page.before_as),
                s["body"],
                bold_prefix=text("handout.heading.before") + ":",
            )
        )
    elif d.before:
        story.append(
            KeepTogether(
                [para(text("handout.heading.before"), s["h2"]), *bullets(d.before, s["bullet"])]
            )
        )
    if len(d.phases) > 1:  # one phase is one bar: the words say it all
        story.append(
            KeepTogether(
                [
                    para(text("handout.heading.recovery", protocol=d.protocol_name), s["h2"]),
                    for_direction(
                        timeline_drawing(d.phases, width, label_size=11.5, tick_size=SMALL_SIZE),
                        typeset(),
                        mirror_when_rtl=True,
                    ),
                    Spacer(1, 1 * mm),
                ]
            )
        )
    elif d.phases:
        story.append(para(text("handout.heading.recovery", protocol=d.protocol_name), s["h2"]))
    if d.phases:
        story += bullets(
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
            text("handout.label.visit", when=first_up(and_list(whens)), checks=checks)
            + (text("handout.label.scans", imaging=imaging) if imaging != "-" else "")
            for whens, checks, imaging in _visits_together(d.visits)
        )
        story.append(
            KeepTogether(
                [para(text("handout.heading.follow_up"), s["h2"]), para(visits, s["body"])]
            )
        )
    elif d.no_follow_up_note:
        story.append(
            KeepTogether(
                [
                    para(text("handout.heading.follow_up"), s["h2"]),
                    para(d.no_follow_up_note, s["body"]),
                ]
            )
        )
    return story


def _said_below(figure: Figure, figures: tuple[Figure, ...]) -> bool:
    """Whether another figure on the page prints the same 'how sure' from the same source,
    so the one-line note for the grid's figure would only say it twice."""
    return any(
        not other.in_grid and (other.how_sure, other.cite) == (figure.how_sure, figure.cite)
        for other in figures
    )


def _visits_together(visits: tuple[VisitRow, ...]) -> list[tuple[list[str], str, str]]:
    """Check-ups in a row that check the same things, said once: '6 weeks and 3 months: ...'."""
    merged: list[tuple[list[str], str, str]] = []
    for visit in visits:
        if merged and merged[-1][1:] == (visit.checks, visit.imaging):
            merged[-1][0].append(visit.when)
        else:
            merged.append(([visit.when], visit.checks, visit.imaging))
    return merged


def _notes_and_disagreements(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [CondPageBreak(15 * mm)] if sheet.notes or sheet.hip_notes else []
    # The heading goes with the first hip's notes when no note is for both.
    title = [para(text("handout.heading.keep_in_mind"), s["h1"])] if story else []
    if sheet.notes:
        story, title = [*story, *title, *_blocks(sheet.notes, s)], []
    for heading, blocks in sheet.hip_notes:  # two hips: each hip's own, named
        story += [KeepTogether([*title, para(heading, s["h2"]), *_blocks(blocks[:1], s)])]
        story, title = story + _blocks(blocks[1:], s), []
    if sheet.disagreements:
        story += [CondPageBreak(15 * mm), para(text("handout.heading.sources_disagree"), s["h1"])]
        for item in sheet.disagreements:
            # The question in bold, then the positions run on, each with its sources (as a
            # list, short ones would each take a whole line), then what this sheet does.
            topic = item.topic if item.topic[-1:] in ".?!" else item.topic + "."
            story.append(para(" ".join(item.positions), s["body"], bold_prefix=topic))
            story.append(
                para(
                    item.what_we_do,
                    s["aside"],
                    bold_prefix=text("handout.label.what_this_sheet_does"),
                )
            )
    return story


def _sources(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    h = sheet.handout
    story: list[Any] = [CondPageBreak(30 * mm), para(text("handout.heading.sources"), s["h1"])]
    for source in sheet.sources:
        line = (
            text(
                "handout.label.source_line",
                citation=source.citation,
                kind=source.kind,
                year=source.year,
                limits=source.limits,
            )
            if source.year  # else the citation gives the date already
            else text(
                "handout.label.source_kind",
                citation=source.citation,
                kind=source.kind,
                limits=source.limits,
            )
        )
        story.append(para(line, s["source"], bold_prefix=f"[{source.key}]"))
    about: list[Flowable]
    if typeset().rtl:  # one item a line: the right-to-left paragraph takes one bold prefix
        about = [para(v, s["small"], bold_prefix=k + ":") for k, v in h.about]
    else:
        line = " ".join(
            # The line ends each value with a full stop; one it already has is not doubled.
            text("handout.about.line", label=escape(k), value=escape(v.rstrip(".")))
            for k, v in h.about
        )
        about = [Paragraph(line, s["small"])]
    story += [
        KeepTogether([para(text("handout.heading.about"), s["h2"]), *about]),
    ]
    return story
