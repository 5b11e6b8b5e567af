"""Both hips in one Option Grid: a column for each option on the table for either hip.

A column says which hip it is for; where the hips differ (what the studies suggest, the
figure for success) the cell gives each hip its own line, named. An option on the table for
one hip only gets, for the other, the one line saying why, above the grid with the options
not on the table for either hip. Everything an option is (what it is, how it helps, its
harms, crutches, cost) does not depend on the hip, so it is printed once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from avn_aid.catalogue import text
from avn_aid.engine.result import OptionResult
from avn_aid.handout.grid_plan import column, not_on_table_why, on_the_table, success_answer
from avn_aid.handout.option_grid import GridColumn, HipSuccess, NotOnTable
from avn_aid.handout.outcome_figures import Cite, some_hidden
from avn_aid.handout.wording import and_list, patient_status_words


@dataclass(frozen=True)
class HipOptions:
    """One hip as the grid reads it: its names and its options, in pathway order."""

    heading: str  # "Your left hip"
    words: str  # "your left hip"
    options: tuple[OptionResult, ...]


def both_hips_grid(
    left: HipOptions, right: HipOptions, cite: Cite, leaning: str | None
) -> tuple[tuple[GridColumn, ...], tuple[NotOnTable, ...]]:
    """The shared grid and the lines for options not on the table, each naming its hips."""
    hips = (left, right)
    columns: list[GridColumn] = []
    why_lines: dict[tuple[str, str], list[str]] = {}  # (hips, why) -> option names
    for index, first in enumerate(left.options):
        found = [(h, h.options[index]) for h in hips]
        offered = [(h, f) for h, f in found if on_the_table(f)]
        left_out = [(h, f) for h, f in found if not on_the_table(f)]
        whys = {h.words: not_on_table_why(f, cite) for h, f in left_out}
        if len(left_out) == 2 and len(set(whys.values())) == 1:
            why_lines.setdefault((text("handout.your_both_hips"), whys[left.words]), []).append(
                first.name
            )
        else:
            for words, why in whys.items():
                why_lines.setdefault((words, why), []).append(first.name)
        if offered:
            columns.append(_column(offered, cite, leaning == first.id))
    lines = tuple(
        NotOnTable(text("handout.not_on_table_for", options=and_list(names), hips=words), why)
        for (words, why), names in why_lines.items()
    )
    return tuple(columns), lines


def _column(
    offered: list[tuple[HipOptions, OptionResult]], cite: Cite, leaning: bool
) -> GridColumn:
    base = column(offered[0][1], cite, leaning)
    if len(offered) == 1:
        hip, found = offered[0]
        return replace(
            base,
            for_hips=text("handout.grid.for_one_hip", hip=hip.heading),
            success_by_hip=(replace(_success(hip, found, cite), hip=""),),
        )
    statuses = [patient_status_words(f.status) for _, f in offered]
    evidence: tuple[tuple[str, str], ...] = ()
    if len(set(statuses)) > 1:  # each hip's, named
        evidence = tuple(
            (h.heading, words) for (h, _), words in zip(offered, statuses, strict=True)
        )
    parts = tuple(_success(h, f, cite) for h, f in offered)
    success: tuple[HipSuccess, ...] = ()
    if all(some_hidden(f) and not f.outcomes for _, f in offered):
        success = (HipSuccess("", None, (text("handout.grid.figures_not_like_hips"),)),)
    elif (parts[0].icons, parts[0].lines) != (parts[1].icons, parts[1].lines):
        success = parts  # each hip its own figure, named
    return replace(
        base,
        evidence_lines=evidence,
        for_hips=text("handout.grid.for_both_hips"),
        success_by_hip=success,
    )


def _success(hip: HipOptions, found: OptionResult, cite: Cite) -> HipSuccess:
    """One hip's answer to 'chance of success': its figure, or why there is none for it."""
    icons, lines = success_answer(found, cite, hip.words)
    if some_hidden(found) and not found.outcomes:
        return HipSuccess("", icons, lines)  # the sentence names the hip itself
    return HipSuccess(hip.heading, icons, lines)
