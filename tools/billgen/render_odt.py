"""Render a bill as an OpenDocument text (.odt), the way LibreOffice keeps a consultation draft.

As in the Word rendering, lid numbers and onderdeel letters are NOT in the text: leden are items
of a ``text:list`` with the list style "Wetsleden" (level 1 "1.", level 2 "a.", level 3 "1°",
level 4 "i."), onderdelen nested lists inside a lid's item. Every article starts a new list, so
numbering restarts at 1; quoted leden that do not start at 1 carry ``text:start-value``.
Footnotes are real ODF notes (``text:note``), which wetscan leaves out.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from odfdo import Document, Element

from tools.billgen.printed import amending_heading, article_heading, division_heading, title_paras
from tools.billgen.spec import AmendingArticle, Article, Bill, Division, Item, Lid, MemoSection, split_footnotes

LIST_STYLE = "Wetsleden"
LEVELS = (("1", "."), ("a", "."), ("1", "°"), ("i", "."))


def _list_style() -> Element:
    levels = "".join(
        f'<text:list-level-style-number text:level="{i + 1}" style:num-format="{fmt}" style:num-suffix="{suffix}"/>'
        for i, (fmt, suffix) in enumerate(LEVELS)
    )
    return Element.from_tag(f'<text:list-style style:name="{LIST_STYLE}">{levels}</text:list-style>')


def _inline(text: str) -> str:
    """Paragraph content: the text, with footnotes as ODF notes."""
    out = []
    for number, (run, note) in enumerate(split_footnotes(text), start=1):
        if note is None:
            out.append(escape(run))
        else:
            out.append(f'<text:note text:note-class="footnote" text:id="n{number}"><text:note-citation>{number}'
                       f'</text:note-citation><text:note-body><text:p>{escape(note)}</text:p></text:note-body></text:note>')
    return "".join(out)


def _p(text: str) -> str:
    return f"<text:p>{_inline(text)}</text:p>"


def _items(items: list[Item]) -> str:
    if not items:
        return ""
    inner = "".join(f"<text:list-item>{_p(item.text)}{_items(item.items)}</text:list-item>" for item in items)
    return f"<text:list>{inner}</text:list>"


class _Writer:
    def __init__(self, bill: Bill) -> None:
        self.bill = bill
        self.document = Document("text")
        self.document.body.clear()
        self.document.insert_style(_list_style(), automatic=True)

    def add(self, xml: str) -> None:
        self.document.body.append(Element.from_tag(xml))

    def para(self, text: str) -> None:
        self.add(_p(text))

    def heading(self, text: str, level: int = 2) -> None:
        self.add(f'<text:h text:outline-level="{level}">{_inline(text)}</text:h>')

    def leden(self, leden: list[tuple[str, Lid]]) -> None:
        """Numbered leden in one list; a typed number ("1a") is written into the text instead."""
        items: list[str] = []
        expected = None
        for number, lid in leden:
            if not number.isdigit():
                self._flush(items)
                items = []
                self.para(f"{number}. {lid.text}")
                if lid.items:
                    self.add(f'<text:list text:style-name="{LIST_STYLE}"><text:list-header>{_items(lid.items)}'
                             "</text:list-header></text:list>")
                expected = None
                continue
            start = f' text:start-value="{number}"' if expected is None and number != "1" else ""
            if expected is not None and int(number) != expected:
                self._flush(items)
                items, start = [], f' text:start-value="{number}"'
            expected = int(number) + 1
            items.append(f"<text:list-item{start}>{_p(lid.text)}{_items(lid.items)}</text:list-item>")
        self._flush(items)

    def _flush(self, items: list[str]) -> None:
        if items:
            self.add(f'<text:list text:style-name="{LIST_STYLE}">{"".join(items)}</text:list>')

    def article(self, article: Article) -> None:
        self.heading(article_heading(article), 3)
        if article.text:
            self.para(article.text)
        if article.items:
            self.add(f'<text:list text:style-name="{LIST_STYLE}"><text:list-header>{_items(article.items)}'
                     "</text:list-header></text:list>")
        self.leden(article.numbered_leden())

    def amending(self, article: AmendingArticle) -> None:
        self.heading(amending_heading(article), 3)
        if article.title:
            self.para(article.title)
        if article.intro:
            self.para(article.intro)
        for part in article.parts:
            if part.label:
                self.para(part.label)
            self.para(part.instruction)
            for text in part.text:
                self.para(text)
            self.leden([(lid.number or str(i + 1), lid) for i, lid in enumerate(part.leden)])
            for quoted in part.articles:
                self.article(quoted)

    def body(self, nodes: list) -> None:
        for node in nodes:
            if isinstance(node, Division):
                self.heading(division_heading(node), 2)
                self.body(node.body)
            elif isinstance(node, AmendingArticle):
                self.amending(node)
            else:
                self.article(node)

    def section(self, section: MemoSection) -> None:
        self.heading(section.full_heading, 3)
        for paragraph in section.paragraphs:
            self.para(paragraph)
        for sub in section.sections:
            self.section(sub)

    def write(self, path: Path) -> Path:
        bill = self.bill
        bill_head, memo_head = title_paras(bill, "consultation")
        for para in bill_head:
            self.heading(para.text, 1)
        for text in bill.aanhef:
            self.para(text)
        self.body(bill.body)
        for text in bill.closing + bill.signature:
            self.para(text)
        memo = bill.memorandum
        if memo is not None:
            for para in memo_head:
                self.heading(para.text, 1)
            if memo.general:
                self.heading("I. ALGEMEEN DEEL", 2)
                for section in memo.general:
                    self.section(section)
            if memo.articles:
                self.heading("II. ARTIKELSGEWIJS", 2)
                for section in memo.articles:
                    self.section(section)
            for text in memo.signature:
                self.para(text)
        self.document.meta.set_title(bill.title)
        self.document.save(str(path))
        return path


def render_odt(bill: Bill, path: str | Path) -> Path:
    """Write ``bill`` and its memorandum as an .odt with automatic lid/onderdeel numbering."""
    return _Writer(bill).write(Path(path))
