"""The PDF itself: sections in order, fonts embedded, escaping, determinism, paper sizes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from avn_aid.engine import Patient, evaluate
from avn_aid.errors import InputError
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from avn_aid.handout.plan import build_sheet
from tests.handout.conftest import CLINICIAN, DATE, NAME, pages_text

SECTIONS = [
    "Choosing a treatment for osteonecrosis of your left hip",
    "The choice for your left hip:",
    "Your hip now",
    "What usually happens without treatment",
    "Your options",
    "Not on the table for you now",
    "What the studies here suggest",
    "Chance of success: who was counted, and for how long",
    "Cost and cover",
    "What matters to you",
    "From here on: more detail",
    "Check-ups after",
    "Getting better: Staged 12-week return to full weight",
    "Things to keep in mind for you",
    "Where the sources do not agree",
    "Are you ready to choose?",
    "Questions you may want to ask",
    "Where this information comes from",
    "About this sheet",
]


def test_sections_in_order(typical_pdf):
    text = " ".join(" ".join(pages_text(typical_pdf)).split())
    positions = [text.find(section) for section in SECTIONS]
    assert all(p >= 0 for p in positions), [
        s for s, p in zip(SECTIONS, positions, strict=False) if p < 0
    ]
    assert positions == sorted(positions)


def test_every_page_numbered_and_watermarked(typical_pdf):
    pages = pages_text(typical_pdf)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "DRAFT" in text


def test_user_text_printed_literally(typical_pdf):
    text = pages_text(typical_pdf)[0]
    assert NAME in text and CLINICIAN in text


def test_every_font_embedded(typical_pdf):
    reader = PdfReader(io.BytesIO(typical_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                fonts[str(font["/BaseFont"])] = descriptor is not None and (
                    "/FontFile2" in descriptor.get_object()
                    or "/FontFile" in descriptor.get_object()
                )
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


def test_icon_arrays_place_two_drawn_figures(default_document, typical_result, typical_pdf):
    """Every icon array places copies of one dark and one light figure, each drawn once
    per size: 100 places per array, dark ones as many as the sheet's figures count."""
    visit = Consultation(date=DATE, patient_name=NAME, clinician=CLINICIAN, side="left")
    sheet = build_sheet(typical_result, visit, "en", True)
    counts = [c.icons for c in sheet.grid if c.icons is not None]
    counts += [
        f.count
        for page in sheet.pages
        for f in page.figures
        if f.count is not None and not f.in_grid
    ]
    placed = {"Dark": 0, "Light": 0}
    forms = set()
    for page in PdfReader(io.BytesIO(typical_pdf)).pages:
        stream = page.get_contents().get_data().decode("latin-1")
        for name in page["/Resources"].get("/XObject", {}):
            kind = "Dark" if "Dark" in name else "Light"
            assert name.startswith(f"/FormXob.AvnPerson{kind}"), name
            forms.add(name)
            placed[kind] += stream.count(f"{name} Do")
    assert counts and placed["Dark"] == sum(counts)
    assert placed["Dark"] + placed["Light"] == 100 * len(counts)
    assert len(forms) <= 4  # dark and light, in the grid's size and the detail's


def test_same_inputs_same_bytes(default_document, typical_result, typical_pdf):
    visit = Consultation(date=DATE, patient_name=NAME, clinician=CLINICIAN, side="left")
    assert make_handout_pdf(typical_result, visit) == typical_pdf


def test_date_changes_the_bytes(default_document, typical_result, typical_pdf):
    visit = Consultation(
        date=DATE.replace(day=23), patient_name=NAME, clinician=CLINICIAN, side="left"
    )
    assert make_handout_pdf(typical_result, visit) != typical_pdf


def test_unprintable_name_is_reported_not_boxed(default_document, typical_result):
    with pytest.raises(InputError, match=r"cannot print '王' \(U\+738B\)"):
        make_handout_pdf(typical_result, Consultation(date=DATE, patient_name="王小明"))


@pytest.mark.parametrize(("size", "width_pt"), [("a4", 595), ("letter", 612)])
def test_page_sizes(default_document, typical_result, size, width_pt):
    pdf = make_handout_pdf(typical_result, Consultation(date=DATE), size)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert round(float(pages[0].mediabox.width)) == width_pt
    assert all(round(float(p.mediabox.width)) == width_pt for p in pages)  # portrait throughout


@pytest.mark.parametrize(
    ("stage", "collapse"),
    [
        ("I", "none"),
        ("II", "none"),
        ("IIA", "none"),
        ("IIB", "minimal"),
        ("III", "minimal"),
        ("IV", "advanced"),
    ],
)
def test_handout_builds_for_every_stage(default_document, stage, collapse):
    result = evaluate(default_document, Patient(age=50, stage=stage, collapse=collapse))
    text = "\n".join(pages_text(make_handout_pdf(result, Consultation(date=DATE))))
    stage_label = default_document.pathway.stage(stage).label
    assert stage_label in text and "No surgery for now" in text


def test_the_end_matter_says_each_date_and_full_stop_once(typical_pdf):
    """A source's year (or 'no date') only where its citation does not give it; the
    'About this sheet' values, which end with their own full stop, get no second one."""
    text = " ".join(" ".join(pages_text(typical_pdf)).split())
    sources = text[text.index("Where this information comes from") :]
    assert "undated. (clinician page). Limits:" in sources  # s000's citation says undated
    assert "1996;(324):169-178." in sources and "(review, 1996)" not in sources
    assert "(review). Limits:" in sources
    assert "(general overview, no date)" in sources  # a web page whose citation has no date
    about = text[text.index("About this sheet") :]
    assert "Version:" in about and ".." not in about
