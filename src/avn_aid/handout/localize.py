"""Languages by BCP 47 code: direction, names, and numbers and dates as CLDR writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from avn_aid.errors import InputError
from avn_aid.loading.translation_files import available_languages
from avn_aid.resources import messages_file

# Babel formats separators per numbering system but leaves digits Latin; CLDR's digits.
_DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹"}


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47, as given
    right_to_left: bool
    english_name: str
    own_name: str  # the language's name for itself

    def number(self, value: float) -> str:
        """Digits, separators and decimal mark of the language (CLDR's default system)."""
        locale = _locale(self.code)
        text = format_decimal(value, locale=locale, numbering_system="default")
        return self.digits(text)

    def digits(self, text: str) -> str:
        """Latin digits in text as the language's own digits, where it has others."""
        digits = _DIGITS.get(_locale(self.code).default_numbering_system)
        return text.translate(str.maketrans("0123456789", digits)) if digits else text

    def date(self, day: dt.date) -> str:
        return self.digits(format_date(day, "long", locale=_locale(self.code)))


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(code, sep="-")


@cache
def language(code: str) -> Language:
    """The language for a BCP 47 code such as 'ar' or 'ar-IQ'; unknown codes are refused.

    Cached: every paragraph of a handout asks for its language (a refusal is not cached).
    """
    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        raise InputError(f"'{code}' is not a language code (BCP 47, e.g. 'en' or 'ar')") from None
    return Language(
        code=code,
        right_to_left=locale.character_order == "right-to-left",
        english_name=locale.get_display_name("en") or code,
        own_name=locale.get_display_name(locale) or code,
    )


def require_available(code: str, available: list[str]) -> Language:
    """Refuse a language the pathway has no translation for, naming the ones it has."""
    found = language(code)
    if code not in available:
        listed = ", ".join(f"{c} ({language(c).english_name})" for c in available)
        raise InputError(f"no handout in '{code}' for this pathway; available: {listed}")
    return found


def handout_languages(pathway_file: str | Path) -> list[str]:
    """Languages a handout can be printed in: a pathway translation and our own words."""
    return [code for code in available_languages(pathway_file) if messages_file(code).exists()]
