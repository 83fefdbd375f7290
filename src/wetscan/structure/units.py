"""Cut a document's lines into *units*: the pieces a drafter numbers or heads.

Readers hand the parser either one block per paragraph (XML, DOCX) or one block per printed line
(PDF, plain text). This module makes both look the same: every line either starts a new unit or
continues the previous one, and the text of a unit is its lines joined with single spaces.

A line starts a unit when it is

* a division heading: "HOOFDSTUK 2. TAKEN", "Afdeling 2.3", "§ 4", "Titel 1.1";
* an article heading of its own: "Artikel 4a", "ARTIKEL I", "Artikel 3 (taak van het college)",
  "Artikel 3. Taak van het college", "Enig artikel", "Artikel A 1" (Kieswet) (but not "Artikel 4a
  is van toepassing", which is a sentence that happens to begin with a reference);
* the heading of an unnumbered article, right after a sentence ends: "Algemene bepaling" (the
  Grondwet's first article), "Slotbepaling" — so that it is not glued to the article before;
* a number: a lid ("1. Het college ...", "2a. ...") or a numbered amendment instruction;
* an onderdeel label: "a. ...", "aa. ...", "1°. ...", "i. ...";
* a bare capital letter: the onderdeel "A", "B", "Ba", "AA" of an amending article;
* a part heading: "MEMORIE VAN TOELICHTING", "Artikelsgewijs", ...;
* the closing formula of a bill ("Lasten en bevelen ...", "Gegeven ...", a signature);
* the text right after an instruction that ends in "luidende:" or "komt te luiden:" (the
  quoted new text), or any line where a reader's ``quoted`` hint changes.

A line also starts a unit when the reader says it starts a new block *and* the previous unit is
a heading, so that the text after "Artikel 3" is not glued onto the heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from wetscan.model import Block, Document
from wetscan.structure.headings import (
    DIVISION_LEVELS,
    TERMINAL,
    UNNUMBERED_ARTICLE,
    article_heading,
    division_heading,
    is_bare_letter,
    is_closing,
    is_memorandum_heading,
)
from wetscan.structure.instructions import is_instruction

UnitKind = Literal[
    "division",  # hoofdstuk, titel, afdeling, paragraaf, subparagraaf
    "article",  # an article heading
    "number",  # a lid or a numbered instruction: "1. ..."
    "item",  # an onderdeel: "a. ...", "1°. ..."
    "letter",  # the lettered onderdeel of an amending article: "A"
    "memorandum",  # the heading that starts the explanatory memorandum
    "closing",  # the closing formula and signatures of a bill
    "text",  # anything else
]

_WS = re.compile(r"\s+")

#: A lid number: "1. ..." as printed in bills, or "1 ..." as BWB prints it (then followed by a
#: capital, so that "12 januari" in a wrapped sentence does not count).
_NUMBER_RE = re.compile(r"^(?P<number>\d{1,3}[a-z]{0,2})(?:\.\s+(?P<rest>\S.*)|\s+(?P<bare>[A-Z«].*))$")
_ITEM_RE = re.compile(r"^(?P<label>[a-z]{1,2}\.|[ivx]{1,5}\.|\d{1,3}°\.?|[-–•])\s+\S")
_INLINE_LETTER = re.compile(r"^(?P<letter>([A-Z])\2?[a-z]?)\.\s+(?P<rest>[A-Z].*)$")
#: The formulas of the *aanhef* (royal preamble, considerans, legal basis) each start a paragraph.
_PREAMBLE_RE = re.compile(
    r"^(?:Wij [A-Z]|Allen,? die deze|Alzo Wij|Op de voordracht|Gelet op\b|Zo is het\b|"
    r"Hebben goedgevonden|Gehoord\b|Besluit(?:en)?\s*:|Besluiten\b|De Raad van State gehoord|"
    r"(?i:voorstel van wet|ontwerpbesluit|ontwerp-besluit|ontwerpregeling|wetsvoorstel)\.?$)"
)
#: The phrase with which an amendment instruction introduces the text it quotes.
QUOTE_INTRODUCER = re.compile(
    r"\b(?:luidende|te luiden|vervangen door|ingevoegd|toegevoegd|als volgt gelezen|gelezen)\s*:\s*$",
    re.IGNORECASE,
)
#: Words that, ending a printed line, announce a number on the next line ("artikel\n12"):
#: a line break there is not the start of a lid.
_REFERENCE_WORDS = re.compile(
    r"\b(?:artikel|artikelen|lid|leden|onderdeel|onderdelen|onder|sub|hoofdstuk|hoofdstukken|"
    r"afdeling|paragraaf|titel|bijlage|nummer|nr\.)$",
    re.IGNORECASE,
)
#: The longest title of an article or division printed on a line of its own.
MAX_TITLE_LENGTH = 160
#: Finite verbs that mark a line as the start of a sentence rather than the title of a heading.
_FINITE_VERB = re.compile(
    r"\b(?:wordt|worden|is|zijn|kan|kunnen|mag|moet|stelt|stellen|komt|komen|vervalt|vervallen|"
    r"treedt|draagt|dragen|heeft|hebben|geeft|neemt|verstrekt|zendt|werkt|werken)\b"
)


#: A line ending in a function word continues on the next line: it is not a title.
_OPEN_END = re.compile(
    r"\b(?:de|het|een|der|des|van|die|dat|en|of|in|op|aan|voor|met|door|bij|tot|te|om|als|"
    r"dan|naar|over|onder|zijn|haar|hun|waarin|waarop|indien|wanneer|welke)$",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """Collapse all whitespace (including non-breaking spaces) to single spaces."""
    return _WS.sub(" ", text.replace("\u00ad", "")).strip()


@dataclass
class Line:
    """One printed line (or one paragraph, for readers that give paragraphs)."""

    text: str
    page: int | None
    block_start: bool
    heading: bool
    part: str | None
    quoted: bool | None


@dataclass
class Unit:
    """A numbered or headed piece of text: a heading, a lid, an onderdeel, a paragraph."""

    kind: UnitKind
    text: str
    page: int | None
    part: str | None = None
    quoted: bool | None = None
    label: str | None = None  # division label, article number, lid number, letter
    number: str | None = None  # the number of a division or article
    title: str | None = None  # the title of a heading ("Taak van het college")
    level: int | None = None  # division level (0 = hoofdstuk)
    heading: bool = False  # a reader marked it as a heading it could not otherwise label
    lines: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The text without its lid number ("1. Het college ..." -> "Het college ...")."""
        if self.kind == "number":
            match = _NUMBER_RE.match(self.text)
            if match:
                return match["rest"] or match["bare"]
        return self.text


