"""`avn-aid diff` reports exactly the patients an edit affects."""

from __future__ import annotations

from avn_aid.authoring.diff import diff_report
from avn_aid.authoring.regions import patient_changes
from avn_aid.cli.authoring_commands import run_diff
from avn_aid.loading import load_pathway
from avn_aid.resources import default_pathway


def test_diff_of_a_file_against_itself_reports_nothing(capsys):
    assert run_diff(default_pathway(), default_pathway()) == 0
    out = capsys.readouterr().out
    assert (
        "No patient gets a different answer." in out
        and "No texts, figures or protocols changed." in out
    )


def test_narrowing_an_age_range_affects_exactly_those_patients(write_pathway, default_document):
    path = write_pathway(
        (
            "when: {collapse: [none], age: {min: 18, max: 65}}",
            "when: {collapse: [none], age: {min: 18, max: 60}}",
        )
    )
    new = load_pathway(path)
    space, groups = patient_changes(default_document.pathway, new.pathway)
    # Ages 61-65 now match no BMAC rule, so the option's default (not recommended) applies
    # and the caveats tied to offering it go. Pre-collapse stages I, II, IIA; only with no
    # contraindication (each already caps BMAC); any of the 16 risk-factor sets; only the
    # 2 x 2 answers (yes or not asked, to either optional question) for which no rule on
    # those questions had already made the cells not recommended.
    words = (
        "core_decompression_bmac consider -> not_recommended",
        "caveat cell-sources removed",
        "caveat experimental removed",
    )
    assert list(groups) == [words]
    regions = groups[words]
    assert sum(r.count for r in regions) == 3 * 1 * 1 * 16 * 4
    assert all(r.symptoms == r.fcc == {"yes", "unknown"} for r in regions)
    assert {(r.stage, r.collapse, age) for r in regions for age in r.ages} == {
        ("I", "none", 61),
        ("II", "none", 61),
        ("IIA", "none", 61),
    }
    assert all(r.ci_any == 0 for r in regions)  # no contraindications at all
    assert all(r.rf_all == 0 and r.rf_any == 2 ** len(space.rfs) - 1 for r in regions)
    text, total = diff_report(default_document, new)
    assert total == 192
    assert (
        "stage IIA, collapse none, age 61-65, no contraindications, any risk factors, "
        "symptoms yes or not asked, failed conservative care yes or not asked (64 combinations)"
        in text
    )
    assert "options[core_decompression_bmac] changed: rules" in text


def test_text_only_change_changes_no_patient(write_pathway, default_document, capsys):
    path = write_pathway(
        (
            "      - text: No operation, no anaesthetic and no cut to heal.",
            "      - text: No operation and no anaesthetic.",
        )
    )
    assert run_diff(default_pathway(), path) == 0
    out = capsys.readouterr().out
    assert "No patient gets a different answer." in out
    assert "options[observation] changed: benefits" in out


def test_new_contraindication_shows_its_patients(write_pathway, default_document):
    anchor = "risk_factors:\n  - id: smoking"
    extra = (
        "  - id: sickle_cell\n    label: Sickle cell disease\n    explanation: x.\n    group: Blood and immune system\n"
        "    kind: absolute\n    effects:\n      - options: [core_decompression_bmac]\n        ceiling: contraindicated\n"
        "        text: x.\n        sources: [s003]\n    sources: [s003]\n\n"
    )
    new = load_pathway(write_pathway((anchor, extra + anchor)))
    space, groups = patient_changes(default_document.pathway, new.pathway)
    # Under the old pathway the id is unknown, so those inputs were invalid.
    sickle = 1 << space.cis.index("sickle_cell")
    assert groups and all(
        region.ci_all & sickle for regions in groups.values() for region in regions
    )
    assert any(words[0] == "outcome invalid_input -> ok" for words in groups)


def test_both_hips_caveat_change_names_the_hips_that_stop_counting(write_pathway, default_document):
    # Time on crutches for both hips now waits for cells on each hip, not any drilling:
    # over 65 (cells not offered, drilling offered) those hips stop counting.
    path = write_pathway(
        (
            "    affected_hips: both\n    options: [core_decompression, core_decompression_bmac]\n",
            "    affected_hips: both\n    options: [core_decompression_bmac]\n",
        )
    )
    text, total = diff_report(default_document, load_pathway(path))
    assert "No patient gets a different answer." in text  # each hip alone is unchanged
    assert "caveat both-hips-crutches (both hips affected):" in text
    line = next(x for x in text.splitlines() if "no longer counts a hip at" in x)
    assert "stage IIA, collapse none, age 66-" in line and "age 18" not in line
    assert "now also counts" not in text
    assert total == 0  # one-hip combinations; `diff` still exits 1 (next test)


def test_diff_exits_1_when_only_both_hips_patients_change(write_pathway, capsys):
    path = write_pathway(
        (
            "    affected_hips: both\n    options: [core_decompression, core_decompression_bmac]\n",
            "    affected_hips: both\n    options: [core_decompression_bmac]\n",
        )
    )
    assert run_diff(default_pathway(), path) == 1
    assert "no longer counts a hip at" in capsys.readouterr().out


def test_unchanged_both_hips_caveats_are_said_to_be_unchanged(default_document):
    text, total = diff_report(default_document, default_document)
    assert total == 0
    assert "caveats shown once for both hips do not change" in text


def test_a_rule_on_an_optional_question_is_diffed_with_its_answers(write_pathway, default_document):
    """diff covers the answers to the optional questions, "not asked" included: a rule for
    hips without symptoms changes exactly the patients who answered no."""
    rule = (
        "      - id: pre-collapse\n        when: {collapse: [none]}\n        status: consider\n"
        "        rationale: >-\n          Before collapse this operation"
    )
    path = write_pathway(
        (
            rule,
            "      - id: test-no-symptoms\n"
            '        when: {collapse: [none], symptoms: ["no"], age: {min: 18, max: 65}}\n'
            "        priority: 3\n"
            "        status: not_recommended\n"
            "        rationale: Test.\n"
            "        sources: [s003]\n" + rule,
        )
    )
    new = load_pathway(path)
    space, groups = patient_changes(default_document.pathway, new.pathway)
    assert space.symptoms == (("unknown", "yes"), ("no",))
    assert groups, "the rule should change some patients"
    regions = [r for regions in groups.values() for r in regions]
    assert {a for r in regions for a in r.symptoms} == {"no"}
    # Failed conservative care is read by the cell rules of both versions, and the change
    # does not depend on it: every answer is among the changed patients.
    assert {a for r in regions for a in r.fcc} == {"yes", "no", "unknown"}
    assert {r.collapse for r in regions} == {"none"}
    text, total = diff_report(default_document, new)
    assert total == sum(r.count for r in regions)
    assert "core_decompression consider -> not_recommended" in text
    assert ", symptoms no, any failed conservative care answer (" in text
    # The reverse edit is reported for the same patients.
    _, back = patient_changes(new.pathway, default_document.pathway)
    assert sum(r.count for rs in back.values() for r in rs) == total
