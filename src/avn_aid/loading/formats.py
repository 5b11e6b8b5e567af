"""Older pathway formats: the changes since, how an old file shows them, how to upgrade it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.located import LocatedData, Path
from avn_aid.loading.messages import readable_path

# What `upgrade` writes where a person must write the text. It says what it is if it is
# ever printed, and `avn-aid check` reports every one left (authoring/content_checks.py).
NOT_WRITTEN = "[not written yet: added by avn-aid upgrade for the pathway's authors to write]"


@dataclass(frozen=True)
class FormatChange:
    """One change of the pathway format that makes older files invalid."""

    id: str
    what: str  # what changed, for a person who edits the file
    upgrade: str  # what `avn-aid upgrade` does about it
    find: Callable[[dict[str, Any]], Iterator[Path]]


@dataclass(frozen=True)
class Found:
    """Where a file shows one format change."""

    change: FormatChange
    path: Path


def _options(data: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    options = data.get("options")
    for i, option in enumerate(options if isinstance(options, list) else ()):
        if isinstance(option, dict):
            yield i, option


def _always_listed(data: dict[str, Any]) -> Iterator[Path]:
    for i, option in _options(data):
        if "always_listed" in option:
            yield ("options", i, "always_listed")


def _no_handout(data: dict[str, Any]) -> Iterator[Path]:
    if "handout" not in data:
        yield ("handout",)


def _range_without_short(data: dict[str, Any]) -> Iterator[Path]:
    for i, option in _options(data):
        outcomes = option.get("outcomes")
        for j, outcome in enumerate(outcomes if isinstance(outcomes, list) else ()):
            ranged = isinstance(outcome, dict) and (
                "percent_low" in outcome or "percent_high" in outcome
            )
            if ranged and "short" not in outcome:
                yield ("options", i, "outcomes", j)


CHANGES = (
    FormatChange(
        "always_listed",
        "always_listed was removed (it never changed an answer)",
        "removes the line",
        _always_listed,
    ),
    FormatChange(
        "handout",
        "a handout: section (title, about, questions) is required",
        "adds the section with every text marked as not written yet",
        _no_handout,
    ),
    FormatChange(
        "range short",
        "a figure given as a range needs short:",
        "adds short: marked as not written yet",
        _range_without_short,
    ),
)


def older_format(data: Any) -> list[Found]:
    """Every sign in a file's data that it was written for an older format."""
    if not isinstance(data, dict):
        return []
    return [Found(change, path) for change in CHANGES for path in change.find(data)]


def older_format_problem(found: list[Found], file: str) -> Problem:
    """One problem at the top of the file naming the format changes and what to do."""
    changes = "; ".join(dict.fromkeys(f.change.what for f in found))
    return Problem(
        file,
        1,
        1,
        f"this file is in an older pathway format ({changes}); `avn-aid upgrade {file} > "
        "NEW.yaml` writes it in the current format, marking each text its authors must write",
    )


@dataclass(frozen=True)
class Upgrade:
    """A file's text in the current format, and what was done to it, located in the old file."""

    text: str
    done: tuple[Problem, ...]  # severity "info": one per change made
    to_write: int  # texts marked NOT_WRITTEN


def upgrade_text(text: str, located: LocatedData, file: str) -> Upgrade:
    """The file brought up to the current format by editing its text, keeping its comments.

    Removed keys are deleted; new required texts are added as NOT_WRITTEN, never made up.
    A change that cannot be made safely by editing lines (flow style, a value spread over
    lines) raises PathwayError at its line, to be made by hand.
    """
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    edits: list[tuple[int, int, list[str]]] = []  # (first line index, lines removed, new)
    done: list[Problem] = []
    refused: list[Problem] = []
    to_write = 0
    for found in older_format(located.data):
        change, path = found.change, found.path
        if change.id == "always_listed":
            mark = located.key_marks[path]
            if _one_line(lines, mark.line, mark.column, located.value_marks[path].line, dash=False):
                edits.append((mark.line - 1, 1, []))
                done.append(
                    _info(
                        file, mark.line, mark.column, f"removed {readable_path(located.data, path)}"
                    )
                )
            else:
                refused.append(
                    Problem(file, mark.line, mark.column, "remove always_listed here by hand")
                )
        elif change.id == "handout":
            columns = {
                located.key_marks[(k,)].column for k in located.data if (k,) in located.key_marks
            }
            if columns != {1}:
                refused.append(Problem(file, 1, 1, "add a handout: section by hand"))
                continue
            block = [
                "# Added by avn-aid upgrade: the handout's own words, for the pathway's authors\n",
                "# to write (avn-aid check lists every text not written yet).\n",
                "handout:\n",
                f"  title: {_quoted(NOT_WRITTEN)}\n",
                f"  about: {_quoted(NOT_WRITTEN)}\n",
                "  questions:\n",
                f"    - {_quoted(NOT_WRITTEN)}\n",
            ]
            edits.append((len(lines), 0, block))
            to_write += 3
            done.append(_info(file, len(lines), 1, "added handout: at the end (3 texts to write)"))
        else:  # a range without short
            id_path = (*path, "id")
            id_mark = located.key_marks.get(id_path)
            if id_mark is None or not _one_line(
                lines, id_mark.line, id_mark.column, located.value_marks[id_path].line, dash=True
            ):
                where = located.mark(path)
                refused.append(Problem(file, where.line, where.column, "add short: here by hand"))
                continue
            indent = " " * (id_mark.column - 1)
            edits.append((id_mark.line, 0, [f"{indent}short: {_quoted(NOT_WRITTEN)}\n"]))
            to_write += 1
            done.append(
                _info(
                    file,
                    id_mark.line,
                    id_mark.column,
                    f"added short: to {readable_path(located.data, path)}",
                )
            )
    if refused:
        raise PathwayError(refused)
    for start, removed, new in sorted(edits, key=lambda e: e[0], reverse=True):
        lines[start : start + removed] = new
    return Upgrade("".join(lines), tuple(sorted(done)), to_write)


def _one_line(lines: list[str], line: int, column: int, value_line: int, *, dash: bool) -> bool:
    """The key at line:column starts its line in block style (after "- " if `dash`) and its
    value ends on that line."""
    text = lines[line - 1]
    before = text[: column - 1]
    if before.strip() not in (("", "-") if dash else ("",)) or value_line != line:
        return False
    rest = text[column - 1 :].split("#", 1)[0].rstrip()
    if rest.endswith((":", "|", ">", "|-", ">-", "{", "[", ",")) or '"' in rest or "'" in rest:
        return False  # a value continued on the next lines, or quoted (may span lines)
    following = next((t for t in lines[line:] if t.strip() and not t.lstrip().startswith("#")), "")
    return len(following) - len(following.lstrip(" ")) < column or following.strip() == ""


def _info(file: str, line: int, column: int, message: str) -> Problem:
    return Problem(file, line, column, message, severity="info")


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
