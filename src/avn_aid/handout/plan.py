"""The v2 handout as plain data: two pages that stand alone, then detail a patient can skip.

Pure, like content.py: built from the pathway, the engine's result, the visit and the
patient's preferences. It decides what each patient reads (which options are on the table,
which figures are theirs, which notes apply to their stage); render.py only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from avn_aid.catalogue import text, writing_in
from avn_aid.engine.result import OptionResult, Result
from avn_aid.handout.content import (
    Consultation,
    Disagreement,
    Handout,
    OptionDetail,
    SourceLine,
    TextBlock,
    build_handout,
    detail_of,
)
from avn_aid.handout.option_grid import GridColumn, NotOnTable
from avn_aid.handout.wording import (
    and_list,
    or_list,
    outcome_short,
    patient_status_words,
    sure_by_key,
)
from avn_aid.model.pathway import CitedText, Outcome
from avn_aid.model.values import SURE_KEYS

# Lines per grid cell, the same for every option so none looks better by length.
BENEFIT_LINES, HARM_LINES, COST_LINES, FIGURE_LINES = 1, 2, 1, 1


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


@dataclass(frozen=True)
class OptionPage:
    detail: OptionDetail
    figures: tuple[Figure, ...]
    some_hidden: bool = False  # figures from patients unlike this one were left out
    before_as: str | None = None  # an earlier option with the very same steps before it


@dataclass(frozen=True)
class ValueRow:
    label: str
    rating: int | None  # 1-5, None when not asked


@dataclass(frozen=True)
class Sheet:
    handout: Handout  # the shared parts: title, facts, stage, about, footer
    decision: str  # the choice in one sentence
    show_staging_note: bool
    condition: tuple[TextBlock, ...]  # causes and symptoms, beside 'your hip now'
    course: tuple[TextBlock, ...]  # what usually happens without treatment
    notes: tuple[TextBlock, ...]  # things to keep in mind, in the detail
    grid: tuple[GridColumn, ...]
    not_on_table: tuple[NotOnTable, ...]
    pages: tuple[OptionPage, ...]
    disagreements: tuple[Disagreement, ...]
    values: tuple[ValueRow, ...]
    leaning: str | None  # the option's name
    sure: tuple[tuple[str, bool | None], ...]  # question, answer
    sources: tuple[SourceLine, ...]  # only those cited in the sheet, numbered in result order


def on_the_table(found: OptionResult) -> bool:
    """Options the patient may choose now (recommended or to consider). `check` reports a
    patient with none as an error; the default pathway keeps non-surgical care among them
    for everyone (tests/handout/test_content.py checks it at every stage)."""
    return found.status.is_offered


Cite = Callable[[tuple[str, ...]], str]


def build_sheet(
    result: Result, visit: Consultation, language: str = "en", translation_reviewed: bool = True
) -> Sheet:
    """The sheet in a language (the result must come from the pathway in that language).

    Two passes: the first finds which sources the sheet cites, the second numbers them,
    so the list at the end holds exactly the sources a reader can meet in the text."""
    handout = build_handout(result, visit, language, translation_reviewed)
    with writing_in(language):
        return _numbered(result, visit, handout)


def _numbered(result: Result, visit: Consultation, handout: Handout) -> Sheet:
    used: set[str] = set()

    def record(ids: tuple[str, ...]) -> str:
        used.update(ids)
        return "[]"

    _assemble(result, visit, handout, record, ())
    listed = tuple(s for s in result.sources if s.id in used)
    keys = {s.id: str(i + 1) for i, s in enumerate(listed)}

    def cite(ids: tuple[str, ...]) -> str:
        found = [keys[i] for i in ids if i in keys]
        return "[" + ", ".join(found) + "]" if found else ""

    sources = tuple(
        SourceLine(
            keys[s.id],
            text(f"source_kinds.{s.kind}"),
            str(s.year) if s.year else text("handout.no_date"),
            s.citation,
            s.limits,
        )
        for s in listed
    )
    return _assemble(result, visit, handout, cite, sources)


def _assemble(
    result: Result,
    visit: Consultation,
    handout: Handout,
    cite: Cite,
    sources: tuple[SourceLine, ...],
) -> Sheet:
    preferences = visit.preferences
    table = [o for o in result.options if on_the_table(o)]
    shown = {o.id for o in table}
    details = {d.option_id: d for d in _details(result)}
    names = {o.id: o.name for o in result.options}

    def blocks(section: str) -> tuple[TextBlock, ...]:
        return tuple(
            TextBlock(c.title, c.plain, cite(c.sources))
            for c in result.caveats
            if c.section == section
        )

    assert result.staging is not None  # build_handout refused a result without one
    questions = sure_by_key()
    return Sheet(
        handout=handout,
        decision=text(
            "handout.decision", hip=_hip(visit), options=or_list([o.name for o in table])
        ),
        show_staging_note=result.staging.stage.drawing in ("crescent", "flattened"),
        condition=blocks("condition"),
        course=blocks("course"),
        notes=blocks("notes"),
        grid=tuple(_column(o, cite, preferences.leaning == o.id) for o in table),
        not_on_table=_merged_reasons(
            [(o.name, _why(o, cite)) for o in result.options if o.id not in shown]
        ),
        pages=_pages(
            [details[o.id] for o in table],
            [_page_figures(o, cite) for o in table],
            [_some_hidden(o) for o in table],
        ),
        disagreements=tuple(
            Disagreement(
                d.topic,
                tuple(f"{p.says} {cite(p.sources)}" for p in d.positions),
                d.what_we_do,
            )
            for d in result.disagreements
        ),
        values=tuple(
            ValueRow(v.label, preferences.values.get(v.id)) for v in result.pathway.values
        ),
        leaning=names.get(preferences.leaning) if preferences.leaning else None,
        sure=tuple((questions[k], preferences.sure.get(k)) for k in SURE_KEYS),
        sources=sources,
    )


def _pages(
    details: list[OptionDetail], figures: list[tuple[Figure, ...]], hidden: list[bool]
) -> tuple[OptionPage, ...]:
    """One page per option; steps before it already listed for an earlier option are
    pointed to, not printed twice."""
    pages: list[OptionPage] = []
    for detail, shown, some_hidden in zip(details, figures, hidden, strict=True):
        earlier = next(
            (p.detail.name for p in pages if detail.before and p.detail.before == detail.before),
            None,
        )
        pages.append(OptionPage(detail, shown, some_hidden, earlier))
    return tuple(pages)


def _hip(visit: Consultation) -> str:
    """'your left hip', or 'your hip' when the side was not given."""
    if visit.side:
        return text("handout.your_side_hip", side=text(f"handout.side_word.{visit.side}"))
    return text("handout.your_hip")


def _details(result: Result) -> tuple[OptionDetail, ...]:
    protocols = {p.id: p for p in result.protocols}
    return tuple(
        # The result carries the protocols of offered options only; no-surgery, listed
        # whatever its status, may have none here.
        detail_of(o.facts, o, protocols.get(o.protocol) if o.protocol else None)
        for o in result.options
        if on_the_table(o)
    )


def _merged_reasons(items: list[tuple[str, str]]) -> tuple[NotOnTable, ...]:
    """One line per reason: options left off for the same reason share it, named together."""
    names_by_why: dict[str, list[str]] = {}
    for name, why in items:
        names_by_why.setdefault(why, []).append(name)
    return tuple(NotOnTable(and_list(names), why) for why, names in names_by_why.items())


def _why(found: OptionResult, cite: Cite) -> str:
    decisive = [r for r in found.reasons if r.decisive] or list(found.reasons[:1])
    return " ".join(f"{r.text} {cite(r.sources)}".strip() for r in decisive[:1])


def _lines(items: tuple[CitedText, ...], cite: Cite, limit: int) -> tuple[str, ...]:
    return tuple(f"{i.text} {cite(i.sources)}".strip() for i in items[:limit])


def _column(found: OptionResult, cite: Cite, leaning: bool) -> GridColumn:
    option = found.facts
    figures = [_figure(o, cite) for o in _applicable(found)]
    shown = _grid_figures(figures)
    success = tuple(
        text(
            "handout.grid.figure_line",
            framing=f.framings[0],
            who=f.who,
            cite=f.cite,
        )
        for f in shown
    ) or (
        # No figure for patients like this one: say why, not that the sources are silent.
        text(
            "handout.grid.figures_not_like_you" if _some_hidden(found) else "handout.grid.no_figure"
        ),
    )
    return GridColumn(
        name=option.name,
        evidence_says=patient_status_words(found.status),
        answers=(
            (f"{option.plain} {cite(option.sources[:1])}".strip(),),
            _lines(option.benefits, cite, BENEFIT_LINES),
            _lines(option.risks, cite, HARM_LINES),
            (option.crutch_time,),
            success,
            _lines(option.costs, cite, COST_LINES) or (text("handout.grid.no_cost"),),
        ),
        leaning=leaning,
        icons=next((f.count for f in shown if f.count is not None), None),
    )


def _grid_figures(figures: list[Figure]) -> list[Figure]:
    """The figures an option's grid cell shows: the first measured ones."""
    measured = [f for f in figures if f.count is not None] or figures
    return measured[:FIGURE_LINES]


