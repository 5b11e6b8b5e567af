"""The handout's content as data, before any layout: who sees which option, figure and note."""

from __future__ import annotations

import pytest

from avn_aid.catalogue import text
from avn_aid.engine import Patient, evaluate
from avn_aid.errors import InputError
from avn_aid.handout.content import Consultation, build_handout
from avn_aid.handout.grid_plan import BENEFIT_LINES, HARM_LINES
from avn_aid.handout.option_grid import ROWS
from avn_aid.handout.plan import build_sheet
from avn_aid.handout.wording import figure_framings
from avn_aid.model.values import Preferences
from tests.handout.conftest import DATE

NO_SURGERY = "No surgery for now (non-operative care)"


def sheet_for(document, **patient):
    return build_sheet(evaluate(document, Patient(**patient)), Consultation(date=DATE))


def test_grid_has_the_options_on_the_table_and_no_surgery_first(typical_result):
    sheet = build_sheet(typical_result, Consultation(date=DATE))
    offered = [o.name for o in typical_result.options if o.status.is_offered]
    assert sheet.grid[0].name == NO_SURGERY
    assert {c.name for c in sheet.grid} >= set(offered)
    shown = {c.name for c in sheet.grid} | {n.name for n in sheet.not_on_table}
    assert shown == {o.name for o in typical_result.options}  # every option, once
    assert all(len(c.answers) == ROWS for c in sheet.grid)


def test_no_surgery_stays_on_the_table_at_every_stage(default_document):
    for stage, collapse in (("I", "none"), ("III", "advanced"), ("IV", "advanced")):
        sheet = sheet_for(default_document, age=50, stage=stage, collapse=collapse)
        assert sheet.grid[0].name == NO_SURGERY


def test_options_not_advised_get_one_line_saying_why(default_document):
    sheet = sheet_for(default_document, age=40, stage="II", collapse="none")
    assert sheet.not_on_table
    for item in sheet.not_on_table:
        assert item.why and "[" in item.why  # a reason, with its source


def test_benefits_and_harms_get_equal_room(typical_result):
    sheet = build_sheet(typical_result, Consultation(date=DATE))
    for column in sheet.grid:
        help_, harms = column.answers[1], column.answers[2]
        assert len(help_) <= BENEFIT_LINES and len(harms) <= HARM_LINES


def test_where_sources_give_no_figure_the_grid_says_so(default_document):
    """Each option's chance-of-success cell holds figures on the 100 base, or the same words."""
    for stage, collapse in (("II", "none"), ("IV", "advanced")):
        sheet = sheet_for(default_document, age=50, stage=stage, collapse=collapse)
        for column in sheet.grid:
            success = column.answers[4]  # chance of success
            assert success in (
                (text("handout.grid.no_figure"),),
                (text("handout.grid.figures_not_like_you"),),  # only others' figures exist
            ) or all(" in 100 " in line for line in success)


def test_figures_are_x_in_100_both_ways_with_who_and_how_long(default_document):
    sheet = sheet_for(default_document, age=40, stage="II", collapse="none")
    figures = [f for page in sheet.pages for f in page.figures if f.count is not None]
    assert figures
    for figure in figures:
        said = " ".join(figure.framings)
        assert said.count(" in 100 ") >= 2  # both ways round, on the same base
        assert f"{figure.count} in 100" in said and f"{100 - figure.count} in 100" in said
        assert figure.who.startswith("Counted:") and figure.cite
    assert figure_framings(90, "kept their hip") == (
        "About 90 in 100 kept their hip.",
        "So about 10 in 100 did not.",
    )


def test_stage_iv_reads_no_pre_collapse_results_as_theirs(default_document):
    sheet = sheet_for(default_document, age=58, stage="IV", collapse="advanced")
    assert "bone-marrow" not in " ".join(c.name for c in sheet.grid)
    for page in sheet.pages:
        for figure in page.figures:
            assert "stage IV was left out" not in figure.who


def test_staging_note_only_where_the_crescent_sign_matters(default_document):
    assert not sheet_for(default_document, age=35, stage="I", collapse="none").show_staging_note
    assert sheet_for(default_document, age=45, stage="IIB", collapse="minimal").show_staging_note


def test_condition_and_natural_course_come_first(default_document):
    sheet = sheet_for(default_document, age=40, stage="II", collapse="none")
    assert sheet.condition and sheet.course
    assert not {b.title for b in sheet.course} & {b.title for b in sheet.notes}


def test_details_only_for_options_on_the_table(typical_result):
    sheet = build_sheet(typical_result, Consultation(date=DATE))
    assert [p.detail.name for p in sheet.pages] == [c.name for c in sheet.grid]
    bmac = next(p.detail for p in sheet.pages if p.detail.option_id == "core_decompression_bmac")
    assert bmac.phases[0].weeks == "Up to week 2"
    # Advice for the patient's risk factors is said once, in the notes (pathway 0.5.3).
    assert {"Smoking", "Anti-inflammatory painkillers"} <= {b.title for b in sheet.notes}
    assert not any("smoking" in step.lower() for step in bmac.before)


def test_preparation_skips_steps_for_absent_risk_factors(default_document):
    sheet = sheet_for(default_document, age=40, stage="I", collapse="none")
    steps = [s for p in sheet.pages for s in p.detail.before]
    assert steps and not any("smoking" in s.lower() for s in steps)


