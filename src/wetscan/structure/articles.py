"""Walk the bill's units into articles, under their hoofdstuk/afdeling/paragraaf headings.

Before the first article stand the title and the *aanhef* (the royal preamble "Wij
Willem-Alexander ...", the *considerans* "Alzo Wij in overweging genomen hebben ..." and, in a
decree, "Op de voordracht van ... mede namens ..."); after the last article the closing formula
("Lasten en bevelen ...", "Gegeven ...") and the signatures. Both go into the bill's preamble.

Inside an amending article, text quoted after an instruction ("luidende:") may itself contain
article headings ("Artikel 4a") and division headings ("Hoofdstuk 2a"): those belong to the
amended law, not to this bill. Quoted text ends at the next onderdeel letter of the amending
article, at the next numbered instruction, or at the bill's own next article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetscan.structure.instructions import is_amending_lead, is_instruction
from wetscan.structure.numbering import article_sort_key, is_roman_article, letter_key
from wetscan.structure.headings import TERMINAL
from wetscan.structure.units import MAX_TITLE_LENGTH, QUOTE_INTRODUCER, Unit


@dataclass
class Article:
    """An article of the bill with the units of its text (heading excluded)."""

    number: str
    title: str | None
    page: int | None
    headings: list[str]
    units: list[Unit] = field(default_factory=list)
    amending: bool = False


@dataclass
class BillText:
    """The bill part of a document: what comes before, the articles, and what comes after."""

    front: list[Unit]
    articles: list[Article]
    closing: list[Unit]


def heading_text(unit: Unit) -> str:
    """A division heading as cited: "Hoofdstuk 2 Taken van de gemeente"."""
    parts = [unit.label or "", unit.number or ""]
    if unit.title:
        parts.append(unit.title)
    return " ".join(part for part in parts if part)


def _levels(number: str) -> list[tuple[int, str]] | None:
    """"2.15a" -> [(2, ""), (15, "a")]; None when not an Arabic article number."""
    parts = re.split(r"[.:]", number)
    levels = []
    for part in parts:
        match = re.fullmatch(r"(\d+)([a-zA-Z]*)", part)
        if not match:
            return None
        levels.append((int(match[1]), match[2].lower()))
    return levels


def _is_successor(number: str, current: str) -> bool:
    """Could ``number`` be the bill's own article following ``current`` (rather than an
    article quoted from the amended law)? "II" after "I", "2" or "1a" after "1", "1.3" after
    "1.2", "2.1" after "1.4"."""
    if is_roman_article(current):
        if not is_roman_article(number):
            return False
        here, there = article_sort_key(current), article_sort_key(number)
        return bool(here and there and there > here)
    here, there = _levels(current), _levels(number)
    if not here or not there or len(here) != len(there):
        return False
    *head, (last, letters) = here
    *next_head, (next_last, next_letters) = there
    if head == next_head:
        return (next_last == last + 1 and not next_letters) or (next_last == last and next_letters > letters)
    return there[0][0] == here[0][0] + 1 and all(level == (1, "") for level in there[1:])


class _Walker:
    """The state of a walk through the bill's units."""

    def __init__(self) -> None:
        self.front: list[Unit] = []
        self.closing: list[Unit] = []
        self.articles: list[Article] = []
        self.headings: list[tuple[int, str]] = []
        self.pending_divisions: list[Unit] = []
        self.quoting = False
        self.letter: str | None = None
        self.closed = False

    @property
    def article(self) -> Article | None:
        return self.articles[-1] if self.articles else None

    def feed(self, unit: Unit) -> None:
        if self.closed:
            self.closing.append(unit)
            return
        if unit.kind == "closing" and self.article is not None and not (self.quoting or unit.quoted):
            self.closed = True
            self.closing.append(unit)
            return
        article = self.article
        if article is not None and (unit.quoted is True or article.amending and self._quoted(unit)):
            article.amending = True
            self._add_quoted(unit)
            return
        if unit.kind == "division":
            self._division(unit)
        elif unit.kind == "article":
            self._start_article(unit)
        elif article is None:
            self.front.append(unit)
        else:
            self._add(article, unit)

    # -- quoted text inside amending articles ------------------------------------------------

    def _quoted(self, unit: Unit) -> bool:
        """Does ``unit`` belong to text quoted by the current instruction?"""
        if unit.quoted is not None:
            return unit.quoted
        if not self.quoting:
            return False
        if unit.kind == "letter":
            key, current = letter_key(unit.label or ""), letter_key(self.letter or "")
            if key and (current is None or key > current):
                self.quoting = False
                return False
            return True
        if unit.kind == "article":
            if _is_successor(unit.number or "", self.article.number):  # type: ignore[union-attr]
                self.quoting = False
                return False
            return True
        if unit.kind == "number" and is_instruction(unit.body):
            self.quoting = False
            return False
        return True

    def _add_quoted(self, unit: Unit) -> None:
        unit.quoted = True
        if unit.kind == "division":
            self.pending_divisions.append(unit)
        else:
            self.pending_divisions.clear()
        self.article.units.append(unit)  # type: ignore[union-attr]

    # -- the bill's own structure -----------------------------------------------------------

    def _division(self, unit: Unit) -> None:
        level = unit.level if unit.level is not None else 9
        self.headings = [(lvl, text) for lvl, text in self.headings if lvl < level]
        self.headings.append((level, heading_text(unit)))

    def _start_article(self, unit: Unit) -> None:
        # Divisions quoted just before this article turned out to be the bill's own.
        if self.pending_divisions and self.article is not None:
            for division in self.pending_divisions:
                self.article.units.remove(division)
                self._division(division)
        self.pending_divisions.clear()
        self.quoting = False
        self.letter = None
        self.articles.append(
            Article(
                number=unit.number or "",
                title=unit.title,
                page=unit.page,
                headings=[text for _, text in self.headings],
            )
        )

    def _add(self, article: Article, unit: Unit) -> None:
        if _is_title_before_first_lid(article, unit):
            # A title printed over two lines: "Advies van het college op de ontwerpbegroting en"
            # / "de ontwerpverordening" / "1. ...". Only a title stands before lid 1 unpunctuated.
            article.title = article.units.pop().text
            article.amending = False
        if not article.units and unit.kind in ("text", "number"):
            article.amending = is_amending_lead(unit.body) or unit.quoted is False and is_instruction(unit.body)
        article.units.append(unit)
        if article.amending:
            if unit.kind == "letter":
                self.letter = unit.label
            if QUOTE_INTRODUCER.search(unit.text):
                self.quoting = True


def _is_title_before_first_lid(article: Article, unit: Unit) -> bool:
    if unit.kind != "number" or unit.label != "1" or article.title is not None or len(article.units) != 1:
        return False
    first = article.units[0]
    return (
        first.kind == "text"
        and not first.quoted
        and len(first.text) <= MAX_TITLE_LENGTH
        and not first.text.endswith(TERMINAL)
    )


def walk_bill(units: list[Unit]) -> BillText:
    """Group the bill's units into front matter, articles and closing."""
    walker = _Walker()
    for unit in units:
        walker.feed(unit)
    return BillText(front=walker.front, articles=walker.articles, closing=walker.closing)
