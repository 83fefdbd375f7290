"""Group a page's characters into printed lines.

Characters belong to one line when their boxes overlap vertically; a line reads left to right.
A raised, smaller digit at the end of a word is a footnote reference ("regeling¹") and is left
out. Words are separated where the PDF has a space glyph or a visible gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from wetscan.ingest.pdf_chars import Char, PageChars

#: Two characters share a line when their boxes overlap by this share of the smaller height.
LINE_OVERLAP = 0.5
#: A gap wider than this share of the line height separates two words.
WORD_GAP = 0.2
#: A horizontal gap wider than this many line heights separates two printed lines that share
#: a baseline (a masthead "Nr. 2 ... VOORSTEL VAN WET", table columns).
COLUMN_GAP = 4.0
#: A footnote reference is smaller than this share of the line's height ...
SUPERSCRIPT_SIZE = 0.85
#: ... and its bottom sits at least this share of the line height above the baseline.
SUPERSCRIPT_RISE = 0.15
_NOTE_MARKS = set("0123456789*")


@dataclass
class Word:
    text: str
    x0: float
    x1: float


@dataclass
class Line:
    """One printed line: its words and box, ``size`` the typical character height."""

    page: int
    words: list[Word]
    top: float
    bottom: float
    size: float
    page_height: float = 0.0
    page_width: float = 0.0
    removed: bool = field(default=False, compare=False)

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


def page_lines(page: PageChars) -> list[Line]:
    """The lines of ``page`` from top to bottom (left to right within a row)."""
    lines = []
    for row in _group_rows(page.chars):
        row.sort(key=lambda c: c.x0)
        for segment in _split_columns(row):
            line = _build_line(page, segment)
            if line is not None:
                lines.append(line)
    return lines


def _group_rows(chars: list[Char]) -> list[list[Char]]:
    # The hot loop of PDF reading: plain comparisons instead of min()/max() calls.
    glyphs = [c for c in chars if c.bottom > c.top]
    glyphs.sort(key=lambda c: c.top + c.bottom)
    rows: list[list[Char]] = []
    row: list[Char] = []
    band_top = band_bottom = 0.0
    for char in glyphs:
        _, _, _, top, bottom = char
        if row:
            overlap = (bottom if bottom < band_bottom else band_bottom) - (top if top > band_top else band_top)
            band_height = band_bottom - band_top
            height = bottom - top
            if overlap >= LINE_OVERLAP * (height if height < band_height else band_height):
                row.append(char)
                if top < band_top:
                    band_top = top
                if bottom > band_bottom:
                    band_bottom = bottom
                continue
        row = [char]
        rows.append(row)
        band_top, band_bottom = top, bottom
    return rows


def _split_columns(row: list[Char]) -> list[list[Char]]:
    glyphs = [c for c in row if not c.text.isspace()]
    if not glyphs:
        return []
    limit = COLUMN_GAP * median(c.height for c in glyphs)
    segments: list[list[Char]] = [[]]
    right = None
    for char in row:
        if not char.text.isspace():
            if right is not None and char.x0 - right > limit:
                segments.append([])
            right = char.x1 if right is None else max(right, char.x1)
        segments[-1].append(char)
    return segments


def _build_line(page: PageChars, row: list[Char]) -> Line | None:
    glyphs = [c for c in row if not c.text.isspace()]
    if not glyphs:
        return None
    size = median(c.height for c in glyphs)
    baseline = median(c.bottom for c in glyphs)
    words: list[Word] = []
    previous: Char | None = None
    pending_space = False
    for char in row:
        if char.text.isspace():
            pending_space = True
            continue
        if char.text in _NOTE_MARKS and words and _is_note_reference(char, size, baseline):
            continue  # a reference follows a word; a raised number opening a line numbers a footnote
        if previous is not None and char.text == previous.text and abs(char.x0 - previous.x0) < 0.1 * size:
            continue  # the same glyph drawn twice (fake bold)
        if not words or pending_space or char.x0 - previous.x1 > WORD_GAP * size:
            words.append(Word(char.text, char.x0, char.x1))
        else:
            words[-1].text += char.text
            words[-1].x1 = char.x1
        previous = char
        pending_space = False
    if not words:
        return None
    top = min(c.top for c in glyphs)
    bottom = max(c.bottom for c in glyphs)
    return Line(page.number, words, top, bottom, size, page.height, page.width)


def _is_note_reference(char: Char, size: float, baseline: float) -> bool:
    return (
        char.height < SUPERSCRIPT_SIZE * size
        and char.bottom < baseline - SUPERSCRIPT_RISE * size
    )
