"""What a pathway version says for a patient as `diff` compares it, and a change in words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Answer:
    """What a version says for a patient, as `diff` compares it."""

    outcome: str
    statuses: tuple[tuple[str, str], ...]  # (option id, status)
    caveats: frozenset[str]


def change_words(old: Answer, new: Answer) -> tuple[str, ...]:
    """What changed between two answers, in words; empty when they are equal."""
    words = []
    if old.outcome != new.outcome:
        words.append(f"outcome {old.outcome} -> {new.outcome}")
    before, after = dict(old.statuses), dict(new.statuses)
    for option_id in list(before) + [o for o in after if o not in before]:
        a, b = before.get(option_id), after.get(option_id)
        if a != b and old.outcome == new.outcome == "ok":
            words.append(f"{option_id} {a or 'absent'} -> {b or 'absent'}")
    for caveat in sorted(new.caveats - old.caveats):
        words.append(f"caveat {caveat} added")
    for caveat in sorted(old.caveats - new.caveats):
        words.append(f"caveat {caveat} removed")
    return tuple(words)
