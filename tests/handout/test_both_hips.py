"""One handout for both hips, in the v2 layout: each hip's stage, choice and grid, named by
side; every other part once; read on the rendered PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from avn_aid.engine import evaluate
from avn_aid.handout.build import make_handout_pdf
from avn_aid.handout.content import Consultation
from avn_aid.handout.plan import build_sheet
from avn_aid.handout.readability import flesch_kincaid_grade, smog_grade
from avn_aid.model.patient import HipFindings, Patient
from tests.handout.conftest import DATE, pages_text
from tests.handout.pdf_reading import FOOTER_BAND, runs
from tests.handout.test_reading import body_sentences

EARLY_BOTH = Patient(
    age=40,
    hips=(
        HipFindings(side="left", stage="IIA", collapse="none"),
        HipFindings(side="right", stage="I", collapse="none"),
    ),
    risk_factors=("smoking",),
)
MIXED = Patient(
    age=45,
    hips=(
        HipFindings(side="left", stage="IIA", collapse="none"),
        HipFindings(
            side="right",
            stage="IV",
            collapse="advanced",
            contraindications=("previous_hip_surgery",),
        ),
    ),
)
REPLACEMENT = "Total hip replacement"


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


@pytest.fixture(scope="module")
def early_pdf(default_document) -> bytes:
    return make_handout_pdf(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))


@pytest.fixture(scope="module")
def mixed_pdf(default_document) -> bytes:
    return make_handout_pdf(evaluate(default_document, MIXED), Consultation(date=DATE))


def test_each_hip_has_its_stage_choice_and_grid(default_document):
    sheet = build_sheet(evaluate(default_document, MIXED), Consultation(date=DATE))
    left, right = sheet.hips
    assert (left.heading, right.heading) == ("Your left hip", "Your right hip")
    assert (left.stage_label, right.stage_label) == ("Stage IIA", "Stage IV")
    assert REPLACEMENT in [c.name for c in right.grid]
    assert REPLACEMENT not in [c.name for c in left.grid]
    assert REPLACEMENT in {n for item in left.not_on_table for n in item.name.split(" and ")}
    assert left.choice.startswith("The choice for your left hip:")
    assert right.choice.startswith("The choice for your right hip:") and REPLACEMENT in right.choice
    assert sheet.handout.title.endswith("both your hips")


def test_one_detail_section_per_option_on_the_table_naming_its_hips(default_document):
    result = evaluate(default_document, MIXED)
    sheet = build_sheet(result, Consultation(date=DATE))
    offered = [
        o.name
        for i, o in enumerate(result.hips[0].options)
        if any(h.options[i].status.is_offered for h in result.hips)
    ]
    assert [p.detail.name for p in sheet.pages] == offered
    hips = {p.detail.name: p.hips for p in sheet.pages}
    assert hips[REPLACEMENT] == "your right hip"
    assert hips["Core decompression"] == "your left hip"
    assert hips["No surgery for now (non-operative care)"] == "both your hips"


def test_a_figure_for_one_hip_names_it(default_document):
    """No surgery is on the table for both hips, but its figures are from hips that had not
    collapsed: they apply to the left hip (IIA) only, never to the right (IV)."""
    sheet = build_sheet(evaluate(default_document, MIXED), Consultation(date=DATE))
    no_surgery = sheet.pages[0]
    assert no_surgery.figures and {f.hip for f in no_surgery.figures} == {"Your left hip"}
    assert no_surgery.some_hidden  # the right hip's: from patients unlike it


def test_treating_both_hips_is_explained_only_when_both_are_offered_a_procedure(default_document):
    both = build_sheet(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    assert {b.title for b in both.both_hips} >= {
        "Both hips: one operation or two",
        "Time on crutches when both hips are treated",
    }
    mixed = build_sheet(evaluate(default_document, MIXED), Consultation(date=DATE))
    assert mixed.both_hips == ()


def test_shared_notes_are_printed_once_and_marked(default_document):
    sheet = build_sheet(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    titles = [n.title for n in sheet.notes]
    assert len(titles) == len(set(titles))
    assert any(t.endswith("(both hips)") for t in titles)
    shared = {t.removesuffix(" (both hips)") for t in titles}
    for _, own in sheet.hip_notes:
        assert not {n.title for n in own} & shared
    mixed = build_sheet(evaluate(default_document, MIXED), Consultation(date=DATE))
    assert [h for h, _ in mixed.hip_notes] == ["Your left hip", "Your right hip"]


def test_pdf_names_each_hip_and_prints_the_rest_once(mixed_pdf):
    pages = pages_text(mixed_pdf)
    page_one = " ".join(pages[0].split())
    for part in (
        "The choice for your left hip:",
        "The choice for your right hip:",
        "Your hips now",
    ):
        assert part in page_one, part
    text = flat(pages)
    assert text.index("Your left hip: Stage IIA") < text.index("Your right hip: Stage IV")
    assert text.index("Your left hip: your options") < text.index("Your right hip: your options")
    # Each grid's corner names its hip, on every page the grid runs over.
    assert "Your left hip. What the studies here suggest" in text
    assert "Your right hip. What the studies here suggest" in text
    for heading in ("Where this information comes from", "What matters to you", "Your hips now"):
        assert text.count(heading) == 1, heading
    assert "Left and right" in text
    assert f"{REPLACEMENT}: for your right hip" in text
    assert "Your left hip: About 32 in 100" in text  # a figure for one hip says which


def test_both_hips_handout_is_short_legible_and_plain(mixed_pdf, early_pdf):
    """The legacy layout took 15-16 pages; the v2 one stays under 10, with the same type
    sizes and reading level as the one-hip handout."""
    for pdf in (mixed_pdf, early_pdf):
        assert len(PdfReader(io.BytesIO(pdf)).pages) <= 10
        assert min(r.size for r in runs(pdf) if r.y >= FOOTER_BAND) >= 9
        sentences = body_sentences(pdf)
        assert smog_grade("", sentences) <= 8.0
        assert flesch_kincaid_grade("", sentences) <= 7.0


def test_same_inputs_same_bytes(default_document, early_pdf):
    again = make_handout_pdf(evaluate(default_document, EARLY_BOTH), Consultation(date=DATE))
    assert again == early_pdf
