"""Plain data read from a file a person edits, with the line and column of each part."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from avn_aid.errors import PathwayError, Problem

Path = tuple[str | int, ...]


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


def located_error(file: str, mark: Mark, message: str) -> PathwayError:
    """A PathwayError with one problem at a mark."""
    return PathwayError([Problem(file, mark.line, mark.column, message)])


def strings(data: Any) -> Iterator[tuple[Path, str]]:
    """Every text in the data with its path, in file order; a part shared through an alias
    only once, at the place that defines it (the first)."""
    seen: set[int] = set()
    pending: list[tuple[Path, Any]] = [((), data)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, dict | list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending.extend(reversed([((*path, key), value) for key, value in items]))
        elif isinstance(node, str):
            yield path, node
