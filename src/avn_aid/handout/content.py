"""The handout as plain data: everything the patient will read, before any layout.

Pure: built from the engine's result (which carries the pathway's words it needs) and the
consultation details, with no clock, no files and no reportlab, so each section can be
tested on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from avn_aid.catalogue import current_language, text, writing_in
from avn_aid.engine.result import HipResult, OptionResult, Result
from avn_aid.errors import InputError
from avn_aid.handout.localize import language as language_of
from avn_aid.handout.wording import (
    outcome_sentence,
    outcome_short,
    patient_status_words,
    sure_questions,
    weeks_words,
    weight_bearing_words,
)
from avn_aid.model.pathway import CitedText, Option, Protocol
from avn_aid.model.patient import UNASKED_QUESTIONS, Patient
from avn_aid.model.values import Preferences

Side = Literal["left", "right"]
MAX_FIELD = 120
GRID_ITEMS = 3  # benefits and harms get the same number of lines in the grid  # a name or identifier longer than this is a paste mistake


@dataclass(frozen=True)
class Consultation:
    """Who and when: typed in by the clinician, printed as given (escaped)."""

    date: dt.date
    patient_name: str = ""
    clinician: str = ""
    side: Side | None = None
    preferences: Preferences = field(default_factory=Preferences)  # what matters to them

    def __post_init__(self) -> None:
        for label, value in (("patient name", self.patient_name), ("clinician", self.clinician)):
            if len(value) > MAX_FIELD:
                raise InputError(f"{label}: at most {MAX_FIELD} characters, got {len(value)}")
            bad = [c for c in value if ord(c) < 32 or 0x7F <= ord(c) < 0xA0]
            if bad:
                raise InputError(f"{label}: contains control characters (such as a line break)")


@dataclass(frozen=True)
class GridRow:
    question: str
    answers: tuple[str, ...]  # one per option, in option order
    emphasis: bool = False


@dataclass(frozen=True)
class PhaseRow:
    weeks: str
    name: str
    weight: str
    details: tuple[str, ...]
    from_week: int
    to_week: int | None
    weight_kind: str
    percent: int | None


@dataclass(frozen=True)
class VisitRow:
    when: str
    checks: str
    imaging: str


@dataclass(frozen=True)
class OptionDetail:
    option_id: str
    name: str
    status_words: str
    what_happens: str
    why: tuple[str, ...]
    benefits: tuple[str, ...]
    risks: tuple[str, ...]
    numbers: tuple[str, ...]
    before: tuple[str, ...]
    protocol_name: str | None
    phases: tuple[PhaseRow, ...]
    visits: tuple[VisitRow, ...]
    no_follow_up_note: str | None


@dataclass(frozen=True)
class TextBlock:
    title: str
    text: str
    sources: str


@dataclass(frozen=True)
class Disagreement:
    topic: str
    positions: tuple[str, ...]
    what_we_do: str


@dataclass(frozen=True)
class SourceLine:
    key: str
    kind: str
    year: str
    citation: str
    limits: str


@dataclass(frozen=True)
class HipSection:
    """One hip of a patient with both hips affected: its stage, its decision, its grid."""

    heading: str
    side_word: str
    stage_label: str
    stage_plain: str
    collapse_plain: str
    drawing: str
    decision: str
    option_names: tuple[str, ...]
    grid: tuple[GridRow, ...]
    caveats: tuple[TextBlock, ...]  # this hip's own, those the other hip shares are shown once


@dataclass(frozen=True)
class Handout:
    title: str
    decision: str
    facts: tuple[tuple[str, str], ...]  # label, value (user text is escaped at render time)
    intro: str
    stage_label: str
    stage_plain: str
    collapse_plain: str
    staging_note: str
    drawing: str
    option_names: tuple[str, ...]
    grid: tuple[GridRow, ...]
    grid_note: str
    details: tuple[OptionDetail, ...]
    caveats: tuple[TextBlock, ...]
    disagreements: tuple[Disagreement, ...]
    values: tuple[str, ...]
    sure: tuple[str, ...]
    questions: tuple[str, ...]
    sources: tuple[SourceLine, ...]
    about: tuple[tuple[str, str], ...]
    disclaimer: str
    footer: str
    draft: bool
    date: dt.date | None = None  # the visit: the PDF's own creation date, for reproducibility
    language: str = "en"  # BCP 47; the pathway text in the result is already in it
    translation_reviewed: bool = True  # False: every page says the translation is a draft
    hips: tuple[HipSection, ...] = ()  # both hips affected: one section each (else empty)
    both_hips: tuple[TextBlock, ...] = ()  # what treating both hips means
    asked: str = ""  # the optional questions: the answers given, and which were not asked


def build_handout(
    result: Result, visit: Consultation, language: str = "en", translation_reviewed: bool = True
) -> Handout:
    """The handout for a patient whose result is `ok`, in a language; others are refused.

    The result must come from the pathway in that language (loading/translation.py);
    the handout's own words come from the catalogue in that language.
    """
    with writing_in(language):
        built = _build_handout(result, visit)
    return replace(built, language=language, translation_reviewed=translation_reviewed)


def _date(day: dt.date) -> str:
    """ISO dates in English (as before); the language's own long form otherwise."""
    code = current_language()
    return day.isoformat() if code == "en" else language_of(code).date(day)


