"""The v2 handout laid out: pages 1-2 stand alone, everything after is detail to skip.

Page 1: the decision in one sentence, your hip now (a labelled drawing), what usually
happens without treatment. Page 2: the options on the table as a portrait Option Grid, one
line for each option not advised, and what matters to you. With both hips affected, page 1
puts the hips side by side (each with its stage, its choice and its drawing) and the two
pages hold one grid of every option on the table for either hip, each column naming its
hips (both_grid.py); the natural course follows the grid. Then the detail (sheet_detail.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, TableStyle

from avn_aid.catalogue import text
from avn_aid.handout.fonts import REGULAR
from avn_aid.handout.grid_fit import fitted_grid
from avn_aid.handout.hip_figure import labelled_head
from avn_aid.handout.option_grid import FIRST_COLUMN, not_on_table_lines, option_grid
from avn_aid.handout.plan import HipPart, Sheet
from avn_aid.handout.sheet_detail import detail_story
from avn_aid.handout.styles import BOX_PAD, para, table, table_style, typeset
from avn_aid.handout.typeset import for_direction
from avn_aid.handout.values_section import ratings_table

TWO_HIPS_DRAWING = 22 * mm


def sheet_story(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    # The grid follows page 1 straight on, so the two pages hold the decision together.
    story = _page_one(sheet, s, width)
    if len(sheet.hips) == 1:
        story += [CondPageBreak(60 * mm), *_options(sheet.hips[0], s, width)]
    else:
        # Two hips' options take the room of the natural course and the staging note,
        # which follow them.
        story += [
            CondPageBreak(60 * mm),
            *_both_options(sheet, s, width),
            *_course(sheet, s),
            *_staging_note(sheet, s),
        ]
    story += _values(sheet, s, width)
    return story + detail_story(sheet, s, width)


def _page_one(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    h = sheet.handout
    two = len(sheet.hips) > 1
    # Two hips: room for "Left and right" on one line.
    shares = (0.27, 0.08, 0.15, 0.3, 0.2) if two else (0.3, 0.1, 0.1, 0.3, 0.2)
    facts = table(
        [
            [para(label, s["gridhead"]) for label, _ in h.facts],
            [para(value, s["grid"]) for _, value in h.facts],
        ],
        [width * f for f in shares],
        table_style(),
    )
    heading = text("handout.heading.hip_now")
    if two:  # each hip's choice is under its heading, unless it is the same for both
        heading = (
            text("handout.heading.your_hips_now")
            if sheet.both_choice
            else text("handout.heading.hips_and_choices")
        )
    story: list[Any] = [para(h.title, s["title"]), facts, Spacer(1, 1 * mm)]
    if two:
        # Each hip in its own half: its stage, its choice in one sentence, its drawing;
        # side by side, so both hips and their options fit the first two pages.
        # Hips with the same options: the choice once, over both.
        same = [para(sheet.both_choice, s["box"])] if sheet.both_choice else []
        halves = [_hip_beside(hip, s, not sheet.both_choice) for hip in sheet.hips]
        story += [
            *same,
            para(f"{h.decision} {text('handout.not_choosing')}", s["body"]),
            KeepTogether([para(heading, s["h1"]), _side_by_side(halves, width)]),
        ]
    else:
        story += [
            para(sheet.hips[0].choice, s["box"]),
            para(f"{h.decision} {text('handout.not_choosing')}", s["body"]),
            KeepTogether([para(heading, s["h1"]), _hip_now(sheet.hips[0], s, width)]),
        ]
    if not two:
        # The note runs the full width under the drawing, not down its narrow side.
        story += _staging_note(sheet, s) + _course(sheet, s)
    return story


def _staging_note(sheet: Sheet, s: dict[str, ParagraphStyle]) -> list[Any]:
    return [para(sheet.handout.staging_note, s["small"])] if sheet.show_staging_note else []


def _course(sheet: Sheet, s: dict[str, ParagraphStyle]) -> list[Any]:
    """What usually happens without treatment."""
    if not sheet.course:
        return []
    blocks = [para(f"{block.text} {block.sources}", s["body"]) for block in sheet.course]
    heading = para(text("handout.heading.natural_course"), s["h1"])
    return [KeepTogether([heading, blocks[0]]), *blocks[1:]]


def _hip_beside(hip: HipPart, s: dict[str, ParagraphStyle], choice: bool) -> list[Any]:
    """One of two hips: its stage, its choice, its labelled drawing, the words under it."""
    drawing = labelled_head(hip.drawing, TWO_HIPS_DRAWING)
    return [
        para(f"{hip.heading}: {hip.stage_label}", s["half_h2"]),
        *([para(hip.choice, s["half_box"])] if choice else []),
        for_direction(drawing, typeset(), mirror_when_rtl=False),
        para(hip.stage_plain, s["body"]),
        para(hip.collapse_plain, s["body"]),
    ]


def _side_by_side(halves: list[list[Any]], width: float) -> Any:
    # The boxes' frames stand BOX_PAD outside their text: the outer edges meet the margin,
    # the inner ones keep a gap.
    edge, gap = BOX_PAD, BOX_PAD + 2
    return table(
        [halves],
        [width / 2, width / 2],
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), edge),
                ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("LEFTPADDING", (1, 0), (1, 0), gap),
                ("RIGHTPADDING", (1, 0), (1, 0), edge),
            ]
        ),
    )


def _hip_now(
    hip: HipPart, s: dict[str, ParagraphStyle], width: float, size: float = 36 * mm
) -> Any:
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
    """One hip's options: one line for each option not on the table, then the grid."""
    # The options not on the table come first, one line each, so the grid compares only
    # the real choices and the first two pages hold both.
    story: list[Any] = [para(text("handout.heading.options"), s["h1"])]
    if hip.not_on_table:
        story += [
            para(text("handout.heading.not_on_table"), s["body"]),
            *not_on_table_lines(hip.not_on_table, s),
        ]
    return [*story, para(text("handout.grid_note"), s["small"]), option_grid(hip.grid, s, width)]


def _both_options(sheet: Sheet, s: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """Both hips in one grid: each column says which hip it is for, each line of the
    options left out names the hip it is left out for."""
    story: list[Any] = [para(text("handout.heading.options_both_hips"), s["h1"])]
    if sheet.both_not_on_table:
        story += [
            para(text("handout.heading.not_on_table"), s["body"]),
            *not_on_table_lines(sheet.both_not_on_table, s),
        ]
    return [
        *story,
        para(text("handout.grid_note"), s["small"]),
        fitted_grid(sheet.both_grid, {**s, "grid": s["both_grid"]}, width, width * FIRST_COLUMN),
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
