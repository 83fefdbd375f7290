"""The bill authoring format: YAML in, small dataclasses out.

A bill source looks like this (every key except ``title`` and ``body`` is optional)::

    title: Wijziging van de Jeugdwet in verband met ...
    kind: amendment            # new_law | amendment | amvb
    dossier: "36 123"
    vergaderjaar: "2025–2026"
    date: "3 november 2025"    # shown on consultation drafts
    layout: kamerstuk          # kamerstuk | consultation (the PDF layout)
    line_numbers: 5            # consultation layout: number every n-th line (default 1)
    formats: [pdf, xml, docx]  # what render_examples writes (also txt, html, odt)
    tracked_changes: [ {text: "binnen acht weken", was: "binnen zes weken"} ]   # DOCX only
    comments: [ {at: "binnen acht weken", note: "Is acht weken haalbaar?"} ]    # DOCX only
    aanhef: [ "Wij Willem-Alexander, ...", "Allen, die deze zullen zien ...", ... ]
    body:
      - chapter: {number: "1", title: Algemene bepalingen, body: [...]}    # also afdeling, paragraaf
      - article:
          number: "1"
          title: Begripsbepalingen
          text: "In deze wet wordt verstaan onder:"      # text directly in the article ...
          items: [ "college: college van burgemeester en wethouders;", ... ]
          leden: [ {text: "...", items: [...]}, ... ]       # ... or numbered leden
      - amending_article:
          number: I
          law: Jeugdwet
          intro: "De Jeugdwet wordt als volgt gewijzigd:"
          parts:
            - label: A
              instruction: "Na artikel 2.8 wordt een artikel ingevoegd, luidende:"
              articles: [ {number: 2.8a, leden: [...]} ]   # quoted articles
              leden: [ {number: "3", text: ...} ]          # quoted leden
              text: [ "jeugdregio: ...;" ]                 # quoted other text
    closing: [ "Lasten en bevelen dat ..." ]
    signature: [ "Gegeven", "De Minister van ...," ]
    memorandum:
      general: [ {number: "1", heading: Inleiding, paragraphs: [...], sections: [...]} ]
      articles: [ {heading: "Artikel I, onderdeel A", paragraphs: [...]} ]
      signature: [ "De Minister van ...," ]

An onderdeel (``items``) is a string or ``{text, items}`` for nested 1°, 2° sub-onderdelen.
Footnotes are written inline as ``[^text of the note]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

import yaml

FOOTNOTE = re.compile(r"\[\^(.+?)\]")


@dataclass
class Item:
    """An onderdeel of an enumeration: "a. ..." at the first level, "1° ..." at the second."""

    text: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Lid:
    """A numbered paragraph of an article. ``number`` is set when it does not follow from order."""

    text: str
    items: list[Item] = field(default_factory=list)
    number: str | None = None


@dataclass
class Article:
    """An artikel: either direct text (+ onderdelen) or numbered leden."""

    number: str
    title: str | None = None
    text: str | None = None
    items: list[Item] = field(default_factory=list)
    leden: list[Lid] = field(default_factory=list)

    def numbered_leden(self) -> list[tuple[str, Lid]]:
        """The leden with their printed numbers ("1", "2", ...; an explicit number wins)."""
        out = []
        previous = 0
        for lid in self.leden:
            number = lid.number or str(previous + 1)
            if number.isdigit():
                previous = int(number)
            out.append((number, lid))
        return out


@dataclass
class AmendmentPart:
    """One instruction of an amending article (onderdeel A, B, ...) and the text it quotes."""

    instruction: str
    label: str | None = None
    articles: list[Article] = field(default_factory=list)
    leden: list[Lid] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    @property
    def quotes(self) -> bool:
        return bool(self.articles or self.leden or self.text)


@dataclass
class AmendingArticle:
    """ARTIKEL I, II, ... of an amendment bill: "De X wordt als volgt gewijzigd:" + onderdelen."""

    number: str
    law: str
    intro: str | None
    parts: list[AmendmentPart]
    title: str | None = None


@dataclass
class Division:
    """A grouping of articles: hoofdstuk, afdeling or paragraaf."""

    kind: Literal["hoofdstuk", "afdeling", "paragraaf"]
    number: str
    title: str
    body: list[Node]


Node = Union[Division, Article, AmendingArticle]


@dataclass
class MemoSection:
    """A section of the memorie van toelichting, possibly with subsections."""

    heading: str
    number: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    sections: list[MemoSection] = field(default_factory=list)

    @property
    def full_heading(self) -> str:
        return f"{self.number}. {self.heading}" if self.number else self.heading


@dataclass
class Memorandum:
    general: list[MemoSection]
    articles: list[MemoSection]
    signature: list[str] = field(default_factory=list)


@dataclass
class Bill:
    """A whole voorstel van wet (or ontwerpbesluit) with its memorie van toelichting."""

    name: str
    title: str
    body: list[Node]
    kind: Literal["new_law", "amendment", "amvb"] = "new_law"
    dossier: str = "36 123"
    vergaderjaar: str = "2025–2026"
    date: str = "3 november 2025"
    layout: Literal["kamerstuk", "consultation"] = "kamerstuk"
    line_numbers: int = 1
    aanhef: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    memorandum: Memorandum | None = None
    formats: list[str] = field(default_factory=lambda: ["pdf", "xml", "docx"])
    #: DOCX only: tracked changes, each ``{text: proposed words, was: words they replace}``
    #: (``was: ""`` for a plain insertion), and comments ``{at: words, note: text}``.
    tracked_changes: list[dict] = field(default_factory=list)
    comments: list[dict] = field(default_factory=list)
    #: The memorandum published as a file of its own: its head names the bill, not "VOORSTEL VAN WET".
    memorandum_only: bool = False

    @property
    def memorandum_title(self) -> str:
        return "NOTA VAN TOELICHTING" if self.kind == "amvb" else "MEMORIE VAN TOELICHTING"

    @property
    def bill_title(self) -> str:
        return "ONTWERPBESLUIT" if self.kind == "amvb" else "VOORSTEL VAN WET"

    def articles(self) -> list[Article | AmendingArticle]:
        """All articles of the bill in order, divisions flattened."""
        out: list[Article | AmendingArticle] = []

        def walk(nodes: list[Node]) -> None:
            for node in nodes:
                if isinstance(node, Division):
                    walk(node.body)
                else:
                    out.append(node)

        walk(self.body)
        return out


# ---------------------------------------------------------------------------------------------
# reading YAML
# ---------------------------------------------------------------------------------------------


ROMAN = re.compile(r"^[IVXLC]+$")


def article_label(number: str) -> str:
    """"ARTIKEL" for the Roman-numbered articles of an amending bill, else "Artikel"."""
    return "ARTIKEL" if ROMAN.match(number) else "Artikel"


def _item(raw: str | dict) -> Item:
    if isinstance(raw, str):
        return Item(text=raw)
    return Item(text=raw["text"], items=[_item(i) for i in raw.get("items", [])])


def _lid(raw: str | dict) -> Lid:
    if isinstance(raw, str):
        return Lid(text=raw)
    number = raw.get("number")
    return Lid(
        text=raw["text"],
        items=[_item(i) for i in raw.get("items", [])],
        number=str(number) if number is not None else None,
    )


def _article(raw: dict) -> Article:
    return Article(
        number=str(raw["number"]),
        title=raw.get("title"),
        text=raw.get("text"),
        items=[_item(i) for i in raw.get("items", [])],
        leden=[_lid(lid) for lid in raw.get("leden", [])],
    )


def _part(raw: dict) -> AmendmentPart:
    text = raw.get("text", [])
    return AmendmentPart(
        instruction=raw["instruction"],
        label=raw.get("label"),
        articles=[_article(a) for a in raw.get("articles", [])],
        leden=[_lid(lid) for lid in raw.get("leden", [])],
        text=[text] if isinstance(text, str) else list(text),
    )


def _node(raw: dict) -> Node:
    (kind, value), = raw.items()
    if kind == "article":
        return _article(value)
    if kind == "amending_article":
        return AmendingArticle(
            number=str(value["number"]),
            law=value["law"],
            intro=value.get("intro"),
            parts=[_part(p) for p in value["parts"]],
            title=value.get("title"),
        )
    division_kinds = {"chapter": "hoofdstuk", "hoofdstuk": "hoofdstuk", "afdeling": "afdeling",
                      "paragraaf": "paragraaf"}
    if kind in division_kinds:
        return Division(
            kind=division_kinds[kind],  # type: ignore[arg-type]
            number=str(value["number"]),
            title=value["title"],
            body=[_node(n) for n in value["body"]],
        )
    raise ValueError(f"unknown bill element {kind!r}")


def _section(raw: dict) -> MemoSection:
    return MemoSection(
        heading=raw["heading"],
        number=str(raw["number"]) if raw.get("number") is not None else None,
        paragraphs=list(raw.get("paragraphs", [])),
        sections=[_section(s) for s in raw.get("sections", [])],
    )


def bill_from_dict(raw: dict, name: str) -> Bill:
    """Build a :class:`Bill` from the parsed YAML mapping ``raw``."""
    memo = raw.get("memorandum")
    memorandum = None
    if memo:
        memorandum = Memorandum(
            general=[_section(s) for s in memo.get("general", [])],
            articles=[_section(s) for s in memo.get("articles", [])],
            signature=list(memo.get("signature", [])),
        )
    simple = {k: str(raw[k]) for k in ("kind", "dossier", "vergaderjaar", "date", "layout") if k in raw}
    return Bill(
        name=name,
        title=raw["title"],
        body=[_node(n) for n in raw["body"]],
        aanhef=list(raw.get("aanhef", [])),
        closing=list(raw.get("closing", [])),
        signature=list(raw.get("signature", [])),
        memorandum=memorandum,
        line_numbers=int(raw.get("line_numbers", 1)),
        formats=list(raw.get("formats", ["pdf", "xml", "docx"])),
        tracked_changes=list(raw.get("tracked_changes", [])),
        comments=list(raw.get("comments", [])),
        **simple,  # type: ignore[arg-type]
    )


def load_bill(path: str | Path) -> Bill:
    """Read a bill source file (YAML)."""
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return bill_from_dict(raw, name=path.stem)


def split_footnotes(text: str) -> list[tuple[str, str | None]]:
    """Split ``text`` into runs: (text, None) for plain text, ("", note) for a footnote marker."""
    runs: list[tuple[str, str | None]] = []
    pos = 0
    for match in FOOTNOTE.finditer(text):
        if match.start() > pos:
            runs.append((text[pos:match.start()], None))
        runs.append(("", match.group(1)))
        pos = match.end()
    if pos < len(text):
        runs.append((text[pos:], None))
    return runs


def strip_footnotes(text: str) -> str:
    return FOOTNOTE.sub("", text)


ALPHABET = "abcdefghijklmnopqrstuvwxyz"
SMALL_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def item_label(level: int, index: int) -> str:
    """The printed number of an onderdeel: "a." at level 0, "1°" at level 1, "i." below."""
    if level == 0:
        return _letters(index) + "."
    if level == 1:
        return f"{index + 1}°"
    return f"{SMALL_ROMAN[index % len(SMALL_ROMAN)]}."


def _letters(index: int) -> str:
    """a, b, ..., z, aa, bb, ... as Dutch legislation continues an enumeration past z."""
    return ALPHABET[index % 26] * (index // 26 + 1)
