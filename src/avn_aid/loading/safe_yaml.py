"""Reading YAML defensively: YAML 1.2 core scalars, safe tags only, every size bounded.

PyYAML keeps the last of two equal keys without a word, reads scalars with YAML 1.1
meanings (`020` is 16, `1:40` is 100, `no` is false), expands aliases without limit,
follows an alias into the node that contains it, recurses once per level of nesting and,
outside its safe loader, builds Python objects. We take only libyaml's event stream and
build plain data ourselves, without recursion: depth, expanded size and number lengths
are bounded, scalars get their YAML 1.2 core-schema meaning, and where every value and
key stands is recorded so that later errors can name a line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.files import MAX_BYTES as MAX_BYTES  # re-exported for the readers
from avn_aid.text import excerpt

MAX_VALUES = 100_000  # values built after alias expansion; stops "billion laughs"
MAX_DEPTH = 40  # a pathway nests about eight levels
MAX_DIGITS = 18  # no number in a pathway or a test case needs more

Path = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_MAP, _SEQ = _CORE + "map", _CORE + "seq"

# libyaml parses about ten times faster than PyYAML's Python parser; both give marks.
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.2 core schema, https://yaml.org/spec/1.2.2/#1032-tag-resolution
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = re.compile(r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based, as editors count
    column: int  # 1-based


@dataclass
class LocatedData:
    """Plain data from a YAML file plus where each part of it was written."""

    data: Any
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)

    def mark(self, path: Path, *, key: bool = False) -> Mark:
        """The closest recorded place for a path: the exact one or its nearest parent."""
        table = self.key_marks if key else self.value_marks
        for end in range(len(path), -1, -1):
            found = table.get(path[:end]) or self.value_marks.get(path[:end])
            if found:
                return found
        return Mark(1, 1)


def _problem(file: str, mark: Mark, message: str) -> PathwayError:
    return PathwayError([Problem(file, mark.line, mark.column, message)])


def decode(raw: bytes, file: str) -> str:
    """Bytes to text, refusing what is too big, not text, or text in another encoding."""
    if len(raw) > MAX_BYTES:
        raise _problem(
            file, Mark(1, 1), f"file is {len(raw):,} bytes; a pathway may be at most {MAX_BYTES:,}"
        )
    encoding = _wide_encoding(raw)
    if encoding:
        raise _problem(file, Mark(1, 1), f"this is {encoding} text; save the file as UTF-8")
    if b"\x00" in raw:
        raise _problem(file, Mark(1, 1), "this is not a text file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _problem(
            file, Mark(line, 1), "this is not UTF-8 text; save the file as UTF-8"
        ) from None


def _wide_encoding(raw: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes look like it (a byte-order mark or ASCII with NULs)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:400]
    if len(head) >= 8:
        for start in (0, 1):
            share = head[start::2].count(0) / len(head[start::2])
            if share > 0.9 and head[1 - start :: 2].count(0) < len(head) // 20:
                return "UTF-16"
    return None


def load_located(text: str, file: str) -> LocatedData:
    """Parse one YAML document into plain data with marks; raise PathwayError on any issue."""
    builder = _Builder(file)
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        raise _problem(file, where, _syntax_message(exc, text, where)) from None
    except yaml.reader.ReaderError as exc:
        where = _position_mark(text, exc.position)
        raise _problem(
            file, where, f"character U+{exc.character:04X} is not allowed in a YAML file"
        ) from None
    except yaml.YAMLError as exc:  # an error without a mark
        raise _problem(file, Mark(1, 1), f"YAML error: {excerpt(str(exc), 200)}") from None
    if not builder.documents:
        raise _problem(file, Mark(1, 1), "the file is empty")
    if builder.problems:
        raise PathwayError(builder.problems)
    return builder.located


def _syntax_message(exc: yaml.MarkedYAMLError, text: str, where: Mark) -> str:
    lines = text.splitlines()
    line = lines[where.line - 1] if 0 < where.line <= len(lines) else ""
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if "\t" in indent or line[where.column - 1 : where.column] == "\t":
        return "a tab is used for indentation; YAML indents with spaces only"
    what = exc.problem or "invalid YAML"
    if exc.context:
        what = f"{exc.context}: {what}"
    return f"YAML syntax error: {what}"


def _position_mark(text: str, position: int) -> Mark:
    before = text[:position]
    return Mark(before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1)


def _mark(event: yaml.Event) -> Mark:
    mark = event.start_mark
    return Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)


class _Skip:
    """Stands for a key whose value is read (to keep parsing) and then dropped."""


_SKIP = _Skip()


@dataclass
class _Frame:
    """A mapping or sequence being built."""

    value: dict[str, Any] | list[Any]
    path: Path | None  # None: the value is dropped, record no marks
    anchor: str | None
    start_count: int
    key: str | _Skip | None = None  # a mapping's key waiting for its value
    is_key: bool = False  # a collection written as a key: refused, read and dropped
    seen: dict[str, Mark] = field(default_factory=dict)


class _Builder:
    """Turns libyaml events into plain data, iteratively."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.located = LocatedData(data=None)
        self.problems: list[Problem] = []
        self.count = 0
        self.documents = 0
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.aliases = 0

    def fail(self, event: yaml.Event, message: str) -> PathwayError:
        return _problem(self.file, _mark(event), message)

    def note(self, event: yaml.Event, message: str) -> None:
        mark = _mark(event)
        self.problems.append(Problem(self.file, mark.line, mark.column, message))

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail(event, "the file holds more than one YAML document (---)")
        elif isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._start(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self._end()
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)

    # --- where the next value goes ----------------------------------------------------
    def _path_for_next(self, event: yaml.Event) -> Path | _Skip | None:
        """Where a value starting now belongs; _SKIP when it is a mapping key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return None if top.path is None else (*top.path, len(top.value))
        if top.key is None:
            return _SKIP  # this value is a key
        if top.path is None or isinstance(top.key, _Skip):
            return None
        return (*top.path, top.key)

    def _place(self, value: Any) -> None:
        if not self.stack:
            self.located.data = value
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            key = top.key
            if isinstance(key, str):
                top.value[key] = value
            top.key = None

    def _count(self, event: yaml.Event, amount: int = 1) -> None:
        self.count += amount
        if self.count > MAX_VALUES:
            why = (
                "are aliases (*name) nested inside each other?"
                if self.aliases
                else "no pathway or test-case file needs that many"
            )
            raise self.fail(event, f"the file expands to more than {MAX_VALUES:,} values; {why}")

    # --- keys -------------------------------------------------------------------------
    def _key(self, event: yaml.Event) -> None:
        top = self.stack[-1]
        mark = _mark(event)
        if not isinstance(event, yaml.ScalarEvent):
            self.note(event, "a key must be plain text")
            top.key = _SKIP
            return
        key = event.value
        if event.anchor is not None:
            self.anchors[event.anchor] = (key, 1)
        plain = event.tag is None and event.implicit[0]
        if plain and key == "<<":
            self.note(event, "merge keys (<<) are not allowed")
            top.key = _SKIP
            return
        if event.tag not in (None, "!", _CORE + "str"):
            self.note(event, f"a key must be plain text, not tagged {excerpt(event.tag, 40)}")
            top.key = _SKIP
            return
        if key in top.seen:
            first = top.seen[key]
            self.note(
                event,
                f"duplicate key {excerpt(key, 60)} (first given at line {first.line}); "
                "YAML would silently keep only the last one",
            )
            top.key = _SKIP
            return
        top.seen[key] = mark
        top.key = key
        if top.path is not None:
            self.located.key_marks[(*top.path, key)] = mark

    # --- values -----------------------------------------------------------------------
    def _scalar(self, event: yaml.ScalarEvent) -> None:
        self._count(event)
        path = self._path_for_next(event)
        if isinstance(path, _Skip):
            self._key(event)
            return
        if path is not None:
            self.located.value_marks.setdefault(path, _mark(event))
        value = self._scalar_value(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self._place(value)

    def _scalar_value(self, event: yaml.ScalarEvent) -> Any:
        text: str = event.value
        tag = event.tag
        if tag is None and event.implicit[0]:
            return self._core(event, text, resolve=True)
        if tag in (None, "!", _CORE + "str"):
            return text
        if tag in _SCALAR_TAGS:
            return self._core(event, text, resolve=False, tag=tag)
        self.note(event, f"tag {excerpt(tag, 60)} is not allowed")
        return None

    def _core(self, event: yaml.ScalarEvent, text: str, *, resolve: bool, tag: str = "") -> Any:
        """A plain scalar's YAML 1.2 core meaning, or the value an explicit core tag asks for."""
        kind = tag.removeprefix(_CORE)
        if (resolve or kind == "null") and text in _NULL:
            return None
        if (resolve or kind == "bool") and text in _BOOL:
            return _BOOL[text]
        if resolve or kind == "int":
            number = self._integer(event, text)
            if number is not None:
                return number
        if (resolve or kind == "float") and (
            _FLOAT.fullmatch(text) or _SPECIAL_FLOAT.fullmatch(text)
        ):
            return self._float(event, text)
        if kind == "timestamp":
            if _DATE.fullmatch(text):
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    pass
            self.note(event, f"{excerpt(text, 40)} is not a date written as YYYY-MM-DD")
            return None
        if resolve:
            return text
        words = {"null": "empty (null)", "bool": "true or false", "int": "a whole number"}
        self.note(event, f"{excerpt(text, 40)} is not {words.get(kind, 'a number')} (!!{kind})")
        return None

    def _integer(self, event: yaml.ScalarEvent, text: str) -> int | None:
        if _INT10.fullmatch(text):
            digits = text.lstrip("+-")
            if len(digits) > 1 and digits.startswith("0"):
                self.note(
                    event,
                    f"{excerpt(text, 40)}: a number with a leading zero is read differently by "
                    "YAML versions (an octal number or not); leave the zero out",
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
            self.note(
                event,
                f"the number {excerpt(text, 24)} is too long; no value here needs {MAX_DIGITS} digits",
            )
            return 0
        return int(text if base == 10 else digits, base)

    def _float(self, event: yaml.ScalarEvent, text: str) -> float | None:
        if _SPECIAL_FLOAT.fullmatch(text):
            self.note(event, f"{text} is not a usable number here")
            return None
        if len(text) > MAX_DIGITS + 8:
            self.note(
                event,
                f"the number {excerpt(text, 24)} is too long; no value here needs {MAX_DIGITS} digits",
            )
            return None
        return float(text)

    def _start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        self._count(event)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(event, f"the data is nested more than {MAX_DEPTH} levels deep")
        found = self._path_for_next(event)
        is_map = isinstance(event, yaml.MappingStartEvent)
        is_key = isinstance(found, _Skip)
        if is_key:
            self._key(event)  # a collection as a key: noted; read it and drop it
        path = None if isinstance(found, _Skip) else found
        if path is not None:
            self.located.value_marks.setdefault(path, _mark(event))
        if event.tag not in (None, "!", _MAP if is_map else _SEQ):
            self.note(event, f"tag {excerpt(event.tag, 60)} is not allowed here")
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        value: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(value, path, event.anchor, self.count, is_key=is_key))

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.value, self.count - frame.start_count + 1)
        if not frame.is_key:  # a key's value that follows is dropped with it
            self._place(frame.value)

    def _alias(self, event: yaml.AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise self.fail(event, f"alias *{name[:40]} refers to the node that contains it")
        if name not in self.anchors:
            raise self.fail(event, f"alias *{name[:40]} is used before &{name[:40]} defines it")
        value, size = self.anchors[name]
        self.aliases += 1
        self._count(event, size)
        path = self._path_for_next(event)
        if isinstance(path, _Skip):
            self._key(event)
            return
        if path is not None:
            self.located.value_marks.setdefault(path, _mark(event))
        self._place(value)
