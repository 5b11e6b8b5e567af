"""`avn-aid check` catches each kind of editing mistake, with its line."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from avn_aid.authoring.check import analyse
from avn_aid.cli.authoring_commands import run_check
from avn_aid.errors import PathwayError
from avn_aid.loading.loader import load_located_pathway
from avn_aid.resources import cases_file_for, default_pathway
from tests.conftest import line_of

TODAY = dt.date(2026, 11, 22)


def _check(path: Path, *, strict: bool = False, today: dt.date = TODAY):
    document, located = load_located_pathway(path)
    return analyse(document, located, strict=strict, today=today)


@pytest.fixture
def edited(write_pathway, tmp_path):
    """Write an edited pathway next to a copy of the default test cases."""

    def make(*replacements):
        path = write_pathway(*replacements, name="avn-hip.yaml")
        shutil.copy(cases_file_for(default_pathway()), cases_file_for(path))
        return path

    return make


def test_default_pathway_passes_every_check():
    report = _check(default_pathway())
    # Translations have their own test (tests/loading/test_translation.py).
    findings = [f for f in report.findings if not f.kind.startswith("translation")]
    assert report.errors == [] and findings == []
    assert report.patients == 147_456
    assert len(report.cases) >= 40 and all(not c.failures for c in report.cases)
    assert report.untested_rules == []


def test_removed_rule_leaving_a_gap(edited, default_text):
    # Stage IV: non-operative care turned down and hip replacement removed leaves nothing.
    observation = (
        "      - id: arthritis\n        when: {stages: [IV]}\n        status: consider\n",
        "      - id: arthritis\n        when: {stages: [IV]}\n        status: not_recommended\n",
    )
    rule = (
        "      - id: arthritis\n        when: {stages: [IV]}\n        status: recommended\n"
        "        rationale: With collapse and arthritis, replacement relieves pain and helps you get back to activities.\n"
        "        sources: [s000, s001, s002, mont2020]\n"
    )
    report = _check(edited(observation, (rule, "")))
    gaps = [f for f in report.errors if f.kind == "gap"]
    # One finding per stage and collapse status, located at the stage.
    assert sorted(f.example for f in gaps) == [
        "age 18, stage IV, collapse advanced",
        "age 18, stage IV, collapse minimal",
    ]
    assert {f.line for f in gaps} == {line_of(default_text, "    - id: IV\n")}


def test_duplicated_rule_with_another_status_is_a_conflict(edited, default_text):
    anchor = "      - id: arthritis\n        when: {stages: [IV]}\n        status: recommended\n"
    copy = (
        "      - id: arthritis-copy\n        when: {stages: [IV]}\n        status: consider\n"
        "        rationale: copy.\n        sources: [s000]\n"
    )
    path = edited((anchor, copy + anchor))
    report = _check(path)
    conflicts = [f for f in report.errors if f.kind == "conflict"]
    assert conflicts and "arthritis-copy" in conflicts[0].message
    assert {f.line for f in conflicts} == {line_of(path.read_text(), "      - id: arthritis-copy")}


def test_rule_made_unreachable_is_dead(edited, default_text):
    old = "      - id: advanced-collapse\n        when: {stages: [III], collapse: [advanced]}\n        status: recommended"
    new = "      - id: advanced-collapse\n        when: {stages: [I], collapse: [advanced]}\n        status: recommended"
    report = _check(edited((old, new)))
    dead = [f for f in report.errors if f.kind == "dead rule"]
    assert [f.message for f in dead] == [
        "rule total_hip_arthroplasty/advanced-collapse matches no possible patient"
    ]
    assert dead[0].line == line_of(default_text, old)


def test_rule_shadowed_by_higher_priority(edited):
    anchor = "      - id: pre-collapse\n        when: {collapse: [none]}\n        status: consider\n        rationale: >-\n          This is a real choice"
    extra = (
        "      - id: catch-all\n        when: {}\n        status: consider\n        priority: 1\n"
        "        rationale: always.\n        sources: [s000]\n"
    )
    report = _check(edited((anchor, extra + anchor)))
    shadowed = {f.message.split()[1] for f in report.errors if f.kind == "shadowed rule"}
    assert shadowed == {
        f"observation/{r}"
        for r in ("pre-collapse", "minimal-collapse", "advanced-collapse", "arthritis")
    }


def test_uncited_source(edited, default_text):
    new_source = "  - id: s005\n    citation: An unused book.\n    title: An unused book\n    kind: review\n    limits: none known.\n"
    path = edited(("  - id: mont2020\n", new_source + "  - id: mont2020\n"))
    report = _check(path)
    uncited = [f for f in report.errors if f.kind == "uncited source"]
    assert len(uncited) == 1 and "s005" in uncited[0].message
    assert uncited[0].line == line_of(path.read_text(), "  - id: s005")


def test_test_case_that_no_longer_holds(edited):
    old = "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: consider"
    new = "        when: {collapse: [none], age: {min: 18, max: 65}}\n        status: recommended"
    path = edited((old, new))
    report = _check(path)
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
    lenient = _check(path)
    assert [f.kind for f in lenient.findings] == ["review overdue"] and lenient.errors == []
    assert lenient.findings[0].line == line_of(default_text, "  next_review:")
    assert [f.kind for f in _check(path, strict=True).errors] == ["review overdue"]


def test_unreachable_option_needs_a_reason(edited):
    path = edited(("    listed_for_information: >-\n", "    x_unused: >-\n"))
    # Unknown key is a validation error, so check refuses before analysing:
    assert run_check(path, strict=False, today=TODAY) == 1
    path = edited(
        (
            "    listed_for_information: >-\n      Shown so that patients who ask about joint injections get an answer; the sources\n      give no reason to offer it for AVN.\n",
            "",
        )
    )
    report = _check(path)
    assert [f.kind for f in report.errors] == ["unreachable option"]


def test_check_command_output_and_exit(capsys):
    assert run_check(default_pathway(), strict=True, today=TODAY) == 0
    out = capsys.readouterr().out
    assert "0 error(s), 0 warning(s)" in out and "147,456 patients analysed" in out


def test_both_hips_caveat_that_no_two_hips_get_is_dead(edited, default_text):
    # Joint injections are never offered, so no patient has one offered for each hip.
    old = "    affected_hips: both\n    options: [core_decompression_bmac]\n    sources: [s003]\n"
    new = "    affected_hips: both\n    options: [intra_articular_injection]\n    sources: [s003]\n"
    report = _check(edited((old, new)))
    dead = [f for f in report.errors if f.kind == "dead caveat"]
    assert [f.message for f in dead] == ["caveat both-hips-evidence applies to no possible patient"]
    assert dead[0].line == line_of(default_text, "  - id: both-hips-evidence\n")


def test_both_hips_caveat_reached_only_through_a_contraindication_is_alive(edited):
    # Only pregnant patients get it: found by trying each contraindication alone.
    old = "    affected_hips: both\n    options: [core_decompression_bmac]\n    sources: [s003]\n"
    new = (
        "    affected_hips: both\n    when: {contraindications_any: [pregnancy]}\n"
        "    sources: [s003]\n"
    )
    report = _check(edited((old, new)))
    assert not [f for f in report.errors if f.kind == "dead caveat"]


def test_both_hips_caveat_cannot_test_a_stage(edited):
    old = "    affected_hips: both\n    options: [core_decompression_bmac]\n    sources: [s003]\n"
    new = "    affected_hips: both\n    when: {stages: [I]}\n    sources: [s003]\n"
    with pytest.raises(PathwayError, match="cannot test stages or collapse"):
        _check(edited((old, new)))
