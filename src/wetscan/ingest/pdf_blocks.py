"""Join printed lines into blocks: one per paragraph where the layout makes that certain.

A line continues the previous one when the previous line runs to the right margin (the first
word of the line would not have fitted behind it) and the line does not open a new unit (an
article heading, a lid "2.", an onderdeel "a." or "1°", a lone onderdeel letter "B", a
bullet). A line that ends in a hyphenated word always continues, and the word is repaired.
Page breaks are no boundary: the first line on a page may continue the last line of the
previous page, so an article running over a page break stays whole. Each block keeps the
page it starts on. Where the layout leaves doubt the lines stay apart; the structure parser
joins what remains.
"""

from __future__ import annotations

import re

from wetscan.ingest.hyphenation import ends_with_hyphen, join_hyphenated
from wetscan.ingest.pdf_lines import Line
from wetscan.model import Block

#: A line starting like this opens a new unit of the text.
UNIT_START = re.compile(
    r"^(?:"
    r"(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Afdeling|AFDELING|Paragraaf|PARAGRAAF|Titel|TITEL|Boek|BOEK|Deel|DEEL)\s+\S+"
    r"|§"
    r"|\d+[a-z]?\.(?:\s|$)"  # lid "1." / "2a."
    r"|[a-z]{1,2}\.(?:\s|$)"  # onderdeel "a." / "aa."
    r"|\d+[a-z]?°"  # onderdeel "1°"
    r"|[ivxlc]+\.(?:\s|$)"  # onderdeel "iv."
    r"|[A-Z]{1,3}$"  # a lone amendment onderdeel "A", "BB"
    r"|[IVXLC]+$"
    r"|[-–—•·▪◦]\s"
    r")"
)
#: A line ending a sentence or clause; followed by a capital (or after ":" / ";") a new
#: paragraph or list item starts rather than a continuation.
SENTENCE_END = re.compile(r"[.:;][»”’\"')]?$")
#: The first word of the next line is estimated from the average character width of the
#: line (spaces included, so too narrow): allow this much wider before calling it a fit.
WORD_WIDTH_SLACK = 1.4
#: A heading line ("Artikel 3", "HOOFDSTUK 2", a lone "B") is never continued by the next line.
HEADING_START = re.compile(
    r"^(?:(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Afdeling|AFDELING|Paragraaf|PARAGRAAF|Titel|TITEL|Boek|BOEK|Deel|DEEL)\s+\S+"
    r"|§|[A-Z]{1,3}$|[IVXLC]+$)"
)
#: A blank line between two lines: the distance between their tops exceeds the usual line
#: pitch by this factor.
PARAGRAPH_PITCH = 1.5


def lines_to_blocks(pages: list[list[Line]]) -> list[Block]:
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    right_edge = _right_edge(lines)
    pitch = _line_pitch(lines)
    blocks: list[Block] = []
    text = ""
    page = None
    previous: Line | None = None
    for line in lines:
        if previous is not None and ends_with_hyphen(text):
            text = join_hyphenated(text, line.text)
        elif previous is not None and _continues(previous, line, right_edge, pitch):
            text = f"{text} {line.text}"
        else:
            if text:
                blocks.append(Block(text=text, page=page))
            text, page = line.text, line.page
        previous = line
    if text:
        blocks.append(Block(text=text, page=page))
    return blocks


def _right_edge(lines: list[Line]) -> float:
    """The right margin of the text column: where the longest lines end, and at least as far
    from the right side of the page as the text starts from the left (pages with only short
    lines, such as a list, would otherwise look full)."""
    ends = sorted(line.x1 for line in lines)
    starts = sorted(line.x0 for line in lines)
    widths = sorted(line.page_width for line in lines)
    left_margin = starts[int(0.05 * (len(starts) - 1))]
    return max(ends[int(0.95 * (len(ends) - 1))], widths[len(widths) // 2] - left_margin)


def _line_pitch(lines: list[Line]) -> float:
    """The usual distance from the top of one line to the top of the next."""
    pitches = sorted(
        line.top - previous.top
        for previous, line in zip(lines, lines[1:])
        if line.page == previous.page and line.top > previous.top
    )
    return pitches[len(pitches) // 2] if pitches else 0.0


def _continues(previous: Line, line: Line, right_edge: float, pitch: float) -> bool:
    if UNIT_START.match(line.text) or (len(previous.words) <= 4 and HEADING_START.match(previous.text)):
        return False
    if line.page == previous.page and pitch and line.top - previous.top > PARAGRAPH_PITCH * pitch:
        return False
    if SENTENCE_END.search(previous.text) and (previous.text.endswith((":", ";")) or line.text[:1].isupper()):
        return False  # "… ingevoegd:" / "… kosten;" / "… vast." + "Het …": a new unit begins
    text = previous.text
    char_width = (previous.x1 - previous.x0) / max(len(text), 1)
    first_word = line.words[0].text
    room = right_edge - previous.x1
    return room < (len(first_word) + 1) * char_width * WORD_WIDTH_SLACK
