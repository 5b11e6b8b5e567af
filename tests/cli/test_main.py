"""The command line: recommend, validate, schema, and friendly refusals."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from avn_aid.cli.main import main
from avn_aid.model.schema import pathway_schema_json
from avn_aid.resources import pathways_dir
from tests.conftest import EXAMPLE_ARGS


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_recommend_json_has_the_documented_keys(capsys):
    code, out, _ = run(capsys, "recommend", *EXAMPLE_ARGS, "--json")
    data = json.loads(out)
    assert code == 0
    assert {"outcome", "messages", "options", "caveats", "protocols", "sources", "pathway"} <= set(
        data
    )
    assert data["outcome"] == "ok"
    assert {"id", "version", "sha256"} <= set(data["pathway"]) and len(
        data["pathway"]["sha256"]
    ) == 64
    option = data["options"][0]
    assert {"id", "name", "status", "reasons"} <= set(option)
    assert {"text", "sources"} <= set(option["reasons"][0])
    assert {"id", "text", "sources"} <= set(data["caveats"][0])
    assert {"id", "citation", "kind"} <= set(data["sources"][0])


def test_recommend_json_is_deterministic(capsys):
    args = (
        "recommend",
        "--age",
        "70",
        "--stage",
        "III",
        "--collapse",
        "minimal",
        "--contraindication",
        "pregnancy",
        "--contraindication",
        "bleeding_disorder",
        "--json",
    )
    first = run(capsys, *args)[1]
    assert run(capsys, *args)[1] == first


def test_recommend_text_lists_statuses_in_words(capsys):
    code, out, _ = run(
        capsys, "recommend", "--age", "60", "--stage", "IV", "--collapse", "advanced"
    )
    assert code == 0
    assert "RECOMMENDED       Total hip replacement" in out
    assert "CONSIDER          No surgery for now" in out
    assert "NOT RECOMMENDED   Core decompression with bone-marrow cells" in out


def test_out_of_scope_and_impossible_exit_1_with_messages(capsys):
    code, out, _ = run(
        capsys, "recommend", "--age", "12", "--stage", "I", "--collapse", "none", "--json"
    )
    assert code == 1 and json.loads(out)["outcome"] == "out_of_scope"
    code, out, _ = run(
        capsys, "recommend", "--age", "40", "--stage", "III", "--collapse", "none", "--json"
    )
    data = json.loads(out)
    assert code == 1 and data["outcome"] == "invalid_input"
    assert data["messages"][0]["field"] == "stage, collapse"


def test_age_that_is_not_a_number_exits_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["recommend", "--age", "forty", "--stage", "I", "--collapse", "none"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "'forty' is not a whole number" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--stage", "V", "--collapse", "none"], "valid values: I, II, IIA, IIB, III, IV"),
        (["--stage", "I", "--collapse", "flat"], "valid values: none, minimal, advanced"),
        (
            ["--stage", "I", "--collapse", "none", "--contraindication", "flu"],
            "valid values: active_infection, malignancy_recent",
        ),
        (["--stage", "I", "--collapse", "none", "--risk-factor", "x"], "valid values: smoking"),
    ],
)
def test_unknown_ids_exit_2_listing_valid_values(capsys, argv, expected):
    code, _, err = run(capsys, "recommend", "--age", "40", *argv)
    assert code == 2 and expected in err and "Traceback" not in err


def test_broken_pathway_is_reported_not_replaced(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata: {}\n")
    code, out, err = run(
        capsys,
        "recommend",
        "--age",
        "40",
        "--stage",
        "I",
        "--collapse",
        "none",
        "--pathway",
        str(bad),
    )
    assert code == 2 and "missing required key" in err and out == ""


def test_validate_exit_codes(capsys, tmp_path):
    good = pathways_dir() / "avn-hip.yaml"
    code, out, _ = run(capsys, "validate", str(good))
    assert code == 0 and "valid" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata:\n  id: x\n  id: y\n")
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1 and f"{bad}:3:3: duplicate key 'id'" in out


def test_schema_matches_committed_copy(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0 and out == pathway_schema_json()
    committed = (pathways_dir() / "schema.json").read_text(encoding="utf-8")
    assert committed == out, "run `make schema` to refresh pathways/schema.json"


def test_pathway_files_point_editors_at_the_schema():
    first = (pathways_dir() / "avn-hip.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema.json"


def test_console_script_runs_without_traceback():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "avn_aid",
            "recommend",
            *EXAMPLE_ARGS,
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "Core decompression" in done.stdout
