"""Right-to-left layout for the handout: a paragraph flowable and mirrored tables.

Text in a right-to-left language is set by `bidi_text` (bidi order, HarfBuzz shaping,
font per script); here it becomes a platypus flowable that wraps, splits across pages,
carries a bullet on the right and a shaded box like the left-to-right styles. Tables
are mirrored by reversing their columns and their cell styles, so the first column a
reader meets is on the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, TableStyle

from avn_aid.handout.bidi_text import FontPair, Word, break_words, draw_runs, line_runs, words_of
from avn_aid.handout.fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR, register_arabic_fonts

REGULAR_PAIR = FontPair(ARABIC, REGULAR)
BOLD_PAIR = FontPair(ARABIC_BOLD, BOLD)


class RtlParagraph(Flowable):  # type: ignore[misc]
    """A paragraph with bidi text: lines broken in logical order, each line reordered.

    rtl=True (a right-to-left document): lines start at the right. rtl=False: a
    left-to-right paragraph that contains right-to-left words (an Arabic name in an
    English handout), lines start at the left.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bold_prefix: str = "",
        bullet: str = "",
        words: Sequence[Word] | None = None,
        rtl: bool = True,
    ) -> None:
        super().__init__()
        register_arabic_fonts()
        self.rtl = rtl
        self.style = style
        bold = style.fontName in (BOLD, ARABIC_BOLD)
        if words is None:
            words = words_of(bold_prefix, True) + words_of(text, bold)
        self.words = list(words)
        self.bullet = bullet
        self.text = " ".join(w.text for w in self.words)  # logical order, for tests
        self._lines: list[list[Word]] = []

    def _box_padding(self) -> float:
        return float(self.style.borderPadding) if self.style.backColor else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        s = self.style
        pad = self._box_padding()
        extra = self._bullet_room()
        first = avail_width - s.rightIndent - s.leftIndent - extra - s.firstLineIndent - 2 * pad
        rest = avail_width - s.rightIndent - s.leftIndent - extra - 2 * pad
        self._lines = break_words(self.words, REGULAR_PAIR, BOLD_PAIR, s.fontSize, [first, rest])
        self.width = avail_width
        self.height = len(self._lines) * s.leading + 2 * pad
        return self.width, self.height

    def _bullet_room(self) -> float:
        """Extra indent when the style leaves the bullet less room than it needs."""
        if not self.bullet:
            return 0.0
        marks = line_runs(words_of(self.bullet), REGULAR_PAIR, BOLD_PAIR, self.style.fontSize)
        needed = self.style.bulletIndent + sum(r.width for r in marks) + 2
        return max(0.0, float(needed - self.style.leftIndent))

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int((avail_height - 2 * self._box_padding()) // self.style.leading)
        if fits < 1 or fits >= len(self._lines):
            return [] if fits < 1 else [self]
        head = [w for line in self._lines[:fits] for w in line]
        tail = [w for line in self._lines[fits:] for w in line]
        return [
            RtlParagraph("", self.style, bullet=self.bullet, words=head, rtl=self.rtl),
            RtlParagraph("", _continued(self.style), words=tail, rtl=self.rtl),
        ]

    def draw(self) -> None:
        s = self.style
        canvas = self.canv
        pad = self._box_padding()
        if s.backColor:
            canvas.saveState()
            canvas.setFillColor(s.backColor)
            canvas.setStrokeColor(s.borderColor or s.backColor)
            canvas.setLineWidth(s.borderWidth or 0)
            canvas.rect(0, 0, self.width, self.height, stroke=1 if s.borderWidth else 0, fill=1)
            canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(s.textColor)
        base = 1 if self.rtl else 0
        y = self.height - pad - s.fontSize
        for index, line in enumerate(self._lines):
            runs = line_runs(line, REGULAR_PAIR, BOLD_PAIR, s.fontSize, base)
            width = sum(r.width for r in runs)
            indent = s.leftIndent + self._bullet_room() + pad
            indent += s.firstLineIndent if index == 0 else 0
            # The style's left indent is the start side: the right in a right-to-left text.
            x = self.width - indent - width if self.rtl else indent
            if s.alignment == 1:  # centred
                x = (self.width - width) / 2
            draw_runs(canvas, x, y, runs, s.fontSize, " ".join(w.text for w in line))
            if index == 0 and self.bullet:
                marks = line_runs(words_of(self.bullet), REGULAR_PAIR, BOLD_PAIR, s.fontSize, base)
                mark_width = sum(r.width for r in marks)
                bx = (
                    self.width - s.bulletIndent - pad - mark_width
                    if self.rtl
                    else s.bulletIndent + pad
                )
                draw_runs(canvas, bx, y, marks, s.fontSize, self.bullet)
            y -= s.leading
        canvas.restoreState()

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceAfter)


def _continued(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-cont", parent=style, firstLineIndent=0, spaceBefore=0)


def mirror_style(style: TableStyle, columns: int) -> TableStyle:
    """The same commands with column indices counted from the other side."""

    def flip(col: int) -> int:
        index = col if col >= 0 else columns + col
        return columns - 1 - index

    commands = []
    for command in style.getCommands():
        name, (c0, r0), (c1, r1), *rest = command
        commands.append((name, (flip(c1), r0), (flip(c0), r1), *rest))
    return TableStyle(commands)
