"""OpenDocument text (.odt) into blocks, with the numbers automatic list numbering prints.

Some consultations publish their drafts as ODT (LibreOffice, or Word's "save as ODF"). As in
Word, lid numbers ("1.", "2.") and onderdeel letters ("a.", "1°") are usually produced by list
numbering: a ``text:list`` names a list style whose ``text:list-level-style-number`` says, per
level, the format ("1", "a", "i"), prefix, suffix and start value. A new list restarts the count
unless it says ``text:continue-numbering="true"`` or ``text:continue-list`` (it continues the
previous or the named list); a ``text:list-item`` may restart at its own ``start-value``. This
reader recovers those labels, writes them in front of the paragraph text, and reads the body in
order: headings (``text:h``), paragraphs, list items and table rows. Footnotes
(``text:note``) and comments (``office:annotation``) are no text of the bill; comments are counted.

Tracked changes: inserted text stands in the body between ``text:change-start`` and
``text:change-end``; deleted text is kept apart in ``text:tracked-changes`` and marked in the body
by ``text:change``. ``revisions="proposed"`` reads the body as it stands (all accepted),
``"original"`` leaves insertions out and puts deletions back (all rejected).

The package is checked first exactly like a DOCX (:mod:`wetscan.ingest.package`: bounded member
streams against zip bombs, no DTD, limits on elements, paragraphs and text); then it is opened with
odfdo, which parses the package's XML with lxml.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from wetscan.errors import CorruptFile, EmptyDocument
from wetscan.ingest.package import OPENDOCUMENT, check_package
from wetscan.ingest.numbering import format_number
from wetscan.ingest.revisions import Revisions, revision_metadata
from wetscan.model import Block
from wetscan.i18n import _

#: ODF number formats ("1", "a", "A", "i", "I") as the Word formats ``format_number`` knows.
ODF_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "": "none"}
#: Inline elements that are no text of the document.
SKIPPED = frozenset({"text:note", "office:annotation", "office:annotation-end", "text:tracked-changes",
                     "text:sequence-decls", "office:forms", "text:bookmark-ref"})


@dataclass
class OdtDocument:
    blocks: list[Block]
    title: str | None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class ListLevel:
    fmt: str = "decimal"
    prefix: str = ""
    suffix: str = "."
    start: int = 1
    display: int = 1
    bullet: bool = False


def read_odt(path: str, data: bytes, revisions: Revisions = "proposed") -> OdtDocument:
    """Read an OpenDocument text; ``revisions`` chooses tracked changes accepted or rejected."""
    from odfdo import Document

    check_package(path, data, OPENDOCUMENT)
    try:
        document = Document(io.BytesIO(data))
        body = document.body
    except Exception as error:  # odfdo raises ValueError, KeyError, XMLSyntaxError, ...
        raise CorruptFile(path, _("damaged OpenDocument file ({error}: {detail})").format(
            error=type(error).__name__, detail=_one_line(error))) from None
    if document.get_type() not in ("text", "text-template"):
        raise CorruptFile(path, _("an OpenDocument {kind}, not a text document").format(kind=document.get_type()))
    reader = _Reader(document, revisions)
    blocks = reader.blocks(body)
    if not blocks:
        raise EmptyDocument(path, _("the OpenDocument file contains no text"))
    meta = document.meta
    title = (meta.get_title() or "").strip() or None
    metadata = {"author": meta.get_initial_creator() or ""} if meta.get_initial_creator() else {}
    metadata.update(revision_metadata(reader.changes, reader.comments, revisions))
    return OdtDocument(blocks=blocks, title=title, metadata=metadata)


class _Reader:
    """Walks the body in reading order, keeping the list counters and the tracked-change state."""

    def __init__(self, document, revisions: Revisions) -> None:
        self.document = document
        self.revisions = revisions
        self.counters: dict[str, list[int]] = {}  # list style -> count per level
        self.named_lists: dict[str, str] = {}  # xml:id of a list -> its style
        self.last_style: str | None = None
        self.insertions, self.deletions = _tracked_changes(document.body)
        self.changes = len(self.insertions) + len(self.deletions)
        self.comments = 0
        self.inserting: set[str] = set()

    def blocks(self, container) -> list[Block]:
        blocks: list[Block] = []
        for child in container.children:
            tag = child.tag
            if tag in ("text:p", "text:h"):
                self._add(blocks, self.text(child), "heading" if tag == "text:h" else "paragraph")
            elif tag == "text:list":
                blocks.extend(self._list(child, level=0, style=None))
            elif tag == "table:table":
                blocks.extend(self._table(child))
            elif tag in ("text:section", "text:soft-page-break") or tag.startswith("text:") and tag.endswith("-index"):
                blocks.extend(self.blocks(child))
        return blocks

    # -- lists ---------------------------------------------------------------------------------

    def _list(self, element, level: int, style: str | None) -> list[Block]:
        style = element.get_attribute_string("text:style-name") or style or self.last_style or ""
        if level == 0:
            style = self._start_list(element, style)
        blocks: list[Block] = []
        for item in element.children:
            if item.tag not in ("text:list-item", "text:list-header"):
                continue
            label = self._label(item, style, level) if item.tag == "text:list-item" else ""
            for child in item.children:
                if child.tag in ("text:p", "text:h"):
                    text = self.text(child)
                    if label and text:
                        text, label = f"{label} {text}", ""
                    self._add(blocks, text, "heading" if child.tag == "text:h" else "paragraph")
                elif child.tag == "text:list":
                    blocks.extend(self._list(child, level + 1, style))
        return blocks

    def _start_list(self, element, style: str) -> str:
        """A top-level list restarts its style's count unless it continues an earlier list."""
        continued = element.get_attribute_string("text:continue-list")
        if continued and continued in self.named_lists:
            style = self.named_lists[continued]
        elif element.get_attribute_string("text:continue-numbering") != "true":
            self.counters[style] = []
        own_id = element.get_attribute_string("xml:id")
        if own_id:
            self.named_lists[own_id] = style
        self.last_style = style
        return style

    def _label(self, item, style: str, level: int) -> str:
        levels = self._levels(style)
        counts = self.counters.setdefault(style, [])
        definition = levels.get(level, ListLevel())
        while len(counts) <= level:
            counts.append(levels.get(len(counts), ListLevel()).start - 1)
        del counts[level + 1:]
        restart = item.get_attribute_string("text:start-value")
        counts[level] = int(restart) if restart and restart.isdigit() else counts[level] + 1
        if definition.bullet:
            return format_number(0, "bullet")
        if definition.fmt == "none":
            return ""
        shown = range(max(0, level - definition.display + 1), level + 1)
        number = ".".join(format_number(counts[i], levels.get(i, ListLevel()).fmt) for i in shown)
        return f"{definition.prefix}{number}{definition.suffix}".strip()

    def _levels(self, style_name: str) -> dict[int, ListLevel]:
        style = self.document.get_style("list", style_name) if style_name else None
        if style is None:
            return {}
        levels = {}
        for child in style.children:
            level = int(child.get_attribute_string("text:level") or "1") - 1
            if child.tag == "text:list-level-style-bullet":
                levels[level] = ListLevel(bullet=True)
            elif child.tag == "text:list-level-style-number":
                start = child.get_attribute_string("text:start-value") or "1"
                display = child.get_attribute_string("text:display-levels") or "1"
                levels[level] = ListLevel(
                    fmt=ODF_FORMATS.get(child.get_attribute_string("style:num-format") or "", "decimal"),
                    prefix=child.get_attribute_string("style:num-prefix") or "",
                    suffix=child.get_attribute_string("style:num-suffix") or "",
                    start=int(start) if start.isdigit() else 1,
                    display=int(display) if display.isdigit() else 1,
                )
        return levels

    # -- tables and text -----------------------------------------------------------------------

    def _table(self, table) -> list[Block]:
        blocks = []
        for row in table.get_elements("descendant::table:table-row"):
            cells = []
            for cell in row.children:
                if cell.tag == "table:table-cell":
                    text = " ".join(self.text(p) for p in cell.get_elements("descendant::text:p"))
                    if text.strip():
                        cells.append(" ".join(text.split()))
            if cells:
                blocks.append(Block(text=" | ".join(cells)))
        return blocks

    def text(self, paragraph) -> str:
        parts: list[str] = []
        self._collect(paragraph, parts, own=True)
        return " ".join("".join(parts).split())

    def _collect(self, element, parts: list[str], own: bool = False) -> None:
        tag = element.tag
        original = self.revisions == "original"
        if tag in SKIPPED:
            self.comments += tag == "office:annotation"
        elif tag == "text:change-start":
            self.inserting.add(element.get_attribute_string("text:change-id") or "")
        elif tag == "text:change-end":
            self.inserting.discard(element.get_attribute_string("text:change-id") or "")
        elif tag == "text:change":
            if original:
                parts.append(self.deletions.get(element.get_attribute_string("text:change-id") or "", ""))
        elif tag == "text:s":
            parts.append(" " * int(element.get_attribute_string("text:c") or "1"))
        elif tag in ("text:tab", "text:line-break"):
            parts.append(" ")
        else:
            if element.text and not self._hidden():
                parts.append(element.text)
            for child in element.children:
                self._collect(child, parts)
        if not own and element.tail and not self._hidden():
            parts.append(element.tail)

    def _hidden(self) -> bool:
        """Inside an insertion while reading the original text."""
        return self.revisions == "original" and bool(self.inserting & self.insertions)

    def _add(self, blocks: list[Block], text: str, kind: str) -> None:
        if text:
            blocks.append(Block(text=text, kind=kind))  # type: ignore[arg-type]


def _tracked_changes(body) -> tuple[set[str], dict[str, str]]:
    """The ids of the insertions, and the text of each deletion, from ``text:tracked-changes``."""
    insertions: set[str] = set()
    deletions: dict[str, str] = {}
    for region in body.get_elements("descendant::text:changed-region"):
        change_id = region.get_attribute_string("text:id") or region.get_attribute_string("xml:id") or ""
        for child in region.children:
            if child.tag == "text:insertion":
                insertions.add(change_id)
            elif child.tag == "text:deletion":
                words = [p.text_recursive for p in child.get_elements("descendant::text:p")]
                deletions[change_id] = " ".join(" ".join(words).split())
    return insertions, deletions


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
