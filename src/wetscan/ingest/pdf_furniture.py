"""Remove page furniture: what a printed page shows around the text of the bill itself.

* Running headers and footers: lines in the top or bottom band of the page that repeat on
  several pages (digits ignored, so "36 123, nr. 2 3" and "... 4" count as the same line), or
  that are obviously furniture there (a page number, "Tweede Kamer, vergaderjaar ...",
  "Pagina 3 van 12", the "kst-..." colophon).
* Margin line numbers of Word consultation drafts: a column of small integers left of the text.
* Footnotes at the foot of a page: a run of lines in a smaller font at the bottom of the page.

Lines are marked ``removed`` and then dropped; what is left is the text in reading order.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from wetscan.ingest.pdf_lines import Line

#: Share of the page height at the top and bottom where running headers and footers sit.
HEADER_BAND = 0.07
FOOTER_BAND = 0.07
#: A band line is a running header/footer when it repeats on at least this share of the pages.
REPEAT_SHARE = 0.4
#: Footnote text is set smaller than this share of the body text height.
FOOTNOTE_SIZE = 0.88
#: Margin numbering must number at least this many lines (Word may number only every 5th line),
#: and the numbers must mostly increase down the page.
MARGIN_MIN_LINES = 5
MARGIN_MIN_SHARE = 0.05
MARGIN_INCREASING = 0.8

PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$"
    r"|^(?:pagina|blz\.?|blad|page)\s*\d{1,4}(?:\s*(?:van|/|of)\s*\d{1,4})?$"
    r"|^\d{1,4}\s*(?:/|van)\s*\d{1,4}$",
    re.IGNORECASE,
)
BAND_FURNITURE = re.compile(
    r"^(?:Tweede|Eerste)\s+Kamer,?\s+vergaderjaar\b"
    r"|^kst-\d"
    r"|\bISSN\s+\d{4}"
    r"|^Staatsblad\s+\d{4}\b"
    r"|^Staatscourant\s+\d{4}\b"
    r"|^Versie\s+voor\s+(?:internet)?consultatie\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_INTEGER = re.compile(r"^\d{1,4}$")


def remove_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop headers, footers, page numbers, margin numbers and footnotes from ``pages``."""
    _mark_running_lines(pages)
    _strip_margin_numbers(pages)
    body_size = _body_size(pages)
    if body_size:
        for lines in pages:
            _mark_footnotes(lines, body_size)
    return [[line for line in lines if not line.removed] for lines in pages]


def _in_band(line: Line) -> bool:
    return line.bottom < HEADER_BAND * line.page_height or line.top > (1 - FOOTER_BAND) * line.page_height


def _shape(line: Line) -> str:
    return _DIGITS.sub("#", line.text.lower())


def _mark_running_lines(pages: list[list[Line]]) -> None:
    band_lines = [line for lines in pages for line in lines if _in_band(line)]
    pages_with: Counter[str] = Counter()
    for lines in pages:
        pages_with.update({_shape(line) for line in lines if _in_band(line)})
    threshold = max(2, REPEAT_SHARE * len(pages))
    for line in band_lines:
        text = line.text
        if PAGE_NUMBER.match(text) or BAND_FURNITURE.search(text) or pages_with[_shape(line)] >= threshold:
            line.removed = True


def _strip_margin_numbers(pages: list[list[Line]]) -> None:
    """Remove the line numbers Word prints in the left margin of consultation drafts."""
    lines = [line for page in pages for line in page if not line.removed]
    candidates = [line for line in lines if _INTEGER.match(line.words[0].text)]
    if len(candidates) < MARGIN_MIN_LINES:
        return
    # Word right-aligns its line numbers: they share the right edge of their column.
    column = Counter(round(line.words[0].x1 / 3) for line in candidates).most_common(1)[0][0]
    numbered = [line for line in candidates if abs(round(line.words[0].x1 / 3) - column) <= 1]
    if len(numbered) < max(MARGIN_MIN_LINES, MARGIN_MIN_SHARE * len(lines)) or not _increasing(numbered):
        return
    numbers_right = max(line.words[0].x1 for line in numbered)
    numbered_ids = {id(line) for line in numbered}
    text_starts = [line.x0 for line in lines if id(line) not in numbered_ids]
    text_starts += [line.words[1].x0 for line in numbered if len(line.words) > 1]
    if not text_starts or min(text_starts) <= numbers_right:
        return  # the "numbers" are part of the text column (a numbered list, a table)
    for line in numbered:
        if len(line.words) == 1:
            line.removed = True
        else:
            line.words = line.words[1:]


def _increasing(numbered: list[Line]) -> bool:
    pairs = [
        (int(first.words[0].text), int(second.words[0].text))
        for first, second in zip(numbered, numbered[1:])
        if first.page == second.page
    ]
    return bool(pairs) and sum(a < b for a, b in pairs) >= MARGIN_INCREASING * len(pairs)


def _body_size(pages: list[list[Line]]) -> float:
    sizes = [line.size for lines in pages for line in lines if not line.removed for _ in line.words]
    return median(sizes) if sizes else 0.0


def _mark_footnotes(lines: list[Line], body_size: float) -> None:
    """Mark the run of small-print lines at the foot of the page (its footnotes)."""
    kept = [line for line in lines if not line.removed]
    run: list[Line] = []
    for line in reversed(kept):
        if line.size < FOOTNOTE_SIZE * body_size:
            run.append(line)
        else:
            break
    if not run:
        return
    first = run[-1]
    marker = first.words[0].text
    if first.top > first.page_height / 2 and (_DIGITS.match(marker) or marker.startswith("*")):
        for line in run:
            line.removed = True