def test_sources_listed_are_exactly_those_cited(typical_result):
    sheet = build_sheet(typical_result, Consultation(date=DATE))
    keys = [s.key for s in sheet.sources]
    assert keys == [str(i + 1) for i in range(len(keys))]
    cited = " ".join(
        [b.sources for b in (*sheet.condition, *sheet.course, *sheet.notes)]
        + [line for c in sheet.grid for answer in c.answers for line in answer]
        + [n.why for n in sheet.not_on_table]
        + [p for d in sheet.disagreements for p in d.positions]
        + [f.cite for page in sheet.pages for f in page.figures]
    )
    for key in keys:
        assert (
            f"[{key}]" in cited or f"[{key}," in cited or f" {key}]" in cited or f" {key}," in cited
        )


def test_preferences_reach_the_sheet(typical_result):
    visit = Consultation(
        date=DATE,
        preferences=Preferences(
            values={"keep_own_hip": 5}, leaning="core_decompression", sure={"sure": False}
        ),
    )
    sheet = build_sheet(typical_result, visit)
    assert ("Keeping my own hip for as long as I can", 5) in [
        (v.label, v.rating) for v in sheet.values
    ]
    assert sheet.leaning == "Core decompression"
    assert [c.name for c in sheet.grid if c.leaning] == ["Core decompression"]
    assert ("Do I feel sure about the best choice for me?", False) in sheet.sure


def test_refuses_out_of_scope_and_invalid_patients(default_document):
    for patient in (
        Patient(age=12, stage="I", collapse="none"),
        Patient(age=40, stage="IV", collapse="none"),
    ):
        with pytest.raises(InputError, match="no handout"):
            build_handout(evaluate(default_document, patient), Consultation(date=DATE))


def test_consultation_fields_are_checked():
    with pytest.raises(InputError, match="control characters"):
        Consultation(date=DATE, patient_name="Ann\nSmith")
    with pytest.raises(InputError, match="at most 120"):
        Consultation(date=DATE, clinician="x" * 121)


def test_draft_and_governance(default_document, typical_result):
    handout = build_handout(typical_result, Consultation(date=DATE))
    about = dict(handout.about)
    assert handout.draft
    assert about["File fingerprint"] == f"sha256 {default_document.sha256[:12]}"
    assert about["Next review"] and "not yet reviewed" in about["Reviewed by"]


def test_options_left_off_for_the_same_reason_share_one_line(default_document):
    sheet = sheet_for(
        default_document,
        age=44,
        stage="IIA",
        collapse="none",
        contraindications=("active_infection",),
    )
    reasons = [item.why for item in sheet.not_on_table]
    assert len(reasons) == len(set(reasons)) == 1
    for name in ("Core decompression", "Total hip replacement"):
        assert name in sheet.not_on_table[0].name


def test_the_detail_points_to_the_grid_for_who_was_counted(default_document):
    sheet = sheet_for(default_document, age=40, stage="II", collapse="none")
    for column, page in zip(sheet.grid, sheet.pages, strict=True):
        marked = [f for f in page.figures if f.in_grid]
        assert len(marked) <= 1
        for figure in marked:  # what the detail leaves out is in the grid's cell
            assert figure.who in " ".join(column.answers[4])


def test_the_grid_draws_its_figure_as_an_icon_array(default_document):
    """Each success cell with a measured figure carries its icon array; the detail then
    adds only how sure the figure is, instead of drawing it twice."""
    sheet = sheet_for(default_document, age=40, stage="II", collapse="none")
    for column, page in zip(sheet.grid, sheet.pages, strict=True):
        marked = [f for f in page.figures if f.in_grid and f.count is not None]
        assert column.icons == (marked[0].count if marked else None)
    assert any(c.icons is not None for c in sheet.grid)


def test_same_preparation_is_printed_once(default_document):
    sheet = sheet_for(
        default_document, age=40, stage="II", collapse="none", risk_factors=("smoking",)
    )
    pointed = [p for p in sheet.pages if p.before_as]
    assert pointed  # core decompression with cells: the same steps as core decompression
    for page in pointed:
        earlier = next(p for p in sheet.pages if p.detail.name == page.before_as)
        assert earlier.detail.before == page.detail.before and not earlier.before_as


def test_the_time_on_crutches_carries_its_source_numbers(default_document):
    """Review F25: the grid's crutch time cites its sources, and they are in the list."""
    sheet = sheet_for(default_document, age=58, stage="IV", collapse="advanced")
    keys = {line.citation.split(".")[0]: line.key for line in sheet.sources}
    replacement = next(c for c in sheet.grid if c.name == "Total hip replacement")
    crutches = next(a for a in replacement.answers if any("8 to 10 weeks" in x for x in a))[0]
    roh = keys["The Royal Orthopaedic Hospital NHS Foundation Trust (Birmingham)"]
    assert crutches.endswith(f"[{keys['Manktelow A']}, {roh}]")


def test_before_collapse_the_grid_compares_the_same_fair_trial(default_document):
    """Review 2, G3: the grid's first figure for no surgery and for core decompression is
    the same randomised trial (same measure, same follow-up), not pooled figures of
    different kinds that read as a ranking."""
    sheet = sheet_for(
        default_document,
        age=42,
        stage="IIA",
        collapse="none",
        symptoms="yes",
        failed_conservative_care="yes",
    )
    columns = {c.name: c for c in sheet.grid}
    for name, hips in ((NO_SURGERY, "19 hips"), ("Core decompression", "18 hips")):
        chance = next(a for a in columns[name].answers if any("had not collapsed" in x for x in a))
        assert (
            chance[0].startswith("About ")
            and f"(out of {hips}) after at least 24 months" in chance[0]
        )
        assert "fair trial" in chance[0]
