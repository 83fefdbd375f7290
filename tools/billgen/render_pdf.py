"""Render a bill to PDF with reportlab, in one of two layouts.

* ``kamerstuk``: a parliamentary paper as printed by the Tweede Kamer. Running header
  "Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr. 2" on every page (nr. 3 for the memorie van
  toelichting), page number at the foot, footnotes at the foot of the page with a superscript
  marker in the text, justified text with words hyphenated across line ends.
* ``consultation``: a draft exported from Word for internet consultation. Header and footer
  "Versie voor internetconsultatie" with the date, line numbers in the left margin, "x van y"
  page numbers, ragged right, no hyphenation (only compounds break at their own hyphen).

The layout is done by hand (line breaking, justification, page filling, footnote areas) so that
the hyphenation and footnote placement are real and under our control.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tools.billgen.hyphenate import break_points
from tools.billgen.printed import Para, Style, bill_paras, memorandum_paras, title_paras
from tools.billgen.spec import Bill, split_footnotes

PAGE_WIDTH, PAGE_HEIGHT = A4
SIZE = 10.5
LEADING = 13.5
NOTE_SIZE = 8.0
NOTE_LEADING = 10.0
SUP_SIZE = 6.5
SUP_RISE = 3.5
INDENT = 18.0
FURNITURE_FONT = "Helvetica"


@dataclass(frozen=True)
class StyleSpec:
    font: str
    size: float = SIZE
    leading: float = LEADING
    space_before: float = 4.0
    justify: bool = True
    keep_with_next: bool = False


STYLES: dict[Style, StyleSpec] = {
    "doc_title": StyleSpec("Times-Bold", 12.5, 16, 6, justify=False),
    "part_title": StyleSpec("Times-Bold", 11, 14, 14, justify=False, keep_with_next=True),
    "division": StyleSpec("Times-Bold", SIZE, LEADING, 16, justify=False, keep_with_next=True),
    "article": StyleSpec("Times-Bold", SIZE, LEADING, 11, justify=False, keep_with_next=True),
    "letter": StyleSpec("Times-Roman", SIZE, LEADING, 9, justify=False, keep_with_next=True),
    "body": StyleSpec("Times-Roman"),
    "memo_heading": StyleSpec("Times-Bold", SIZE, LEADING, 12, justify=False, keep_with_next=True),
    "signature": StyleSpec("Times-Roman", justify=False),
}


@dataclass(frozen=True)
class LayoutSpec:
    justify: bool
    hyphenate: bool
    left: float
    right: float
    top: float
    bottom: float
    line_numbers: int = 0  # 0: none; n: every n-th line numbered


KAMERSTUK = LayoutSpec(justify=True, hyphenate=True, left=72, right=72, top=78, bottom=66)
CONSULTATION = LayoutSpec(justify=False, hyphenate=False, left=90, right=72, top=84, bottom=72)


@dataclass
class Word:
    text: str
    font: str
    size: float
    note_number: str | None = None  # superscript footnote marker after the word

    def width(self) -> float:
        width = stringWidth(self.text, self.font, self.size)
        if self.note_number:
            width += stringWidth(self.note_number, self.font, SUP_SIZE)
        return width


@dataclass
class Line:
    words: list[Word]
    x: float
    width: float  # available width
    justify: bool
    label: str | None = None
    label_x: float = 0.0
    notes: list[tuple[str, str]] = field(default_factory=list)  # (number, text)
    style: StyleSpec = STYLES["body"]


@dataclass
class PlacedLine:
    line: Line
    y: float


@dataclass
class Page:
    part: str
    lines: list[PlacedLine] = field(default_factory=list)
    notes: list[tuple[str, list[str]]] = field(default_factory=list)  # (number, wrapped lines)


class Layout:
    """Fills pages with the printed paragraphs of a bill."""

    def __init__(self, spec: LayoutSpec) -> None:
        self.spec = spec
        self.text_width = PAGE_WIDTH - spec.left - spec.right
        self.pages: list[Page] = []
        self.y = 0.0
        self.note_counter = 0
        self.part = ""

    # -- words and lines -------------------------------------------------------------------

    def _words(self, para: Para, spec: StyleSpec) -> tuple[list[Word], list[tuple[str, str]]]:
        words: list[Word] = []
        notes: list[tuple[str, str]] = []
        for text, note in split_footnotes(para.text):
            if note is None:
                words.extend(Word(w, spec.font, spec.size) for w in text.split())
                continue
            self.note_counter += 1
            number = str(self.note_counter)
            notes.append((number, note))
            if words:
                words[-1].note_number = number
        return words, notes

    def _breaks(self, word: Word) -> list[tuple[str, str]]:
        """Ways to split ``word``, best first: at its own hyphen, then longest syllable break."""
        options = break_points(word.text)
        own = [(head, rest) for head, rest in options if word.text[len(head) - 1] == "-"]
        syllables = [option for option in options if option not in own] if self.spec.hyphenate else []
        return own[::-1] + syllables[::-1]

    def _lines(self, para: Para) -> list[Line]:
        spec = STYLES[para.style]
        words, notes = self._words(para, spec)
        x0 = self.spec.left + para.indent * INDENT
        label_x = x0
        hang = 0.0
        if para.label:
            hang = max(INDENT, stringWidth(para.label, spec.font, spec.size) + 5)
        x = x0 + hang
        width = self.text_width - (x - self.spec.left)
        space = stringWidth(" ", spec.font, spec.size)
        justify = spec.justify and self.spec.justify
        lines: list[Line] = []
        current: list[Word] = []
        used = 0.0
        queue = list(words)
        while queue:
            word = queue.pop(0)
            needed = word.width() + (space if current else 0)
            if used + needed <= width:
                current.append(word)
                used += needed
                continue
            room = width - used - (space if current else 0)
            for head, rest in self._breaks(word):
                if stringWidth(head, word.font, word.size) <= room:
                    current.append(Word(head, word.font, word.size))
                    queue.insert(0, Word(rest, word.font, word.size, word.note_number))
                    break
            else:
                if not current:  # a word wider than the line: put it alone
                    current.append(word)
                else:
                    queue.insert(0, word)
            lines.append(Line(current, x, width, justify))
            current, used = [], 0.0
        if current or not lines:
            lines.append(Line(current, x, width, False))
        lines[-1].justify = False
        lines[0].label = para.label
        lines[0].label_x = label_x
        for line in lines:
            line.style = spec
        # attach each footnote to the line whose word carries its marker
        by_number = dict(notes)
        for line in lines:
            for word in line.words:
                if word.note_number and word.note_number in by_number:
                    line.notes.append((word.note_number, by_number.pop(word.note_number)))
        return lines

    # -- pages -----------------------------------------------------------------------------

    def _new_page(self) -> None:
        self.pages.append(Page(part=self.part))
        self.y = PAGE_HEIGHT - self.spec.top

    def _note_lines(self, text: str) -> list[str]:
        width = self.text_width - 12
        lines, current = [], ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if stringWidth(candidate, "Times-Roman", NOTE_SIZE) <= width or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
        return lines

    def _notes_height(self, notes: Iterable[tuple[str, list[str]]]) -> float:
        notes = list(notes)
        if not notes:
            return 0.0
        return 10 + sum(len(lines) for _, lines in notes) * NOTE_LEADING

    def _fits(self, lines: list[Line]) -> bool:
        page = self.pages[-1]
        notes = list(page.notes)
        y = self.y
        for line in lines:
            notes += [(n, self._note_lines(t)) for n, t in line.notes]
            y -= line.style.leading
            if y < self.spec.bottom + self._notes_height(notes):
                return False
        return True

    def add(self, para: Para) -> None:
        part = "memorandum" if para.part == "memorandum" else "bill"
        if part != self.part:
            self.part = part
            self.note_counter = 0
            self._new_page()
        spec = STYLES[para.style]
        lines = self._lines(para)
        if self.pages[-1].lines:
            self.y -= spec.space_before
        if spec.keep_with_next and not self._fits(lines + [lines[-1]] * 2):  # heading + 2 lines
            self._new_page()
        for line in lines:
            if not self._fits([line]):
                self._new_page()
            self.y -= line.style.leading
            page = self.pages[-1]
            page.lines.append(PlacedLine(line, self.y))
            page.notes += [(n, self._note_lines(t)) for n, t in line.notes]


# -- drawing -------------------------------------------------------------------------------


def _draw_line(canvas: Canvas, placed: PlacedLine) -> None:
    line = placed.line
    if line.label:
        canvas.setFont(line.style.font, line.style.size)
        canvas.drawString(line.label_x, placed.y, line.label)
    if not line.words:
        return
    word_space = 0.0
    if line.justify and len(line.words) > 1:
        space = stringWidth(" ", line.style.font, line.style.size)
        natural = sum(w.width() for w in line.words) + space * (len(line.words) - 1)
        word_space = (line.width - natural) / (len(line.words) - 1)
    text = canvas.beginText(line.x, placed.y)
    text.setWordSpace(word_space)
    for index, word in enumerate(line.words):
        text.setFont(word.font, word.size)
        text.textOut(word.text + ("" if word.note_number or index == len(line.words) - 1 else " "))
        if word.note_number:
            text.setFont(word.font, SUP_SIZE)
            text.setRise(SUP_RISE)
            text.textOut(word.note_number)
            text.setRise(0)
            text.setFont(word.font, word.size)
            if index < len(line.words) - 1:
                text.textOut(" ")
    canvas.drawText(text)


def _draw_notes(canvas: Canvas, page: Page, spec: LayoutSpec) -> None:
    if not page.notes:
        return
    total = sum(len(lines) for _, lines in page.notes)
    y = spec.bottom + total * NOTE_LEADING + 2
    canvas.setLineWidth(0.5)
    canvas.line(spec.left, y + 4, spec.left + 120, y + 4)
    for number, lines in page.notes:
        for index, text in enumerate(lines):
            y -= NOTE_LEADING
            if index == 0:
                canvas.setFont("Times-Roman", SUP_SIZE)
                canvas.drawString(spec.left, y + 2.5, number)
            canvas.setFont("Times-Roman", NOTE_SIZE)
            canvas.drawString(spec.left + 10, y, text)


def _kamerstuk_furniture(canvas: Canvas, bill: Bill, page: Page, number: int) -> None:
    nr = 3 if page.part == "memorandum" else 2
    canvas.setFont(FURNITURE_FONT, 8)
    canvas.drawString(
        KAMERSTUK.left, PAGE_HEIGHT - 44,
        f"Tweede Kamer, vergaderjaar {bill.vergaderjaar}, {bill.dossier}, nr. {nr}",
    )
    canvas.drawCentredString(PAGE_WIDTH / 2, 36, str(number))


def _consultation_furniture(canvas: Canvas, bill: Bill, number: int, total: int) -> None:
    canvas.setFont(FURNITURE_FONT, 8)
    canvas.drawString(CONSULTATION.left, PAGE_HEIGHT - 48, "Versie voor internetconsultatie")
    canvas.drawRightString(PAGE_WIDTH - CONSULTATION.right, PAGE_HEIGHT - 48, bill.date)
    canvas.drawString(CONSULTATION.left, 38, f"Versie voor internetconsultatie {bill.date}")
    canvas.drawRightString(PAGE_WIDTH - CONSULTATION.right, 38, f"{number} van {total}")


def render_pdf(bill: Bill, path: str | Path, layout: str | None = None) -> Path:
    """Write ``bill`` (with its memorandum, if any) as a PDF in the bill's or the given layout."""
    layout = layout or bill.layout
    spec = KAMERSTUK if layout == "kamerstuk" else CONSULTATION
    if layout == "consultation":
        spec = LayoutSpec(**{**spec.__dict__, "line_numbers": bill.line_numbers})
    bill_head, memo_head = title_paras(bill, layout)
    engine = Layout(spec)
    for para in bill_head + list(bill_paras(bill)):
        engine.add(para)
    memo = list(memorandum_paras(bill))
    if memo:
        for para in memo_head + memo:
            engine.add(para)

    path = Path(path)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setTitle(bill.title)
    canvas.setAuthor("billgen")
    line_number = 0
    total = len(engine.pages)
    for index, page in enumerate(engine.pages, start=1):
        if layout == "kamerstuk":
            _kamerstuk_furniture(canvas, bill, page, index)
        else:
            _consultation_furniture(canvas, bill, index, total)
        for placed in page.lines:
            _draw_line(canvas, placed)
            line_number += 1
            if spec.line_numbers and line_number % spec.line_numbers == 0:
                canvas.setFont("Times-Roman", placed.line.style.size)
                canvas.drawRightString(spec.left - 22, placed.y, str(line_number))
        _draw_notes(canvas, page, spec)
        canvas.showPage()
    canvas.save()
    return path
