"""An option's outcome figures for the handout: x in 100 both ways round, who was counted,
for how long, how sure; only those the engine found apply to the patient (or hip)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from avn_aid.catalogue import text
from avn_aid.engine.result import OptionResult
from avn_aid.handout.wording import in_hundred, outcome_short
from avn_aid.model.runtime import Outcome

Cite = Callable[[tuple[str, ...]], str]
FIGURE_LINES = 1  # figures in a grid cell, the same for every option


@dataclass(frozen=True)
class Figure:
    """One outcome figure: x in 100 in both framings, who was counted, for how long."""

    count: int | None  # dark figures in the icon array; None for a range with no study
    framings: tuple[str, str]
    who: str
    how_sure: str
    cite: str
    in_grid: bool = (
        False  # in the grid with its icon array and who was counted; the detail adds how sure
    )
    hip: str = ""  # with two hips, the hip it applies to when only one of them ("Left hip")


def applicable(found: OptionResult) -> list[Outcome]:
    """The option's figures the engine found apply to this patient (its `applies_to`): a
    stage IV patient never reads results from hips that had not collapsed as theirs."""
    return [o for o in found.facts.outcomes if o.id in found.outcomes]


def some_hidden(found: OptionResult) -> bool:
    return len(found.outcomes) < len(found.facts.outcomes)


def grid_figures(figures: list[Figure]) -> list[Figure]:
    """The figures an option's grid cell shows: the first measured ones."""
    measured = [f for f in figures if f.count is not None] or figures
    return measured[:FIGURE_LINES]


def page_figures(found: OptionResult, cite: Cite) -> tuple[Figure, ...]:
    """All the option's figures for its detail page, those the grid shows marked as such."""
    figures = [figure_of(x, cite) for x in applicable(found)]
    shown = grid_figures(figures)
    return tuple(replace(f, in_grid=any(f is g for g in shown)) for f in figures)


def figures_for_hips(
    found_by_hip: list[tuple[str, OptionResult]], cite: Cite
) -> tuple[Figure, ...]:
    """Two hips with the option on the table: each figure once, named with the hip it
    applies to when it does not apply to both. The grids differ by hip, so the detail
    draws every figure in full."""
    applies: dict[str, list[str]] = {}
    for hip, found in found_by_hip:
        for outcome in applicable(found):
            applies.setdefault(outcome.id, []).append(hip)
    every = len(found_by_hip)
    return tuple(
        replace(figure_of(outcome, cite), hip=hips[0] if len(hips) < every else "")
        for outcome in found_by_hip[0][1].facts.outcomes  # in the pathway's order
        if (hips := applies.get(outcome.id))
    )


def figure_of(outcome: Outcome, cite: Cite) -> Figure:
    """The figure as the pathway words it (both framings where it names the other side,
    the count only where the source states one, the time frame, what is unknown)."""
    count = in_hundred(outcome.percent) if outcome.percent is not None else None
    first = outcome_short(outcome)
    second = ""
    if count is not None and not outcome.opposite:  # say the other side too, on 100
        second = text("handout.figures.other_framing", rest=100 - count)
    who = text("handout.figures.counted", population=outcome.population)
    return Figure(count, (first, second), who, outcome.study, cite(outcome.sources))
