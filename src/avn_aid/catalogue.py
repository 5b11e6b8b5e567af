"""avn-aid's own words (interface, report, handout), looked up by stable key per language."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from avn_aid import __version__, user_cache
from avn_aid.resources import messages_file

DEFAULT_LANGUAGE = "en"

Entry = str | tuple[str, ...]

# The language a handout or report is being written in; words looked up without naming a
# language use it, so a whole document follows one choice without threading it through
# every call.
_writing_in: ContextVar[str] = ContextVar("writing_in", default=DEFAULT_LANGUAGE)


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Within the block, text() and texts() answer in this language."""
    token = _writing_in.set(language)
    try:
        yield
    finally:
        _writing_in.reset(token)


def use_language(language: str) -> None:
    """Make a language the default for this thread (the wizard's interface language);
    documents still choose their own with writing_in()."""
    _writing_in.set(language)


def current_language() -> str:
    return _writing_in.get()


@cache
def entries(language: str = DEFAULT_LANGUAGE) -> dict[str, Entry]:
    """Every key of one language's catalogue, dotted (`handout.heading.sources`).

    Read from the YAML file, or from the user's cache (user_cache.py) when this program
    read these very bytes before, so a start that needs words needs no YAML parser.
    """
    raw = messages_file(language).read_bytes()
    key = entry_key(raw)
    found = _from_entry(user_cache.read_entry(_KIND, key, _MAX_ENTRY))
    if found is not None:
        return found
    flat = _parsed(raw)
    user_cache.write_entry(_KIND, key, json.dumps(flat, ensure_ascii=False).encode())
    return flat


_KIND = "catalogues"
_MAX_ENTRY = 4_000_000


def entry_key(raw: bytes) -> str:
    """The catalogue's bytes, and the program and code that flatten them."""
    code = Path(__file__).stat()
    python = ".".join(str(part) for part in sys.version_info[:3])
    stamp = f"1|{__version__}|{python}|{code.st_size}|{code.st_mtime_ns}|".encode()
    return hashlib.sha256(stamp + raw).hexdigest()


def _from_entry(body: bytes | None) -> dict[str, Entry] | None:
    """A cached catalogue, if it is one: text keys, each a text or a list of texts."""
    if body is None:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    flat: dict[str, Entry] = {}
    for key, value in data.items():
        if isinstance(value, list) and all(type(item) is str for item in value):
            flat[key] = tuple(value)
        elif type(value) is str:
            flat[key] = value
        else:
            return None
    return flat


def _parsed(raw: bytes) -> dict[str, Entry]:
    import yaml  # here, not at the top: a start served from the cache needs no YAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(raw.decode("utf-8"), Loader=loader)
    flat: dict[str, Entry] = {}
    _flatten(data, "", flat)
    return flat


def _flatten(node: object, prefix: str, into: dict[str, Entry]) -> None:
    # The catalogue is read with YAML 1.1 rules (libyaml), where a bare yes, no, on or 1:40
    # is not text; every key and wording must be a string, so such a slip fails loudly here
    # instead of printing "True" to a patient.
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise TypeError(f"catalogue key {prefix}{key!r} is not text; quote it")
            _flatten(value, f"{prefix}{key}.", into)
    elif isinstance(node, list):
        into[prefix[:-1]] = tuple(_wording(item, prefix[:-1]) for item in node)
    else:
        into[prefix[:-1]] = _wording(node, prefix[:-1])


def _wording(node: object, key: str) -> str:
    if not isinstance(node, str):
        raise TypeError(f"catalogue entry {key} is {node!r}, not text; quote it")
    return node


def text(key: str, language: str | None = None, **fields: object) -> str:
    """The wording for `key`, with its `{name}` fields filled in."""
    entry = entries(language or _writing_in.get())[key]
    if not isinstance(entry, str):
        raise TypeError(f"catalogue key {key} is a list; use texts()")
    return entry.format(**fields) if fields else entry


def texts(key: str, language: str | None = None) -> tuple[str, ...]:
    """A list of wordings, such as questions, in order."""
    entry = entries(language or _writing_in.get())[key]
    if isinstance(entry, str):
        raise TypeError(f"catalogue key {key} is one text; use text()")
    return entry
