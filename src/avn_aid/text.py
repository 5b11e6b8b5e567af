"""Bounded quoting of user text in messages: short excerpts and summarised lists.

A message that echoes a 900 KB value, or lists every defined id for each of 20,000
mistakes, turns one error into a flood; every message that quotes input goes through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EXCERPT = 60  # characters of a value quoted in a message
LISTED = 12  # items of a list named in a message before the rest are counted


def excerpt(value: object, limit: int = EXCERPT) -> str:
    """The value quoted, cut to `limit` characters with the full length said."""
    text = str(value)
    shown = "".join(c if c.isprintable() else _escaped(c) for c in text[:limit])
    if len(text) <= limit:
        return f"'{shown}'"
    return f"'{shown}...' ({len(text):,} characters)"


def summary(items: Iterable[object], limit: int = LISTED, empty: str = "none") -> str:
    """Items joined by commas, the first `limit` named and the rest counted."""
    listed = [str(item) for item in items]
    if not listed:
        return empty
    shown = ", ".join(
        excerpt(item, 40).strip("'") if len(item) > 40 else item for item in listed[:limit]
    )
    more = len(listed) - limit
    return shown if more <= 0 else f"{shown} and {more:,} more"


def shorten(message: str, limit: int = 2000) -> str:
    """A message with every long word cut, control characters escaped, and at most `limit` long."""
    message = _LONG_WORD.sub(lambda m: f"{m.group()[:EXCERPT]}...", message)
    message = "".join(c if c.isprintable() or c == "\n" else _escaped(c) for c in message)
    return message if len(message) <= limit else message[:limit] + "..."


_LONG_WORD = re.compile(rf"\S{{{EXCERPT + 1},}}")


def _escaped(char: str) -> str:
    """A control or formatting character as an escape, so it cannot act on the terminal."""
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )
