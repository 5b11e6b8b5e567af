"""Where a pathway's translation files are and which languages it has: file names only.

Kept apart from translation.py (YAML, validation) so that listing the languages, as the
wizard does when it opens, reads no file and imports neither YAML nor pydantic.
"""

from __future__ import annotations

from pathlib import Path

ENGLISH = "en"


def translation_file_for(pathway_file: str | Path, language: str) -> Path:
    """name.yaml -> name.LANG.yaml beside it."""
    path = Path(pathway_file)
    return path.with_name(f"{path.stem}.{language}.yaml")


def available_languages(pathway_file: str | Path) -> list[str]:
    """English and every language with a translation file beside the pathway."""
    path = Path(pathway_file)
    found = {ENGLISH}
    for candidate in path.parent.glob(f"{path.stem}.*.yaml"):
        middle = candidate.name[len(path.stem) + 1 : -len(".yaml")]
        if middle and "." not in middle and middle != "tests":
            found.add(middle)
    return sorted(found, key=lambda code: (code != ENGLISH, code))
