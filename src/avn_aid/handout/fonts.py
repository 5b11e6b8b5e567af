"""The handout's fonts, shipped in resources/ and embedded in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from avn_aid.errors import InputError
from avn_aid.resources import font

REGULAR, BOLD = "AvnSans", "AvnSans-Bold"
# Arabic script: Noto Naskh Arabic, shaped by HarfBuzz; the DejaVu faces draw the rest.
ARABIC, ARABIC_BOLD = "AvnNaskh", "AvnNaskh-Bold"
# No italic: all text is escaped, so no markup can ask for it, and each font costs parse time.
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_ARABIC_FILES = {ARABIC: "NotoNaskhArabic-Regular.ttf", ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register the family once; <b> and <i> in paragraphs then use the bold and oblique files."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font(file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # Drawings start from reportlab's default state, which names Helvetica, a font we do
    # not embed; point it at ours so every PDF carries only embedded fonts.
    STATE_DEFAULTS["fontName"] = REGULAR


@cache
def register_arabic_fonts() -> None:
    """The Arabic faces, registered only when a handout needs them (each costs parse time)."""
    register_fonts()
    for name, file in _ARABIC_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font(file)), shapable=True))


def missing_glyphs(text: str) -> list[str]:
    """Characters the regular and bold fonts cannot draw (they would print as boxes)."""
    register_fonts()
    missing = []
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        for char in text:
            if char.isspace():
                continue
            if ord(char) not in face.charToGlyph and char not in missing:
                missing.append(char)
    return missing


def require_printable(label: str, text: str) -> None:
    missing = missing_glyphs(text)
    if missing:
        shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:8])
        raise InputError(
            f"{label}: the handout font cannot print {shown}; use another spelling or an identifier"
        )
