"""Turn an amending article into provisions.

An amending article ("ARTIKEL I") opens with "De Jeugdwet wordt als volgt gewijzigd:" and holds
lettered *onderdelen* A, B, C, ... Each onderdeel holds one instruction, or a lead ("Artikel 6
wordt als volgt gewijzigd:") with numbered sub-instructions ("1. ...", "2. ..."). An instruction
that ends in "luidende:" / "komt te luiden:" quotes new text: whole articles, leden, or a
fragment (a sentence, an onderdeel, a definition).

* Quoted articles and leden become provisions of the amended law, cited through the envelope:
  "artikel I, onderdeel B, artikel 2.15, tweede lid" (article "2.15", paragraph "2",
  ``amends`` = "Jeugdwet", ``instruction`` = the instruction that carried them). Leden quoted
  without an article heading belong to the article the instruction names ("Aan artikel 5 wordt
  een lid toegevoegd, luidende: 3. ..." -> article "5", paragraph "3").
* A quoted fragment becomes one provision of that article: "artikel I, onderdeel C" (with
  ", onder 2" when a numbered sub-instruction carried it).
* Instructions that quote nothing but words ("In artikel 3 wordt «kan» vervangen door «draagt
  zorg voor».", "Artikel 7 vervalt.") become one provision of kind "amendment" per onderdeel,
  whose text is those instructions; its article is the amending article's number ("I").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetscan.model import Provision
from wetscan.structure.articles import Article, heading_text
from wetscan.structure.instructions import amended_law, target_article, target_lid
from wetscan.structure.provisions import article_citation, article_provisions, split_leden
from wetscan.structure.units import Unit

#: A lead that only announces the instructions below it.
_LEAD_ONLY = re.compile(
    r"(?:(?:wordt|worden)\s+(?:als volgt|op de volgende wijze)\s+gewijzigd|"
    r"(?:wordt|worden)\s+(?:de\s+)?(?:volgende\s+)?wijziging(?:en)?\s+aangebracht)\s*:?$",
    re.IGNORECASE,
)


@dataclass
class Instruction:
    """One instruction and the units it quotes."""

    units: list[Unit]
    quoted: list[Unit] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(unit.text for unit in self.units)

    @property
    def number(self) -> str | None:
        first = self.units[0]
        return first.label if first.kind == "number" else None


@dataclass
class Onderdeel:
    """A lettered onderdeel of an amending article (letter None: text before the first letter)."""

    letter: str | None
    page: int | None
    instructions: list[Instruction] = field(default_factory=list)


def _onderdelen(article: Article) -> list[Onderdeel]:
    onderdelen = [Onderdeel(letter=None, page=article.page)]
    for unit in article.units:
        if unit.kind == "letter" and not unit.quoted:
            onderdelen.append(Onderdeel(letter=unit.label, page=unit.page))
            continue
        current = onderdelen[-1]
        if unit.quoted:
            if not current.instructions:
                current.instructions.append(Instruction(units=[]))
            current.instructions[-1].quoted.append(unit)
        elif current.instructions and not current.instructions[-1].quoted and unit.kind in ("text", "item"):
            current.instructions[-1].units.append(unit)
        else:
            current.instructions.append(Instruction(units=[unit]))
    return [o for o in onderdelen if o.instructions]


def _law_of(article: Article) -> str | None:
    for unit in article.units:
        if not unit.quoted and (law := amended_law(unit.text)):
            return law
    if article.title:
        return amended_law(article.title + " wordt gewijzigd") or _law_from_title(article.title)
    return None


def _law_from_title(title: str) -> str | None:
    """"WIJZIGING VAN DE JEUGDWET" / "(Huisvestingswet 2014)" -> the law's name."""
    match = re.search(r"(?i)wijziging\s+(?:van\s+)?(?:de|het)\s+(.+)$", title) or re.search(r"\((.+)\)", title)
    return match[1].strip() if match else None


def _quoted_provisions(
    instruction: Instruction,
    *,
    envelope: str,
    context: str | None,
    law: str | None,
    fallback_article: str,
    page: int | None,
) -> list[Provision]:
    """The provisions carried by one instruction's quoted text."""
    carrier = instruction.text
    provisions: list[Provision] = []
    headings: list[str] = []
    before: list[Unit] = []
    current: tuple[Unit, list[Unit]] | None = None
    articles: list[tuple[Unit, list[Unit]]] = []
    for unit in instruction.quoted:
        if unit.kind == "division":
            headings.append(heading_text(unit))
        elif unit.kind == "article":
            current = (unit, [])
            articles.append(current)
        elif current is not None:
            current[1].append(unit)
        else:
            before.append(unit)
    target = target_article(carrier) or (target_article(context) if context else None)
    if before:
        leden = split_leden(before)
        if leden and leden[0].number is not None and len(leden) == sum(1 for lid in leden if lid.number):
            number = target or fallback_article
            provisions += article_provisions(
                number,
                before,
                prefix=f"{envelope}, {article_citation(number)}",
                page=before[0].page or page,
                headings=headings,
                amends=law,
                instruction=carrier,
            )
        else:
            suffix = f", onder {instruction.number}" if instruction.number else ""
            paragraph = target_lid(carrier)
            provisions.append(
                Provision(
                    id=f"{envelope}{suffix}",
                    article=target or fallback_article,
                    paragraph=paragraph if target else None,
                    text=" ".join(unit.text for unit in before),
                    page=before[0].page or page,
                    amends=law,
                    instruction=carrier,
                    headings=list(headings),
                )
            )
    for heading, units in articles:
        number = heading.number or ""
        provisions += article_provisions(
            number,
            units,
            prefix=f"{envelope}, {article_citation(number)}",
            page=heading.page or page,
            headings=headings,
            amends=law,
            instruction=carrier,
        )
    return provisions


def amendment_provisions(article: Article, bill_headings: list[str]) -> list[Provision]:
    """All provisions of an amending article (see the module docstring)."""
    article_law = _law_of(article)
    provisions: list[Provision] = []
    base = article_citation(article.number)
    for onderdeel in _onderdelen(article):
        envelope = base if onderdeel.letter is None else f"{base}, onderdeel {onderdeel.letter}"
        law = article_law
        lead = onderdeel.instructions[0].text if onderdeel.instructions[0].units else None
        if onderdeel.letter is not None and lead:
            law = amended_law(lead) or article_law
        plain: list[str] = []
        page = onderdeel.page
        for instruction in onderdeel.instructions:
            if instruction.quoted:
                context = lead if instruction is not onderdeel.instructions[0] else None
                provisions += _quoted_provisions(
                    instruction,
                    envelope=envelope,
                    context=context,
                    law=law,
                    fallback_article=article.number,
                    page=page,
                )
            elif instruction.units:
                plain.append(instruction.text)
                page = page if page is not None else instruction.units[0].page
        if any(not _LEAD_ONLY.search(text) for text in plain):
            provisions.append(
                Provision(
                    id=envelope,
                    article=article.number,
                    paragraph=None,
                    text=" ".join(plain),
                    page=onderdeel.page if onderdeel.page is not None else article.page,
                    amends=law,
                    kind="amendment",
                    headings=list(bill_headings),
                )
            )
    return provisions