def _page_figures(found: OptionResult, cite: Cite) -> tuple[Figure, ...]:
    """All the option's figures for its detail page, those the grid shows marked as such."""
    figures = [_figure(x, cite) for x in _applicable(found)]
    shown = _grid_figures(figures)
    return tuple(replace(f, in_grid=any(f is g for g in shown)) for f in figures)


def _applicable(found: OptionResult) -> list[Outcome]:
    """The option's figures the engine found apply to this patient (its `applies_to`): a
    stage IV patient never reads results from hips that had not collapsed as theirs."""
    return [o for o in found.facts.outcomes if o.id in found.outcomes]


def _some_hidden(found: OptionResult) -> bool:
    return len(found.outcomes) < len(found.facts.outcomes)


def _figure(outcome: Outcome, cite: Cite) -> Figure:
    """The figure as the pathway words it (both framings where it names the other side,
    the count only where the source states one, the time frame, what is unknown)."""
    count = round(outcome.percent) if outcome.percent is not None else None
    first = outcome_short(outcome)
    second = ""
    if count is not None and not outcome.opposite:  # say the other side too, on 100
        second = text("handout.figures.other_framing", rest=100 - count)
    who = text("handout.figures.counted", population=outcome.population)
    return Figure(count, (first, second), who, outcome.study, cite(outcome.sources))