#: A lid or onderdeel number printed on a line of its own (a hanging indent in a PDF exported
#: from Word): it belongs to the text on the next line.
_LONE_LABEL = re.compile(r"^(?:\d{1,3}[a-z]{0,2}\.|[a-z]{1,2}\.|\d{1,3}°\.?)$")


def _ends_unit(line: Line) -> bool:
    """Can a new unit start after ``line`` (it ends a sentence or is a heading)?"""
    heading = article_heading(line.text) or division_heading(line.text)
    return line.text.endswith(TERMINAL) or line.heading or bool(heading)


def document_lines(document: Document) -> list[Line]:
    """Split the document's blocks into lines, keeping each block's page and hints."""
    lines: list[Line] = []
    label: Line | None = None
    for block in document.blocks:
        first = True
        for raw in block.text.split("\n"):
            text = normalise(raw)
            if not text:
                continue
            line = _line(block, text, first)
            first = False
            if label is not None:
                if article_heading(line.text) or division_heading(line.text):
                    lines.append(label)
                else:
                    line = replace(label, text=f"{label.text} {line.text}")
                label = None
            if _LONE_LABEL.match(text) and (not lines or _ends_unit(lines[-1])):
                label = line
            else:
                lines.append(line)
    if label is not None:
        lines.append(label)
    return lines


def _line(block: Block, text: str, first: bool) -> Line:
    return Line(
        text=text,
        page=block.page,
        block_start=first,
        heading=block.kind == "heading",
        part=block.part,
        quoted=block.quoted,
    )



def _could_be_title(line: Line, after: Line | None, max_length: int, of: UnitKind) -> bool:
    """Is ``line``, printed right after a heading, the heading's title?

    A title does not end like a sentence. Followed by a lid (or, for a division, by an article)
    it can only be a title; an article's line followed by the next article is its whole text.
    Followed by text, a title must also be shorter than a printed line (``max_length``), have
    no finite verb, not end in a word that needs a continuation, and the text must start anew."""
    if line.heading:
        return True
    text = line.text
    if text.endswith(TERMINAL) or len(text) > MAX_TITLE_LENGTH or not (text[0].isupper() or text[0] == "("):
        return False
    if after is None:
        return False
    follower = _starts_unit(after, line)
    if follower == "number" or (of == "division" and follower in ("article", "division")):
        return True
    return (
        follower is None
        and len(text) <= max_length
        and not _FINITE_VERB.search(text)
        and not _OPEN_END.search(text)
        and follower != "item"
        and after.text[0].isupper()
    )


def title_length(lines: list[Line]) -> int:
    """The longest line that may be a heading's title on a line of its own.

    Readers that give one block per paragraph (XML, DOCX) end almost every block with
    punctuation; a title there may be long. Readers that give printed lines (PDF) wrap
    sentences, so a title must be clearly shorter than a full printed line."""
    if not lines:
        return 0
    open_ended = sum(1 for line in lines if not line.text.endswith(TERMINAL))
    if open_ended / len(lines) < 0.5:
        return MAX_TITLE_LENGTH
    widths = sorted(len(line.text) for line in lines)
    full_line = widths[int(len(widths) * 0.9)]
    return min(MAX_TITLE_LENGTH, int(full_line * 0.8))


