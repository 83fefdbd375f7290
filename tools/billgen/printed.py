"""The bill as printed paragraphs: the one reading order shared by the PDF, HTML and TXT renderers.

Each :class:`Para` is what a reader sees as one paragraph: a heading ("Artikel 2.8a. Regionale
samenwerking"), a lid ("1." + text), an onderdeel ("a." + text), an amendment letter ("A") or a
paragraph of the toelichting. Numbers are printed (``label``), unlike in the Word rendering where
automatic numbering produces them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Literal

from tools.billgen.spec import (
    AmendingArticle,
    Article,
    Bill,
    Division,
    Item,
    Lid,
    MemoSection,
    article_label,
    item_label,
)

Style = Literal[
    "doc_title",  # title block of the document
    "part_title",  # VOORSTEL VAN WET / MEMORIE VAN TOELICHTING
    "division",  # HOOFDSTUK / Afdeling / §
    "article",  # Artikel 1. Begripsbepalingen / ARTIKEL I
    "letter",  # amendment onderdeel letter A, B
    "body",  # normal justified paragraph
    "memo_heading",  # heading in the toelichting
    "signature",  # ondertekening lines (left aligned, no justification)
]

Part = Literal["bill", "memorandum"]


@dataclass
class Para:
    text: str
    style: Style = "body"
    part: Part = "bill"
    label: str | None = None  # printed number in front of the text ("1.", "a.", "1°")
    indent: int = 0  # nesting level (onderdelen, quoted text)
    quoted: bool = False  # text quoted by an amendment instruction

    @property
    def plain(self) -> str:
        return f"{self.label} {self.text}" if self.label else self.text


DIVISION_HEADINGS = {"hoofdstuk": "Hoofdstuk", "afdeling": "Afdeling", "paragraaf": "§"}


def division_heading(division: Division) -> str:
    return f"{DIVISION_HEADINGS[division.kind]} {division.number}. {division.title}"


def article_heading(article: Article) -> str:
    """The printed heading: "Artikel 2.8a. Regionale samenwerking", "Artikel 3", "ARTIKEL III"."""
    heading = f"{article_label(article.number)} {article.number}"
    return f"{heading}. {article.title}" if article.title else heading


def amending_heading(article: AmendingArticle) -> str:
    return f"ARTIKEL {article.number}"


def _items(items: list[Item], level: int, indent: int, quoted: bool) -> Iterator[Para]:
    for index, item in enumerate(items):
        yield Para(item.text, label=item_label(level, index), indent=indent + level + 1, quoted=quoted)
        yield from _items(item.items, level + 1, indent, quoted)


def _lid(number: str, lid: Lid, indent: int, quoted: bool) -> Iterator[Para]:
    yield Para(lid.text, label=f"{number}.", indent=indent, quoted=quoted)
    yield from _items(lid.items, 0, indent, quoted)


def article_paras(article: Article, indent: int = 0, quoted: bool = False) -> Iterator[Para]:
    """Heading, direct text or leden, and onderdelen of one article."""
    yield Para(article_heading(article), style="article", indent=indent, quoted=quoted)
    if article.text:
        yield Para(article.text, indent=indent, quoted=quoted)
    yield from _items(article.items, 0, indent, quoted)
    for number, lid in article.numbered_leden():
        yield from _lid(number, lid, indent, quoted)


def amending_paras(article: AmendingArticle) -> Iterator[Para]:
    yield Para(amending_heading(article), style="article")
    if article.title:
        yield Para(article.title, style="article")
    if article.intro:
        yield Para(article.intro)
    for part in article.parts:
        if part.label:
            yield Para(part.label, style="letter")
        yield Para(part.instruction)
        for text in part.text:
            yield Para(text, indent=1, quoted=True)
        for lid_number, lid in ((lid.number or str(i + 1), lid) for i, lid in enumerate(part.leden)):
            yield from _lid(lid_number, lid, 1, True)
        for quoted_article in part.articles:
            yield from article_paras(quoted_article, indent=1, quoted=True)


def body_paras(nodes: list) -> Iterator[Para]:
    for node in nodes:
        if isinstance(node, Division):
            yield Para(division_heading(node), style="division")
            yield from body_paras(node.body)
        elif isinstance(node, AmendingArticle):
            yield from amending_paras(node)
        else:
            yield from article_paras(node)


def bill_paras(bill: Bill) -> Iterator[Para]:
    """The bill text: aanhef, articles, closing formula and signatures."""
    for text in bill.aanhef:
        yield Para(text)
    yield from body_paras(bill.body)
    for text in bill.closing:
        yield Para(text)
    for text in bill.signature:
        yield Para(text, style="signature")


def _memo_section(section: MemoSection, depth: int) -> Iterator[Para]:
    yield Para(section.full_heading, style="memo_heading", part="memorandum", indent=depth)
    for paragraph in section.paragraphs:
        yield Para(paragraph, part="memorandum")
    for sub in section.sections:
        yield from _memo_section(sub, depth + 1)


def memorandum_paras(bill: Bill) -> Iterator[Para]:
    """The memorie van toelichting: general part, then the article-by-article part."""
    memo = bill.memorandum
    if memo is None:
        return
    if memo.general:
        yield Para("I. ALGEMEEN DEEL", style="memo_heading", part="memorandum")
        for section in memo.general:
            yield from _memo_section(section, 1)
    if memo.articles:
        yield Para("II. ARTIKELSGEWIJS", style="memo_heading", part="memorandum")
        for section in memo.articles:
            yield from _memo_section(section, 1)
    for text in memo.signature:
        yield Para(text, style="signature", part="memorandum")


def title_paras(bill: Bill, layout: str) -> tuple[list[Para], list[Para]]:
    """The title blocks that open the bill and the memorandum in the given layout."""
    if layout == "kamerstuk":
        bill_head = [
            Para("Tweede Kamer der Staten-Generaal", style="doc_title"),
            Para(f"{bill.dossier} {bill.title}", style="doc_title"),
            Para(f"Nr. 2 {bill.bill_title}", style="part_title"),
        ]
        memo_head = [
            Para(f"{bill.dossier} {bill.title}", style="doc_title", part="memorandum"),
            Para(f"Nr. 3 {bill.memorandum_title}", style="part_title", part="memorandum"),
        ]
    else:
        bill_head = [
            Para(bill.title, style="doc_title"),
            Para(bill.bill_title, style="part_title"),
        ]
        memo_head = [Para(bill.memorandum_title, style="part_title", part="memorandum")]
    if bill.memorandum_only:
        bill_head = bill_head[:-1]  # the title, without "Nr. 2 VOORSTEL VAN WET" / "ONTWERPBESLUIT"
    return bill_head, memo_head
