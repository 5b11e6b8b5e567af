"""The v2 handout as plain data: two pages that stand alone, then detail a patient can skip.

Pure: built from the pathway, the engine's result, the visit and the patient's preferences.
It decides what each patient reads (which options are on the table for each hip, which
figures are theirs, which notes apply to their stage); sheet.py only lays it out. A patient
with both hips affected gets each hip's stage and choice, named by side, one grid of the
options on the table for either hip (both_grid.py), and every other part once.
"""

from __future__ import annotations

from dataclasses import dataclass

from avn_aid.catalogue import text, writing_in
from avn_aid.engine.result import CaveatResult, OptionResult, Result, StagingFacts
from avn_aid.handout.both_grid import HipOptions, both_hips_grid
from avn_aid.handout.content import (
    Consultation,
    Disagreement,
    Handout,
    SourceLine,
    TextBlock,
    build_handout,
    your_hip,
)
from avn_aid.handout.detail import OptionDetail, detail_of
from avn_aid.handout.grid_plan import column, not_on_table, on_the_table
from avn_aid.handout.option_grid import GridColumn, NotOnTable
from avn_aid.handout.outcome_figures import (
    Cite,
    Figure,
    figures_for_hips,
    page_figures,
    some_hidden,
)
from avn_aid.handout.wording import or_list, sure_by_key
from avn_aid.model.runtime import Protocol
from avn_aid.model.values import SURE_KEYS


@dataclass(frozen=True)
class HipPart:
    """One hip on pages 1-2: its stage, the choice in one sentence, its grid."""

    heading: str  # "Your left hip" when both hips are affected; "" for one hip
    stage_label: str
    stage_plain: str
    collapse_plain: str
    drawing: str
    choice: str  # the choice in one sentence
    grid: tuple[GridColumn, ...]
    not_on_table: tuple[NotOnTable, ...]


@dataclass(frozen=True)
class OptionPage:
    detail: OptionDetail
    figures: tuple[Figure, ...]
    some_hidden: bool = False  # figures from patients unlike this one were left out
    before_as: str | None = None  # an earlier option with the very same steps before it
    hips: str = ""  # with two hips: which of them it is on the table for
    hidden_for: str = ""  # with two hips: the hip(s) some_hidden is about ("your right hip")


@dataclass(frozen=True)
class ValueRow:
    label: str
    rating: int | None  # 1-5, None when not asked


@dataclass(frozen=True)
class Sheet:
    handout: Handout  # the shared parts: title, facts, about, footer
    hips: tuple[HipPart, ...]  # one, or the left and the right
    show_staging_note: bool
    condition: tuple[TextBlock, ...]  # causes and symptoms, first in the detail
    course: tuple[TextBlock, ...]  # what usually happens without treatment
    notes: tuple[TextBlock, ...]  # things to keep in mind, in the detail
    hip_notes: tuple[tuple[str, tuple[TextBlock, ...]], ...]  # two hips: each hip's own notes
    both_hips: tuple[TextBlock, ...]  # two hips: what treating both of them means
    pages: tuple[OptionPage, ...]
    disagreements: tuple[Disagreement, ...]
    values: tuple[ValueRow, ...]
    leaning: str | None  # the option's name
    sure: tuple[tuple[str, bool | None], ...]  # question, answer
    sources: tuple[SourceLine, ...]  # only those cited in the sheet, numbered in result order
    # Two hips: one grid of every option on the table for either hip, each column naming
    # its hips, and one line for each option left out for a hip (both_grid.py).
    both_grid: tuple[GridColumn, ...] = ()
    both_not_on_table: tuple[NotOnTable, ...] = ()
    both_choice: str = ""  # two hips with the same options: the choice, said once for both

    @property
    def decision(self) -> str:
        """The choice in one sentence for each hip (one for both when it is the same)."""
        return self.both_choice or " ".join(hip.choice for hip in self.hips)

    @property
    def grid(self) -> tuple[GridColumn, ...]:
        """The first (for one hip, the only) hip's grid."""
        return self.hips[0].grid

    @property
    def not_on_table(self) -> tuple[NotOnTable, ...]:
        return self.hips[0].not_on_table


@dataclass(frozen=True)
class _Hip:
    """What the sheet reads of one hip, whether the result has one hip or two."""

    side: str | None
    staging: StagingFacts
    options: tuple[OptionResult, ...]
    protocols: tuple[Protocol, ...]
    caveats: tuple[CaveatResult, ...]


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
            _date_unless_said(s.year, s.citation),
            s.citation,
            s.limits,
        )
        for s in listed
    )
    return _assemble(result, visit, handout, cite, sources)


def _date_unless_said(year: int | None, citation: str) -> str:
    """The year (or 'no date') beside a source's kind, unless its citation already says it
    ('... 2010;92(12) ...', '... undated.'): then "" and the line names the kind alone."""
    if year is not None:
        return "" if str(year) in citation else str(year)
    return "" if "undated" in citation.lower() else text("handout.no_date")


def _hips(result: Result, visit: Consultation) -> list[_Hip]:
    if result.both_hips:
        return [_Hip(h.side, h.staging, h.options, h.protocols, h.caveats) for h in result.hips]
    assert result.staging is not None  # build_handout refused a result without one
    return [_Hip(visit.side, result.staging, result.options, result.protocols, ())]


