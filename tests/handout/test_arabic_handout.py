"""The handout in Arabic: logical text, joined letters, mirrored layout, draft notice."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from avn_aid.catalogue import text
from avn_aid.engine import Patient, evaluate
from avn_aid.errors import InputError
from avn_aid.handout.build import handout_languages, make_handout_pdf, pathway_in
from avn_aid.handout.content import Consultation
from tests.handout.conftest import DATE, pages_text

NAME = "أحمد علي"
# Letters that join the letter after them (dual-joining); alef, dal, ra, waw and friends do not.
DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئـ")


def spans(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """Per page: each /ActualText span (logical text) with the x, y where it is drawn."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[str, float, float]] = []
        pending: str | None = None
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"BDC" and operands[0] == "/Span" and "/ActualText" in operands[1]:
                pending = str(operands[1]["/ActualText"])
            elif operator == b"Tm" and pending is not None:
                found.append((pending, float(operands[4]), float(operands[5])))
                pending = None
        pages.append(found)
    return pages


@pytest.fixture(scope="module")
def arabic(default_document) -> bytes:
    document, reviewed = pathway_in(default_document, "ar")
    result = evaluate(document, Patient(age=40, stage="IIA", collapse="none"))
    visit = Consultation(date=DATE, patient_name=NAME, clinician="Dr Smith", side="left")
    return make_handout_pdf(result, visit, "a4", "ar", reviewed)


def test_arabic_is_offered_and_unknown_languages_are_refused(default_document) -> None:
    assert handout_languages(default_document.file) == ["en", "ar"]
    with pytest.raises(InputError, match=r"available: en \(English\), ar \(Arabic\)"):
        pathway_in(default_document, "fr")


def test_text_is_extracted_in_logical_order(arabic: bytes, default_document) -> None:
    first = [t for t, _, _ in spans(arabic)[0]]
    prose = pathway_in(default_document, "ar")[0].pathway.handout
    hip = text("handout.your_side_hip", "ar", side=text("handout.side_word.left", "ar"))
    title = prose.title.replace("{hip}", hip)
    assert title.startswith("اختيار علاج")
    # Read span by span, in the order they were written, the page gives back the title
    # (wrapped over lines) and the paragraph under it word for word.
    joined = " ".join(first)
    assert title in joined
    decision = prose.about.replace("{hip}", hip)
    assert " ".join(decision.split()) in joined
    assert joined.index(title) < joined.index(" ".join(decision.split()))
    assert NAME in first  # the patient's name, as typed


def unjoined(line: str) -> list[str]:
    """Letters printed in their plain (unjoined) form between two letters they must join.

    Shaped text extracts as contextual forms (U+FExx); a dual-joining letter between two
    dual-joining letters must join at least one of them in either reading direction, so
    its plain form there means the shaping was lost.
    """
    found = []
    for before, letter, after in zip(line, line[1:], line[2:], strict=False):
        if letter in DUAL_JOINING and _dual(before) and _dual(after):
            found.append(before + letter + after)
    return found


def _dual(char: str) -> bool:
    return unicodedata.normalize("NFKC", char) in DUAL_JOINING


def test_the_joining_check_catches_unshaped_text() -> None:
    assert unjoined("محمد يكتب") != []  # plain code points, as an unshaped PDF gives them
    assert unjoined("ﻣﺤﻤﺪ") == []


def test_no_unjoined_letters_in_the_drawn_glyphs(arabic: bytes) -> None:
    lines = [line for page in pages_text(arabic) for line in page.splitlines()]
    contextual = sum(1 for line in lines for c in line if 0xFE70 <= ord(c) <= 0xFEFF)
    assert contextual > 3000  # the Arabic really is drawn with joined forms
    assert [u for line in lines for u in unjoined(line)] == []


def test_layout_is_mirrored(arabic: bytes, typical_pdf: bytes) -> None:
    """Tables read from the right: the name column is right of the date column."""
    first = {t: x for t, x, _ in spans(arabic)[0]}
    assert first[text("handout.facts.name", "ar")] > first[text("handout.facts.date", "ar")]
    # Headings and body start at the right margin, not the left.
    heading = text("handout.heading.hip_now", "ar")
    assert first[heading] > 300
    # The recovery timeline runs from the right: week 0 is its rightmost tick.
    for page in spans(arabic):
        ticks = {t: x for t, x, _ in page if t.isdigit()}
        if "0" in ticks and "4" in ticks:
            assert ticks["0"] > ticks["4"]
            break
    else:
        pytest.fail("no recovery timeline found")


def test_every_page_says_the_translation_is_a_draft_in_both_languages(arabic: bytes) -> None:
    arabic_notice = text("handout.translation_draft", "ar")
    english_notice = text("handout.translation_draft", "en")
    texts = pages_text(arabic)
    assert len(texts) >= 5
    for page_spans, page_text in zip(spans(arabic), texts, strict=True):
        assert arabic_notice in [t for t, _, _ in page_spans]
        assert english_notice in page_text


def test_an_arabic_name_in_an_english_handout_is_shaped(default_document) -> None:
    result = evaluate(default_document, Patient(age=40, stage="IIA", collapse="none"))
    visit = Consultation(date=DATE, patient_name=NAME, side="left")
    pdf = make_handout_pdf(result, visit)
    assert NAME in [t for t, _, _ in spans(pdf)[0]]
    assert text("handout.translation_draft", "en") not in pages_text(pdf)[0]


def test_icon_arrays_fill_in_reading_order() -> None:
    """In Arabic the dark figures start at the top right, in English at the top left."""
    from reportlab.lib.units import mm

    from avn_aid.handout.icon_array import IconArray

    for right_to_left in (False, True):
        icons = IconArray(30, 48 * mm, right_to_left=right_to_left)
        places = list(icons.places())
        dark = [(left, bottom) for left, bottom, is_dark in places if is_dark]
        assert len(places) == 100 and len(dark) == 30
        lefts = sorted({left for left, _ in dark})
        first_left, first_bottom = dark[0]
        assert first_bottom == max(bottom for _, bottom, _ in places)  # the top row
        assert first_left == (lefts[-1] if right_to_left else lefts[0])
        # The first row fills towards the end of the line in reading order.
        assert [left for left, _ in dark[:20]] == sorted(lefts, reverse=right_to_left)
