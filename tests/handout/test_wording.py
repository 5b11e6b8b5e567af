"""Figures in words for the both-hips handout and the grid: x in 100, counts only when stated."""

from __future__ import annotations

from avn_aid.handout.wording import (
    natural_frequency,
    outcome_sentence,
    outcome_short,
    people_count,
)


def test_numbers_are_natural_frequencies_without_invented_denominators(default_document):
    bmac = default_document.pathway.option("core_decompression_bmac")
    survival = next(o for o in bmac.outcomes if o.id == "hip-survival")
    # One base (x in 100) and both framings.
    assert outcome_short(survival).startswith(
        "About 90 in 100 kept their own hip (no hip replacement); about 10 in 100 needed a hip "
        "replacement after up to 18 months"
    )
    assert "does not say whether it counted people or hips" in outcome_short(survival)
    assert "does not say how many this figure is out of" in outcome_short(survival)
    # The study never gives the number of hips, so no count of people or hips is invented.
    assert survival.denominator is None
    assert " of 50" not in outcome_short(survival) and " of 50" not in outcome_sentence(survival)
    # Said once: the population no longer repeats it (pathway 0.5.3).
    assert outcome_sentence(survival).count("counted people or hips") == 1
    assert "how many hips were treated" not in outcome_sentence(survival)
    assert "some were followed for less" in outcome_sentence(survival)
    claim = next(o for o in bmac.outcomes if o.id == "promotional-claim")
    assert "claims 80 to 95 in 100" in outcome_short(claim) and "no study" in outcome_short(claim)


def test_frequencies_never_invent_whole_people():
    assert natural_frequency(90) == "90 in 100" and natural_frequency(75) == "75 in 100"
    assert natural_frequency(22.7) == "23 in 100"
    # A half goes up, as read aloud, and both framings still add up to 100.
    assert natural_frequency(34.5) == "35 in 100" and natural_frequency(63.5) == "64 in 100"
    assert people_count(90, 50) == "45 of 50 people"
    assert people_count(75, 50) == "out of 50 people"  # 37.5 people is not a count


def test_a_half_reads_as_the_text_beside_it_and_both_sides_make_100(default_document):
    """34.5 in the 1996 review is 'about 35' in the disagreement; the figure says the same."""
    option = default_document.pathway.option("observation")
    before = next(o for o in option.outcomes if o.id == "untreated-satisfactory-precollapse")
    assert before.percent == 34.5
    assert outcome_short(before).startswith(
        "About 35 in 100 hips had a good enough result without surgery; about 65 in 100 did not"
    )
