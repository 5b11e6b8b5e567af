"""The Option Grid's content: each option on the table answered row by row, at the same
depth for every option, and one line for each option not advised."""

from __future__ import annotations

from avn_aid.catalogue import text
from avn_aid.engine.result import OptionResult
from avn_aid.handout.option_grid import GridColumn, NotOnTable
from avn_aid.handout.outcome_figures import Cite, applicable, figure_of, grid_figures, some_hidden
from avn_aid.handout.wording import and_list, patient_status_words
from avn_aid.model.runtime import CitedText

# Lines per grid cell, the same for every option so none looks better by length.
BENEFIT_LINES, HARM_LINES, COST_LINES = 1, 2, 1


def on_the_table(found: OptionResult) -> bool:
    """Options the patient may choose now (recommended or to consider). `check` reports a
    patient with none as an error; the default pathway keeps non-surgical care among them
    for everyone (tests/handout/test_content.py checks it at every stage)."""
    return found.status.is_offered


def column(found: OptionResult, cite: Cite, leaning: bool) -> GridColumn:
    """One option's answers to the grid's questions."""
    option = found.facts
    icons, success = success_answer(found, cite)
    return GridColumn(
        name=option.name,
        evidence_says=patient_status_words(found.status),
        answers=(
            (f"{option.plain} {cite(option.sources[:1])}".strip(),),
            _lines(option.benefits, cite, BENEFIT_LINES),
            _lines(option.risks, cite, HARM_LINES),
            (f"{option.crutch_time} {cite(option.crutch_time_sources)}".strip(),),
            success,
            _lines(option.costs, cite, COST_LINES) or (text("handout.grid.no_cost"),),
        ),
        leaning=leaning,
        icons=icons,
    )


def success_answer(
    found: OptionResult, cite: Cite, hip: str = ""
) -> tuple[int | None, tuple[str, ...]]:
    """The grid's chance-of-success cell: the icon array's count and the lines under it.
    With two hips, `hip` ("your right hip") names the hip a missing figure is missing for."""
    shown = grid_figures([figure_of(o, cite) for o in applicable(found)])
    lines = tuple(
        text("handout.grid.figure_line", framing=f.framings[0], who=f.who, cite=f.cite)
        for f in shown
    ) or (
        # No figure for patients like this one: say why, not that the sources are silent.
        (
            text("handout.grid.figures_not_like_hip", hip=hip)
            if hip
            else text("handout.grid.figures_not_like_you")
        )
        if some_hidden(found)
        else text("handout.grid.no_figure"),
    )
    return next((f.count for f in shown if f.count is not None), None), lines


def not_on_table(options: tuple[OptionResult, ...], cite: Cite) -> tuple[NotOnTable, ...]:
    """One line per reason: options left off for the same reason share it, named together."""
    names_by_why: dict[str, list[str]] = {}
    for found in options:
        if not on_the_table(found):
            names_by_why.setdefault(not_on_table_why(found, cite), []).append(found.name)
    return tuple(NotOnTable(and_list(names), why) for why, names in names_by_why.items())


def not_on_table_why(found: OptionResult, cite: Cite) -> str:
    """The one line saying why an option is not advised: its deciding reason, cited."""
    decisive = [r for r in found.reasons if r.decisive] or list(found.reasons[:1])
    return " ".join(f"{r.text} {cite(r.sources)}".strip() for r in decisive[:1])


def _lines(items: tuple[CitedText, ...], cite: Cite, limit: int) -> tuple[str, ...]:
    return tuple(f"{i.text} {cite(i.sources)}".strip() for i in items[:limit])
