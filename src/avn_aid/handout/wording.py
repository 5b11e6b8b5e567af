"""Patient-facing phrasing of numbers, weeks and weight-bearing, from the catalogue's words."""

from __future__ import annotations

import math

from avn_aid.catalogue import text
from avn_aid.model.runtime import Outcome
from avn_aid.model.status import Status


def patient_status_words(status: Status) -> str:
    """What the pathway says, in the handout's words: never an order."""
    return text(f"status.{status.value}.patient")


def weight_bearing_words(kind: str, percent: int | None) -> str:
    words = text(f"weight_bearing.long.{kind}")
    if percent:
        words += text("weight_bearing.percent", percent=percent)
    return words


def weeks_words(start: int, end: int | None) -> str:
    if end is None:
        return text("weeks.from_week", start=start) if start else text("weeks.from_start")
    if start == 0:
        return text("weeks.up_to", end=end)
    return text("weeks.range", start=start, end=end)


def in_hundred(percent: float) -> int:
    """A percentage as a whole number in 100, halves rounded up as people read them: 34.5
    is 'about 35', as a text beside the figure says (Python's round() would give 34)."""
    return math.floor(percent + 0.5)


def natural_frequency(percent: float) -> str:
    """Always on one base, so figures compare: 90 -> '90 in 100'; 22.7 -> '23 in 100'."""
    return text("numbers.natural_frequency", count=in_hundred(percent), total=100)


def people_count(percent: float, denominator: int, noun: str = "people") -> str:
    """'45 of 50 people' when the percentage is a whole number of people; never invent one."""
    exact = percent * denominator / 100
    words = text(f"numbers.noun.{noun}")
    if exact == int(exact):
        return text("numbers.count_of", count=int(exact), denominator=denominator, noun=words)
    return text("numbers.out_of", denominator=denominator, noun=words)


def _who(outcome: Outcome) -> str:
    return "" if outcome.counted == "unclear" else " " + text(f"numbers.noun.{outcome.counted}")


def _figure(outcome: Outcome) -> str:
    """The figure in both framings on a base of 100, with its count if the source states one."""
    if outcome.percent is not None:
        figure = text(
            "numbers.about",
            frequency=natural_frequency(outcome.percent),
            who=_who(outcome),
            measure=outcome.measure,
        )
        if outcome.opposite:
            figure += text(
                "numbers.opposite",
                frequency=natural_frequency(100 - in_hundred(outcome.percent)),
                opposite=outcome.opposite,
            )
        if outcome.stated_denominator and outcome.denominator:
            noun = "counted" if outcome.counted == "unclear" else outcome.counted
            figure += text(
                "numbers.count", count=people_count(outcome.percent, outcome.denominator, noun)
            )
        return figure
    low, high = outcome.percent_low or 0, outcome.percent_high or 0
    figure = text(
        "numbers.range",
        low=f"{low:g}",
        high=f"{high:g}",
        who=_who(outcome),
        measure=outcome.measure,
    )
    if outcome.opposite:
        figure += text(
            "numbers.range_opposite",
            low=f"{100 - high:g}",
            high=f"{100 - low:g}",
            opposite=outcome.opposite,
        )
    return figure


def _after(outcome: Outcome) -> str:
    return text("numbers.after", follow_up=outcome.follow_up) if outcome.follow_up else ""


def _unknowns(outcome: Outcome) -> str:
    """What the source leaves unknown about the figure, said plainly."""
    notes = []
    if outcome.counted == "unclear":
        notes.append(text("numbers.unknown.counted"))
    if outcome.stated_denominator is False:
        notes.append(text("numbers.unknown.denominator"))
    if outcome.follow_up is None:
        notes.append(text("numbers.unknown.time"))
    return "".join(" " + note for note in notes)


def outcome_sentence(outcome: Outcome) -> str:
    """One outcome in words and numbers, both framings, with who was counted, for how
    long, and what the source leaves unknown."""
    figure = _figure(outcome)
    if outcome.percent is None:
        figure = text("numbers.claim", figure=figure)
    return text(
        "numbers.sentence",
        figure=figure,
        time=_after(outcome),
        unknowns=_unknowns(outcome),
        population=outcome.population,
        study=outcome.study,
    )


def outcome_short(outcome: Outcome) -> str:
    """The same figure in one line for the options grid (the pathway's own line if it has one)."""
    if outcome.short is not None:
        return outcome.short
    assert outcome.percent is not None, "a range always has 'short' (the model checks)"
    return text(
        "numbers.short",
        figure=_figure(outcome),
        time=_after(outcome),
        unknowns=_unknowns(outcome),
    )


def sure_by_key() -> dict[str, str]:
    """The SURE test's four questions by key (see avn_aid.model.values), in its own order."""
    return {
        "sure": text("handout.sure.sure"),
        "understand": text("handout.sure.understand"),
        "risk_benefit": text("handout.sure.risk_benefit"),
        "encouragement": text("handout.sure.encouragement"),
    }


def figure_framings(count: int, measure: str) -> tuple[str, str]:
    """The same figure both ways round, on one base of 100, so neither framing steers."""
    return (
        text("handout.figures.framing", count=count, measure=measure),
        text("handout.figures.other_framing", rest=100 - count),
    )


def or_list(names: list[str]) -> str:
    """'A, B or C'."""
    if len(names) <= 1:
        return "".join(names)
    return text("handout.list_or", first=", ".join(names[:-1]), last=names[-1])


def and_list(names: list[str]) -> str:
    """'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return text("handout.list_and", first=", ".join(names[:-1]), last=names[-1])
