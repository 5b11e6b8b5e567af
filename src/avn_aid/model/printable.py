"""Text the handout can print: no control or invisible characters, only what the fonts draw."""

# Arabic is laid out right to left; other right-to-left scripts have no font yet. Checked
# wherever text enters: pathway files (`validate`, with the line), names on the command
# line, in sessions and in the wizard. Without it, emoji and CJK print as empty boxes.

from __future__ import annotations

import bisect
import unicodedata
from functools import cache

from avn_aid.resources import font

_ALLOWED_CONTROLS = {"\n", "\t"}  # line breaks and tabs in block text print as spaces
_RIGHT_TO_LEFT = {"R", "AL", "RLE", "RLO", "RLI"}
_SHOWN = 5  # characters named in one message
MAX_FIELD = 120  # a name or identifier longer than this is a paste mistake


@cache
def _coverage() -> tuple[list[int], list[int]]:
    lows, highs = [], []
    for line in font("coverage.txt").read_text(encoding="ascii").splitlines():
        if line and not line.startswith("#"):
            low, high = line.split("-")
            lows.append(int(low, 16))
            highs.append(int(high, 16))
    return lows, highs


def drawable(char: str) -> bool:
    """Whether both handout faces have a glyph for the character."""
    lows, highs = _coverage()
    code = ord(char)
    index = bisect.bisect_right(lows, code) - 1
    return index >= 0 and code <= highs[index]


def _named(chars: list[str]) -> str:
    shown = []
    for char in chars[:_SHOWN]:
        name = unicodedata.name(char, "")
        visible = char.isprintable() and unicodedata.category(char) not in ("Mn", "Me")
        shown.append(
            f"'{char}' (U+{ord(char):04X})" if visible else f"U+{ord(char):04X} {name}".strip()
        )
    more = f" and {len(chars) - _SHOWN} more" if len(chars) > _SHOWN else ""
    return ", ".join(shown) + more


def text_problem(text: str) -> str | None:
    """Why the handout cannot print this text, or None if it can."""
    controls: list[str] = []
    right_to_left: list[str] = []
    missing: list[str] = []
    for char in dict.fromkeys(text):  # each distinct character once, in order
        if char in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            controls.append(char)
        elif unicodedata.bidirectional(char) in _RIGHT_TO_LEFT and not drawable(char):
            right_to_left.append(char)
        elif not drawable(char):
            missing.append(char)
    if controls:
        return f"contains control or invisible formatting characters: {_named(controls)}"
    if right_to_left:
        return (
            f"contains right-to-left text ({_named(right_to_left)}) in a script the handout "
            "fonts do not have (of right-to-left scripts only Arabic is printed)"
        )
    if missing:
        return f"the handout font cannot print {_named(missing)}"
    return None
