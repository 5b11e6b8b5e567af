"""libyaml events to plain data, iteratively: bounded size and depth, no duplicate keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.located import LocatedData, Mark, Path, located_error
from avn_aid.loading.yaml_scalars import CORE, PLAIN_TAGS, scalar_value
from avn_aid.text import excerpt

MAX_VALUES = 100_000  # values built after alias expansion; stops "billion laughs"
MAX_DEPTH = 40  # a pathway nests about eight levels

_MAP, _SEQ = CORE + "map", CORE + "seq"


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


class Builder:
    """Turns libyaml events into plain data, iteratively, recording where each part stands."""

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
        return located_error(self.file, _mark(event), message)

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
    def _path_for_next(self) -> Path | _Skip | None:
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

    def _begin_value(self, event: yaml.ScalarEvent | yaml.AliasEvent) -> bool:
        """Record where the value of this event stands; False when it is a key instead."""
        path = self._path_for_next()
        if isinstance(path, _Skip):
            self._key(event)
            return False
        if path is not None:
            self.located.value_marks.setdefault(path, _mark(event))
        return True

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
        if event.tag not in PLAIN_TAGS:
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
        if not self._begin_value(event):
            return
        value = scalar_value(event, lambda message: self.note(event, message))
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self._place(value)

    def _start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        self._count(event)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(event, f"the data is nested more than {MAX_DEPTH} levels deep")
        found = self._path_for_next()
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
        if self._begin_value(event):
            self._place(value)
