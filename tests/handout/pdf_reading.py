"""Read a rendered handout as a patient would: text runs with their type size, in blocks.

pypdf hands us every text run with its matrices; we keep the position and the size it is
printed at. Lines close together in the same size form a block (a paragraph, a table cell,
a heading); the end of a block ends a sentence, as a paragraph end does in a word processor.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from pypdf import PdfReader

FOOTER_BAND = 40.0  # points from the bottom edge: the footer line, "Page X of Y"


@dataclass(frozen=True)
class Run:
    page: int
    x: float
    y: float
    size: float
    text: str


def runs(pdf: bytes) -> list[Run]:
    """Every visible text run, page by page, in drawing order."""
    found: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(text, cm, tm, _font, size, number=number):
            if not text.strip():
                return
            a, b, c, d, e, f = (float(v) for v in cm)
            x = tm[4] * a + tm[5] * c + e
            y = tm[4] * b + tm[5] * d + f
            scale = math.hypot(tm[0], tm[1]) * math.hypot(a, b)
            found.append(Run(number, x, y, round(float(size) * scale, 2), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def body_runs(pdf: bytes, stop_at: str) -> list[Run]:
    """Runs before the heading `stop_at` (the list of sources), without footers and marks."""
    out = []
    for run in runs(pdf):
        if run.text.startswith(stop_at):
            break
        if run.y < FOOTER_BAND or run.size >= 40:  # footer band; the DRAFT watermark
            continue
        if run.text.startswith("pathway not yet approved"):  # the watermark's second line
            continue
        out.append(run)
    return out


def blocks(page_runs: list[Run]) -> list[str]:
    """Join runs into blocks: a new block starts when the size changes, the text jumps
    back up or sideways (a new cell or column), or the gap is wider than a line."""
    texts: list[str] = []
    previous: Run | None = None
    for run in page_runs:
        same = (
            previous is not None
            and previous.page == run.page
            and abs(previous.size - run.size) < 0.3
            and 0 < previous.y - run.y <= run.size * 1.6
            and abs(previous.x - run.x) < run.size * 2.5
        )
        if same:
            texts[-1] += " " + run.text
        else:
            texts.append(run.text)
        previous = run
    return texts
