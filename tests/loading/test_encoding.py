"""Only UTF-8 text is read; other encodings and binary files are named, at a line."""

from __future__ import annotations

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading.encoding import decode
from avn_aid.loading.files import MAX_BYTES


def test_utf8_with_or_without_a_byte_order_mark():
    assert decode("a: é\n".encode(), "f.yaml") == "a: é\n"
    assert decode("a: é\n".encode("utf-8-sig"), "f.yaml") == "a: é\n"


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        ("a: 1\n".encode("utf-16"), (1, 1), "this is UTF-16 text"),
        ("a: 1\nb: 2\n".encode("utf-16-be"), (1, 1), "this is UTF-16 text"),
        ("a: 1\n".encode("utf-32"), (1, 1), "this is UTF-32 text"),
        (b"a: 1\x00\x01\x02", (1, 1), "contains NUL bytes"),
        (b"a: 1\nb: 2\nc: \xe9t\xe9\n", (3, 1), "this is not UTF-8 text"),
        (b"#" * (MAX_BYTES + 1), (1, 1), "a pathway may be at most"),
    ],
)
def test_what_is_not_utf8_text_is_refused_at_a_line(raw, where, message):
    with pytest.raises(PathwayError) as caught:
        decode(raw, "f.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == where
    assert message in problem.message