def _build_handout(result: Result, visit: Consultation) -> Handout:
    if result.outcome == "ok" and result.both_hips:
        return _build_both_hips(result, visit)
    if result.outcome != "ok" or result.staging is None:
        reasons = "; ".join(m.text for m in result.messages)
        raise InputError(f"no handout for this patient ({result.outcome}): {reasons}")
    meta = result.pathway.metadata
    prose = result.pathway.handout
    stage = result.staging.stage
    collapse = result.staging.collapse
    hip = (
        text("handout.your_side_hip", side=text(f"handout.side_word.{visit.side}"))
        if visit.side
        else text("handout.your_hip")
    )
    empty = text("handout.empty_value")
    options = [o.facts for o in result.options]
    protocols = {p.id: p for p in result.protocols}
    facts = (
        (text("handout.facts.name"), visit.patient_name or empty),
        (text("handout.facts.age"), str(result.patient.age)),
        (text("handout.facts.hip"), text(f"handout.side.{visit.side}") if visit.side else empty),
        (text("handout.facts.clinician"), visit.clinician or empty),
        (text("handout.facts.date"), _date(visit.date)),
    )
    source_keys = {s.id: str(i + 1) for i, s in enumerate(result.sources)}

    def cite(ids: tuple[str, ...]) -> str:
        keys = [source_keys[i] for i in ids if i in source_keys]
        return "[" + ", ".join(keys) + "]" if keys else ""

    grid = _grid(result.options, options, cite)
    details = tuple(
        detail_of(o.facts, o, protocols[o.protocol] if o.protocol else None)
        for o in result.options
        if o.status.is_offered
    )
    return Handout(
        title=prose.title.replace("{hip}", hip),
        decision=prose.about.replace("{hip}", hip),
        facts=facts,
        asked=asked_words(result.patient),
        intro=text("handout.intro"),
        stage_label=stage.label,
        stage_plain=stage.plain,
        collapse_plain=collapse.plain,
        staging_note=meta.staging_note,
        drawing=stage.drawing,
        option_names=tuple(o.name for o in options),
        grid=grid,
        grid_note=text("handout.grid_note"),
        details=details,
        caveats=tuple(TextBlock(c.title, c.plain, cite(c.sources)) for c in result.caveats),
        disagreements=tuple(
            Disagreement(
                d.topic,
                tuple(f"{p.says} {cite(p.sources)}" for p in d.positions),
                d.what_we_do,
            )
            for d in result.disagreements
        ),
        values=tuple(v.label for v in result.pathway.values),
        sure=sure_questions(),
        questions=prose.questions,
        sources=tuple(
            SourceLine(
                source_keys[s.id],
                text(f"source_kinds.{s.kind}"),
                str(s.year) if s.year else text("handout.no_date"),
                s.citation,
                s.limits,
            )
            for s in result.sources
        ),
        about=_about(result),
        disclaimer=text("handout.disclaimer"),
        footer=text(
            "handout.footer", pathway=meta.id, version=meta.version, date=_date(visit.date)
        ),
        draft=meta.status == "draft",
        date=visit.date,
    )


def _about(result: Result) -> tuple[tuple[str, str], ...]:
    meta = result.pathway.metadata
    draft = meta.status == "draft"
    status = text("handout.about.draft") if draft else text("handout.about.approved")
    return (
        (
            text("handout.about.pathway"),
            text("handout.about.pathway_value", title=meta.title, id=meta.id),
        ),
        (
            text("handout.about.version"),
            text("handout.about.version_value", version=meta.version, status=status),
        ),
        (
            text("handout.about.last_reviewed"),
            _date(meta.last_reviewed)
            if meta.last_reviewed and meta.reviewers
            else text("handout.about.not_yet_reviewed"),
        ),
        (text("handout.about.next_review"), _date(meta.next_review)),
        (
            text("handout.about.fingerprint"),
            text("handout.about.fingerprint_value", sha=result.pathway.short_sha),
        ),
        (text("handout.about.made_by"), "; ".join(meta.authors)),
        (
            text("handout.about.reviewed_by"),
            "; ".join(meta.reviewers) or text("handout.about.not_reviewed"),
        ),
        (text("handout.about.updates"), meta.update_policy),
        (text("handout.about.funding"), meta.funding),
    )


