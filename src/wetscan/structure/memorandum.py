"""Cut the explanatory memorandum into sections and link them to the articles they explain.

A memorie (or nota) van toelichting has a general part ("I. ALGEMEEN", "ALGEMEEN DEEL") with
numbered sections ("1. Inleiding", "4.2 Financiële gevolgen voor gemeenten", "§ 4 ...") and an
article-by-article part ("II. ARTIKELSGEWIJS", "ARTIKELSGEWIJZE TOELICHTING") with sections
headed by what they explain: "Artikel 3", "Artikelen 3 en 4", "Artikel 2.15 (taak van het
college)", "ARTIKEL II (Huisvestingswet 2014)", "Artikel I, onderdeel B", or "Onderdeel B
(artikel 29c)" under an "Artikel I" heading.

Each section becomes a :class:`MemorandumSection` and a provision with part
"explanatory_memorandum": id "toelichting, artikel 3" or "toelichting, 4. Financiële gevolgen";
article = the first explained article, else the section number, else "algemeen". ``explains``
lists the bill's article numbers and the articles of the amended law named in brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetscan.model import MemorandumSection, Provision
from wetscan.structure.numbering import HEADING_ARTICLE_NUMBER, roman_value
from wetscan.structure.headings import TERMINAL, is_memorandum_heading, is_signature
from wetscan.structure.units import Line

_ARTICLE_HEADING = re.compile(r"^(?:artikel|artikelen)\s+(?P<rest>.+)$", re.IGNORECASE)
_ONDERDEEL_HEADING = re.compile(r"^onderde(?:el|len)\s+(?P<letter>[A-Z]{1,2}[a-z]?)\b", re.IGNORECASE)
_NUMBERED_HEADING = re.compile(
    r"^(?P<number>§\s*\d+(?:\.\d+)*\.?|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+(?P<title>\S.*)$"
)
_GENERAL = re.compile(r"^(?:[IVX]+\.?\s+)?(?:algemeen(?: deel)?|algemene toelichting|artikelsgewijs|"
                      r"artikelsgewijze toelichting|artikelsgewijze deel)$", re.IGNORECASE)
_ARTICLE_NUMBER_RE = re.compile(rf"(?<![\w.]){HEADING_ARTICLE_NUMBER}")
#: The longest line taken for an unnumbered heading in a document printed line by line.
MAX_HEADING_LENGTH = 110
SHORT_HEADING = 60


@dataclass
class _Section:
    heading: str
    page: int | None
    explains: list[str]
    parents: list[str]
    lines: list[str] = field(default_factory=list)


def _explained(heading: str, current_article: str | None) -> list[str]:
    """Article numbers a heading of the article-by-article part names."""
    numbers: list[str] = []
    article = _ARTICLE_HEADING.match(heading)
    if article:
        rest = re.sub(r"\([^)]*\)", " ", article["rest"])
        rest = re.split(r"(?i)\bonderde(?:el|len)\b", rest)[0]
        numbers += [n for n in _ARTICLE_NUMBER_RE.findall(rest) if _plausible_article(n)]
        range_match = re.search(r"(\d+)\s+tot en met\s+(\d+)$", rest.strip())
        if range_match and int(range_match[2]) - int(range_match[1]) < 50:
            numbers = [str(n) for n in range(int(range_match[1]), int(range_match[2]) + 1)]
    elif _ONDERDEEL_HEADING.match(heading) and current_article:
        numbers.append(current_article)
    for bracket in re.findall(r"\(([^)]*)\)", heading):
        named = re.search(r"(?i)\bartikel(?:en)?\s+(.*)$", bracket)
        if named:
            numbers += [n for n in _ARTICLE_NUMBER_RE.findall(named[1]) if _plausible_article(n)]
    return list(dict.fromkeys(numbers))


def _plausible_article(number: str) -> bool:
    return number[0].isdigit() or roman_value(re.sub(r"[a-zA-Z]$", "", number) or number) is not None


def _is_heading(line: Line, previous: Line | None, after: Line | None) -> bool:
    text = line.text
    previous_text = previous.text if previous else None
    if line.heading or is_memorandum_heading(text, previous_text) or _GENERAL.match(text):
        return True
    if len(text) > MAX_HEADING_LENGTH or text.endswith(TERMINAL) and not text.endswith(")"):
        return False
    after_upper = after is None or after.text[:1].isupper() or after.text[:1] in "«\"'§" or after.text[:1].isdigit()
    if _ARTICLE_HEADING.match(text) or _ONDERDEEL_HEADING.match(text):
        rest = text.split(None, 1)[1] if " " in text else ""
        return bool(rest) and (rest[0].isdigit() or rest[0].isupper()) and after_upper
    numbered = _NUMBERED_HEADING.match(text)
    if numbered:
        return numbered["title"][0].isupper() and after_upper
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters):
        return True
    previous_ended = previous is None or previous.text.endswith(TERMINAL)
    return (
        line.block_start
        and previous_ended
        and len(text) <= SHORT_HEADING
        and text[0].isupper()
        and after is not None
        and after_upper
    )


def _section_number(heading: str) -> str | None:
    numbered = _NUMBERED_HEADING.match(heading)
    if not numbered:
        return None
    return numbered["number"].replace("§", "").strip().rstrip(".")


def _level(heading: str, in_articles: bool) -> int:
    """The depth of a heading in the memorandum's outline (0 = the memorandum itself; a plain
    "Algemeen" inside the article-by-article part is a leaf, not the general part)."""
    if _GENERAL.match(heading) and (not in_articles or "artikel" in heading.lower()):
        return 1
    if is_memorandum_heading(heading):
        return 0
    if _ARTICLE_HEADING.match(heading):
        return 2
    if _ONDERDEEL_HEADING.match(heading):
        return 3
    number = _section_number(heading)
    if number and number[0].isdigit():
        return 1 + len(number.split("."))
    return 9


def read_memorandum(lines: list[Line]) -> tuple[list[MemorandumSection], list[Provision]]:
    """Cut the memorandum's lines into sections, and those into provisions."""
    sections: list[_Section] = []
    outline: list[tuple[int, str, list[str]]] = []
    current_article: str | None = None
    in_articles = False
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        if is_signature(line.text):
            continue  # the minister's signature under the memorandum
        if _is_heading(line, previous, after):
            heading = line.text
            level = _level(heading, in_articles)
            in_articles = in_articles or "artikel" in heading.lower()
            explains = _explained(heading, current_article)
            if _ARTICLE_HEADING.match(heading) and explains:
                current_article = explains[0]
            elif is_memorandum_heading(heading):
                current_article = None
            if _ONDERDEEL_HEADING.match(heading) and current_article:
                heading = f"Artikel {current_article}, " + re.sub(r"^(?i:onderde)", "onderde", heading)
            outline = [entry for entry in outline if entry[0] < level]
            parents = [text for lvl, text, _ in outline if lvl > 0]
            explained_parent = next((entry for entry in reversed(outline) if entry[2]), None)
            if not explains and in_articles and explained_parent:
                # "Algemeen", "Leden" under "Onderdeel B (artikel 29c)" explain what it explains.
                explains = list(explained_parent[2])
                heading = f"{explained_parent[1]}, {heading}"
            outline.append((level, heading, explains))
            sections.append(_Section(heading=heading, page=line.page, explains=explains, parents=parents))
        elif sections:
            sections[-1].lines.append(line.text)
        else:
            sections.append(_Section(heading="", page=line.page, explains=[], parents=[], lines=[line.text]))
    memorandum = [
        MemorandumSection(heading=s.heading, text=" ".join(s.lines), page=s.page, explains=s.explains)
        for s in sections
    ]
    provisions = [
        _provision(section, s.parents) for section, s in zip(memorandum, sections) if section.text
    ]
    return memorandum, provisions


def _citation(section: MemorandumSection) -> str:
    """"toelichting, artikel 3", "toelichting, 4 Financiële gevolgen" (numbers without the
    trailing dot, which some formats print and others do not)."""
    heading = section.heading
    if not heading or is_memorandum_heading(heading):
        return "toelichting"
    if section.explains and _ARTICLE_HEADING.match(heading):
        return "toelichting, " + re.sub(r"^(?i:artikel)", "artikel", heading)
    numbered = _NUMBERED_HEADING.match(heading)
    if numbered:
        number = re.sub(r"§\s*", "§ ", numbered["number"]).rstrip(".")
        return f"toelichting, {number} {numbered['title']}"
    return f"toelichting, {heading}"


def _provision(section: MemorandumSection, parents: list[str]) -> Provision:
    """A section as a provision (part "explanatory_memorandum")."""
    article = section.explains[0] if section.explains else (_section_number(section.heading) or "algemeen")
    return Provision(
        id=_citation(section),
        article=article,
        paragraph=None,
        text=section.text,
        part="explanatory_memorandum",
        page=section.page,
        headings=parents,
    )
