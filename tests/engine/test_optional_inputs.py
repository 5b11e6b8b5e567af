"""Symptoms and failed conservative care: yes, no or not asked, from every face."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from avn_aid.authoring.check import analyse
from avn_aid.cli.main import main
from avn_aid.engine import Patient, evaluate
from avn_aid.errors import InputError
from avn_aid.handout.content import asked_words
from avn_aid.loading import load_pathway
from avn_aid.loading.loader import load_located_pathway
from avn_aid.session import Session, answer_of, load_session, save_session, stamp
from tests.conftest import EXAMPLE_ARGS

RULE_ANCHOR = "      - id: pre-collapse-study-ages\n"
NO_SYMPTOMS_RULE = (
    "      - id: test-no-symptoms\n"
    "        when: {collapse: [none], symptoms: [no]}\n"
    "        status: not_recommended\n"
    "        priority: 3\n"
    "        rationale: The study only treated hips that hurt.\n"
    "        sources: [s003]\n"
    "      - id: test-not-asked\n"
    "        when: {collapse: [none], symptoms: [unknown]}\n"
    "        status: consider\n"
    "        priority: 3\n"
    "        rationale: Ask whether the hip hurts; the study only treated hips that hurt.\n"
    "        sources: [s003]\n"
)


def test_cli_flags_reach_the_json_patient(capsys):
    assert main(["recommend", *EXAMPLE_ARGS, "--json"]) == 0
    patient = json.loads(capsys.readouterr().out)["patient"]
    assert patient["symptoms"] is None and patient["failed_conservative_care"] is None
    argv = [*EXAMPLE_ARGS, "--symptoms", "yes", "--failed-conservative-care", "no", "--json"]
    assert main(["recommend", *argv]) == 0
    patient = json.loads(capsys.readouterr().out)["patient"]
    assert patient["symptoms"] == "yes" and patient["failed_conservative_care"] == "no"


def test_cli_refuses_other_answers(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["recommend", *EXAMPLE_ARGS, "--symptoms", "maybe"])
    assert exit_info.value.code == 2
    assert "--symptoms" in capsys.readouterr().err


def test_rules_may_read_them_and_unknown_is_its_own_answer(write_pathway):
    path = write_pathway((RULE_ANCHOR, NO_SYMPTOMS_RULE + RULE_ANCHOR))
    document = load_pathway(path)

    def cells(**answers):
        result = evaluate(document, Patient(age=40, stage="IIA", collapse="none", **answers))
        option = result.option("core_decompression_bmac")
        return option.status.value, [r.ref for r in option.reasons if r.decisive]

    assert cells(symptoms="no") == (
        "not_recommended",
        ["core_decompression_bmac/test-no-symptoms"],
    )
    assert cells() == ("consider", ["core_decompression_bmac/test-not-asked"])
    assert cells(symptoms="yes") == (
        "consider",
        ["core_decompression_bmac/pre-collapse-study-ages"],
    )
    # The decision space splits on the answers the rules tell apart: yes, no, unknown for
    # symptoms here, and for failed conservative care in the default pathway's own rules.
    document, located = load_located_pathway(path)
    report = analyse(document, located, strict=False, today=dt.date(2026, 11, 22))
    assert report.patients == 147_456 * 3 * 3
    assert not [f for f in report.errors if f.kind in ("dead rule", "gap", "conflict")]


def test_plain_yaml_yes_and_no_are_answers_and_true_is_refused(write_pathway):
    path = write_pathway((RULE_ANCHOR, NO_SYMPTOMS_RULE + RULE_ANCHOR))  # `[no]` unquoted
    pathway = load_pathway(path).pathway
    rule = pathway.option("core_decompression_bmac").rules[0]
    assert rule.when.symptoms == ("no",)  # YAML 1.2: a plain `no` is the word "no"
    with pytest.raises(ValidationError):
        Patient(age=40, stage="I", collapse="none", symptoms=True)


def test_handout_says_what_was_not_asked():
    nothing = asked_words(Patient(age=40, stage="I", collapse="none"))
    assert nothing.startswith("Not asked: whether the hip causes pain")
    assert "tried for at least 3 months" in nothing
    both = asked_words(
        Patient(age=40, stage="I", collapse="none", symptoms="yes", failed_conservative_care="no")
    )
    assert "The hip causes pain or other symptoms: yes." in both
    assert "without enough help: no." in both and "Not asked" not in both


def test_sessions_save_the_answers_and_old_sessions_still_open(tmp_path, default_document):
    patient = Patient(age=40, stage="I", collapse="none", symptoms="no")
    session = Session(
        patient=patient,
        pathway=stamp(default_document),
        answer=answer_of(evaluate(default_document, patient)),
    )
    path = tmp_path / "new.json"
    save_session(path, session, overwrite=False)
    data = json.loads(path.read_text())
    assert data["format_version"] == 3 and data["patient"]["hips"][0]["symptoms"] == "no"
    assert load_session(path).patient == patient
    # A version 2 file (saved before these questions existed) opens: they were not asked.
    del data["patient"]["hips"][0]["symptoms"], data["patient"]["failed_conservative_care"]
    data["format_version"] = 2
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data))
    opened = load_session(old)
    assert opened.format_version == 2 and opened.patient.symptoms is None
    # ... but a version 2 file cannot carry them.
    data["patient"]["hips"][0]["symptoms"] = "yes"
    old.write_text(json.dumps(data))
    with pytest.raises(InputError, match="format_version 2 has no symptoms"):
        load_session(old)
