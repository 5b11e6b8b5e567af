"""Right-to-left text for the PDF: lines broken in logical order, reordered by the
Unicode bidi algorithm (python-bidi), Arabic shaped by HarfBuzz (uharfbuzz through
reportlab), each run in a font that has its glyphs.

reportlab's own right-to-left paragraphs need `rlbidi`, which is not on PyPI, and skip
reordering in paragraphs with more than one font; so right-to-left paragraphs are laid
out here, line by line, and drawn run by run. Every drawn line is wrapped in a marked
content span whose /ActualText is the line in logical order, so that copying or
extracting text gives the words as written, not as drawn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

# Arabic letters and marks (not the Arabic-Indic digits, which run left to right).
_ARABIC_RANGES = (
    (0x0600, 0x065F),
    (0x066A, 0x06EF),
    (0x06FA, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def is_arabic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_RANGES)


def has_rtl(text: str) -> bool:
    if text.isascii():  # most of an English handout, and no ASCII character is R or AL
        return False
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@dataclass(frozen=True)
class FontPair:
    """The font for Arabic script and the font for everything else, same weight."""

    arabic: str
    other: str

    def for_char(self, char: str) -> str:
        return self.arabic if is_arabic(char) else self.other


@dataclass(frozen=True)
class Run:
    """Text drawn left to right in one font: already shaped, in visual order."""

    text: Any  # str or reportlab ShapedStr
    font: str
    width: float


@lru_cache(maxsize=20000)
def _shaped(text: str, font: str, size: float) -> tuple[Any, float]:
    """HarfBuzz-shaped text (visual order out for Arabic in logical order in) and width."""
    shaped = shapeStr(text, font, size)
    if isinstance(shaped, ShapedStr):
        width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    else:
        width = pdfmetrics.stringWidth(text, font, size)
    return shaped, width


def bidi_levels(line: str, base: int = 1) -> list[int]:
    """The resolved embedding level of each character (rules up to I2 of UAX #9).

    python-bidi (the unicode-bidi crate) reorders but neither mirrors brackets nor
    returns levels except in its debug report, one level per UTF-8 byte; we read them
    from there and check that the report has the shape we expect.
    """
    report = get_display(line, base_dir="R" if base else "L", debug=True)
    assert isinstance(report, str)
    section = report[report.index("levels:") : report.index("paragraphs:")]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    encoded = [len(c.encode("utf-8")) for c in line]
    if len(per_byte) != sum(encoded):
        raise RuntimeError("python-bidi's report changed shape; pin a version that matches")
    levels, offset = [], 0
    for size in encoded:
        levels.append(per_byte[offset])
        offset += size
    # Rule L1: whitespace at the end of the line goes back to the paragraph level.
    for index in range(len(line) - 1, -1, -1):
        if not line[index].isspace():
            break
        levels[index] = base
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: logical indices in visual order (reverse runs at each level, highest first)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = (
        min(level for level in levels if level % 2)
        if any(level % 2 for level in levels)
        else max(levels) + 1
    )
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return order


def visual_runs(line: str, fonts: FontPair, size: float, base: int = 1) -> list[Run]:
    """One line of logical text in one weight as runs to draw from left to right."""
    return line_runs(words_of(line), fonts, fonts, size, base) if line.strip() else []


def line_width(line: str, fonts: FontPair, size: float) -> float:
    return sum(run.width for run in visual_runs(line, fonts, size))


def word_width(word: str, fonts: FontPair, size: float) -> float:
    return _word_width(word, fonts, size)


@lru_cache(maxsize=20000)
def _word_width(word: str, fonts: FontPair, size: float) -> float:
    return line_width(word, fonts, size)


def _pdf_text_string(text: str) -> str:
    """A PDF text string in UTF-16BE with byte-order mark, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@dataclass(frozen=True)
class Word:
    text: str
    bold: bool = False


def words_of(text: str, bold: bool = False) -> list[Word]:
    return [Word(w, bold) for w in text.split()]


def break_words(
    words: Sequence[Word], regular: FontPair, bold: FontPair, size: float, widths: Sequence[float]
) -> list[list[Word]]:
    """Greedy line breaking in logical order; widths[i] for line i (the last repeats)."""
    space = pdfmetrics.stringWidth(" ", regular.other, size)
    lines: list[list[Word]] = []
    current: list[Word] = []
    used = 0.0
    for word in words:
        width = word_width(word.text, bold if word.bold else regular, size)
        limit = widths[min(len(lines), len(widths) - 1)]
        if current and used + space + width > limit:
            lines.append(current)
            current, used = [word], width
        else:
            used = used + space + width if current else width
            current.append(word)
    if current:
        lines.append(current)
    return lines


def line_runs(
    words: Sequence[Word], regular: FontPair, bold: FontPair, size: float, base: int = 1
) -> list[Run]:
    """A line whose words may differ in weight: bidi over the whole line, fonts per word."""
    line = " ".join(w.text for w in words)
    weights: list[bool] = []
    for index, word in enumerate(words):
        weights += [word.bold] * len(word.text)
        if index < len(words) - 1:
            weights.append(word.bold and words[index + 1].bold)
    levels = bidi_levels(line, base)
    order = visual_order(levels)

    def font_of(i: int) -> str:
        return (bold if weights[i] else regular).for_char(line[i])

    runs: list[Run] = []
    start = 0
    while start < len(order):
        first = order[start]
        arabic = is_arabic(line[first])
        font = font_of(first)
        end = start + 1
        while (
            end < len(order)
            and is_arabic(line[order[end]]) == arabic
            and font_of(order[end]) == font
            and (not arabic or levels[order[end]] == levels[first])
        ):
            end += 1
        # Isolates and marks steer the order; they are not drawn.
        indices = [i for i in order[start:end] if unicodedata.category(line[i]) != "Cf"]
        if not indices:
            start = end
            continue
        if arabic:
            piece = "".join(line[i] for i in sorted(indices))
            shaped, width = _shaped(piece, font, size)
        else:
            piece = "".join(
                MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in indices
            )
            shaped, width = piece, pdfmetrics.stringWidth(piece, font, size)
        runs.append(Run(shaped, font, width))
        start = end
    return runs


def draw_runs(
    canvas: Any, x: float, y: float, runs: Sequence[Run], size: float, actual: str
) -> None:
    """Draw runs from x to the right; the marked span carries the logical text."""
    actual = "".join(c for c in actual if unicodedata.category(c) != "Cf")
    canvas.addLiteral("/Span <</ActualText " + _pdf_text_string(actual) + ">> BDC")
    for run in runs:
        text_object = canvas.beginText(x, y)
        text_object.setFont(run.font, size)
        text_object.textOut(run.text)
        canvas.drawText(text_object)
        x += run.width
    canvas.addLiteral("EMC")
