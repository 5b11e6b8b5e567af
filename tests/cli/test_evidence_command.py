"""`avn-aid evidence`: the worksheet printed, or written to a file that is not overwritten."""

from __future__ import annotations

from avn_aid.authoring.evidence import worksheet
from avn_aid.cli.main import main
from avn_aid.resources import default_pathway


def test_cli_prints_or_writes_the_same_text(capsys, tmp_path, default_document):
    assert main(["evidence", str(default_pathway())]) == 0
    printed = capsys.readouterr().out
    assert printed == worksheet(default_document)
    out = tmp_path / "review.md"
    assert main(["evidence", str(default_pathway()), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == printed
    assert main(["evidence", str(default_pathway()), "-o", str(out)]) != 0  # no overwrite
    assert main(["evidence", str(default_pathway()), "-o", str(out), "--force"]) == 0