def _assemble(
    result: Result,
    visit: Consultation,
    handout: Handout,
    cite: Cite,
    sources: tuple[SourceLine, ...],
) -> Sheet:
    preferences = visit.preferences
    hips = _hips(result, visit)
    two = len(hips) > 1
    names = {o.id: o.name for o in hips[0].options}

    def blocks(caveats: tuple[CaveatResult, ...], mark: str = "") -> tuple[TextBlock, ...]:
        return tuple(TextBlock(c.title + mark, c.plain, cite(c.sources)) for c in caveats)

    def section(name: str) -> tuple[CaveatResult, ...]:
        return tuple(c for c in result.caveats if c.section == name and c.affected_hips != "both")

    shared = _shared_caveats(hips) if two else ()
    grid, left_out = (
        both_hips_grid(_hip_options(hips[0]), _hip_options(hips[1]), cite, preferences.leaning)
        if two
        else ((), ())
    )
    both_mark = " " + text("handout.caveat_both_hips") if two else ""
    questions = sure_by_key()
    return Sheet(
        handout=handout,
        hips=tuple(_hip_part(h, visit, two, cite, preferences.leaning) for h in hips),
        show_staging_note=any(h.staging.stage.drawing in ("crescent", "flattened") for h in hips),
        condition=blocks(section("condition")),
        course=blocks(section("course")),
        notes=blocks(section("notes")) + blocks(shared, both_mark),
        hip_notes=tuple(
            (text("handout.hip_heading", side=_side(h.side)), own)
            for h in hips
            if two and (own := blocks(tuple(c for c in h.caveats if c not in shared)))
        ),
        both_hips=blocks(tuple(c for c in result.caveats if c.affected_hips == "both")),
        pages=_pages(hips, cite),
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
        both_grid=grid,
        both_not_on_table=left_out,
        both_choice=_same_choice(hips) if two else "",
    )


def _same_choice(hips: list[_Hip]) -> str:
    """The choice for both hips in one sentence, when they have the same options."""
    tables = {tuple(o.name for o in h.options if on_the_table(o)) for h in hips}
    if len(tables) > 1:
        return ""
    options = or_list(list(tables.pop()))
    return text("handout.decision", hip=text("handout.your_both_hips"), options=options)


def _hip_options(hip: _Hip) -> HipOptions:
    side = _side(hip.side)
    return HipOptions(
        text("handout.hip_heading", side=side),
        text("handout.your_side_hip", side=side),
        hip.options,
    )


def _side(side: str | None) -> str:
    return text(f"handout.side_word.{side}")


def _hip_part(
    hip: _Hip, visit: Consultation, two: bool, cite: Cite, leaning: str | None
) -> HipPart:
    table = [o for o in hip.options if on_the_table(o)]
    whose = text("handout.your_side_hip", side=_side(hip.side)) if two else your_hip(visit)
    staging = hip.staging
    return HipPart(
        heading=text("handout.hip_heading", side=_side(hip.side)) if two else "",
        stage_label=staging.stage.label,
        stage_plain=staging.stage.plain,
        collapse_plain=staging.collapse.plain,
        drawing=staging.stage.drawing,
        choice=text("handout.decision", hip=whose, options=or_list([o.name for o in table])),
        grid=tuple(column(o, cite, leaning == o.id) for o in table),
        not_on_table=not_on_table(hip.options, cite),
    )


def _shared_caveats(hips: list[_Hip]) -> tuple[CaveatResult, ...]:
    """The hips' own caveats that both of them have: printed once, marked."""
    other = {c.id for c in hips[1].caveats}
    return tuple(c for c in hips[0].caveats if c.id in other)


def _pages(hips: list[_Hip], cite: Cite) -> tuple[OptionPage, ...]:
    """One page per option on the table for any hip, in pathway order; steps before it
    already listed for an earlier option are pointed to, not printed twice."""
    pages: list[OptionPage] = []
    two = len(hips) > 1
    for index, option in enumerate(hips[0].options):
        found_by_hip = [(h, h.options[index]) for h in hips if on_the_table(h.options[index])]
        if not found_by_hip:
            continue
        first = found_by_hip[0][1]
        protocol = next(
            (p for h in hips for p in h.protocols if p.id == option.facts.protocol), None
        )
        before = tuple(dict.fromkeys(s for _, f in found_by_hip for s in f.preparation))
        detail = detail_of(first.facts, before, protocol)
        if len(found_by_hip) == 1:
            figures = page_figures(first, cite)
        else:
            figures = figures_for_hips(
                [(text("handout.hip_heading", side=_side(h.side)), f) for h, f in found_by_hip],
                cite,
            )
        hidden_hips = [h for h, f in found_by_hip if some_hidden(f)]
        hidden = bool(hidden_hips)
        hidden_for = (
            or_list([text("handout.your_side_hip", side=_side(h.side)) for h in hidden_hips])
            if two
            else ""
        )
        earlier = next(
            (p.detail.name for p in pages if detail.before and p.detail.before == detail.before),
            None,
        )
        for_hips = ""
        if two:
            for_hips = (
                text("handout.your_both_hips")
                if len(found_by_hip) > 1
                else text("handout.your_side_hip", side=_side(found_by_hip[0][0].side))
            )
        pages.append(OptionPage(detail, figures, hidden, earlier, for_hips, hidden_for))
    return tuple(pages)
