"""A YAML scalar's YAML 1.2 core-schema meaning, with safe tags only and bounded numbers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import yaml

from avn_aid.text import excerpt

MAX_DIGITS = 18  # no number in a pathway or a test case needs more

CORE = "tag:yaml.org,2002:"
PLAIN_TAGS = (None, "!", CORE + "str")  # tags that leave a scalar as text
_SCALAR_TAGS = {CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp")}

# YAML 1.2 core schema, https://yaml.org/spec/1.2.2/#1032-tag-resolution
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = re.compile(r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Note = Callable[[str], None]  # records a problem at the scalar being read


def scalar_value(event: yaml.ScalarEvent, note: Note) -> Any:
    """The value of a scalar event; None, after a note, when it cannot be read."""
    text: str = event.value
    tag = event.tag
    if tag is None and event.implicit[0]:
        return _core(text, note, resolve=True)
    if tag in PLAIN_TAGS:
        return text
    if tag in _SCALAR_TAGS:
        return _core(text, note, resolve=False, tag=tag)
    note(f"tag {excerpt(tag, 60)} is not allowed")
    return None


def _core(text: str, note: Note, *, resolve: bool, tag: str = "") -> Any:
    """A plain scalar's YAML 1.2 core meaning, or the value an explicit core tag asks for."""
    kind = tag.removeprefix(CORE)
    if (resolve or kind == "null") and text in _NULL:
        return None
    if (resolve or kind == "bool") and text in _BOOL:
        return _BOOL[text]
    if resolve or kind == "int":
        number = _integer(text, note)
        if number is not None:
            return number
    if (resolve or kind == "float") and (_FLOAT.fullmatch(text) or _SPECIAL_FLOAT.fullmatch(text)):
        return _float(text, note)
    if kind == "timestamp":
        if _DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        note(f"{excerpt(text, 40)} is not a date written as YYYY-MM-DD")
        return None
    if resolve:
        return text
    words = {"null": "empty (null)", "bool": "true or false", "int": "a whole number"}
    note(f"{excerpt(text, 40)} is not {words.get(kind, 'a number')} (!!{kind})")
    return None


def _integer(text: str, note: Note) -> int | None:
    if _INT10.fullmatch(text):
        digits = text.lstrip("+-")
        if len(digits) > 1 and digits.startswith("0"):
            note(
                f"{excerpt(text, 40)}: a number with a leading zero is read differently by "
                "YAML versions (an octal number or not); leave the zero out"
            )
            return 0
        base = 10
    elif _INT8.fullmatch(text):
        digits, base = text[2:], 8
    elif _INT16.fullmatch(text):
        digits, base = text[2:], 16
    else:
        return None
    if len(digits) > MAX_DIGITS:
        note(f"the number {excerpt(text, 24)} is too long; no value here needs {MAX_DIGITS} digits")
        return 0
    return int(text if base == 10 else digits, base)


def _float(text: str, note: Note) -> float | None:
    if _SPECIAL_FLOAT.fullmatch(text):
        note(f"{text} is not a usable number here")
        return None
    if len(text) > MAX_DIGITS + 8:
        note(f"the number {excerpt(text, 24)} is too long; no value here needs {MAX_DIGITS} digits")
        return None
    return float(text)
