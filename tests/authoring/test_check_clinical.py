"""`check` catches the kinds of clinical problem issue 9 found, each with its line."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from avn_aid.authoring.check import analyse
from avn_aid.loading.loader import load_located_pathway
from avn_aid.resources import cases_file_for, default_pathway
from tests.conftest import line_of

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def checked(write_pathway):
    """Check an edited default pathway (with its test cases beside it)."""

    def run(*replacements):
        path = write_pathway(*replacements, name="avn-hip.yaml")
        shutil.copy(cases_file_for(default_pathway()), cases_file_for(path))
        document, located = load_located_pathway(path)
        return path, analyse(document, located, strict=False, today=TODAY)

    return run


def test_dead_end_under_a_contraindication_is_an_error(checked):
    """Non-operative care capped by an infection at stage IV leaves nothing to choose."""
    path, report = checked(
        (
            "      - options: [core_decompression, core_decompression_bmac, total_hip_arthroplasty, "
            "intra_articular_injection]\n        ceiling: contraindicated",
            "      - options: [observation, core_decompression, core_decompression_bmac, "
            "total_hip_arthroplasty, intra_articular_injection]\n        ceiling: contraindicated",
        ),
    )
    dead = [f for f in report.errors if f.kind == "dead end"]
    assert dead, report.findings
    assert all("active_infection" in f.example for f in dead)
    # One finding per stage and collapse, at the stage, naming the patient group.
    assert len(dead) == len({(f.line, f.example.split(", collapse ")[1]) for f in dead})
    assert {f.line for f in dead} <= {
        line_of(path.read_text(), f"    - id: {stage}\n")
        for stage in ("I", "II", "IIA", "IIB", "III", "IV")
    }


def test_a_denominator_the_source_does_not_state_is_an_error(checked):
    path, report = checked(
        (
            "        counted: unclear\n        stated_denominator: false\n        population: >-\n"
            "          50 adults",
            "        counted: unclear\n        denominator: 50\n        population: >-\n"
            "          50 adults",
        )
    )
    found = [f for f in report.errors if f.kind == "unstated denominator"]
    assert len(found) == 1 and "hip-survival" in found[0].message
    assert found[0].line == line_of(path.read_text(), "      - id: hip-survival")


def test_a_figure_must_say_whether_its_count_is_stated(checked):
    _, report = checked(("        stated_denominator: false\n", ""))
    warnings = [f for f in report.findings if f.kind == "unstated denominator"]
    assert len(warnings) == 1 and warnings[0].severity == "warning"


def test_a_status_resting_only_on_sales_pages_is_an_error(checked):
    _path, report = checked(
        ("        sources: [zhang2018, mont1996, s001]\n", "        sources: [s001]\n")
    )
    found = [f for f in report.errors if f.kind == "promotional only"]
    assert [f.message.split(" cites")[0] for f in found] == [
        "rule core_decompression/minimal-collapse"
    ]


def test_a_review_date_needs_a_reviewer(checked):
    _, report = checked(
        ("  next_review: 2027-11-22", "  last_reviewed: 2026-11-20\n  next_review: 2027-11-22")
    )
    assert [f.kind for f in report.errors] == ["review without reviewer"]
    _, report = checked(
        (
            "  reviewers: []",
            "  reviewers: [A. Surgeon, consultant orthopaedic surgeon]\n  last_reviewed: 2026-11-20",
        )
    )
    assert report.errors == []


def test_locators_must_name_cited_sources(write_pathway):
    from avn_aid.errors import PathwayError
    from avn_aid.loading import load_pathway

    path = write_pathway(
        ("        locators: {min2008: Abstract}", "        locators: {s003: Abstract}")
    )
    with pytest.raises(
        PathwayError, match="locators name sources this statement does not cite: s003"
    ):
        load_pathway(path)


def test_a_source_with_an_address_needs_the_date_it_was_read(write_pathway):
    from avn_aid.errors import PathwayError
    from avn_aid.loading import load_pathway

    path = write_pathway(
        (
            "    url: https://pubmed.ncbi.nlm.nih.gov/8595753/\n    accessed: 2026-11-22\n",
            "    url: https://pubmed.ncbi.nlm.nih.gov/8595753/\n",
        )
    )
    with pytest.raises(PathwayError, match="needs the date it was read"):
        load_pathway(path)


def test_a_source_a_reader_cannot_find_is_an_error(checked):
    path, report = checked(
        (
            '    title: "Core decompression versus nonoperative management for osteonecrosis of the hip"\n'
            '    published_in: "Clin Orthop Relat Res. 1996;(324):169-178"\n'
            "    url: https://pubmed.ncbi.nlm.nih.gov/8595753/\n    accessed: 2026-11-22\n",
            "",
        )
    )
    found = [f for f in report.errors if f.kind == "unfindable source"]
    assert len(found) == 1 and "mont1996" in found[0].message
    assert found[0].line == line_of(path.read_text(), "  - id: mont1996")
