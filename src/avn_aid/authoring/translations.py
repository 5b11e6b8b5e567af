"""`check` on the translations beside a pathway: missing, stale and orphaned entries.

A missing entry is reported at the line of the English text that needs translating;
a stale or orphaned one at its own line in the translation file.
"""

from __future__ import annotations

from pathlib import Path

from avn_aid.errors import PathwayError, Problem, Severity, finding
from avn_aid.loading.loader import PathwayDocument
from avn_aid.loading.located import LocatedData
from avn_aid.loading.translation import (
    ENGLISH,
    available_languages,
    coverage,
    load_translation,
    translation_file_for,
)


def translation_findings(
    document: PathwayDocument, located: LocatedData, *, strict: bool = False
) -> list[Problem]:
    level: Severity = "error" if strict else "warning"
    findings: list[Problem] = []
    for language in available_languages(document.file):
        if language == ENGLISH:
            continue
        path = translation_file_for(document.file, language)
        name = str(path)
        try:
            loaded = load_translation(path)
        except PathwayError as exc:
            findings += [
                finding("error", "translation file", p.message, p.file, p.line, p.column)
                for p in exc.problems
            ]
            continue
        if loaded.translation.language != language:
            findings.append(
                finding(
                    "error",
                    "translation file",
                    f"the file name says '{language}' but language: is "
                    f"'{loaded.translation.language}'",
                    name,
                    *_line(loaded.located, ("language",)),
                )
            )
        if loaded.translation.translates != Path(document.file).name:
            findings.append(
                finding(
                    "warning",
                    "translation file",
                    f"translates: names '{loaded.translation.translates}', not "
                    f"'{Path(document.file).name}'",
                    name,
                    *_line(loaded.located, ("translates",)),
                )
            )
        found = coverage(document.pathway, loaded.translation)
        for text in found.missing:
            mark = located.mark(text.path)
            findings.append(
                finding(
                    level,
                    "translation missing",
                    f"'{text.key}' has no {language} translation in {path.name}",
                    document.file,
                    mark.line,
                    mark.column,
                )
            )
        for text in found.stale:
            mark = loaded.line_of(text.key)
            findings.append(
                finding(
                    level,
                    "translation stale",
                    f"'{text.key}': the English changed since it was translated; "
                    f"update the text and english_sha",
                    name,
                    mark.line,
                    mark.column,
                )
            )
        for key in found.unknown:
            mark = loaded.line_of(key)
            findings.append(
                finding(
                    "warning",
                    "translation orphaned",
                    f"'{key}' matches no text of the pathway (renamed or removed?)",
                    name,
                    mark.line,
                    mark.column,
                )
            )
    return findings


def _line(located: LocatedData, path: tuple[str | int, ...]) -> tuple[int, int]:
    mark = located.mark(path, key=True)
    return mark.line, mark.column
