"""Fixed patient-facing words: status labels, natural frequencies, the values exercise."""

from __future__ import annotations

from avn_aid.model.pathway import Outcome

# Status words for the patient: what the pathway says, never an order.
PATIENT_STATUS_WORDS = {
    "recommended": "Often suits people at your stage",
    "consider": "An option to talk over",
    "not_recommended": "Usually not advised for you",
    "contraindicated": "Not safe for you at the moment",
}

VALUES = (
    "Keeping my own hip for as long as I can",
    "Not having an operation if I can avoid it",
    "Not spending a long time on crutches",
    "A low chance of needing another operation",
    "Getting back to work or sport soon",
    "What it costs me",
)

SURE_QUESTIONS = (
    "Do I know the good and bad points of each option?",
    "Am I clear about which good and bad points matter most to me?",
    "Do I have enough support and advice to choose?",
    "Do I feel sure about the best choice for me?",
)

QUESTIONS_TO_ASK = (
    "What happens if I wait and do nothing for now?",
    "How many times have you done this operation, and how did it go?",
    "How long will I be off work, and when can I drive?",
    "What are the signs that the treatment is not working?",
    "When do I need to decide?",
)

_WEIGHT = {
    "none": "No weight on the leg",
    "partial": "Some weight on the leg",
    "progressive": "Slowly more weight",
    "full": "Full weight",
    "as_tolerated": "As much weight as is comfortable",
    "as_advised": "As your team advises",
}


def weight_bearing_words(kind: str, percent: int | None) -> str:
    words = _WEIGHT[kind]
    if percent:
        words += f" (about {percent} in 100 of your weight)"
    return words


def weeks_words(start: int, end: int | None) -> str:
    if end is None:
        return f"From week {start}" if start else "From the start"
    if start == 0:
        return f"Up to week {end}"
    return f"Weeks {start} to {end}"


def natural_frequency(percent: float) -> str:
    """90 -> '9 in 10'; 75 -> '75 in 100'; whole people only."""
    if percent % 10 == 0:
        return f"{int(percent // 10)} in 10"
    return f"{round(percent)} in 100"


def people_count(percent: float, denominator: int) -> str:
    """'45 of 50 people' when the percentage is a whole number of people; never invent one."""
    exact = percent * denominator / 100
    if exact == int(exact):
        return f"{int(exact)} of {denominator} people"
    return f"out of {denominator} people"


def outcome_sentence(outcome: Outcome) -> str:
    """One outcome in words and numbers, with who was counted and for how long."""
    if outcome.percent is not None:
        figure = f"About {natural_frequency(outcome.percent)} people {outcome.measure}"
        if outcome.denominator:
            figure += f" ({people_count(outcome.percent, outcome.denominator)} in one study)"
    else:
        figure = (
            f"{outcome.percent_low:g} to {outcome.percent_high:g} in 100 people "
            f"{outcome.measure}, a claim with no number of people given"
        )
    time = f" after {outcome.follow_up}" if outcome.follow_up else ""
    return f"{figure}{time}. Who: {outcome.population}. How sure: {outcome.study}."


def outcome_short(outcome: Outcome) -> str:
    """The same figure in one line for the options grid."""
    time = f" after {outcome.follow_up}" if outcome.follow_up else ""
    if outcome.percent is not None:
        text = f"About {natural_frequency(outcome.percent)} {outcome.measure}{time}"
        if outcome.denominator:
            text += f" ({people_count(outcome.percent, outcome.denominator)} in one study)"
        return text + "."
    return (
        f"A seller claims {outcome.percent_low:g} to {outcome.percent_high:g} in 100 "
        f"{outcome.measure}; it gives no study or numbers."
    )
