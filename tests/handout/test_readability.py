"""The reading-grade formulas agree with published worked examples and count words as read aloud."""

from __future__ import annotations

import math

import pytest

from avn_aid.handout.readability import (
    counts,
    estimated_syllables,
    flesch_kincaid_grade,
    flesch_reading_ease,
    number_words,
    smog_by_hand,
    smog_grade,
    split_sentences,
    syllables,
)

# Flesch's formula on two sentences whose scores are widely published: "The cat sat on the
# mat." scores about 116 and the platypus sentence about 37.5 (13 words, 24 syllables).
CAT = "The cat sat on the mat."
PLATYPUS = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."


def test_flesch_reading_ease_published_examples():
    assert flesch_reading_ease(CAT) == pytest.approx(116.1, abs=0.1)
    assert counts(PLATYPUS) == counts(PLATYPUS)  # deterministic
    c = counts(PLATYPUS)
    assert (c.sentences, c.words, c.syllables) == (1, 13, 24)
    assert flesch_reading_ease(PLATYPUS) == pytest.approx(37.5, abs=0.1)


def test_flesch_kincaid_grade_from_the_same_counts():
    # 0.39 * 13 + 11.8 * 24 / 13 - 15.59
    assert flesch_kincaid_grade(PLATYPUS) == pytest.approx(11.26, abs=0.01)
    # 0.39 * 6 + 11.8 * 6 / 6 - 15.59
    assert flesch_kincaid_grade(CAT) == pytest.approx(-1.45, abs=0.01)


@pytest.mark.parametrize(("count", "grade"), [(95, 13), (110, 13), (0, 3), (30, 8), (42, 9)])
def test_smog_by_hand_follows_mclaughlins_examples(count, grade):
    """95 -> nearest square 100 -> 10 + 3; 110 lies between 100 and 121 -> the lower, 13."""
    assert smog_by_hand(count) == grade


def test_smog_precise_formula_on_thirty_sentences():
    # 30 sentences with 9 polysyllables in all (three words of three syllables, thrice each).
    sentence = "We will operate on your leg. "
    text = (sentence * 3 + "The dog ran home. " * 7) * 3
    c = counts(text)
    assert (c.sentences, c.polysyllables) == (30, 9)  # "operate" three times in each ten
    assert smog_grade(text) == pytest.approx(1.0430 * math.sqrt(9) + 3.1291)


def test_smog_scales_a_short_text_to_thirty_sentences():
    """McLaughlin: fewer than 30 sentences -> polysyllables per sentence times 30."""
    text = "An operation may help. It may not help."
    assert counts(text).polysyllables == 1
    assert smog_grade(text) == pytest.approx(1.0430 * math.sqrt(1 * 30 / 2) + 3.1291)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("operation", 4),
        ("crutches", 2),
        ("hip", 1),
        ("creature", 2),
        ("follow-up", 3),  # one word, as McLaughlin counts hyphenated words
        ("100", 3),  # "one hundred"
        ("12", 1),
        ("17", 3),  # "seventeen"
        ("18", 2),
        ("2.5", 3),  # "two point five"
        ("surgeon's", 2),
    ],
)
def test_syllables_as_read_aloud(word, expected):
    assert syllables(word) == expected


def test_words_missing_from_the_dictionary_are_estimated():
    assert syllables("osteonecrosis") == estimated_syllables("osteonecrosis") >= 5


def test_number_words():
    assert number_words(100) == "one hundred"
    assert number_words(1969) == "one thousand nine hundred sixty nine"
    assert number_words(40) == "forty"


def test_sentences_end_at_stops_and_question_marks_only():
    assert split_sentences("What is it? A small operation. (About 1 in 10.) Then rest") == [
        "What is it?",
        "A small operation.",
        "(About 1 in 10.)",
        "Then rest",
    ]
