"""`avn-aid handout`: clear refusals, never a traceback."""

from __future__ import annotations

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
