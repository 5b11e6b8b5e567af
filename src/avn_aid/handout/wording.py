"""Patient-facing phrasing of numbers, weeks and weight-bearing, from the catalogue's words."""

from __future__ import annotations

from avn_aid.catalogue import text, texts
from avn_aid.model.pathway import Outcome
from avn_aid.model.status import Status


def patient_status_words(status: Status) -> str:
    """What the pathway says, in the handout's words: never an order."""
    return text(f"status.{status.value}.patient")


def sure_questions() -> tuple[str, ...]:
    return texts("handout.sure.questions")


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


def natural_frequency(percent: float) -> str:
    """90 -> '9 in 10'; 75 -> '75 in 100'; whole people only."""
    if percent % 10 == 0:
        return text("numbers.natural_frequency", count=int(percent // 10), total=10)
    return text("numbers.natural_frequency", count=round(percent), total=100)


def people_count(percent: float, denominator: int) -> str:
    """'45 of 50 people' when the percentage is a whole number of people; never invent one."""
    exact = percent * denominator / 100
    if exact == int(exact):
        return text("numbers.people_count", count=int(exact), denominator=denominator)
    return text("numbers.out_of", denominator=denominator)


def _in_one_study(outcome: Outcome) -> str:
    if outcome.percent is None or not outcome.denominator:
        return ""
    return text("numbers.in_one_study", people=people_count(outcome.percent, outcome.denominator))


def _after(outcome: Outcome) -> str:
    return text("numbers.after", follow_up=outcome.follow_up) if outcome.follow_up else ""


def outcome_sentence(outcome: Outcome) -> str:
    """One outcome in words and numbers, with who was counted and for how long."""
    if outcome.percent is not None:
        figure = text(
            "numbers.about_people",
            frequency=natural_frequency(outcome.percent),
            measure=outcome.measure,
        )
        figure += _in_one_study(outcome)
    else:
        figure = text(
            "numbers.range_no_denominator",
            low=f"{outcome.percent_low:g}",
            high=f"{outcome.percent_high:g}",
            measure=outcome.measure,
        )
    return text(
        "numbers.sentence",
        figure=figure,
        time=_after(outcome),
        population=outcome.population,
        study=outcome.study,
    )


def outcome_short(outcome: Outcome) -> str:
    """The same figure in one line for the options grid (the pathway's own line if it has one)."""
    if outcome.short is not None:
        return outcome.short
    assert outcome.percent is not None, "a range always has 'short' (the model checks)"
    line = text(
        "numbers.short",
        frequency=natural_frequency(outcome.percent),
        measure=outcome.measure,
        time=_after(outcome),
    )
    return line + _in_one_study(outcome) + "."
