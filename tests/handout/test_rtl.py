"""Right-to-left text in the PDF: logical order kept for readers, letters joined, mirrored."""

from __future__ import annotations

import io

import pytest
import uharfbuzz
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate, TableStyle

from avn_aid.handout.bidi_text import is_arabic, line_runs, visual_order, visual_runs, words_of
from avn_aid.handout.fonts import ARABIC, REGULAR, register_arabic_fonts
from avn_aid.handout.rtl import BOLD_PAIR, REGULAR_PAIR, RtlParagraph, mirror_style

TEXT = (
    "هذه ورقة معلومات لك عن خيارات علاج نخر العظم في الورك. اقرأها في البيت، "
    "وناقشها مع طبيبك قبل أن تقرر. حفر مركز رأس الفخذ (Core decompression) "
    "يحتاج عكازين 6 أسابيع، وبعدها ١٢ أسبوعًا من التمارين."
)


def _pdf(*flowables: object) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1, initialFontName=REGULAR).build(list(flowables))
    return buffer.getvalue()


def actual_text(pdf: bytes) -> list[str]:
    """Text as a reader that honours /ActualText (Evince, Okular, pdftotext) gets it."""
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = ContentStream(page.get_contents(), page.pdf)
        for operands, operator in content.operations:
            if operator == b"BDC" and operands[0] == "/Span" and "/ActualText" in operands[1]:
                found.append(str(operands[1]["/ActualText"]))
    return found


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    register_arabic_fonts()
    return ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=16)


def test_text_extracts_in_logical_order(style: ParagraphStyle) -> None:
    """Every line carries its logical text: joined, the lines give back the paragraph."""
    pdf = _pdf(RtlParagraph(TEXT, style))
    lines = actual_text(pdf)
    assert len(lines) >= 2  # it wrapped, so line order matters too
    assert " ".join(lines) == " ".join(TEXT.split())


def _hb_glyphs(text: str) -> list[str]:
    font = pdfmetrics.getFont(ARABIC)
    hb_font = font.hbFont(11)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {})
    return [hb_font.glyph_to_string(info.codepoint) for info in buffer.glyph_infos]


def _drawn_glyphs(run_text: str) -> list[str]:
    font = pdfmetrics.getFont(ARABIC)
    hb_font = font.hbFont(11)
    names = []
    for char in run_text:
        gid = font.face.charToGlyph.get(ord(char))
        if gid is None:  # a glyph reportlab mapped to a private code while shaping
            gid = next(g for g, chars in font.face.glyphToChar.items() if ord(char) in chars)
        names.append(hb_font.glyph_to_string(gid))
    return names


def test_arabic_words_are_drawn_joined(style: ParagraphStyle) -> None:
    """Each Arabic word is drawn as HarfBuzz shapes the whole word, not letter by letter."""
    register_arabic_fonts()
    checked = 0
    for word in TEXT.split():
        letters = "".join(c for c in word if is_arabic(c))
        if len(letters) < 2 or letters != word.rstrip(".،"):
            continue
        runs = [r for r in visual_runs(word, REGULAR_PAIR, 11) if r.font == ARABIC]
        assert len(runs) == 1, word
        drawn = _drawn_glyphs(str(runs[0].text))
        assert drawn == _hb_glyphs(letters), word
        isolated = [g for c in letters[::-1] for g in _hb_glyphs(c)]
        if any(unicodedata_joins(c) for c in letters[:-1]):
            assert drawn != isolated, f"{word} drawn with unjoined letters"
        checked += 1
    assert checked >= 20


def unicodedata_joins(char: str) -> bool:
    """Letters that join to the next one (dual-joining); alef, dal, ra, waw do not."""
    return char not in "اأإآدذرزوؤةى"


def test_brackets_mirror_and_numbers_keep_their_order() -> None:
    register_arabic_fonts()
    runs = visual_runs("بعد ١٢ أسبوعًا (Core decompression) أو 18 شهرًا", REGULAR_PAIR, 11)
    drawn = "".join(str(r.text) for r in runs if r.font != ARABIC)
    assert "(Core decompression)" in drawn
    assert "١٢" in drawn and "18" in drawn
    # Reading right to left the first word (بعد) is drawn last, on the right.
    assert runs[-1].font == ARABIC


def test_visual_order_reverses_right_to_left_runs_only() -> None:
    assert visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert visual_order([0, 0, 0]) == [0, 1, 2]


def test_bold_prefix_is_drawn_in_bold_arabic(style: ParagraphStyle) -> None:
    runs = line_runs(
        words_of("ما يحدث:", True) + words_of("عملية قصيرة"), REGULAR_PAIR, BOLD_PAIR, 11
    )
    fonts = [r.font for r in runs if r.font in (ARABIC, REGULAR_PAIR.arabic, BOLD_PAIR.arabic)]
    assert BOLD_PAIR.arabic in fonts and ARABIC in fonts
    assert runs[-1].font == BOLD_PAIR.arabic  # the prefix starts the line, on the right


def test_long_paragraph_splits_across_frames(style: ParagraphStyle) -> None:
    paragraph = RtlParagraph(" ".join([TEXT] * 12), style)
    _, height = paragraph.wrap(300, 10_000)
    parts = paragraph.split(300, height / 2)
    assert len(parts) == 2
    rejoined = parts[0].text + " " + parts[1].text  # type: ignore[attr-defined]
    assert rejoined == paragraph.text


def test_table_style_mirrors_columns() -> None:
    style = TableStyle(
        [("BACKGROUND", (0, 0), (0, -1), "grey"), ("GRID", (0, 0), (-1, -1), 1, "black")]
    )
    mirrored = mirror_style(style, 4).getCommands()
    assert mirrored[0][1:3] == ((3, 0), (3, -1))
    assert mirrored[1][1:3] == ((0, 0), (3, -1))
