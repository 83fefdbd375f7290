"""Render a bill as official-publication XML (``officiele-publicatie``), the Kamerstuk shapes.

The bill is stuk nr. 2 (``voorstel-wet`` with ``aanhef``, ``wettekst``, ``voorstel-sluiting``);
the memorie van toelichting is a separate Kamerstuk, nr. 3 (``algemeen/vrije-tekst/tekst`` with
nested ``divisie`` elements and inline ``noot`` footnotes). An AMvB (``kind: amvb``) is written as
a Staatsblad publication instead: ``staatsblad`` → ``intitule``, ``wet-besluit`` → ``aanhef``
(``wij``, ``considerans``, ``afkondiging``), ``wettekst``, ``wetsluiting`` and the
``nota-toelichting`` inside the ``wet-besluit``. Element names follow
``docs/xml-formats.md`` of the shared documentation; amendments are ``wijzig-artikel`` with
``wat``, ``wijzig-lid`` (the onderdelen A, B, ...) and ``wijziging`` for quoted text.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tools.billgen.printed import DIVISION_HEADINGS
from tools.billgen.spec import (
    AmendingArticle,
    AmendmentPart,
    Article,
    Bill,
    Division,
    Item,
    Lid,
    MemoSection,
    article_label,
    item_label,
    split_footnotes,
)

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://technische-documentatie.oep.overheid.nl/schema/op-xsd-2012-2"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, **attrs)
    if text is not None:
        element.text = text
    return element


class _Notes:
    """Numbers footnotes within one publication."""

    def __init__(self) -> None:
        self.count = 0

    def al(self, parent: etree._Element, text: str, tag: str = "al") -> etree._Element:
        """An ``al`` (alinea) with inline ``noot`` elements for ``[^...]`` footnotes."""
        al = _sub(parent, tag)
        last = None
        for run, note in split_footnotes(text):
            if note is None:
                if last is None:
                    al.text = (al.text or "") + run
                else:
                    last.tail = (last.tail or "") + run
                continue
            self.count += 1
            last = _sub(al, "noot", id=f"noot-{self.count}", type="voet")
            _sub(last, "noot.nr", str(self.count))
            _sub(last, "noot.al", note)
        return al


def _kop(parent: etree._Element, label: str | None, nr: str | None, titel: str | None) -> None:
    kop = _sub(parent, "kop")
    if label:
        _sub(kop, "label", label)
    if nr:
        _sub(kop, "nr", nr)
    if titel:
        _sub(kop, "titel", titel)


def _lijst(parent: etree._Element, items: list[Item], level: int, notes: _Notes) -> None:
    if not items:
        return
    lijst = _sub(parent, "lijst", type="expliciet")
    for index, item in enumerate(items):
        li = _sub(lijst, "li")
        _sub(li, "li.nr", item_label(level, index))
        notes.al(li, item.text)
        _lijst(li, item.items, level + 1, notes)


def _lid(parent: etree._Element, number: str, lid: Lid, notes: _Notes) -> None:
    element = _sub(parent, "lid")
    _sub(element, "lidnr", f"{number}.")
    notes.al(element, lid.text)
    _lijst(element, lid.items, 0, notes)


def _article(parent: etree._Element, article: Article, notes: _Notes) -> None:
    element = _sub(parent, "artikel")
    _kop(element, article_label(article.number), article.number, article.title)
    if article.text:
        notes.al(element, article.text)
    _lijst(element, article.items, 0, notes)
    for number, lid in article.numbered_leden():
        _lid(element, number, lid, notes)


def _quoted(parent: etree._Element, part: AmendmentPart, notes: _Notes) -> None:
    if not part.quotes:
        return
    wijziging = _sub(parent, "wijziging")
    for text in part.text:
        notes.al(wijziging, text)
    for index, lid in enumerate(part.leden):
        _lid(wijziging, lid.number or str(index + 1), lid, notes)
    for article in part.articles:
        _article(wijziging, article, notes)


def _amending(parent: etree._Element, article: AmendingArticle, notes: _Notes) -> None:
    element = _sub(parent, "wijzig-artikel")
    _kop(element, "ARTIKEL", article.number, article.title)
    if article.intro:
        _sub(element, "wat", article.intro, type="wijziging")
    for part in article.parts:
        if part.label is None:  # a single instruction directly in the article
            _sub(element, "wat", part.instruction)
            _quoted(element, part, notes)
            continue
        lid = _sub(element, "wijzig-lid")
        _sub(lid, "lidnr", part.label)
        _sub(lid, "wat", part.instruction)
        _quoted(lid, part, notes)


def _body(parent: etree._Element, nodes: list, notes: _Notes) -> None:
    for node in nodes:
        if isinstance(node, Division):
            element = _sub(parent, node.kind)
            _kop(element, DIVISION_HEADINGS[node.kind], node.number, node.title)
            _body(element, node.body, notes)
        elif isinstance(node, AmendingArticle):
            _amending(parent, node, notes)
        else:
            _article(parent, node, notes)


def _publication(bill: Bill, nr: int, title: str) -> tuple[etree._Element, etree._Element]:
    root = _root(bill, "Kamerstuk")
    metadata = root.find("metadata")
    _sub(metadata, "meta", name="OVERHEIDop.dossiernummer", content=bill.dossier.replace(" ", ""))
    _sub(metadata, "meta", name="OVERHEIDop.ondernummer", content=str(nr))
    kamerstuk = _sub(root, "kamerstuk")
    kop = _sub(kamerstuk, "kamerstukkop")
    _sub(kop, "tekstregel", f"Vergaderjaar {bill.vergaderjaar}", inhoud="vergaderjaar")
    _sub(kop, "tekstregel", "Tweede Kamer der Staten-Generaal", inhoud="kameraanduiding")
    dossier = _sub(kamerstuk, "dossier")
    _sub(_sub(dossier, "dossiernummer"), "dossiernr", bill.dossier)
    _sub(dossier, "titel", bill.title)
    stuk = _sub(kamerstuk, "stuk")
    stuknr = _sub(stuk, "stuknr", "Nr. ")
    _sub(stuknr, "ondernummer", str(nr), kamer="2")
    _sub(stuk, "titel", title)
    return root, stuk


def _root(bill: Bill, publication: str) -> etree._Element:
    root = etree.Element("officiele-publicatie", nsmap={"xsi": XSI})
    root.set(f"{{{XSI}}}noNamespaceSchemaLocation", SCHEMA)
    metadata = _sub(root, "metadata")
    _sub(metadata, "meta", name="DC.title", content=bill.title)
    _sub(metadata, "meta", name="DC.type", content=publication)
    return root


def staatsblad_xml(bill: Bill) -> etree._Element:
    """An AMvB as a Staatsblad publication, with its nota van toelichting inside."""
    root = _root(bill, "Staatsblad")
    staatsblad = _sub(root, "staatsblad")
    _sub(staatsblad, "intitule", bill.title)
    besluit = _sub(staatsblad, "wet-besluit")
    notes = _Notes()
    if bill.aanhef:
        aanhef = _sub(besluit, "aanhef")
        first, *rest = bill.aanhef
        _sub(aanhef, "wij", first)
        closing = rest.pop() if rest and rest[-1].startswith("Hebben goedgevonden") else None
        if rest:
            considerans = _sub(aanhef, "considerans")
            for text in rest:
                notes.al(considerans, text, tag="considerans.al")
        if closing:
            _sub(_sub(aanhef, "afkondiging"), "al", closing)
    _body(_sub(besluit, "wettekst"), bill.body, notes)
    if bill.closing or bill.signature:
        sluiting = _sub(besluit, "wetsluiting")
        if bill.closing:
            formula = _sub(sluiting, "slotformulering")
            for text in bill.closing:
                notes.al(formula, text)
        signatures = [text for text in bill.signature if text != "Gegeven"]
        if signatures:
            ondertekening = _sub(sluiting, "ondertekening")
            for text in signatures:
                _sub(ondertekening, "functie", text)
    if bill.memorandum is not None:
        nota = _sub(besluit, "nota-toelichting")
        _kop(nota, None, None, bill.memorandum_title)
        _memorandum_body(nota, bill, _Notes())
    return root


def bill_xml(bill: Bill) -> etree._Element:
    """The voorstel van wet as Kamerstuk nr. 2 (an AMvB as a Staatsblad publication)."""
    if bill.kind == "amvb":
        return staatsblad_xml(bill)
    root, stuk = _publication(bill, 2, bill.bill_title)
    notes = _Notes()
    voorstel = _sub(stuk, "voorstel-wet")
    if bill.aanhef:
        aanhef = _sub(voorstel, "aanhef")
        first, *rest = bill.aanhef
        _sub(aanhef, "wie", first)
        if rest:
            considerans = _sub(aanhef, "considerans")
            for text in rest:
                notes.al(considerans, text, tag="considerans.al")
    _body(_sub(voorstel, "wettekst"), bill.body, notes)
    if bill.closing or bill.signature:
        sluiting = _sub(voorstel, "voorstel-sluiting")
        for text in bill.closing:
            notes.al(sluiting, text)
        if bill.signature:
            ondertekening = _sub(sluiting, "ondertekening")
            for text in bill.signature:
                _sub(ondertekening, "al", text)
    return root


def _divisie(parent: etree._Element, section: MemoSection, notes: _Notes) -> None:
    divisie = _sub(parent, "divisie")
    _kop(divisie, None, section.number, section.heading)
    for paragraph in section.paragraphs:
        notes.al(divisie, paragraph)
    for sub in section.sections:
        _divisie(divisie, sub, notes)


def memorandum_xml(bill: Bill) -> etree._Element:
    """The memorie van toelichting as Kamerstuk nr. 3."""
    if bill.memorandum is None:
        raise ValueError(f"{bill.name} has no memorandum")
    root, stuk = _publication(bill, 3, bill.memorandum_title)
    tekst = _sub(_sub(_sub(stuk, "algemeen"), "vrije-tekst"), "tekst")
    _memorandum_body(tekst, bill, _Notes())
    return root


def _memorandum_body(parent: etree._Element, bill: Bill, notes: _Notes) -> None:
    """General part and article-by-article part as two top-level ``divisie`` elements."""
    memo = bill.memorandum
    assert memo is not None
    for heading, sections in (("ALGEMEEN DEEL", memo.general), ("ARTIKELSGEWIJS", memo.articles)):
        if not sections:
            continue
        divisie = _sub(parent, "divisie")
        _kop(divisie, None, "I" if heading == "ALGEMEEN DEEL" else "II", heading)
        for section in sections:
            _divisie(divisie, section, notes)
    if memo.signature:
        ondertekening = _sub(parent, "ondertekening")
        for text in memo.signature:
            _sub(ondertekening, "al", text)


def _write(root: etree._Element, path: Path) -> Path:
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return path


def render_xml(bill: Bill, path: str | Path) -> Path:
    return _write(bill_xml(bill), Path(path))


def render_memorandum_xml(bill: Bill, path: str | Path) -> Path:
    return _write(memorandum_xml(bill), Path(path))
