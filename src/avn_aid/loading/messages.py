"""Pydantic's error wording rewritten for people who edit YAML, not Python."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from avn_aid.errors import Problem

if TYPE_CHECKING:
    from pydantic import ValidationError

    from avn_aid.loading.located import LocatedData

from avn_aid.text import excerpt

_TYPE_WORDS = {
    "string_type": "expected text; if it looks like a number or date, put it in quotes",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number, not a decimal",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "date_type": "expected a date written as YYYY-MM-DD",
    "date_parsing": "expected a date written as YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date written as YYYY-MM-DD",
    "tuple_type": "expected a list (lines starting with '- ')",
    "list_type": "expected a list (lines starting with '- ')",
    "model_type": "expected a section of 'key: value' lines",
    "dict_type": "expected a section of 'key: value' lines",
    "model_attributes_type": "expected a section of 'key: value' lines",
}


_BOUND_WORDS = {
    "greater_than_equal": ("out of range: the lowest allowed is", "ge"),
    "greater_than": ("out of range: it must be more than", "gt"),
    "less_than_equal": ("out of range: the highest allowed is", "le"),
    "less_than": ("out of range: it must be less than", "lt"),
}


def describe_error(error: Any, path: tuple[str | int, ...]) -> str:
    """One pydantic error in words for a YAML editor."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    key = next((p for p in reversed(path) if isinstance(p, str)), "value")
    if kind == "missing":
        return f"missing required key '{key}'"
    if kind == "extra_forbidden":
        return f"unknown key '{key}' (check its spelling; `avn-aid schema` lists the keys)"
    if kind in ("enum", "literal_error"):
        return f"{excerpt(error.get('input'))} is not allowed here; use one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        if key in ("id",) or "id" in key or key in ("stages", "collapse", "options", "sources"):
            return (
                f"{excerpt(error.get('input'))} is not a valid id: use letters, digits, '_' and '-', "
                "starting with a letter or digit"
            )
        return (
            f"{excerpt(error.get('input'))} does not have the expected form ({ctx.get('pattern')})"
        )
    if kind in _BOUND_WORDS:
        words, bound_key = _BOUND_WORDS[kind]
        return f"{str(error.get('input'))[:24]} is {words} {ctx.get(bound_key)}"
    if kind == "too_long":
        return f"has too many items (at most {ctx.get('max_length')})"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind in _TYPE_WORDS:
        return _TYPE_WORDS[kind]
    if kind == "value_error":
        return excerpt(str(error["msg"]).removeprefix("Value error, "), 300).strip("'")
    return excerpt(error["msg"], 200).strip("'")


def readable_path(data: Any, path: tuple[str | int, ...]) -> str:
    """A path such as options[observation].rules[stage-iii].status: list items by their id."""
    parts: list[str] = []
    node = data
    for part in path:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            label = item.get("id") if isinstance(item, dict) else None
            parts.append(f"[{label if isinstance(label, str) else part}]")
            node = item
        else:
            parts.append(f".{part}" if parts else part)
            node = node.get(part) if isinstance(node, dict) else None
    return "".join(parts)


def data_path(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Keep only the parts of a pydantic loc that walk the data."""
    path: list[str | int] = []
    node: Any = data
    for part in loc:
        walks = (isinstance(node, dict) and isinstance(part, str) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        )
        if walks:
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str):
            path.append(part)  # a missing key: located at its parent mapping
            node = None
        # anything else (a union branch name, '[key]') is not part of the file
    return tuple(path)


def validation_problems(exc: ValidationError, located: LocatedData, name: str) -> list[Problem]:
    """Pydantic's errors for a YAML file, each located at its line and column and reworded."""
    found = []
    for error in exc.errors(include_url=False):
        # Pydantic names the branch of a union or a tagged type in loc; drop what is not a key.
        path = data_path(located.data, tuple(error["loc"]))
        mark = located.mark(path, key=error["type"] == "extra_forbidden")
        found.append(
            Problem(
                name,
                mark.line,
                mark.column,
                describe_error(error, path),
                readable_path(located.data, path),
            )
        )
    return found
