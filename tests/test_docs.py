"""Documentation that is generated stays in step with the code."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from authoring_reference import reference  # noqa: E402


def test_authoring_reference_is_current():
    text = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    start = text.index("<!-- reference:start -->\n") + len("<!-- reference:start -->\n")
    end = text.index("\n<!-- reference:end -->")
    assert text[start:end] == reference(), "run: python scripts/authoring_reference.py"


def test_readme_images_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = [
        part.split(")")[0] for part in readme.split("](")[1:] if part.split(")")[0].endswith(".png")
    ]
    assert images, "the README shows the wizard and the handout"
    for image in images:
        assert (ROOT / image).is_file(), image
