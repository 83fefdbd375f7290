"""Word documents (.docx) into blocks, with the numbers Word's automatic numbering prints.

Consultation drafts are often written in Word, where the lid numbers ("1.", "2.") and
onderdeel letters ("a.", "b.", "1°") are produced by automatic numbering: the paragraph holds
only a reference (``w:numPr``: a list ``numId`` and a level ``ilvl``, directly or through its
paragraph style), and ``word/numbering.xml`` says how that level is printed. This reader
recovers those labels, writes them in front of the paragraph text, and reads the body in
order: paragraphs and table rows. Headers, footers, footnotes and comments are page
furniture and stay out (comments are counted, so the report can say they were ignored).

A consultation draft often still carries *tracked changes* (``w:ins``, ``w:del`` and the two
halves of a move, ``w:moveFrom``/``w:moveTo``). ``revisions="proposed"`` reads the text with every
change accepted, ``"original"`` with every change rejected; either way the number of changes is
recorded in the metadata (``tracked_changes``), so the report can say what was done.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from wetscan.errors import CorruptFile, EmptyDocument
from wetscan.ingest.package import check_package
from wetscan.ingest.numbering import format_number
from wetscan.ingest.revisions import Revisions, revision_metadata
from wetscan.model import Block
from wetscan.i18n import _

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_STYLE = re.compile(r"^(heading|kop|titel|title)\b", re.IGNORECASE)
_LEVEL_REFERENCE = re.compile(r"%([1-9])")


@dataclass
class DocxDocument:
    blocks: list[Block]
    title: str | None
    metadata: dict[str, str] = field(default_factory=dict)


def read_docx(path: str, data: bytes, revisions: Revisions = "proposed") -> DocxDocument:
    """Read a Word document; ``revisions`` chooses tracked changes accepted or rejected."""
    check_package(path, data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as error:  # python-docx raises KeyError, ValueError, XMLSyntaxError, ...
        raise CorruptFile(path, _("damaged Word document ({error}: {detail})").format(
            error=type(error).__name__, detail=_one_line(error))) from None
    numbering = Numbering(document)
    styles = {style.style_id: style for style in document.styles if style.style_id}
    blocks: list[Block] = []
    body = document.element.body
    blocks.extend(block for block, _paragraphs in _body_walk(body, numbering, styles, revisions))
    if not blocks:
        raise EmptyDocument(path, _("the Word document contains no text"))
    core = document.core_properties
    metadata = {key: str(value) for key, value in (("author", core.author), ("created", core.created), ("modified", core.modified)) if value}
    metadata.update(revision_metadata(count_changes(body), count_comments(body), revisions))
    title = (core.title or "").strip() or None
    return DocxDocument(blocks=blocks, title=title, metadata=metadata)


def body_blocks(document, revisions: Revisions = "proposed") -> Iterator[tuple[Block, list]]:
    """The body's blocks in reading order, each with the ``w:p`` elements it was read from.

    Paragraphs (also those in content controls, ``w:sdt``) are one block each; a table row is one
    block, its cells joined with " | ". The elements let :mod:`wetscan.report.annotate` anchor a
    Word comment on the paragraphs of a provision in a copy of the same document.
    """
    styles = {style.style_id: style for style in document.styles if style.style_id}
    return _body_walk(document.element.body, Numbering(document), styles, revisions)


def _body_walk(body, numbering: "Numbering", styles: dict, revisions: Revisions) -> Iterator[tuple[Block, list]]:
    """The walk of :func:`body_blocks`, with the list counters and styles of ``read_docx``."""
    for child in body.iterchildren():
        if child.tag == f"{W}tbl":
            yield from _table_blocks(child, revisions)
            continue
        paragraphs = [child] if child.tag == f"{W}p" else list(child.iter(f"{W}p")) if child.tag == f"{W}sdt" else []
        for paragraph in paragraphs:
            block = _paragraph_block(paragraph, numbering, styles, revisions)
            if block:
                yield block, [paragraph]


# ---------------------------------------------------------------------------------------------
# paragraph text
# ---------------------------------------------------------------------------------------------


#: The elements of a tracked change whose text goes when the changes are accepted / rejected.
_DROPPED = {"proposed": frozenset({f"{W}del", f"{W}moveFrom"}), "original": frozenset({f"{W}ins", f"{W}moveTo"})}
_CHANGES = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")


def count_changes(body) -> int:
    """The tracked changes to the text: insertions, deletions and moves that hold runs."""
    return sum(1 for change in body.iter(*_CHANGES) if change.find(f".//{W}r") is not None)


def count_comments(body) -> int:
    """The Word comments anchored in the text (``w:commentReference``)."""
    return sum(1 for _ in body.iter(f"{W}commentReference"))


def _dropped(node, paragraph, revisions: Revisions) -> bool:
    """Is ``node`` inside a tracked change that ``revisions`` leaves out?"""
    dropped = _DROPPED[revisions]
    parent = node.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in dropped:
            return True
        parent = parent.getparent()
    return False


def paragraph_text(paragraph, revisions: Revisions = "proposed") -> str:
    """The visible text of a ``w:p``: runs, tabs and breaks, with tracked changes accepted
    ("proposed") or rejected ("original"); field codes are not ``w:t`` and stay out."""
    parts: list[str] = []
    original = revisions == "original"
    for node in paragraph.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if (node.tag == f"{W}delText" and not original) or _dropped(node, paragraph, revisions):
            continue
        if node.tag in (f"{W}t", f"{W}delText"):
            parts.append(node.text or "")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _paragraph_block(paragraph, numbering: "Numbering", styles: dict, revisions: Revisions) -> Block | None:
    text = paragraph_text(paragraph, revisions)
    style_id = _style_id(paragraph)
    label = numbering.label(paragraph, style_id, styles) if text else ""
    if label:
        text = f"{label} {text}"
    if not text:
        return None
    kind = "heading" if _is_heading(paragraph, style_id, styles) else "paragraph"
    return Block(text=text, kind=kind)


def _style_id(paragraph) -> str | None:
    ppr = paragraph.find(f"{W}pPr")
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    return style.get(f"{W}val") if style is not None else None


def _is_heading(paragraph, style_id: str | None, styles: dict) -> bool:
    ppr = paragraph.find(f"{W}pPr")
    if ppr is not None and ppr.find(f"{W}outlineLvl") is not None:
        level = ppr.find(f"{W}outlineLvl").get(f"{W}val")
        return level is not None and level != "9"
    style = styles.get(style_id) if style_id else None
    while style is not None:
        if HEADING_STYLE.match(style.name or "") or HEADING_STYLE.match(style.style_id or ""):
            return True
        style = getattr(style, "base_style", None)
    return False


def _table_blocks(table, revisions: Revisions) -> Iterator[tuple[Block, list]]:
    for row in table.iter(f"{W}tr"):
        cells = []
        for cell in row.iterchildren(f"{W}tc"):
            cell_text = " ".join(paragraph_text(p, revisions) for p in cell.iter(f"{W}p"))
            if cell_text.strip():
                cells.append(" ".join(cell_text.split()))
        if cells:
            yield Block(text=" | ".join(cells)), list(row.iter(f"{W}p"))


# ---------------------------------------------------------------------------------------------
# automatic numbering
# ---------------------------------------------------------------------------------------------


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: show higher levels as decimal numbers


class Numbering:
    """Word's list definitions (numbering.xml) and the running counters while reading.

    A paragraph refers to a list instance ``numId`` at level ``ilvl``. Instances share an
    abstract definition (``abstractNum``) and continue its counters, unless the instance
    overrides the start of a level (``lvlOverride/startOverride``: "restart numbering"), which
    then restarts at the first paragraph of that instance. Numbering one level resets all
    deeper levels.
    """

    def __init__(self, document) -> None:
        self.abstract_of: dict[str, str] = {}
        self.levels: dict[str, dict[int, Level]] = {}
        self.overrides: dict[str, dict[int, Level | int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()
        self.style_links: dict[str, str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iterchildren(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId")
            self.levels[abstract_id] = {int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.iterchildren(f"{W}lvl")}
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                self.style_links[abstract_id] = link.get(f"{W}val")
        for num in root.iterchildren(f"{W}num"):
            num_id = num.get(f"{W}numId")
            abstract = num.find(f"{W}abstractNumId")
            if abstract is None:
                continue
            self.abstract_of[num_id] = abstract.get(f"{W}val")
            overrides: dict[int, Level | int] = {}
            for override in num.iterchildren(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                lvl = override.find(f"{W}lvl")
                start = override.find(f"{W}startOverride")
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
                elif start is not None:
                    overrides[ilvl] = int(start.get(f"{W}val", "1"))
            self.overrides[num_id] = overrides

    def label(self, paragraph, style_id: str | None, styles: dict) -> str:
        """The printed number of ``paragraph`` ("1.", "a.", "2°"), advancing the counters."""
        reference = _num_pr(paragraph)
        if reference is None:
            reference = self._style_num_pr(style_id, styles)
        if reference is None:
            return ""
        num_id, ilvl = reference
        if num_id == "0" or num_id not in self.abstract_of:
            return ""
        abstract_id = self._resolve_abstract(self.abstract_of[num_id], styles)
        levels = dict(self.levels.get(abstract_id, {}))
        overrides = self.overrides.get(num_id, {})
        for level_number, override in overrides.items():
            if isinstance(override, Level):
                levels[level_number] = override
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(abstract_id, {})
        override = overrides.get(ilvl)
        if (num_id, ilvl) not in self.started and override is not None:
            counters[ilvl] = (override if isinstance(override, int) else override.start) - 1
        self.started.add((num_id, ilvl))
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return format_number(0, "bullet")

        def value(match: re.Match) -> str:
            referenced = int(match.group(1)) - 1
            referenced_level = levels.get(referenced, Level())
            count = counters.get(referenced, referenced_level.start)
            fmt = "decimal" if level.legal and referenced != ilvl else referenced_level.fmt
            return format_number(count, fmt)

        return _LEVEL_REFERENCE.sub(value, level.text).strip()

    def _style_num_pr(self, style_id: str | None, styles: dict) -> tuple[str, int] | None:
        style = styles.get(style_id) if style_id else None
        while style is not None:
            ppr = style.element.find(f"{W}pPr")
            if ppr is not None:
                reference = _num_pr_of(ppr)
                if reference is not None:
                    return reference
            style = getattr(style, "base_style", None)
        return None

    def _resolve_abstract(self, abstract_id: str, styles: dict) -> str:
        """Follow ``numStyleLink`` (a list defined through a numbering style) to its definition."""
        for _attempt in range(5):
            link = self.style_links.get(abstract_id)
            if not link or link not in styles:
                return abstract_id
            reference = self._style_num_pr(link, styles)
            if reference is None or reference[0] not in self.abstract_of:
                return abstract_id
            abstract_id = self.abstract_of[reference[0]]
        return abstract_id


def _level(lvl) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(f"{W}{tag}")
        return element.get(f"{W}val") if element is not None else None

    start = val("start")
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "",
        legal=lvl.find(f"{W}isLgl") is not None,
    )


def _num_pr(paragraph) -> tuple[str, int] | None:
    ppr = paragraph.find(f"{W}pPr")
    return _num_pr_of(ppr) if ppr is not None else None


def _num_pr_of(ppr) -> tuple[str, int] | None:
    num_pr = ppr.find(f"{W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    if num_id is None:
        return None
    level = ilvl.get(f"{W}val") if ilvl is not None else "0"
    return num_id.get(f"{W}val"), int(level) if level and level.isdigit() else 0


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())
