"""One option's detail as plain data: what happens, benefits and harms, preparation,
recovery phases and check-ups, in the patient's words."""

from __future__ import annotations

from dataclasses import dataclass

from avn_aid.catalogue import text
from avn_aid.handout.wording import weeks_words, weight_bearing_words
from avn_aid.model.runtime import Option, Protocol


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
    what_happens: str
    benefits: tuple[str, ...]
    risks: tuple[str, ...]
    before: tuple[str, ...]
    protocol_name: str | None
    phases: tuple[PhaseRow, ...]
    visits: tuple[VisitRow, ...]
    no_follow_up_note: str | None


def detail_of(
    option: Option, preparation: tuple[str, ...], protocol: Protocol | None
) -> OptionDetail:
    """The option's detail; `preparation` is the engine's steps before it for this patient."""
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
        what_happens=option.involves,
        benefits=tuple(b.text for b in option.benefits),
        risks=tuple(r.text for r in option.risks),
        before=preparation,
        protocol_name=protocol.name if protocol else None,
        phases=phases,
        visits=visits,
        no_follow_up_note=None if visits else text("handout.no_follow_up"),
    )
