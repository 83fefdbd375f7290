"""HTML pages (consultation documents saved from a browser) into blocks.

BeautifulSoup's built-in parser reads the page; nothing is fetched (no scripts, styles,
images or linked documents). Each block-level element (paragraph, heading, list item, table
row) becomes a block; ``<script>``, ``<style>``, navigation and page header/footer are left
out. Items of an ordered list get the number the browser would print ("1.", "a.", "ii.").
Footnotes are left out as in the other readers: a notes section (a heading "Noten" /
"Voetnoten" with its list, or an element marked as footnotes by class, id or role) and
superscript note references ("<sup>1</sup>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from wetscan.errors import EmptyDocument, LimitExceeded
from wetscan.ingest.limits import MAX_HTML_BYTES, MAX_HTML_TAGS, megabytes
from wetscan.ingest.numbering import format_number
from wetscan.model import Block
from wetscan.i18n import _
from wetscan.vocabulary import whole

#: Elements whose content is never printed text of the document.
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "nav", "header", "footer", "iframe", "object", "svg", "button", "form", "select"})
#: Elements that start a new block.
BLOCK_ELEMENTS = frozenset({
    "p", "div", "li", "dt", "dd", "blockquote", "pre", "section", "article", "main", "aside", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "dl", "figure", "figcaption", "hr", "br",
    "center", "caption",
})
HEADING_ELEMENTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
NOTES_HEADING = re.compile(r"^\s*(?:voet|eind)?noten\s*$|^\s*(?:foot|end)?notes\s*$", re.IGNORECASE)
NOTES_MARK = re.compile(r"(?:foot|end)notes?|voetnot|eindnot|\bnoten\b", re.IGNORECASE)
NOTE_REFERENCE = re.compile(r"^\s*\[?\d{1,3}\]?\s*$")
#: The ``type`` of an ``<ol>`` as a Word-style number format.
OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


@dataclass
class HtmlDocument:
    blocks: list[Block]
    title: str | None


def read_html(path: str, data: bytes) -> HtmlDocument:
    _check_size(path, data)
    soup = BeautifulSoup(data, "html.parser")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else None
    collector = _Collector()
    collector.walk(soup.body or soup)
    collector.flush()
    if not collector.blocks:
        raise EmptyDocument(path, _("the HTML page contains no text"))
    return HtmlDocument(blocks=collector.blocks, title=title or None)


def _check_size(path: str, data: bytes) -> None:
    """Refuse a page the parser would take minutes or gigabytes over, before parsing it."""
    if len(data) > MAX_HTML_BYTES:
        raise LimitExceeded(path, _("HTML page is {size}, larger than the {limit} limit").format(
            size=megabytes(len(data)), limit=megabytes(MAX_HTML_BYTES)))
    tags = data.count(b"<")  # at least as many as the elements the parser would build
    if tags > MAX_HTML_TAGS:
        raise LimitExceeded(path, _("HTML page has {tags} tags, more than the {limit} limit").format(
            tags=whole(tags), limit=whole(MAX_HTML_TAGS)))


def _is_notes(element: Tag) -> bool:
    """An element that holds the footnotes (by class, id or ARIA role)."""
    marks = " ".join([*element.get("class", []), element.get("id", ""), element.get("role", "")])
    return bool(marks.strip()) and bool(NOTES_MARK.search(marks))


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.prefix = ""
        self.kind = "paragraph"

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        if not text:
            self.buffer = []
            return  # keep a pending list number for the item's first paragraph
        if self.prefix:
            text = f"{self.prefix} {text}".strip()
        if text:
            self.blocks.append(Block(text=text, kind=self.kind))
        self.buffer, self.prefix, self.kind = [], "", "paragraph"

    def walk(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in SKIPPED or _is_notes(child):
                continue
            if child.name == "sup" and NOTE_REFERENCE.match(child.get_text()):
                continue
            if child.name in HEADING_ELEMENTS and NOTES_HEADING.match(child.get_text()):
                self.flush()
                self._skip_notes_after(child)
                continue
            if child.name not in BLOCK_ELEMENTS:
                self.walk(child)
                continue
            self.flush()
            if child.name in ("ol", "ul"):
                self._list(child)
            elif child.name == "tr":
                cells = [" ".join(cell.get_text(" ").split()) for cell in child.find_all(["td", "th"], recursive=False)]
                self.buffer.append(" | ".join(cell for cell in cells if cell))
            else:
                if child.name in HEADING_ELEMENTS:
                    self.kind = "heading"
                self.walk(child)
            self.flush()

    def _skip_notes_after(self, heading: Tag) -> None:
        """Leave out the list of notes that follows a "Noten" heading."""
        following = heading.find_next_sibling()
        if following is not None and following.name in ("ol", "ul", "div", "dl", "section"):
            following.decompose()

    def _list(self, element: Tag) -> None:
        ordered = element.name == "ol"
        fmt = OL_FORMATS.get(element.get("type", "1"), "decimal")
        try:
            number = int(element.get("start", 1))
        except ValueError:
            number = 1
        for item in element.find_all("li", recursive=False):
            if ordered:
                try:
                    number = int(item.get("value", number))
                except ValueError:
                    pass
                self.prefix = f"{format_number(number, fmt)}."
                number += 1
            else:
                self.prefix = "–"
            self.walk(item)
            self.flush()
