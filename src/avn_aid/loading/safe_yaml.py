"""Reading one YAML document defensively into plain data with line and column marks."""

from __future__ import annotations

from pathlib import Path

import yaml

from avn_aid.errors import PathwayError
from avn_aid.loading.encoding import decode
from avn_aid.loading.files import read_source
from avn_aid.loading.located import LocatedData, Mark, located_error
from avn_aid.loading.yaml_builder import Builder
from avn_aid.text import excerpt

# libyaml parses about ten times faster than PyYAML's Python parser; both give marks.
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_file(path: Path, what: str) -> LocatedData:
    """A whole YAML file a person edits (`what` names its kind), read safely and located."""
    name = str(path)
    return load_located(decode(read_source(path, what), name), name)


def load_located(text: str, file: str) -> LocatedData:
    """Parse one YAML document into plain data with marks; raise PathwayError on any issue.

    PyYAML keeps the last of two equal keys without a word, reads scalars with YAML 1.1
    meanings (`020` is 16, `1:40` is 100, `no` is false), expands aliases without limit,
    follows an alias into the node that contains it, recurses once per level of nesting
    and, outside its safe loader, builds Python objects. We take only libyaml's event
    stream and build plain data ourselves, without recursion (yaml_builder.py): depth,
    expanded size and number lengths are bounded, scalars get their YAML 1.2 core-schema
    meaning (yaml_scalars.py), and where every value and key stands is recorded so that
    later errors can name a line and column.
    """
    builder = Builder(file)
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        raise located_error(file, where, _syntax_message(exc, text, where)) from None
    except yaml.reader.ReaderError as exc:
        where = _position_mark(text, exc.position)
        raise located_error(
            file, where, f"character U+{exc.character:04X} is not allowed in a YAML file"
        ) from None
    except yaml.YAMLError as exc:  # an error without a mark
        raise located_error(file, Mark(1, 1), f"YAML error: {excerpt(str(exc), 200)}") from None
    if not builder.documents:
        raise located_error(file, Mark(1, 1), "the file is empty")
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
