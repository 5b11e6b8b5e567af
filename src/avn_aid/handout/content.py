"""The handout's shared parts as plain data: title, facts, what the sheet is about, who
made it; the same for one hip or two.

Pure: built from the engine's result (which carries the pathway's words it needs) and the
consultation details, with no clock, no files and no reportlab. The options, figures and
notes each patient reads are chosen in plan.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Literal

from avn_aid.catalogue import current_language, text, writing_in
from avn_aid.engine.result import Result
from avn_aid.errors import InputError
from avn_aid.handout.localize import language as language_of
from avn_aid.model.patient import UNASKED_QUESTIONS, Patient
from avn_aid.model.printable import MAX_FIELD
from avn_aid.model.values import Preferences

Side = Literal["left", "right"]


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
class Handout:
    """What every handout carries, whatever the hips: the frame around the options."""

    title: str
    decision: str  # what the sheet is about, from the pathway
    facts: tuple[tuple[str, str], ...]  # label, value (user text is escaped at render time)
    staging_note: str
    questions: tuple[str, ...]
    about: tuple[tuple[str, str], ...]
    footer: str
    draft: bool
    date: dt.date | None = None  # the visit: the PDF's own creation date, for reproducibility
    language: str = "en"  # BCP 47; the pathway text in the result is already in it
    translation_reviewed: bool = True  # False: every page says the translation is a draft
    asked: str = ""  # the optional questions: the answers given, and which were not asked


def build_handout(
    result: Result, visit: Consultation, language: str = "en", translation_reviewed: bool = True
) -> Handout:
    """The shared parts for a patient whose result is `ok`, in a language; others are refused.

    The result must come from the pathway in that language (loading/translation.py);
    the handout's own words come from the catalogue in that language.
    """
    with writing_in(language):
        built = _build_handout(result, visit)
    return replace(built, language=language, translation_reviewed=translation_reviewed)


def your_hip(visit: Consultation, both: bool = False) -> str:
    """'both your hips', 'your left hip', or 'your hip' when the side was not given."""
    if both:
        return text("handout.your_both_hips")
    if visit.side:
        return text("handout.your_side_hip", side=text(f"handout.side_word.{visit.side}"))
    return text("handout.your_hip")


def _date(day: dt.date) -> str:
    """ISO dates in English (as before); the language's own long form otherwise."""
    code = current_language()
    return day.isoformat() if code == "en" else language_of(code).date(day)


def _build_handout(result: Result, visit: Consultation) -> Handout:
    if result.outcome != "ok" or (result.staging is None and not result.both_hips):
        reasons = "; ".join(m.text for m in result.messages)
        raise InputError(f"no handout for this patient ({result.outcome}): {reasons}")
    meta = result.pathway.metadata
    prose = result.pathway.handout
    hip = your_hip(visit, result.both_hips)
    empty = text("handout.empty_value")
    side = (
        text("handout.both_sides")
        if result.both_hips
        else text(f"handout.side.{visit.side}")
        if visit.side
        else empty
    )
    facts = (
        (text("handout.facts.name"), visit.patient_name or empty),
        (text("handout.facts.age"), str(result.patient.age)),
        (text("handout.facts.hip"), side),
        (text("handout.facts.clinician"), visit.clinician or empty),
        (text("handout.facts.date"), _date(visit.date)),
    )
    return Handout(
        title=prose.title.replace("{hip}", hip),
        decision=prose.about.replace("{hip}", hip),
        facts=facts,
        asked=asked_words(result.patient),
        staging_note=meta.staging_note,
        questions=prose.questions,
        about=_about(result),
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
