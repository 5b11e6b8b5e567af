"""`avn-aid handout` whole process next to bare reportlab: same fonts, same number of pages.

The floor registers the same two DejaVu files the handout embeds and builds as many pages
of plain paragraphs as the handout has, with invariant output, into a file.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import PYTHON, cli, compare, run_command

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
BARE = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
fonts, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
pdfmetrics.registerFont(TTFont("Sans", fonts + "/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", fonts + "/DejaVuSans-Bold.ttf"))
body = ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=14)
head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=16, leading=20)
story = []
for n in range(pages):
    story += [Paragraph(f"Page {n + 1}", head), Paragraph("Plain text on a page. " * 40, body)]
    if n < pages - 1:
        story.append(PageBreak())
SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
"""
HANDOUT = ["handout", "--age", "40", "--stage", "IIA", "--collapse", "none"]
HANDOUT += ["--date", "2026-11-22", "--page-size", "a4", "--force", "-o"]


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf.read_bytes()))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder, "h.pdf")
        run_command([cli(), *HANDOUT, str(out)])
        pages = page_count(out)
        bare = [PYTHON, "-c", BARE, str(FONTS), f"{folder}/bare.pdf", str(pages)]
        run_command(bare)
        assert page_count(Path(folder, "bare.pdf")) == pages
        compare(
            f"avn-aid handout ({pages} pages)",
            [cli(), *HANDOUT, str(out)],
            f"bare reportlab, DejaVu Sans regular and bold, {pages} pages",
            bare,
            target=1.5,
        )
