"""Pathway translations: which texts a patient reads, their keys, and applying a file.

A translatable text is any free-text field of the pathway (a `Text` in the model) other
than bibliographic ones; its key is the path to it, naming list items by their id where
they have one. So a new field or a new option needs no code here, and nor does a new
language: a file `name.LANG.yaml` beside the pathway is all it takes.
"""

from __future__ import annotations

import copy
import hashlib
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotated_types import MaxLen
from pydantic import BaseModel, ValidationError

from avn_aid.errors import PathwayError, Problem
from avn_aid.loading.loader import PathwayDocument
from avn_aid.loading.located import LocatedData, Mark
from avn_aid.loading.messages import validation_problems
from avn_aid.loading.safe_yaml import load_yaml_file
from avn_aid.loading.translation_files import ENGLISH as ENGLISH
from avn_aid.loading.translation_files import available_languages as available_languages
from avn_aid.loading.translation_files import translation_file_for as translation_file_for
from avn_aid.model import pathway as validated
from avn_aid.model.runtime import Pathway, Source, from_validated, is_record, to_json
from avn_aid.model.translation import TranslationFile

# Citations stay as published; file names and people's names are not prose.
_NOT_TRANSLATED = frozenset({"citation", "file", "authors", "reviewers"})
_SOURCE_PROSE = frozenset({"limits"})  # the only words of a source written by us


@dataclass(frozen=True)
class SourceText:
    key: str  # e.g. options.core_decompression.benefits.0.text
    path: tuple[str | int, ...]  # where it sits in the YAML data
    english: str


def text_sha(english: str) -> str:
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


def translatable_texts(pathway: Pathway) -> list[SourceText]:
    """Every text of the pathway a translation must cover, in file order."""
    return list(_walk(pathway, (), ()))


def _walk(model: object, key: tuple[str, ...], path: tuple[str | int, ...]) -> Iterator[SourceText]:
    # Which fields are texts is said by the pathway format, the validated model of the
    # same name as the plain record.
    format_class: type[BaseModel] = getattr(validated, type(model).__name__)
    for name, field in format_class.model_fields.items():
        value = getattr(model, name)
        if value is None or name in _NOT_TRANSLATED:
            continue
        if isinstance(model, Source) and name not in _SOURCE_PROSE:
            continue  # titles, journals and addresses stay as published, to be findable
        here_key, here_path = (*key, name), (*path, name)
        if is_record(value):
            yield from _walk(value, here_key, here_path)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                label = str(getattr(item, "id", index))
                if is_record(item):
                    yield from _walk(item, (*here_key, label), (*here_path, index))
                elif isinstance(item, str) and _is_text(field.annotation):
                    yield SourceText(".".join((*here_key, label)), (*here_path, index), item)
        elif isinstance(value, str) and (
            _is_text_meta(field.metadata) or _is_text(field.annotation)
        ):
            yield SourceText(".".join(here_key), here_path, value)


def _is_text_meta(metadata: list[Any]) -> bool:
    """A maximum length of 100 or more marks words to translate (`Text` allows 4,000,
    `Name` and value labels 120 characters); ids allow 64."""
    for item in metadata:
        inner = getattr(item, "metadata", None)  # a FieldInfo inside Annotated
        if inner is not None and _is_text_meta(list(inner)):
            return True
        if isinstance(item, MaxLen) and item.max_length >= 100:
            return True
    return False