def _grid(
    found_options: tuple[OptionResult, ...],
    options: list[Option],
    cite: Callable[[tuple[str, ...]], str],
) -> tuple[GridRow, ...]:
    def per_option(fn: Callable[[Option, OptionResult], str]) -> tuple[str, ...]:
        return tuple(fn(model, found) for model, found in zip(options, found_options, strict=True))

    def why(_model: Option, found: OptionResult) -> str:
        decisive = [r for r in found.reasons if r.decisive]
        return " ".join(f"{r.text} {cite(r.sources)}" for r in decisive[:1])

    def success(model: Option, found: OptionResult) -> str:
        if not model.outcomes:
            return text("handout.grid.no_figure_for_this")
        shown = [o for o in model.outcomes if o.id in found.outcomes]
        line = " ".join(f"{outcome_short(o)} {cite(o.sources)}" for o in shown)
        if len(shown) < len(model.outcomes):
            line += (" " if line else "") + text("handout.grid.figures_not_like_you")
        return line

    def joined(items: tuple[CitedText, ...], limit: int = GRID_ITEMS) -> str:
        line = " ".join(f"{i.text} {cite(i.sources)}" for i in items[:limit])
        if len(items) > limit:
            line += text("handout.grid.more_next_pages")
        return line or text("handout.grid.no_figure")

    return (
        GridRow(text("handout.grid.what_is_it"), per_option(lambda m, f: m.plain)),
        GridRow(
            text("handout.grid.pathway_says"),
            per_option(lambda m, f: patient_status_words(f.status)),
            True,
        ),
        GridRow(text("handout.grid.why"), per_option(why)),
        GridRow(text("handout.grid.crutches"), per_option(lambda m, f: m.crutch_time)),
        GridRow(text("handout.grid.how_often"), per_option(success)),
        GridRow(text("handout.grid.benefits"), per_option(lambda m, f: joined(m.benefits))),
        GridRow(text("handout.grid.risks"), per_option(lambda m, f: joined(m.risks))),
        GridRow(text("handout.grid.cost"), per_option(lambda m, f: joined(m.costs))),
    )


def detail_of(option: Option, found: OptionResult, protocol: Protocol | None) -> OptionDetail:
    phases: tuple[PhaseRow, ...] = ()
    visits: tuple[VisitRow, ...] = ()
    if protocol is not None:
        phases = tuple(
            PhaseRow(
                weeks=weeks_words(p.from_week, p.to_week),
                name=p.name,
                weight=weight_bearing_words(p.weight_bearing, p.percent),
                details=(*p.restrictions, *p.physiotherapy),
                from_week=p.from_week,
                to_week=p.to_week,
                weight_kind=p.weight_bearing,
                percent=p.percent,
            )
            for p in protocol.phases
        )
        visits = tuple(
            VisitRow(v.at, "; ".join(v.checks), "; ".join(v.imaging) or text("handout.empty_value"))
            for v in sorted(protocol.follow_up, key=lambda v: (v.week is None, v.week or 0))
        )
    return OptionDetail(
        option_id=option.id,
        name=option.name,
        status_words=patient_status_words(found.status),
        what_happens=option.involves,
        why=tuple(r.text for r in found.reasons if r.decisive),
        benefits=tuple(b.text for b in option.benefits),
        risks=tuple(r.text for r in option.risks),
        numbers=tuple(outcome_sentence(o) for o in option.outcomes if o.id in found.outcomes)
        + (
            (text("handout.grid.figures_not_like_you"),)
            if len(found.outcomes) < len(option.outcomes)
            else ()
        ),
        before=found.preparation,
        protocol_name=protocol.name if protocol else None,
        phases=phases,
        visits=visits,
        no_follow_up_note=None if visits else text("handout.no_follow_up"),
    )


def asked_words(patient: Patient) -> str:
    """The optional questions in words: each answer given, then those not asked."""
    symptoms = {hip.symptoms for hip in patient.hips}  # one answer when the hips agree
    given = {
        "symptoms": symptoms.pop() if len(symptoms) == 1 else None,
        "failed_conservative_care": patient.failed_conservative_care,
    }
    parts = [
        text(f"handout.asked.{name}", answer=text(f"handout.asked.{value}"))
        for name in UNASKED_QUESTIONS
        if (value := given[name]) is not None
    ]
    missing = patient.not_asked()
    if missing:
        parts.append(
            text(
                "handout.asked.not_asked",
                questions="; ".join(text(f"handout.asked.question.{name}") for name in missing),
            )
        )
    return " ".join(parts)


