"""`check` finds uncited or unfindable sources, unstated figures and sales-only statuses."""

from __future__ import annotations

from tests.authoring.conftest import check_file
from tests.conftest import line_of


def test_uncited_source(edited, default_text):
    new_source = "  - id: s005\n    citation: An unused book.\n    title: An unused book\n    kind: review\n    limits: none known.\n"
    path = edited(("  - id: mont2020\n", new_source + "  - id: mont2020\n"))
    report = check_file(path)
    uncited = [f for f in report.errors if f.kind == "uncited source"]
    assert len(uncited) == 1 and "s005" in uncited[0].message
    assert uncited[0].line == line_of(path.read_text(), "  - id: s005")


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


def test_a_crutch_time_without_sources_is_reported(checked):
    """The time on crutches is printed in the option grid, so it cites sources too (F25)."""
    path, report = checked(("    crutch_time_sources: [s004]\n", ""))
    found = [f for f in report.findings if f.kind == "uncited crutch time"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "intra_articular_injection" in found[0].message
    assert found[0].line == line_of(path.read_text(), "    crutch_time: No crutches")
