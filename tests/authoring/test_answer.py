"""A change between two answers is said in words, statuses only when both are ok."""

from __future__ import annotations

from avn_aid.authoring.answer import Answer, change_words


def test_equal_answers_have_no_words():
    same = Answer("ok", (("observation", "consider"),), frozenset({"smoking"}))
    assert change_words(same, same) == ()


def test_statuses_options_and_caveats_in_words():
    old = Answer("ok", (("a", "consider"), ("b", "recommended")), frozenset({"x"}))
    new = Answer("ok", (("a", "not_recommended"), ("c", "consider")), frozenset({"y"}))
    assert change_words(old, new) == (
        "a consider -> not_recommended",
        "b recommended -> absent",
        "c absent -> consider",
        "caveat y added",
        "caveat x removed",
    )


def test_an_outcome_change_hides_the_statuses():
    old = Answer("ok", (("a", "consider"),), frozenset())
    new = Answer("out_of_scope", (), frozenset())
    assert change_words(old, new) == ("outcome ok -> out_of_scope",)
