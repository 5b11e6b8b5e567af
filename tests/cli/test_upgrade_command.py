"""`avn-aid upgrade` prints the current format; `diff` compares an older file as upgraded."""

from __future__ import annotations

from avn_aid.cli.main import main
from avn_aid.loading.formats import NOT_WRITTEN
from avn_aid.resources import default_pathway
from tests.loading.test_formats import older_text


def test_upgrade_prints_the_file_and_says_what_it_did(tmp_path, default_text, capsys):
    old = tmp_path / "old.yaml"
    old.write_text(older_text(default_text))
    assert main(["upgrade", str(old)]) == 0
    out, err = capsys.readouterr()
    assert out.count(NOT_WRITTEN) == 4 and "always_listed" not in out
    assert f"{old}:" in err and "removed options[observation].always_listed" in err
    assert "4 text(s) marked not written yet" in err
    new = tmp_path / "new.yaml"
    new.write_text(out)
    assert main(["validate", str(new)]) == 0


def test_diff_compares_an_older_file_as_upgraded_and_says_so(tmp_path, default_text, capsys):
    old = tmp_path / "old.yaml"
    old.write_text(older_text(default_text))
    assert main(["diff", str(old), str(default_pathway())]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{old}: in an older pathway format, compared as `avn-aid upgrade`")
    assert "No patient gets a different answer." in out
    # Only the text the upgrade marked (a range's short:) differs from the current file.
    assert out.endswith("Changed content:\n  options[core_decompression_bmac] changed: outcomes\n")


def test_a_file_that_upgrading_cannot_mend_is_refused_with_its_problems(
    tmp_path, default_text, capsys
):
    old = tmp_path / "old.yaml"
    old.write_text(older_text(default_text).replace("  version:", "  versio:", 1))
    assert main(["upgrade", str(old)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "unknown key 'versio'" in err and "cannot be upgraded" in err
    assert main(["diff", str(old), str(default_pathway())]) == 2
    assert "older pathway format" in capsys.readouterr().out
