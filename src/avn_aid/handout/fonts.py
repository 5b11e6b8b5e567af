"""The handout's fonts, shipped in resources/ and embedded in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from avn_aid.errors import InputError
from avn_aid.model.printable import text_problem
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


def require_printable(label: str, text: str) -> None:
    """Refuse text the handout would print as boxes, mirrored or not at all."""
    problem = text_problem(text)
    if problem is not None:
        raise InputError(f"{label}: {problem}; use another spelling or an identifier")
