"""The format of a pathway translation file: name.LANG.yaml beside name.yaml.

It never copies the pathway: each entry is keyed by where the English text sits (ids for
items that have one, positions for the rest) and records a hash of the English it
translates, so a change to the English makes the entry stale rather than silently wrong.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from avn_aid.model.base import StrictModel


class Reviewer(StrictModel):
    """A medical translator who checked the translation against the English."""

    name: str = Field(min_length=1, max_length=200, description="Name and qualification.")
    date: dt.date = Field(description="When they reviewed it (YYYY-MM-DD).")


class Entry(StrictModel):
    """One translated text."""

    english_sha: str = Field(
        pattern=r"^[0-9a-f]{12}$",
        description="First 12 hex digits of the sha256 of the English text translated.",
    )
    text: str | None = Field(
        default=None,
        min_length=1,
        max_length=8000,
        description="The translation; left empty, the entry still counts as missing.",
    )


class TranslationFile(StrictModel):
    """A whole translation file."""

    language: str = Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="BCP 47 code, e.g. 'ar'."
    )
    translates: str = Field(min_length=1, description="File name of the English pathway.")
    translators: tuple[str, ...] = Field(default=(), description="Who translated it.")
    reviewers: tuple[Reviewer, ...] = Field(
        default=(),
        description=(
            "Medical translators who reviewed it. While empty, every page of a handout in "
            "this language says the translation is a draft not yet reviewed."
        ),
    )
    entries: dict[str, Entry] = Field(
        default_factory=dict, description="Translations keyed by the English text's place."
    )

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewers)
