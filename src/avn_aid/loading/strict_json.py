"""Reading JSON strictly: one value per key, bounded nesting and number sizes.

Python's json module keeps the last of two equal keys, recurses once per level of
nesting (a few thousand `[` raise RecursionError), accepts NaN and Infinity, and turns a
5,000-digit number into an error about Python's own limits. A saved session is small
and flat; anything else is refused with a message saying what and where.
"""

from __future__ import annotations

import json
import re
from typing import Any

from avn_aid.errors import UserError
from avn_aid.text import excerpt

MAX_DEPTH = 20
MAX_DIGITS = 18

_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class JsonError(UserError):
    """The bytes are not acceptable JSON; the message says why and where."""


def _line_of(raw: bytes, position: int) -> int:
    return raw.count(b"\n", 0, position) + 1


def _check_depth(raw: bytes) -> None:
    depth = 0
    for token in _TOKENS.finditer(raw):
        first = token.group()[:1]
        if first in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise JsonError(
                    f"line {_line_of(raw, token.start())}: nested more than {MAX_DEPTH} levels deep"
                )
        elif first in (b"]", b"}"):
            depth -= 1


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonError(f"the key {excerpt(key)} is given twice; which one is meant?")
        result[key] = value
    return result


def _number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise JsonError(f"the number {excerpt(text, 24)} is too long; no value here needs it")
    return int(text)


def _decimal(text: str) -> float:
    if len(text) > MAX_DIGITS + 8:
        raise JsonError(f"the number {excerpt(text, 24)} is too long; no value here needs it")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JsonError(f"the number {excerpt(text, 24)} is too large")
    return value


def _constant(name: str) -> Any:
    raise JsonError(f"{name} is not a JSON number")


def loads(raw: bytes) -> Any:
    """Plain data from UTF-8 JSON bytes, or JsonError naming the problem and its line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonError(f"line {_line_of(raw, exc.start)}: this is not UTF-8 text") from None
    _check_depth(raw)
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_number,
            parse_float=_decimal,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise JsonError(f"line {exc.lineno}, column {exc.colno}: not JSON ({exc.msg})") from None
