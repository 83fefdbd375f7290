"""Recognise amendment instructions (*wijzigingsopdrachten*) and what they point at.

An amending bill changes another law with instructions in fixed wording (Aanwijzingen voor de
regelgeving 6.9-6.23):

* "De Jeugdwet wordt als volgt gewijzigd:" (the lead of an amending article);
* "Artikel 2.8 komt te luiden:", "Na artikel 4 wordt een artikel ingevoegd, luidende:",
  "Aan artikel 5 wordt een lid toegevoegd, luidende:" (these quote new text after the colon);
* "Artikel 7 vervalt.", "In artikel 3, eerste lid, wordt «kan» vervangen door «draagt zorg voor»."
  (these quote nothing but words).

This module answers: is this text an instruction, which law does it amend, and which article
and lid does it name.
"""

from __future__ import annotations

import re

from wetscan.structure.numbering import ARTICLE_NUMBER, ORDINAL_PATTERN, ORDINAL_VALUES

_PLACE_WORDS = (
    r"aanhef|opschrift|artikel|artikelen|lid|leden|onderdeel|onderdelen|hoofdstuk|hoofdstukken|"
    r"titel|titeldeel|afdeling|paragraaf|§|subparagraaf|bijlage|begripsbepaling|begripsbepalingen|"
    r"begripsomschrijving|definitie|zinsnede|volzin|tabel|slot|einde|inhoudsopgave|"
    r"(?:" + ORDINAL_PATTERN + r")|laatste|enige"
)
_OPENER = re.compile(
    r"^(?:"
    r"(?:In|Aan|Na|Voor|Vóór|Onder|Bij|Tussen)\s+(?:de\s+|het\s+)?(?:" + _PLACE_WORDS + r")\b"
    r"|(?:In|Aan)\s+(?:de|het)\s+[A-Z]"
    r"|Onder\s+(?:vernummering|verlettering|vervanging|hernummering)\b"
    r"|(?:Het|De|Dit|Deze)\s+(?:(?:" + ORDINAL_PATTERN + r"|laatste|enige)\s+)?"
    r"(?:lid|leden|onderdeel|onderdelen|volzin|volzinnen|zinsnede|aanhef|opschrift|begripsomschrijving|"
    r"begripsbepaling|definitie|tabel|bijlage|artikel|hoofdstuk|afdeling|paragraaf)\b"
    r"|(?:Artikel|Artikelen|Onderdeel|Onderdelen|Hoofdstuk|Afdeling|Paragraaf|§|Titel|Bijlage|Bijlagen)\s+\S"
    r")"
)
_VERB = re.compile(
    r"\b(?:wordt|worden)\b[^.]*?\b(?:vervangen|ingevoegd|toegevoegd|geschrapt|verletterd|vernummerd|"
    r"hernummerd|gewijzigd|ingetrokken|verplaatst|omgenummerd)\b"
    r"|\b(?:vervalt|vervallen)\b|\b(?:komt|komen)\s+te\s+luiden\b|\bluidende\s*:",
)
_AMENDING_LEAD = re.compile(
    r"^(?:(?:De|Het)\s+)?(?P<law>[A-Z][^:;,]*?)\s+(?:wordt|worden)\s+(?:als volgt\s+|op de volgende wijze\s+)?gewijzigd\b"
    r"|^(?:In|Aan)\s+(?:de|het)\s+(?P<law2>[A-Z][^:;,]*?)\s+(?:wordt|worden)\s+(?:de\s+)?(?:volgende\s+)?wijziging(?:en)?\s+aangebracht"
)
#: Words a law's name starts with when it does not itself contain "wet", "besluit", ...
_LAW_STARTS = {"Algemene", "Boek", "Burgerlijk", "Tijdelijke", "Rijkswet", "Statuut", "Wetboek", "Grondwet"}
_LAW_STEM = re.compile(r"(?i)wet|besluit|regeling|wetboek|reglement|verordening|statuut")
_LAW_NAME = r"(?P<law>(?:[A-Z]|\d)[^,:;.«»]*?)"
_LAW_AFTER_VAN = re.compile(
    r"\bvan\s+(?:de|het)\s+" + _LAW_NAME + r"(?=\s+(?:wordt|worden|komt|komen|vervalt|vervallen)\b|\s*[,:;])"
)
_LAW_AFTER_IN = re.compile(
    r"^(?:In|Aan)\s+(?:de|het)\s+" + _LAW_NAME + r"(?=\s+(?:wordt|worden)\b|\s*,)"
)
_TARGET_ARTICLE = re.compile(rf"\bartikel\s+(?P<number>{ARTICLE_NUMBER})", re.IGNORECASE)
_TARGET_LID = re.compile(
    rf"\b(?P<ordinal>{ORDINAL_PATTERN})\s+lid\b|\blid\s+(?P<number>\d+[a-z]?)\b", re.IGNORECASE
)


