"""`avn-aid handout`: clear refusals, never a traceback."""

from __future__ import annotations

import gc

from avn_aid.cli.main import main

PATIENT = ["--age", "40", "--stage", "IIA", "--collapse", "none"]


def test_writes_a_pdf(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert (
        main(
            ["handout", *PATIENT, "--date", "2026-11-22", "--patient-name", "A & B", "-o", str(out)]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_the_collector_thresholds_are_put_back(tmp_path, capsys):
    """The handout collects cycles less often while it runs, and only then: a caller's
    process (the wizard's collector reads the thresholds) keeps its own, error or not."""
    before = gc.get_threshold()
    assert main(["handout", *PATIENT, "-o", str(tmp_path / "h.pdf")]) == 0
    assert gc.get_threshold() == before
    assert main(["handout", *PATIENT, "-o", str(tmp_path / "h.pdf")]) == 2  # exists
    assert gc.get_threshold() == before


def test_existing_file_needs_force(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    out.write_bytes(b"keep me")
    assert main(["handout", *PATIENT, "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == b"keep me"
    assert main(["handout", *PATIENT, "--force", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_missing_folder_and_bad_date(tmp_path, capsys):
    assert main(["handout", *PATIENT, "-o", str(tmp_path / "no" / "h.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["handout", *PATIENT, "--date", "22/11/2026", "-o", str(tmp_path / "h.pdf")]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_out_of_scope_and_impossible_patients(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert (
        main(["handout", "--age", "15", "--stage", "I", "--collapse", "none", "-o", str(out)]) == 2
    )
    assert "out_of_scope" in capsys.readouterr().err and not out.exists()
    assert (
        main(["handout", "--age", "40", "--stage", "IV", "--collapse", "none", "-o", str(out)]) == 2
    )
    err = capsys.readouterr().err
    assert "invalid_input" in err and "Traceback" not in err and not out.exists()


def test_language_is_chosen_per_handout(tmp_path, capsys):
    """--language ar prints the Arabic handout; unknown codes are refused with the list."""
    out = tmp_path / "ar.pdf"
    assert main(["handout", *PATIENT, "--language", "ar", "-o", str(out)]) == 0
    from tests.handout.conftest import pages_text

    assert any("\ufe70" <= c <= "\ufeff" for c in pages_text(out.read_bytes())[0])
    capsys.readouterr()
    for code in ("fr", "xx-nonsense"):
        assert main(["handout", *PATIENT, "--language", code, "-o", str(tmp_path / "x.pdf")]) == 2
        err = capsys.readouterr().err
        assert "en (English), ar (Arabic)" in err or "not a language code" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_stale_translation_refuses_the_handout(tmp_path, capsys, write_pathway):
    """Changed English makes the Arabic entry stale: no handout mixing old and new text."""
    from avn_aid.resources import default_pathway

    pathway = write_pathway(
        ("      label: Stage IIA\n", "      label: Stage IIA (changed)\n"), name="avn-hip.yaml"
    )
    arabic = default_pathway().with_name("avn-hip.ar.yaml").read_text(encoding="utf-8")
    pathway.with_name("avn-hip.ar.yaml").write_text(arabic, encoding="utf-8")
    out = tmp_path / "ar.pdf"
    args = ["handout", *PATIENT, "--pathway", str(pathway), "--language", "ar", "-o", str(out)]
    assert main(args) == 2
    assert "staging.stages.IIA.label" in capsys.readouterr().err
    assert not out.exists()
    assert main(["handout", *PATIENT, "--pathway", str(pathway), "-o", str(out)]) == 0


def test_unknown_value_key_lists_the_pathways_keys(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert main(["handout", *PATIENT, "--value", "speed=3", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "unknown value item speed" in err and "keep_own_hip" in err and not out.exists()


def test_value_ratings_are_one_to_five(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    for bad in ("keep_own_hip=6", "keep_own_hip=0", "keep_own_hip=a lot", "keep_own_hip"):
        assert main(["handout", *PATIENT, "--value", bad, "-o", str(out)]) == 2
        assert "--value" in capsys.readouterr().err and not out.exists()


def test_leaning_and_sure_are_checked(tmp_path, capsys):
    out = tmp_path / "h.pdf"
    assert main(["handout", *PATIENT, "--leaning", "magic", "-o", str(out)]) == 2
    assert "core_decompression" in capsys.readouterr().err
    assert main(["handout", *PATIENT, "--sure", "sure=maybe", "-o", str(out)]) == 2
    assert "encouragement" in capsys.readouterr().err and not out.exists()
