"""The v2 handout laid out: pages 1-2 stand alone, everything after is detail to skip.

Page 1: the decision in one sentence, your hip now (a labelled drawing), what usually
happens without treatment. Page 2: the options on the table as a portrait Option Grid, one
line for each option not advised, and what matters to you. With both hips affected each
hip gets its drawing, its sentence and its grid, each named by side. Then the detail
(sheet_detail.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle

from avn_aid.catalogue import text
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.hip_figure import labelled_head
from avn_aid.handout.option_grid import not_on_table_lines, option_grid
from avn_aid.handout.plan import HipPart, Sheet
from avn_aid.handout.sheet_detail import detail_story
from avn_aid.handout.styles import para, table, table_style, typeset
from avn_aid.handout.typeset import for_direction
from avn_aid.handout.values_section import ratings_table


def sheet_story(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    # The grid follows page 1 straight on, so the two pages hold the decision together.
    story = _page_one(sheet, s, width)
    for hip in sheet.hips:
        story += [CondPageBreak(60 * mm), *_options(hip, s, width)]
    story += _values(sheet, s, width)
    return story + detail_story(sheet, s, width)


def _page_one(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    h = sheet.handout
    facts = table(
        [
            [para(label, s["gridhead"]) for label, _ in h.facts],
            [para(value, s["grid"]) for _, value in h.facts],
        ],
        [width * f for f in (0.3, 0.1, 0.1, 0.3, 0.2)],
        table_style(),
    )
    two = len(sheet.hips) > 1
    heading = text("handout.heading.your_hips_now") if two else text("handout.heading.hip_now")
    drawings = [_hip_now(hip, s, width, 30 * mm if two else 36 * mm) for hip in sheet.hips]
    story: list[Any] = [
        para(h.title, s["title"]),
        facts,
        Spacer(1, 1 * mm),
        *[para(hip.choice, s["box"]) for hip in sheet.hips],
        para(f"{h.decision} {text('handout.not_choosing')}", s["body"]),
        KeepTogether([para(heading, s["h1"]), drawings[0]]),
        *drawings[1:],
    ]
    # The note runs the full width under the drawings, not down their narrow side.
    if sheet.show_staging_note:
        story.append(para(h.staging_note, s["small"]))
    if sheet.course:
        story.append(para(text("handout.heading.natural_course"), s["h1"]))
        for block in sheet.course:
            story.append(para(f"{block.text} {block.sources}", s["body"]))
    return story


def _hip_now(hip: HipPart, s: dict[str, ParagraphStyle], width: float, size: float) -> Any:
    """The labelled drawing of one hip with its stage and collapse beside it."""
    label = f"{hip.heading}: {hip.stage_label}" if hip.heading else hip.stage_label
    words = [
        para(label, s["h2"]),
        para(hip.stage_plain, s["body"]),
        para(hip.collapse_plain, s["body"]),
    ]
    drawing = labelled_head(hip.drawing, size)
    return table(
        [[for_direction(drawing, typeset(), mirror_when_rtl=False), words]],
        [drawing.width + 4 * mm, width - drawing.width - 4 * mm],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _options(hip: HipPart, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    # The options not on the table come first, one line each, so the grid compares only
    # the real choices and the first two pages hold both.
    heading = (
        text("handout.heading.options_for_hip", hip=hip.heading)
        if hip.heading
        else text("handout.heading.options")
    )
    story: list[Any] = [para(heading, s["h1"])]
    if hip.not_on_table:
        story += [
            para(text("handout.heading.not_on_table"), s["body"]),
            *not_on_table_lines(hip.not_on_table, s),
        ]
    # With two hips the grid's corner names its hip, on every page the grid runs over.
    corner = text("handout.grid.evidence")
    if hip.heading:
        corner = text("handout.grid.evidence_for_hip", hip=hip.heading, evidence=corner)
    return [
        *story,
        para(text("handout.grid_note"), s["small"]),
        option_grid(hip.grid, s, width, corner),
    ]


def _values(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """Beside the options: what matters to the patient, filled in where they said."""
    if not sheet.values:
        return []
    block: list[Any] = [
        para(text("handout.heading.what_matters"), s["h2"]),
        para(text("handout.values.note"), s["small"]),
        ratings_table(tuple((v.label, v.rating) for v in sheet.values), s, width),
        Spacer(1, 1.5 * mm),
        para(
            sheet.leaning or text("handout.values.leaning_blank"),
            s["body"],
            bold_prefix=text("handout.values.leaning"),
        ),
    ]
    return [KeepTogether(block)]
