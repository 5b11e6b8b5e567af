"""`--hip SIDE:STAGE:COLLAPSE`, per-hip values, the two JSON forms and their schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from avn_aid.cli.main import main
from avn_aid.engine.result_schema import result_schema
from tests.conftest import EXAMPLE_ARGS

BOTH = ["--age", "40", "--hip", "left:IIA:none", "--hip", "right:IV:advanced"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_both_hips_json_has_a_hip_each_and_the_patient_level_at_the_top(capsys):
    code, out, _ = run(
        capsys, "recommend", *BOTH, "--contraindication", "right:previous_hip_surgery", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "outcome",
        "messages",
        "patient",
        "caveats",
        "disagreements",
        "hips",
        "sources",
        "pathway",
    ]
    left, right = data["hips"]
    assert (left["side"], left["stage"], left["collapse"]) == ("left", "IIA", "none")
    assert (right["side"], right["stage"], right["collapse"]) == ("right", "IV", "advanced")
    assert right["contraindications"] == ["previous_hip_surgery"] and not left["contraindications"]
    for hip in (left, right):
        assert {"options", "protocols", "caveats"} <= set(hip)
        assert {"id", "status", "reasons"} <= set(hip["options"][0])
    statuses = {h["side"]: {o["id"]: o["status"] for o in h["options"]} for h in data["hips"]}
    assert statuses["right"]["total_hip_arthroplasty"] == "recommended"
    assert statuses["left"]["total_hip_arthroplasty"] == "not_recommended"


def test_one_hip_json_keeps_every_key_it_had(capsys):
    _, out, _ = run(capsys, "recommend", *EXAMPLE_ARGS, "--json")
    data = json.loads(out)
    assert {
        "outcome",
        "messages",
        "patient",
        "options",
        "caveats",
        "disagreements",
        "protocols",
        "sources",
        "pathway",
    } < set(data)
    # Every key it had, plus the two optional answers (null when not asked).
    assert set(data["patient"]) == {
        "age",
        "stage",
        "collapse",
        "contraindications",
        "risk_factors",
        "symptoms",
        "failed_conservative_care",
    }
    assert data["patient"]["symptoms"] is None
    assert data["options"] == data["hips"][0]["options"]


def test_side_with_stage_and_collapse_names_the_one_hip(capsys):
    _, out, _ = run(capsys, "recommend", *EXAMPLE_ARGS, "--side", "right", "--json")
    assert json.loads(out)["hips"][0]["side"] == "right"
    _, one, _ = run(capsys, "recommend", "--age", "40", "--hip", "right:IIA:none", "--json")
    assert json.loads(one) == json.loads(out)


@pytest.mark.parametrize(
    "argv",
    [
        [*EXAMPLE_ARGS, "--json"],
        [*BOTH, "--json"],
        ["--age", "40", "--hip", "left:III:none", "--hip", "right:I:none", "--json"],
        ["--age", "12", "--hip", "left:I:none", "--hip", "right:I:none", "--json"],
    ],
)
def test_output_matches_the_published_schema(capsys, argv):
    code, out, err = run(capsys, "recommend", *argv)
    assert code in (0, 1), err
    jsonschema.validate(json.loads(out), result_schema())


def test_schema_result_is_a_valid_json_schema_that_rejects_other_shapes(capsys):
    code, out, _ = run(capsys, "schema", "--result")
    schema = json.loads(out)
    assert code == 0 and schema == json.loads(json.dumps(result_schema()))
    jsonschema.Draft202012Validator.check_schema(schema)
    _, good, _ = run(capsys, "recommend", *BOTH, "--json")
    data = json.loads(good)
    data["hips"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_impossible_hip_is_named(capsys):
    code, out, _ = run(
        capsys, "recommend", "--age", "40", "--hip", "left:IIA:none", "--hip", "right:III:none"
    )
    assert code == 1
    assert "right hip: stage III with collapse 'none' is impossible" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--hip", "left:IIA:none", "--hip", "left:I:none"], "once per side"),
        (["--hip", "left:IIA:none", "--stage", "I"], "either --hip or --stage"),
        (["--stage", "I"], "missing --collapse"),
        ([], "missing --stage and --collapse"),
        (
            ["--hip", "left:IIA:none", "--contraindication", "right:previous_hip_surgery"],
            "no right hip",
        ),
        (
            [*BOTH[2:], "--contraindication", "previous_hip_surgery"],
            "say which (left or right)",
        ),
    ],
)
def test_hip_arguments_refused_with_a_reason(capsys, argv, words):
    code, _, err = run(capsys, "recommend", "--age", "40", *argv)
    assert code == 2
    assert words in err


@pytest.mark.parametrize("value", ["left:IIA", "middle:IIA:none", "left::none"])
def test_malformed_hip_is_a_usage_error(capsys, value):
    with pytest.raises(SystemExit) as exit_info:
        main(["recommend", "--age", "40", "--hip", value])
    assert exit_info.value.code == 2
    assert "SIDE:STAGE:COLLAPSE" in capsys.readouterr().err or "side" in capsys.readouterr().err


def test_text_report_has_a_section_per_hip(capsys):
    code, out, _ = run(capsys, "recommend", *BOTH)
    assert code == 0
    assert out.index("LEFT HIP") < out.index("RIGHT HIP")
    assert "Stage IIA" in out or "stage IIA" in out


def test_symptoms_per_hip(capsys):
    code, out, _ = run(
        capsys, "recommend", *BOTH, "--symptoms", "left:yes", "--symptoms", "right:no", "--json"
    )
    assert code == 0
    hips = json.loads(out)["patient"]["hips"]
    assert [(h["side"], h["symptoms"]) for h in hips] == [("left", "yes"), ("right", "no")]
    _, one, _ = run(capsys, "recommend", *EXAMPLE_ARGS, "--symptoms", "yes", "--json")
    assert json.loads(one)["patient"]["symptoms"] == "yes"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--symptoms", "yes"], "with both hips, say which (left:yes)"),
        (["--symptoms", "left:yes", "--symptoms", "left:no"], "given twice for the left hip"),
    ],
)
def test_symptoms_for_two_hips_must_name_the_hip(capsys, argv, words):
    code, _, err = run(capsys, "recommend", *BOTH, *argv)
    assert code == 2 and words in err