def _is_text(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_text_meta(list(typing.get_args(annotation)[1:]))
    if typing.get_origin(annotation) in (tuple, typing.Union, types.UnionType):
        return any(_is_text(arg) for arg in typing.get_args(annotation) if arg is not ...)
    return False


@dataclass(frozen=True)
class TranslationDocument:
    translation: TranslationFile
    file: str
    located: LocatedData

    def line_of(self, key: str) -> Mark:
        return self.located.mark(("entries", key), key=True)


def load_translation(path: str | Path) -> TranslationDocument:
    name = str(path)
    located = load_yaml_file(Path(path), "a translation file")
    try:
        translation = TranslationFile.model_validate(located.data)
    except ValidationError as exc:
        raise PathwayError(validation_problems(exc, located, name)) from None
    return TranslationDocument(translation, name, located)


@dataclass(frozen=True)
class Coverage:
    """How a translation file matches the pathway's current English."""

    missing: tuple[SourceText, ...]
    stale: tuple[SourceText, ...]
    unknown: tuple[str, ...]  # keys of entries whose English no longer exists

    @property
    def complete(self) -> bool:
        return not self.missing and not self.stale


def coverage(pathway: Pathway, translation: TranslationFile) -> Coverage:
    texts = translatable_texts(pathway)
    keys = {t.key for t in texts}
    missing = [
        t for t in texts if t.key not in translation.entries or not translation.entries[t.key].text
    ]
    stale = [
        t
        for t in texts
        if t.key in translation.entries
        and translation.entries[t.key].english_sha != text_sha(t.english)
    ]
    unknown = [k for k in translation.entries if k not in keys]
    return Coverage(tuple(missing), tuple(stale), tuple(unknown))


def translate(document: PathwayDocument, translation: TranslationDocument) -> PathwayDocument:
    """The pathway with every patient-facing text in the translation's language.

    Refuses (never mixes languages silently) when an entry is missing or stale.
    """
    found = coverage(document.pathway, translation.translation)
    if not found.complete:
        problems = [
            Problem(translation.file, 1, 1, f"no translation for '{t.key}' (run avn-aid check)")
            for t in found.missing[:20]
        ] + [
            Problem(
                translation.file,
                translation.line_of(t.key).line,
                translation.line_of(t.key).column,
                f"'{t.key}' translates an older English text (run avn-aid check)",
            )
            for t in found.stale[:20]
        ]
        raise PathwayError(problems)
    data = copy.deepcopy(to_json(document.pathway))
    for text in translatable_texts(document.pathway):
        translated = translation.translation.entries[text.key].text
        assert translated is not None  # coverage() counted it as present
        _set(data, text.path, translated)
    pathway = validated.Pathway.model_validate(data, context={"references_checked": True})
    return PathwayDocument(
        pathway=from_validated(pathway), sha256=document.sha256, file=document.file
    )


def _set(data: Any, path: tuple[str | int, ...], value: str) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def skeleton(document: PathwayDocument, language: str, existing: TranslationFile | None) -> str:
    """A translation file for a language: current entries kept, the rest left to fill in.

    Each entry shows the English it translates as a comment; entries to do have an empty
    text (and count as missing until filled in); stale ones keep their old text and sha
    with the new English shown, so the translator sees what changed.
    """
    entries = existing.entries if existing else {}
    out = [
        f"# {Path(document.file).name} in {language}. Fill in every empty text; when the",
        "# English changes, `avn-aid check` names the entries to update. Format: docs/authoring.md",
        f"language: {language}",
        f"translates: {Path(document.file).name}",
    ]
    translators = existing.translators if existing else ()
    out.append("translators:" + ("" if translators else " []"))
    out += [f"  - {_quoted(t)}" for t in translators]
    reviewers = existing.reviewers if existing else ()
    out.append("reviewers:" + ("" if reviewers else " []"))
    for reviewer in reviewers:
        out += [f"  - name: {_quoted(reviewer.name)}", f"    date: {reviewer.date.isoformat()}"]
    out.append("entries:")
    for text in translatable_texts(document.pathway):
        entry = entries.get(text.key)
        current = text_sha(text.english)
        out.append(f"  {text.key}:")
        out += [f"    # {line}" for line in _wrapped(text.english)]
        if entry and entry.text and entry.english_sha != current:
            out.append(
                f"    # STALE: the English above changed; then set english_sha to '{current}'"
            )
            out += [f"    english_sha: '{entry.english_sha}'", f"    text: {_quoted(entry.text)}"]
        else:
            out.append(f"    english_sha: '{current}'")
            out.append(f"    text: {_quoted(entry.text)}" if entry and entry.text else "    text:")
    return "\n".join(out) + "\n"


def _quoted(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _wrapped(text: str, width: int = 86) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]
