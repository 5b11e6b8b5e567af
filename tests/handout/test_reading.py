"""The rendered PDF read as a patient would: reading level, type size, length, the first two pages.

Every check runs on the text and type sizes pypdf extracts from the real PDF, for the
patients in PATIENTS (early stage, crescent sign, stage III, stage IV, over 65, with a
contraindication, and the ordinary patient of the issue: stage II with one risk factor).
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from avn_aid.engine import Patient, evaluate
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from avn_aid.handout.readability import counts, flesch_kincaid_grade, smog_grade, split_sentences
from avn_aid.model.values import Preferences
from tests.handout.conftest import DATE
from tests.handout.pdf_reading import FOOTER_BAND, blocks, body_runs, runs

SOURCES_HEADING = "Where this information comes from"
PATIENTS = {
    "ordinary": dict(age=40, stage="II", collapse="none", risk_factors=("smoking",)),
    "early": dict(age=35, stage="I", collapse="none"),
    "crescent": dict(age=45, stage="IIB", collapse="minimal"),
    "stage-iii": dict(age=50, stage="III", collapse="minimal"),
    "stage-iv": dict(age=58, stage="IV", collapse="advanced"),
    "over-65": dict(age=72, stage="IIA", collapse="none", risk_factors=("corticosteroid_use",)),
    "contraindication": dict(
        age=44, stage="IIA", collapse="none", contraindications=("active_infection",)
    ),
}
# Clinician words a patient must not meet without a plain explanation next to them.
CLINICIAN_WORDS = ("Ficat", "ASA", "pathway", "arthroplasty", "Steinberg", "BMAC")


PAPERS = ("a4", "letter")
PAPER_WIDTHS = {"a4": 595.28, "letter": 612.0}  # points


def _render(document, paper: str, preferences: Preferences | None = None) -> dict[str, bytes]:
    visit = Consultation(date=DATE, side="left", preferences=preferences or Preferences())
    return {
        name: make_handout_pdf(evaluate(document, Patient(**patient)), visit, paper)
        for name, patient in PATIENTS.items()
    }


@pytest.fixture(scope="module")
def pdfs(default_document) -> dict[str, bytes]:
    return _render(default_document, "a4")


@pytest.fixture(scope="module")
def by_paper(default_document, pdfs) -> dict[str, dict[str, bytes]]:
    """Every patient on A4 and on US Letter (the paper the locale or the user chooses)."""
    return {"a4": pdfs, "letter": _render(default_document, "letter")}


def _reader(pdf: bytes, paper: str) -> PdfReader:
    reader = PdfReader(io.BytesIO(pdf))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(PAPER_WIDTHS[paper], abs=0.5)
    return reader


def body_sentences(pdf: bytes) -> list[str]:
    return [s for block in blocks(body_runs(pdf, SOURCES_HEADING)) for s in split_sentences(block)]


@pytest.mark.parametrize("name", PATIENTS)
def test_flesch_kincaid_of_everything_before_the_sources(pdfs, name):
    sentences = body_sentences(pdfs[name])
    assert counts("", sentences).words > 1000  # the whole body, not a part of it
    assert flesch_kincaid_grade("", sentences) <= 7.0


# SMOG 7.4-7.8 on these handouts after the plain-language pass of 2026-11-22 (was 8.1-8.6);
# numerals count as read aloud (McLaughlin: "100" is three syllables).
@pytest.mark.parametrize("name", PATIENTS)
def test_smog_of_everything_before_the_sources(pdfs, name):
    sentences = body_sentences(pdfs[name])
    assert smog_grade("", sentences) <= 8.0, (name, smog_grade("", sentences))


@pytest.mark.parametrize("name", PATIENTS)
def test_type_sizes(pdfs, name):
    """Nothing under 9 pt but the footer; most of the body (before the sources) at 10 pt or more."""
    text_runs = [r for r in runs(pdfs[name]) if r.y >= FOOTER_BAND]
    assert min(r.size for r in text_runs) >= 9, sorted({r.size for r in text_runs})[:3]
    by_size: Counter[float] = Counter()
    for run in body_runs(pdfs[name], SOURCES_HEADING):
        by_size[run.size] += len(run.text)
    at_least_ten = sum(n for size, n in by_size.items() if size >= 10)
    assert at_least_ten > sum(by_size.values()) / 2, by_size


# The ordinary patient as the issue describes them (stage II, one risk factor) with their
# values and leaning marked: the leaning option's header takes a line more in the grid.
MARKED = Preferences(
    values={"keep_own_hip": 5, "avoid_operation": 3, "quick_return": 4},
    leaning="core_decompression",
    sure={"understand": True, "sure": False},
)


@pytest.mark.parametrize("marked", [False, True], ids=["blank", "marked"])
@pytest.mark.parametrize("paper", PAPERS)
def test_ordinary_patient_fits_six_pages_with_values_beside_the_grid(
    default_document, by_paper, paper, marked
):
    pdf = by_paper[paper]["ordinary"]
    if marked:
        result = evaluate(default_document, Patient(**PATIENTS["ordinary"]))
        visit = Consultation(date=DATE, side="left", preferences=MARKED)
        pdf = make_handout_pdf(result, visit, paper)
    reader = _reader(pdf, paper)
    assert len(reader.pages) <= 6
    first_two = " ".join(" ".join(p.extract_text() for p in reader.pages[:2]).split())
    assert "What matters to you" in first_two and "The option I lean towards now" in first_two


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", PATIENTS)
def test_first_two_pages_stand_alone(by_paper, name, paper):
    """Decision, your hip now, natural course, the whole grid with no-surgery, not advised;
    on A4 and on Letter (shorter, so a four-option grid has less room)."""
    pages = [p.extract_text() for p in _reader(by_paper[paper][name], paper).pages]
    first_two = " ".join(" ".join(pages[:2]).split())
    page_one = " ".join(pages[0].split())
    for heading in ("The choice for your left hip:", "Your hip now", "What usually happens"):
        assert heading in page_one, heading
    for part in (
        "Your options",
        "No surgery for now",
        "What is it?",
        "How might it help?",
        "Harms, and how often",
        "Crutches and time off work",
        "Chance of success: who was counted, and for how long",
        "Cost and cover",
    ):
        assert part in first_two, part
    if "Not on the table" in " ".join(pages):
        assert "Not on the table for you now" in first_two
    rest = " ".join(" ".join(pages[2:]).split())
    assert "Cost and cover" not in rest  # the grid ends within the two pages


def test_staging_note_follows_the_stage(pdfs):
    def text(name):
        return " ".join(
            " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs[name])).pages).split()
        )

    assert "crescent sign" not in text("early").split("Your options")[0]
    assert "crescent sign" in text("crescent")


@pytest.mark.parametrize("name", PATIENTS)
def test_no_unexplained_clinician_words(pdfs, name):
    body = " ".join(b for b in blocks(body_runs(pdfs[name], SOURCES_HEADING)))
    for word in CLINICIAN_WORDS:
        for match in re.finditer(rf"\b{word}\b", body):
            near = body[max(0, match.start() - 120) : match.end() + 120]
            assert "(" in near and ")" in near, (word, near)  # explained in brackets beside it


@pytest.mark.parametrize("name", PATIENTS)
def test_status_words_suggest_never_order(pdfs, name):
    text = " ".join(b for b in blocks(body_runs(pdfs[name], SOURCES_HEADING)))
    assert "What the studies here suggest" in text
    for order in ("You should", "you must", "Recommended", "Not recommended", "Contraindicated"):
        assert order not in text, order


def test_values_are_printed_with_the_options(default_document):
    """The leaning option is marked in the grid (pages 1-2); the answers follow the grid."""
    result = evaluate(default_document, Patient(**PATIENTS["ordinary"]))
    answered = Preferences(values={"keep_own_hip": 5}, leaning="core_decompression")
    plain = make_handout_pdf(result, Consultation(date=DATE))
    marked = make_handout_pdf(result, Consultation(date=DATE, preferences=answered))
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(marked)).pages]
    assert "You are leaning towards this" in " ".join(pages[:2])
    whole = " ".join(pages)
    assert "The option I lean towards now: Core decompression" in whole
    assert whole.index("Cost and cover") < whole.index("What matters to you")
    assert plain != marked
    filled = [r for r in runs(marked) if r.text == "\u25cf"]  # the filled circle
    assert len(filled) == 1 and not [r for r in runs(plain) if r.text == "\u25cf"]
