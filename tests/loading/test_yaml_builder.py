"""Event building refuses shapes that would crash or mislead, and records every mark."""

from __future__ import annotations

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading.located import Mark
from avn_aid.loading.safe_yaml import load_located


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: " + "[" * 2000 + "]" * 2000, "nested more than"),
        ("a: &x [1, *x]\n", "refers to the node that contains it"),
        ("a: &x {b: *x}\n", "refers to the node that contains it"),
        ("a: *nowhere\n", "is used before"),
        ("--- 1\n--- 2\n", "more than one YAML document"),
        ("? [a]\n: 1\n", "a key must be plain text"),
        ("<<: {a: 1}\n", "merge keys"),
        ("a: 1\na: 2\n", "duplicate key"),
        ("a: &x [1, 2]\nb: [" + "*x, " * 40_000 + "]\n", "expands to more than 100,000"),
    ],
)
def test_shapes_that_would_crash_or_mislead_are_refused(text, message):
    with pytest.raises(PathwayError) as caught:
        load_located(text, "f.yaml")
    assert message in str(caught.value)


def test_values_keys_and_alias_values_keep_their_marks():
    """Scalars, collections and aliases are located where they are written, keys at the key."""
    located = load_located("a: &x 1\nlist:\n  - *x\n  - {b: two}\n", "f.yaml")
    assert located.data == {"a": 1, "list": [1, {"b": "two"}]}
    assert located.value_marks[("a",)] == Mark(1, 4)
    assert located.value_marks[("list", 0)] == Mark(3, 5)
    assert located.value_marks[("list", 1, "b")] == Mark(4, 9)
    assert located.key_marks[("list",)] == Mark(2, 1)
    assert located.mark(("list", 1, "missing")) == Mark(4, 5)


def test_an_alias_used_as_a_key_is_refused_and_its_value_dropped():
    """A key that is an alias is noted at the alias; the value after it is not kept."""
    with pytest.raises(PathwayError) as caught:
        load_located("a: &k [1]\n*k : 2\n", "f.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.message) == (2, 1, "a key must be plain text")