def patient_text(handout: Handout) -> list[str]:
    """Every sentence written for the patient (for the reading-level check)."""
    texts = [handout.decision, handout.intro]
    if handout.asked:
        texts.append(handout.asked)
    if not handout.hips:
        texts += [handout.stage_plain, handout.collapse_plain]
        for row in handout.grid:
            texts.extend(row.answers)
    for hip in handout.hips:
        texts += [hip.decision, hip.stage_plain, hip.collapse_plain]
        for row in hip.grid:
            texts.extend(row.answers)
        texts.extend(c.text for c in hip.caveats)
    texts.extend(c.text for c in handout.caveats)
    texts.extend(c.text for c in handout.both_hips)
    texts.extend(handout.values)
    texts.extend(handout.questions)
    texts.append(handout.disclaimer)
    return texts


def _build_both_hips(result: Result, visit: Consultation) -> Handout:
    """One handout for both hips: each hip's stage, decision and grid; the rest once.

    The shared parts are built by the one-hip builder from the left hip's answer with the
    patient's own caveats and disagreements, then the per-hip parts replace the hip's.
    """
    left, right = result.hips
    shared_ids = {c.id for c in left.caveats} & {c.id for c in right.caveats}
    shared_hip_caveats = tuple(c for c in left.caveats if c.id in shared_ids)
    patient_caveats = tuple(c for c in result.caveats if c.affected_hips != "both")
    offered = [
        o.id for o in left.options if o.status.is_offered or right.option(o.id).status.is_offered
    ]
    one = result.model_copy(
        update={
            "options": left.options,
            "protocols": tuple({p.id: p for p in (*left.protocols, *right.protocols)}.values()),
            "caveats": (*patient_caveats, *shared_hip_caveats),
            "staging": left.staging,
            "patient": result.patient.single_hip(0),
        }
    )
    base = _build_handout(one, replace(visit, side=None))
    source_keys = {s.id: str(i + 1) for i, s in enumerate(result.sources)}

    def cite(ids: tuple[str, ...]) -> str:
        keys = [source_keys[i] for i in ids if i in source_keys]
        return "[" + ", ".join(keys) + "]" if keys else ""

    def side_word(side: str | None) -> str:
        return text(f"handout.side_word.{side}")

    def section(hip_result: HipResult) -> HipSection:
        side = side_word(hip_result.side)
        names = [o.name for o in hip_result.options if o.status.is_offered]
        return HipSection(
            heading=text("handout.hip_heading", side=side),
            side_word=side,
            stage_label=hip_result.staging.stage.label,
            stage_plain=hip_result.staging.stage.plain,
            collapse_plain=hip_result.staging.collapse.plain,
            drawing=hip_result.staging.stage.drawing,
            decision=text("handout.hip_offered", side=side, options=", ".join(names))
            if names
            else text("handout.hip_none_offered", side=side),
            option_names=tuple(o.name for o in hip_result.options),
            grid=_grid(hip_result.options, [o.facts for o in hip_result.options], cite),
            caveats=tuple(
                TextBlock(c.title, c.plain, cite(c.sources))
                for c in hip_result.caveats
                if c.id not in shared_ids
            ),
        )

    details = []
    for option_id in offered:
        per_hip = [(h, h.option(option_id)) for h in result.hips]
        first = next(found for _, found in per_hip if found.status.is_offered)
        detail = detail_of(
            first.facts,
            first,
            next((p for p in (*left.protocols, *right.protocols) if p.id == first.protocol), None),
        )
        details.append(
            replace(
                detail,
                status_words=" ".join(
                    text(
                        "handout.per_hip_status",
                        side=side_word(h.side).capitalize(),
                        words=patient_status_words(found.status),
                    )
                    for h, found in per_hip
                ),
                why=tuple(
                    text("handout.per_hip_why", side=side_word(h.side).capitalize(), why=r.text)
                    for h, found in per_hip
                    for r in found.reasons
                    if r.decisive
                ),
                before=tuple(dict.fromkeys(s for _, found in per_hip for s in found.preparation)),
            )
        )
    both_words = text("handout.your_both_hips")
    prose = result.pathway.handout
    return replace(
        base,
        title=prose.title.replace("{hip}", both_words),
        decision=prose.about.replace("{hip}", both_words),
        facts=tuple(
            (label, text("handout.both_sides") if label == text("handout.facts.hip") else value)
            for label, value in base.facts
        ),
        details=tuple(details),
        caveats=tuple(
            TextBlock(
                c.title + (" " + text("handout.caveat_both_hips") if c.id in shared_ids else ""),
                c.plain,
                cite(c.sources),
            )
            for c in (*patient_caveats, *shared_hip_caveats)
        ),
        hips=(section(left), section(right)),
        both_hips=tuple(
            TextBlock(c.title, c.plain, cite(c.sources))
            for c in result.caveats
            if c.affected_hips == "both"
        ),
    )