def _starts_unit(line: Line, previous: Line | None) -> UnitKind | None:
    """The kind of unit ``line`` starts, or None when it continues the previous unit."""
    text = line.text
    if division_heading(text):
        return "division"
    if article_heading(line.text):
        return "article"
    if UNNUMBERED_ARTICLE.match(text) and (previous is None or previous.text.endswith(TERMINAL)):
        return "article"
    if is_memorandum_heading(text, previous.text if previous else None):
        return "memorandum"
    if is_bare_letter(text):
        return "letter"
    after_reference = (
        previous is not None
        and not line.heading
        and _REFERENCE_WORDS.search(previous.text[-24:]) is not None
        and not previous.text.endswith(TERMINAL)
    )
    if _NUMBER_RE.match(text) and not after_reference:
        return "number"
    if _ITEM_RE.match(text) and not after_reference:
        return "item"
    if is_closing(text) and (previous is None or previous.text.endswith(TERMINAL) or is_closing(previous.text)):
        return "closing"
    if _PREAMBLE_RE.match(text):
        return "text"
    return None


def _new_unit(kind: UnitKind, line: Line) -> Unit:
    unit = Unit(kind=kind, text=line.text, page=line.page, part=line.part, quoted=line.quoted)
    unit.heading = kind == "text" and line.heading
    unit.lines.append(line.text)
    if kind == "division":
        label, number, title = division_heading(line.text)  # type: ignore[misc]
        unit.label, unit.number, unit.title = label, number, title
        unit.level = DIVISION_LEVELS[label.lower()]
    elif kind == "article":
        number, title = article_heading(line.text) or (line.text, None)  # an unnumbered article: its heading
        unit.label, unit.number, unit.title = number, number, title
    elif kind == "number":
        unit.label = _NUMBER_RE.match(line.text)["number"]  # type: ignore[index]
    elif kind == "letter":
        unit.label = is_bare_letter(line.text)
    return unit


_HEADING_KINDS = ("division", "article", "letter", "memorandum")


def _breaks_after(current: Unit, line: Line) -> bool:
    """Must ``line``, which starts nothing by itself, still begin a new (text) unit after
    ``current``? Yes after a heading, after a line ending in "luidende:" (quoted text follows),
    when the reader's hints change, and for each new block of the closing."""
    return (
        current.kind in _HEADING_KINDS
        or current.heading
        or (line.heading and line.block_start)
        or (current.kind == "closing" and line.block_start)
        or (line.quoted is not None and current.quoted is not None and line.quoted != current.quoted)
        or (line.part is not None and current.part is not None and line.part != current.part)
        or QUOTE_INTRODUCER.search(current.lines[-1][-40:]) is not None
    )


def _takes_title(current: Unit, line: Line, after: Line | None, max_title: int) -> bool:
    """Is ``line`` the title of the article or division heading ``current``?"""
    return (
        current.kind in ("division", "article")
        and current.title is None
        and len(current.lines) == 1
        and _could_be_title(line, after, max_title, current.kind)
    )


def segment(lines: list[Line]) -> list[Unit]:
    """Group lines into units (see the module docstring for what starts a unit)."""
    units: list[Unit] = []
    continued: list[str] = []  # the lines that continue units[-1], joined to its text once it is complete
    previous: Line | None = None
    max_title = title_length(lines)
    for index, line in enumerate(lines):
        current = units[-1] if units else None
        count = len(units)
        after = lines[index + 1] if index + 1 < len(lines) else None
        inline = _INLINE_LETTER.match(line.text)
        kind = _starts_unit(line, previous)
        if inline and is_instruction(inline["rest"]):
            # "B. Artikel 7 vervalt.": an onderdeel letter printed on the line of its instruction.
            units.append(_new_unit("letter", replace(line, text=inline["letter"])))
            units.append(_new_unit("text", replace(line, text=inline["rest"])))
        elif kind is not None or current is None:
            units.append(_new_unit(kind or "text", line))
        elif _takes_title(current, line, after, max_title):
            current.title = line.text
            current.lines.append(line.text)
        elif _breaks_after(current, line):
            units.append(_new_unit("text", line))
        else:
            continued.append(line.text)
            current.lines.append(line.text)
        if len(units) != count:
            _join_continued(current, continued)
        previous = line
    if units:
        _join_continued(units[-1], continued)
    return units


def _join_continued(unit: Unit | None, continued: list[str]) -> None:
    """Add the continuation lines to ``unit``'s text, in one join (line by line is quadratic in a long unit)."""
    if unit is not None and continued:
        unit.text = " ".join([unit.text, *continued])
        continued.clear()
