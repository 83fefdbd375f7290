"""structure: Document -> Bill (parts, articles, leden, onderdelen, amendments, definitions).

The parser reads the blocks a reader produced (one per paragraph or one per printed line, in
reading order, page furniture removed) and recovers the legal structure:

1. :mod:`~wetscan.structure.units` cuts the lines into units (headings, leden, onderdelen, ...);
2. :mod:`~wetscan.structure.parts` separates the bill text from the explanatory memorandum;
3. :mod:`~wetscan.structure.articles` groups the bill's units into articles under their
   divisions, with the aanhef and closing set aside as the preamble;
4. :mod:`~wetscan.structure.provisions` and :mod:`~wetscan.structure.amendments` cut articles
   into provisions (one per lid; quoted text of amending articles as provisions of the amended
   law);
5. :mod:`~wetscan.structure.definitions` and :mod:`~wetscan.structure.memorandum` collect the
   defined terms and the memorandum's sections.

Provision text is normalised the same way whatever the source format: all whitespace collapsed
to single spaces, the units of a provision (the lid and its onderdelen) joined with single
spaces, the lid number left out (it is in ``paragraph``), onderdeel labels kept ("a. ...").
The same bill read from PDF, XML or DOCX therefore gives the same provisions.

Provision ids are citations:

* "artikel 9", "artikel 9, tweede lid", "artikel 9, lid 2a" (inserted lid), "enig artikel";
* text quoted by an amending article: "artikel I, onderdeel B, artikel 2.15, tweede lid"
  (``article`` "2.15", ``amends`` the law, ``instruction`` the instruction); a quoted fragment
  that is no whole article or lid: "artikel I, onderdeel C" (", onder 2" when a numbered
  sub-instruction carried it); the instructions of an onderdeel that quote no article or lid:
  "artikel I, onderdeel D" with ``kind`` "amendment" and ``article`` "I";
* memorandum sections: "toelichting, artikel 3", "toelichting, artikel I, onderdeel B",
  "toelichting, 4 Financiële gevolgen voor gemeenten" (``part`` "explanatory_memorandum",
  ``article`` the explained article, the section number, or "algemeen").

A citation that occurs twice (a law that numbers two articles alike) gets " (2)", " (3)", ...
"""

from __future__ import annotations

import re

from wetscan.errors import LimitExceeded
from wetscan.ingest.limits import MAX_BILL_CHARS, MAX_PROVISION_CHARS, characters
from wetscan.model import Bill, Document, Provision
from wetscan.structure.amendments import amendment_provisions
from wetscan.structure.articles import BillText, walk_bill
from wetscan.structure.definitions import collect_definitions
from wetscan.structure.memorandum import read_memorandum
from wetscan.structure.parts import split_parts
from wetscan.structure.provisions import article_citation, article_provisions, restart_continued_leden
from wetscan.structure.units import Unit, document_lines, segment
from wetscan.i18n import _

__all__ = ["parse_document"]

_TITLE = re.compile(
    r"^(?:Regels\b|Wijziging\b|Voorstel van wet\b.{10,}|Wet van\b|Besluit\b|Regeling\b|Ontwerpbesluit\b.{10,}|"
    r"Invoering\b|Intrekking\b|Goedkeuring\b|Aanpassing\b|Tijdelijke\b|Verlenging\b|Herziening\b|"
    r"Vaststelling\b|Samenvoeging\b|Instelling\b|Bepalingen\b|Nieuwe regels\b|Uitvoering\b)"
)
_LABEL_ONLY = re.compile(r"^(?:voorstel van wet|ontwerpbesluit|ontwerpregeling|wetsvoorstel)\.?$", re.IGNORECASE)


def parse_document(document: Document) -> Bill:
    """Recover the legal structure of ``document`` and return its provisions."""
    bill_lines, memorandum_lines = split_parts(document_lines(document))
    text = walk_bill(segment(bill_lines))
    notes: list[str] = []
    provisions = _bill_provisions(text, notes)
    _check_provision_lengths(document.path, provisions)
    sections, explanations = read_memorandum(memorandum_lines)
    provisions += explanations
    _make_ids_unique(provisions)
    return Bill(
        source=document,
        title=document.title or _title(text.front),
        provisions=provisions,
        definitions=collect_definitions(provisions),
        memorandum=sections,
        preamble=_preamble(text),
        notes=notes,
    )


def _bill_provisions(text: BillText, notes: list[str]) -> list[Provision]:
    """The provisions of the bill's articles; leden numbered on from the article before (a Word
    list never restarted) are renumbered from 1, with a note."""
    provisions: list[Provision] = []
    last_printed: int | None = None
    for article in text.articles:
        if article.amending:
            provisions += amendment_provisions(article, article.headings)
            last_printed = None
            continue
        own = article_provisions(
            article.number,
            article.units,
            prefix=article_citation(article.number),
            page=article.page,
            headings=article.headings,
        )
        numbers = [p.paragraph for p in own if p.paragraph and p.paragraph.isdigit()]
        printed_last = int(numbers[-1]) if numbers else None
        own, note = restart_continued_leden(own, last_printed)
        if note:
            notes.append(note)
        last_printed = printed_last
        provisions += own
    return provisions


def _check_provision_lengths(path: str, provisions: list[Provision]) -> None:
    """Refuse a bill whose provision is longer than any real lid or article (the analysis reads each
    whole), or whose provisions together are far longer than the largest statute."""
    for provision in provisions:
        if len(provision.text) > MAX_PROVISION_CHARS:
            raise LimitExceeded(path, _("{provision} holds {size}, more than the {limit} one provision may hold (are "
                                        "its article headings missing?)").format(
                provision=provision.id, size=characters(len(provision.text)), limit=characters(MAX_PROVISION_CHARS)))
    total = sum(len(provision.text) for provision in provisions)
    if total > MAX_BILL_CHARS:
        raise LimitExceeded(path, _("the provisions of the bill hold {size}, more than the {limit} limit").format(
            size=characters(total), limit=characters(MAX_BILL_CHARS)))


def _title(front: list[Unit]) -> str | None:
    for unit in front:
        if _TITLE.match(unit.text) and not unit.text.endswith(":"):
            return unit.text
    for unit in front:
        if _LABEL_ONLY.match(unit.text):
            return unit.text
    return None


def _preamble(text: BillText) -> str | None:
    parts = [unit.text for unit in text.front + text.closing]
    return "\n".join(parts) if parts else None


def _make_ids_unique(provisions: list[Provision]) -> None:
    """Disambiguate repeated citations (a law that numbers two articles alike) with " (2)", ..."""
    seen: dict[str, int] = {}
    for provision in provisions:
        count = seen.get(provision.id, 0) + 1
        seen[provision.id] = count
        if count > 1:
            provision.id = f"{provision.id} ({count})"
