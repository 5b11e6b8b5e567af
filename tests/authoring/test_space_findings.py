"""The decision-space analysis finds gaps, dead ends, conflicts and dead rules, with lines."""

from __future__ import annotations

import pytest

from avn_aid.cli.authoring_commands import run_check
from avn_aid.errors import PathwayError
from tests.authoring.conftest import TODAY, check_file
from tests.conftest import line_of


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
    report = check_file(edited(observation, (rule, "")))
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
    report = check_file(path)
    conflicts = [f for f in report.errors if f.kind == "conflict"]
    assert conflicts and "arthritis-copy" in conflicts[0].message
    assert {f.line for f in conflicts} == {line_of(path.read_text(), "      - id: arthritis-copy")}


def test_rule_made_unreachable_is_dead(edited, default_text):
    old = "      - id: advanced-collapse\n        when: {stages: [III], collapse: [advanced]}\n        status: recommended"
    new = "      - id: advanced-collapse\n        when: {stages: [I], collapse: [advanced]}\n        status: recommended"
    report = check_file(edited((old, new)))
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
    report = check_file(edited((anchor, extra + anchor)))
    shadowed = {f.message.split()[1] for f in report.errors if f.kind == "shadowed rule"}
    assert shadowed == {
        f"observation/{r}"
        for r in ("pre-collapse", "minimal-collapse", "advanced-collapse", "arthritis")
    }


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
    report = check_file(path)
    assert [f.kind for f in report.errors] == ["unreachable option"]


def test_both_hips_caveat_that_no_two_hips_get_is_dead(edited, default_text):
    # Joint injections are never offered, so no patient has one offered for each hip.
    old = "    affected_hips: both\n    options: [core_decompression_bmac]\n    sources: [s003]\n"
    new = "    affected_hips: both\n    options: [intra_articular_injection]\n    sources: [s003]\n"
    report = check_file(edited((old, new)))
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
    report = check_file(edited((old, new)))
    assert not [f for f in report.errors if f.kind == "dead caveat"]


def test_both_hips_caveat_cannot_test_a_stage(edited):
    old = "    affected_hips: both\n    options: [core_decompression_bmac]\n    sources: [s003]\n"
    new = "    affected_hips: both\n    when: {stages: [I]}\n    sources: [s003]\n"
    with pytest.raises(PathwayError, match="cannot test stages or collapse"):
        check_file(edited((old, new)))


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
