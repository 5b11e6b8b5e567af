"""avn-aid's own words (interface, report, handout), looked up by stable key per language."""

from __future__ import annotations

from functools import cache

import yaml

from avn_aid.resources import messages_file

DEFAULT_LANGUAGE = "en"

Entry = str | tuple[str, ...]


@cache
def entries(language: str = DEFAULT_LANGUAGE) -> dict[str, Entry]:
    """Every key of one language's catalogue, dotted (`handout.heading.sources`)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(messages_file(language).read_text(encoding="utf-8"), Loader=loader)
    flat: dict[str, Entry] = {}
    _flatten(data, "", flat)
    return flat


def _flatten(node: object, prefix: str, into: dict[str, Entry]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(value, f"{prefix}{key}.", into)
    elif isinstance(node, list):
        into[prefix[:-1]] = tuple(str(item) for item in node)
    else:
        into[prefix[:-1]] = str(node)


def text(key: str, language: str = DEFAULT_LANGUAGE, **fields: object) -> str:
    """The wording for `key`, with its `{name}` fields filled in."""
    entry = entries(language)[key]
    if not isinstance(entry, str):
        raise TypeError(f"catalogue key {key} is a list; use texts()")
    return entry.format(**fields) if fields else entry


def texts(key: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """A list of wordings, such as questions, in order."""
    entry = entries(language)[key]
    if isinstance(entry, str):
        raise TypeError(f"catalogue key {key} is one text; use text()")
    return entry