#: Finite verbs an instruction does not use (outside the words it quotes): a sentence with one
#: of them is a rule of law that mentions a change, not an instruction that makes one.
_NORM_VERB = re.compile(
    r"\b(?:is|zijn|kan|kunnen|mag|mogen|moet|moeten|heeft|hebben|geldt|gelden|blijft|blijven|"
    r"treedt|treden|vindt|vinden|stelt|stellen|draagt|dragen)\b"
)


def _instruction_words(text: str) -> str:
    """The first sentence of ``text`` without quoted words («...») or the text after a colon."""
    sentence = re.split(r"(?<=[.;])\s", text, maxsplit=1)[0]
    sentence = re.sub(r"«[^»]*»", " ", sentence)
    return sentence.split(":", 1)[0]


def is_instruction(text: str) -> bool:
    """Is ``text`` worded as an amendment instruction (as opposed to quoted law text)?"""
    words = _instruction_words(text)
    if _NORM_VERB.search(words):
        return False
    lead = _AMENDING_LEAD.match(words)
    if lead and _looks_like_law((lead["law"] or lead["law2"] or "").strip()):
        return True
    return bool(_OPENER.match(words) and _VERB.search(words + (":" if ":" in text else "")))


def amended_law(text: str) -> str | None:
    """The law an instruction or the lead of an amending article names, e.g. "Jeugdwet"."""
    for pattern in (_AMENDING_LEAD, _LAW_AFTER_IN, _LAW_AFTER_VAN):
        match = pattern.search(text)
        if match:
            law = (match["law"] or match.groupdict().get("law2") or "").strip()
            if _looks_like_law(law):
                return law
    return None


def _looks_like_law(name: str) -> bool:
    """Law names: "Jeugdwet", "Wet maatschappelijke ondersteuning 2015", "Besluit omgevingsrecht",
    "Boek 7 van het Burgerlijk Wetboek", "Algemene wet bestuursrecht"."""
    if not name or len(name) > 150 or not name[0].isupper() or "," in name or _NORM_VERB.search(name):
        return False
    first = name.split()[0]
    return bool(_LAW_STEM.search(name)) and (first in _LAW_STARTS or bool(_LAW_STEM.search(first)))


def target_article(text: str) -> str | None:
    """The first article an instruction names ("Aan artikel 5 wordt ..." -> "5")."""
    match = _TARGET_ARTICLE.search(text)
    return match["number"] if match else None


def target_lid(text: str) -> str | None:
    """The lid an instruction names ("In het tweede lid ..." -> "2", "lid 2a" -> "2a")."""
    match = _TARGET_LID.search(text)
    if not match:
        return None
    if match["ordinal"]:
        return str(ORDINAL_VALUES[match["ordinal"].lower()])
    return match["number"]


def is_amending_lead(text: str) -> bool:
    """Does an article open with an instruction that amends a named law?"""
    return is_instruction(text) and amended_law(text) is not None
