"""Reading YAML defensively: safe tags only, duplicate keys refused, sizes bounded.

PyYAML keeps the last of two equal keys without a word, expands aliases without limit
and, outside its safe loader, builds Python objects. We compose the document to nodes
with the safe loader and build the data ourselves, recording where every value and key
stands so that later errors can name a line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from avn_aid.errors import PathwayError, Problem

MAX_BYTES = 1_000_000  # a pathway is a few tens of kilobytes; this is generous
MAX_VALUES = 100_000  # values built after alias expansion; stops "billion laughs"

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}

Path = tuple[str | int, ...]

# libyaml composes about ten times faster; both keep line and column marks.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _problem(file: str, mark: Mark, message: str) -> PathwayError:
    return PathwayError([Problem(file, mark.line, mark.column, message)])


def decode(raw: bytes, file: str) -> str:
    """Bytes to text, refusing what is too big or not text at all."""
    if len(raw) > MAX_BYTES:
        raise _problem(
            file, Mark(1, 1), f"file is {len(raw):,} bytes; a pathway may be at most {MAX_BYTES:,}"
        )
    if b"\x00" in raw:
        raise _problem(file, Mark(1, 1), "this is not a text file (it contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _problem(
            file, Mark(line, 1), "this is not UTF-8 text; save the file as UTF-8"
        ) from None


def load_located(text: str, file: str) -> LocatedData:
    """Parse one YAML document into plain data with marks; raise PathwayError on any issue."""
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        what = exc.problem or "invalid YAML"
        if exc.context:
            what = f"{exc.context}: {what}"
        raise _problem(file, where, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:  # a composer error without a mark
        raise _problem(file, Mark(1, 1), f"YAML error: {exc}") from None
    if node is None:
        raise _problem(file, Mark(1, 1), "the file is empty")
    located = LocatedData(data=None)
    builder = _Builder(file, located)
    located.data = builder.build(node, ())
    if builder.problems:
        raise PathwayError(builder.problems)
    return located


class _Builder:
    def __init__(self, file: str, located: LocatedData) -> None:
        self.file = file
        self.located = located
        self.count = 0
        self.problems: list[Problem] = []
        self._constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            mark = _mark(node)
            raise _problem(
                self.file,
                mark,
                f"the file expands to more than {MAX_VALUES:,} values; "
                "are aliases (*name) nested inside each other?",
            )
        self.located.value_marks.setdefault(path, _mark(node))
        if node.tag not in _ALLOWED_TAGS:
            mark = _mark(node)
            self.problems.append(
                Problem(self.file, mark.line, mark.column, f"tag '{node.tag}' is not allowed")
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Mark] = {}
        for key_node, value_node in node.value:
            key_mark = _mark(key_node)
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(
                    Problem(
                        self.file, key_mark.line, key_mark.column, "merge keys (<<) are not allowed"
                    )
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(self.file, key_mark.line, key_mark.column, "a key must be plain text")
                )
                continue
            key = str(key_node.value)
            if key in first_seen:
                first = first_seen[key]
                self.problems.append(
                    Problem(
                        self.file,
                        key_mark.line,
                        key_mark.column,
                        f"duplicate key '{key}' (first given at line {first.line}); "
                        "YAML would silently keep only the last one",
                    )
                )
                continue
            first_seen[key] = key_mark
            self.located.key_marks[(*path, key)] = key_mark
            result[key] = self.build(value_node, (*path, key))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            mark = _mark(node)
            self.problems.append(Problem(self.file, mark.line, mark.column, f"bad value: {exc}"))
            return None
