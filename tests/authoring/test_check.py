"""`avn-aid check` reports everything at once: cases, translations, review dates, totals."""

from __future__ import annotations

from avn_aid.cli.authoring_commands import run_check
from avn_aid.resources import cases_file_for, default_pathway
from tests.authoring.conftest import TODAY, check_file
from tests.conftest import line_of


def test_default_pathway_passes_everycheck_file():
    report = check_file(default_pathway())
    # Translations have their own test (tests/loading/test_translation.py).
    findings = [f for f in report.findings if not f.kind.startswith("translation")]
    assert report.errors == [] and findings == []
    # 147,456 stage, collapse, age, contraindication and risk-factor combinations, times
    # 3 x 3 answers (yes, no, not asked) to the two optional questions the cell rules read.
    assert report.patients == 147_456 * 9
    assert len(report.cases) >= 40 and all(not c.failures for c in report.cases)
    assert report.untested_rules == []


def test_test_case_that_no_longer_holds(edited):
    old = "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: consider"
    new = "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: recommended"
    path = edited((old, new))
    report = check_file(path)
    failed = [f for f in report.errors if f.kind == "test case failed"]
    assert failed and all(f.file.endswith("avn-hip.tests.yaml") for f in failed)
    cases_text = cases_file_for(path).read_text()
    first = "  - name: stage I, no collapse, 40 years"
    assert failed[0].line == line_of(cases_text, first)
    assert "core_decompression_bmac is recommended, expected consider" in failed[0].message


def test_past_review_date_warns_and_strict_fails(edited, default_text):
    path = edited(
        (
            "  next_review: 2027-11-22",
            "  next_review: 2021-01-01",
        )
    )
    lenient = check_file(path)
    assert [f.kind for f in lenient.findings] == ["review overdue"] and lenient.errors == []
    assert lenient.findings[0].line == line_of(default_text, "  next_review:")
    assert [f.kind for f in check_file(path, strict=True).errors] == ["review overdue"]


def test_check_command_output_and_exit(capsys):
    assert run_check(default_pathway(), strict=True, today=TODAY) == 0
    out = capsys.readouterr().out
    assert "0 error(s), 0 warning(s)" in out and "1,327,104 patients analysed" in out


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
