"""Official Dutch legislative XML into blocks, as the text would be printed.

Three families are recognised from the root element (see ``shared/docs/xml-formats.md``):

* ``officiele-publicatie``: Kamerstukken (a bill ``voorstel-wet``, a memorandum
  ``algemeen/vrije-tekst``), Staatsblad/Staatscourant (``wet-besluit``, ``nota-toelichting``)
  and decentral gazettes;
* ``kamerwrk``: the Kamerstuk dialect before 2010 (flat ``tuskop`` headings, ``voetnoot``);
* ``toestand``: consolidated law from the BWB; and ``cvdr`` decentral regulations.

Numbers that the XML keeps apart from the text (``lidnr``, ``li.nr``, ``kop/label+nr``) are
written into the block text as printed ("1. Het college ...", "a. een register;",
"Artikel 4a"). The lettered onderdelen of an amending article (``wijzig-lid`` with ``lidnr``
"A") print their letter on a line of its own. Footnotes (``noot``, ``voetnoot``) and
metadata (``meta-data``, ``metadata``) are left out of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from wetscan.errors import EmptyDocument, UnsupportedFormat
from wetscan.ingest.xml_parse import parse_xml
from wetscan.model import Block, Part
from wetscan.i18n import _

#: Root elements wetscan reads, by family.
OFFICIAL_ROOTS = frozenset({"officiele-publicatie"})
KAMERWRK_ROOTS = frozenset({"kamerwrk"})
BWB_ROOTS = frozenset({"toestand"})
CVDR_ROOTS = frozenset({"cvdr"})

#: Elements that carry no printed text of the document (metadata, footnotes, images, mastheads).
SKIPPED = frozenset({
    "meta-data", "metadata", "meta", "jcis", "brondata", "bwb-inputbestand", "bwb-wijzigingen",
    "redactionele-correcties", "noot", "voetnoot", "voetref", "nootref", "plaatje", "illustratie",
    "colspec", "kamerstukkop", "frontm", "witreg", "citeertitel", "opmerkingen-inhoud", "stuknr",
    "ltrlabel", "nummer",
})
#: Inline elements whose content is a separate word ("<voornaam>M.</voornaam><achternaam>Snel").
SPACED_INLINE = frozenset({"voornaam", "tussenvoegsel", "achternaam", "plaats", "datum", "label", "nr", "titel", "subtitel"})
#: Elements printed as one paragraph of running text.
PARAGRAPHS = frozenset({
    "al", "considerans.al", "wij", "wie", "wat", "functie", "naam", "koning", "dagtekening", "redactie",
    "tekstregel", "ondertekenaar", "intitule", "term", "specificatie-item", "slotformulering.al",
})
#: Elements printed as a heading line.
HEADINGS = frozenset({"tussenkop", "tuskop", "titel", "subtitel", "kop"})
#: Elements that open the bill text or the explanatory memorandum.
BILL_ELEMENTS = frozenset({"voorstel-wet", "wet-besluit", "wettekst", "regeling", "voorstel-rijkswet"})
MEMORANDUM_ELEMENTS = frozenset({"nota-toelichting", "memorie-van-toelichting", "toelichting"})
MEMORANDUM_TITLE = re.compile(r"\b(memorie|nota)\s+van\s+toelichting\b", re.IGNORECASE)
BILL_TITLE = re.compile(r"^\s*(?:gewijzigd\s+)?(?:voorstel\s+van\s+(?:rijks)?wet|ontwerp(?:besluit|regeling)?\b)", re.IGNORECASE)

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Context:
    """What the reader knows for certain about the element being rendered."""

    part: Part | None = None
    quoted: bool = False


@dataclass
class XmlDocument:
    blocks: list[Block]
    title: str | None
    metadata: dict[str, str]


def read_xml(path: str, data: bytes) -> XmlDocument:
    root = parse_xml(path, data)
    family = _family(path, root)
    metadata = _metadata(root, family)
    title = metadata.pop("title", None)
    start = Context(part="bill") if family in ("bwb", "cvdr") else Context()
    blocks = Renderer().render_children(root, start, top_level=True)
    if not any(block.text for block in blocks):
        raise EmptyDocument(path, _("the XML document contains no text"))
    return XmlDocument(blocks=blocks, title=title, metadata=metadata)


def _family(path: str, root: etree._Element) -> str:
    tag = root.tag
    if tag in OFFICIAL_ROOTS:
        return "official"
    if tag in KAMERWRK_ROOTS:
        return "kamerwrk"
    if tag in BWB_ROOTS:
        return "bwb"
    if tag in CVDR_ROOTS:
        return "cvdr"
    raise UnsupportedFormat(path, _("XML with root element <{tag}> is not a Dutch legislative format wetscan reads").format(
        tag=tag))


# ---------------------------------------------------------------------------------------------
# metadata
# ---------------------------------------------------------------------------------------------


def _metadata(root: etree._Element, family: str) -> dict[str, str]:
    """Title and identifying metadata (dossier number, BWB id, publication type, ...)."""
    meta: dict[str, str] = {"xml_family": family}
    for element in root.iter("meta"):
        name, content = element.get("name"), element.get("content")
        if name and content:
            meta[name] = content
    title = meta.get("DC.title")
    if family == "official":
        publication = next((child for child in root if isinstance(child.tag, str) and child.tag not in ("metadata", "kop")), None)
        if publication is not None:
            meta["publication_type"] = publication.tag
        _put(meta, "dossiernummer", root.find(".//dossiernummer/dossiernr"))
        _put(meta, "ondernummer", root.find(".//stuknr/ondernummer"))
        _put(meta, "vergaderjaar", root.find(".//tekstregel[@inhoud='vergaderjaar']"))
        title = title or _text(root.find(".//dossier/titel")) or _text(root.find(".//intitule"))
        if not title and publication is not None:
            title = _text(publication.find("kop/titel"))
    elif family == "kamerwrk":
        meta["publication_type"] = root.get("publtype") or "kamerwrk"
        _put(meta, "dossiernummer", root.find("frontm/onderw/nummer"))
        _put(meta, "ondernummer", root.find("body/stuk/nummer"))
        _put(meta, "vergaderjaar", root.find("frontm/vergjaar"))
        title = title or _text(root.find("frontm/onderw/naam"))
    elif family == "bwb":
        meta["bwb_id"] = root.get("bwb-id") or ""
        wetgeving = root.find("wetgeving")
        if wetgeving is not None:
            meta["publication_type"] = wetgeving.get("soort") or "toestand"
        if root.get("inwerkingtreding"):
            meta["inwerkingtreding"] = root.get("inwerkingtreding")
        title = title or _text(root.find(".//citeertitel")) or _text(root.find(".//intitule"))
    elif family == "cvdr":
        meta["publication_type"] = "cvdr"
        _put(meta, "identifier", root.find(".//identifier"))
        title = title or _text(root.find(".//title")) or _text(root.find(".//intitule"))
    if title:
        meta["title"] = title
    return {key: value for key, value in meta.items() if value}


def _put(meta: dict[str, str], key: str, element: etree._Element | None) -> None:
    text = _text(element)
    if text:
        meta[key] = text


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    return inline_text(element) or None


# ---------------------------------------------------------------------------------------------
# text
# ---------------------------------------------------------------------------------------------


def inline_text(element: etree._Element) -> str:
    """The printed text of ``element``: its words, footnotes and metadata left out."""
    parts: list[str] = []
    _collect(element, parts)
    return _SPACE.sub(" ", "".join(parts)).strip()


def _collect(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in SKIPPED:
            spaced = child.tag in SPACED_INLINE or child.tag in PARAGRAPHS or child.tag in ("li", "lijst", "entry")
            if spaced:
                parts.append(" ")
            _collect(child, parts)
            if spaced:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


# ---------------------------------------------------------------------------------------------
# blocks
# ---------------------------------------------------------------------------------------------


class Renderer:
    """Walks the element tree and emits blocks in reading order."""

    def render(self, element: etree._Element, context: Context) -> list[Block]:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIPPED:
            return []
        context = self._context(element, context)
        if tag == "kop":
            return self._heading(_kop_text(element), context)
        if tag in HEADINGS:
            return self._heading(inline_text(element), context)
        if tag in PARAGRAPHS:
            return self._paragraph(inline_text(element), context)
        if tag in ("lid", "li", "wijzig-lid"):
            return self._numbered(element, context)
        if tag == "row":
            cells = [inline_text(entry) for entry in element if entry.tag == "entry"]
            return self._paragraph(" | ".join(cell for cell in cells if cell), context)
        if tag == "definitie-item":
            return self._definition(element, context)
        if tag == "wijziging":
            return self.render_children(element, replace(context, quoted=True))
        if len(element) == 0 or _mixed_content(element):
            return self._paragraph(inline_text(element), context)
        return self.render_children(element, context)

    def render_children(self, element: etree._Element, context: Context, top_level: bool = False) -> list[Block]:
        blocks: list[Block] = []
        for child in element:
            if top_level and child.tag == "kop":
                continue  # the gazette's masthead ("Staatsblad", "Tweede Kamer der Staten-Generaal")
            blocks.extend(self.render(child, context))
        return blocks

    def _context(self, element: etree._Element, context: Context) -> Context:
        tag = element.tag
        if tag in BILL_ELEMENTS:
            return replace(context, part="bill")
        if tag in MEMORANDUM_ELEMENTS:
            return replace(context, part="explanatory_memorandum")
        if tag in ("stuk", "algemeen"):
            title = element.find("titel")
            if title is None and element.getparent() is not None:
                title = element.getparent().find("titel")
            title_text = inline_text(title) if title is not None else ""
            if MEMORANDUM_TITLE.search(title_text):
                return replace(context, part="explanatory_memorandum")
            if BILL_TITLE.search(title_text):
                return replace(context, part="bill")
        return context

    def _numbered(self, element: etree._Element, context: Context) -> list[Block]:
        """A lid ("1."), list item ("a.", "1°") or amendment onderdeel ("A"): number and text."""
        number_tag = "li.nr" if element.tag == "li" else "lidnr"
        number = next((inline_text(child) for child in element if child.tag == number_tag), "")
        body = [child for child in element if child.tag != number_tag]
        blocks: list[Block] = []
        for child in body:
            blocks.extend(self.render(child, context))
        if not number:
            return blocks
        if element.tag == "wijzig-lid" or not blocks:
            return self._paragraph(number, context) + blocks
        first = blocks[0]
        return [replace(first, text=f"{number} {first.text}")] + blocks[1:]

    def _definition(self, element: etree._Element, context: Context) -> list[Block]:
        term = _text(element.find("term")) or ""
        meaning = " ".join(inline_text(child) for child in element if child.tag != "term")
        return self._paragraph(f"{term}: {meaning}".strip(": "), context)

    def _heading(self, text: str, context: Context) -> list[Block]:
        return [Block(text=text, kind="heading", part=context.part, quoted=context.quoted)] if text else []

    def _paragraph(self, text: str, context: Context) -> list[Block]:
        return [Block(text=text, part=context.part, quoted=context.quoted)] if text else []


def _mixed_content(element: etree._Element) -> bool:
    """Whether ``element`` holds running text around its children ("Uitgegeven de <nadruk>...")."""
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def _kop_text(kop: etree._Element) -> str:
    """A heading as printed: label, number and title on one line ("Artikel 4a Taken")."""
    words = [inline_text(child) for child in kop if isinstance(child.tag, str) and child.tag in ("label", "nr", "titel", "subtitel")]
    own_text = (kop.text or "").strip()
    return _SPACE.sub(" ", " ".join(([own_text] if own_text else []) + [w for w in words if w])).strip()
