"""`avn-aid handout` whole-process time next to a bare two-page reportlab document."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON, compare

BARE = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
styles = getSampleStyleSheet()
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4)
doc.build([Paragraph("Page one", styles["Title"]), PageBreak(), Paragraph("Page two", styles["Normal"])])
"""

if __name__ == "__main__":
    cli = shutil.which("avn-aid", path=str(Path(PYTHON).parent)) or "avn-aid"
    with tempfile.TemporaryDirectory() as folder:
        compare(
            "avn-aid handout",
            [
                cli,
                "handout",
                "--age",
                "40",
                "--stage",
                "IIA",
                "--collapse",
                "none",
                "--date",
                "2026-11-22",
                "--force",
                "-o",
                f"{folder}/h.pdf",
            ],
            "bare two-page reportlab document",
            [PYTHON, "-c", BARE, f"{folder}/bare.pdf"],
            target=3.0,
        )
