"""Read amendment instructions (*wijzigingsopdrachten*) into typed operations.

An amending bill changes a law with instructions in fixed wording (Aanwijzingen voor de
regelgeving 6.9-6.23). Each instruction does one of five things to one unit of the law:

* ``inserted``: a new unit is added: "Na artikel 4 wordt een artikel ingevoegd, luidende:",
  "Aan artikel 5 wordt een lid toegevoegd, luidende:", "In artikel 1 wordt in de alfabetische
  volgorde een begripsbepaling ingevoegd, luidende:";
* ``replaced``: a whole unit gets new text: "Artikel 3 komt te luiden:", "Het tweede lid wordt
  vervangen door:";
* ``textual``: words inside a unit change: "In artikel 5, eerste lid, wordt «acht weken» vervangen
  door «vier weken».", "na «college» wordt ingevoegd «, na overleg met de raad,»", "vervalt
  «jaarlijks»", "vervalt de tweede volzin", "De tweede volzin komt te luiden: ...";
* ``repealed``: a unit goes: "Artikel 7, tweede lid, vervalt.", "Het derde lid vervalt.", or a
  whole law "wordt ingetrokken";
* ``renumbered``: a unit gets another number: "Het vierde lid wordt vernummerd tot derde lid.",
  "Onder vernummering van het derde lid tot vierde lid ...".

One sentence may hold several instructions joined by "en" ("In het eerste lid wordt «kan»
vervangen door «draagt zorg voor» en vervalt de tweede volzin."); a lead ("Artikel 5 wordt als
volgt gewijzigd:") gives the numbered instructions under it their article. Each later part of a
sentence keeps the unit the first part named unless it names another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from wetscan.structure.numbering import ARTICLE_NUMBER, ORDINAL_PATTERN, ORDINAL_VALUES

Action = Literal["inserted", "replaced", "textual", "repealed", "renumbered"]
Unit = Literal["law", "division", "article", "lid", "onderdeel", "volzin", "words"]
Edit = Literal["replace", "insert", "delete"]
ACTIONS: tuple[str, ...] = ("inserted", "replaced", "textual", "repealed", "renumbered")

#: Quoted words: «...» as Dutch bills print them, or typographic double quotes.
QUOTED = re.compile(r"«([^«»]*)»|“([^“”]*)”|„([^“”]*)”")
_PLACEHOLDER = re.compile(r"\bQ(\d+)Q\b")
_ARTICLE = re.compile(rf"\bartikel\s+(?P<number>{ARTICLE_NUMBER})(?![\w.])", re.IGNORECASE)
_LID = re.compile(rf"\b(?P<ordinal>{ORDINAL_PATTERN})\s+lid\b|\blid\s+(?P<number>\d+[a-z]?)\b", re.IGNORECASE)
_ONDERDEEL = re.compile(r"\b(?:onderdeel|onder)\s+(?P<label>[a-z]{1,2}|\d{1,2}(?:°|e)?)(?=[\s,.;:]|$)", re.IGNORECASE)
_DIVISION = re.compile(r"\b(?P<label>hoofdstuk|titel|titeldeel|afdeling|paragraaf|§)\s+(?P<number>[0-9IVXLC]+[a-z]{0,2}(?:\.[0-9]+[a-z]?)*)", re.IGNORECASE)
#: Where an instruction says what it acts on: before its verb, or right after it ("vervalt het tweede lid").
_VERB_AT = re.compile(r"\b(?:wordt|worden|vervalt|vervallen|komt|komen)\b", re.IGNORECASE)
_UNIT_AFTER_VERB = re.compile(
    rf"^\s*(?:(?:na|voor|vóór|aan|in|onder)\s+)?(?:(?:het|de)\s+(?:(?:{ORDINAL_PATTERN}|laatste)\s+)?(?:lid|leden|onderdeel|volzin|zin)\b[^,.;]*"
    rf"|(?:onderdeel|artikel|hoofdstuk|afdeling|paragraaf)\s+\S+)",
    re.IGNORECASE,
)
_VOLZIN = re.compile(rf"\b(?P<ordinal>{ORDINAL_PATTERN}|laatste)\s+(?:volzin|zin)\b", re.IGNORECASE)
_AANHEF = re.compile(r"\b(?:de\s+)?aanhef\b", re.IGNORECASE)
_LEAD = re.compile(r"(?:wordt|worden)\s+(?:als volgt|op de volgende wijze)\s+gewijzigd\s*:?\s*$", re.IGNORECASE)
_RENUMBER_PREFIX = re.compile(
    r"^\s*(?:Onder|onder)\s+(?:vernummering|verlettering|hernummering)\s+van\s+(?P<what>.+?)\s+tot\s+(?P<to>.+?)\s*,?\s+"
    r"(?=(?:wordt|worden|komt|komen|vervalt|vervallen|na|voor|vóór|aan|in|het|de|een)\b)",
    re.IGNORECASE,
)
_RENUMBER = re.compile(r"\b(?:vernummerd|verletterd|hernummerd|omgenummerd)\b(?:\s+tot\s+(?P<to>[^,;.]+))?", re.IGNORECASE)
_WITHDRAWN = re.compile(r"\b(?:wordt|worden)\s+ingetrokken\b", re.IGNORECASE)
#: "«X» wordt (telkens) vervangen door «Y»", also with words between ("met ingang van 1 januari
#: 2019") and with the new words unquoted after a colon ("vervangen door: artikel 2 en 8.").
_REPLACE_WORDS = re.compile(
    r"Q(?P<old>\d+)Q(?:\s*(?:,|en)\s*Q\d+Q)*(?:(?!Q\d).)*?\bvervangen\s+door\s*:?\s*"
    r"(?:Q(?P<new>\d+)Q|(?P<plain>(?:(?!Q\d).)+?)\s*\.?\s*$)",
    re.IGNORECASE,
)
_INSERT_WORDS = re.compile(
    r"\b(?P<where>na|voor|vóór|achter)\s+Q(?P<anchor>\d+)Q\s+(?:(?:telkens|steeds)\s+)?(?:wordt|worden)?\s*(?:(?:telkens|steeds)\s+)?"
    r"(?:ingevoegd|toegevoegd)\s*(?:,?\s*luidende)?\s*(?::\s*(?P<plain>(?:(?!Q\d).)+?)\s*\.?\s*$|:?\s*,?\s*Q(?P<new>\d+)Q)"
    r"|(?:wordt|worden)\s+(?:(?:telkens|steeds)\s+)?(?P<where2>na|voor|vóór|achter)\s+Q(?P<anchor2>\d+)Q\s+(?:ingevoegd|toegevoegd)\s*:?\s*Q(?P<new2>\d+)Q",
    re.IGNORECASE,
)
_APPEND_WORDS = re.compile(
    r"\b(?:aan het (?:slot|eind|einde)|achteraan)\b.*?(?:ingevoegd|toegevoegd)(?:(?!Q\d)[^:])*?"
    r"(?::\s*(?P<plain>(?:(?!Q\d).)+?)\s*\.?\s*$|:?\s*,?\s*(?:luidende\s*:\s*)?Q(?P<new>\d+)Q)",
    re.IGNORECASE,
)
_EACH = re.compile(r"\b(?:telkens|steeds)\b", re.IGNORECASE)
_DELETE = re.compile(r"\b(?:vervalt|vervallen|(?:wordt|worden)\s+geschrapt)\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(?:komt|komen)\s+te\s+luiden\b|\b(?:wordt|worden)\s+vervangen\s+door\b", re.IGNORECASE)
_INSERTED = re.compile(r"\b(?:wordt|worden)\b.*\b(?:ingevoegd|toegevoegd)\b|\b(?:ingevoegd|toegevoegd)\b", re.IGNORECASE)
#: The kind of unit an insertion adds ("een lid", "twee artikelen", "een begripsbepaling").
_NEW_UNIT = re.compile(
    r"\b(?:een|twee|drie|vier|vijf|zes|\d+|de volgende|het volgende|de|het|nieuwe?)\s+(?:nieuwe?\s+)?"
    r"(?P<noun>artikel(?:en)?|leden|lid|onderde(?:el|len)|begripsbepalingen?|begripsomschrijvingen?|definities?|"
    r"hoofdstuk(?:ken)?|afdelingen?|paragra(?:af|fen)|titels?|volzin(?:nen)?|zin(?:nen)?|zinsneden?)\b",
    re.IGNORECASE,
)
_ALPHABETICAL = re.compile(r"\balfabetische\s+volgorde\b", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"\s*;\s*(?:en\s+)?|,?\s+en\s+(?=(?:wordt|worden|vervalt|vervallen|komt|komen)\b)", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=(?:\d{1,3}[a-z]?\.\s+)?[A-Z](?!\d+Q))|(?<=:)\s+(?=\d{1,3}[a-z]?\.\s+[A-Z])")
_NUMBERED = re.compile(r"^(?P<number>\d{1,3}[a-z]?)\.\s+(?=\S)")


@dataclass(frozen=True)
class Target:
    """The unit of the amended law an instruction acts on, as far as it names it."""

    law: str | None = None
    article: str | None = None
    lid: str | None = None
    onderdeel: str | None = None
    volzin: int | None = None  # -1: the last volzin
    division: str | None = None  # "hoofdstuk 3", when no article is named

    @property
    def unit(self) -> Unit:
        """The smallest unit named: what a repeal or replacement removes."""
        if self.onderdeel:
            return "onderdeel"
        if self.lid:
            return "lid"
        if self.article:
            return "article"
        if self.division:
            return "division"
        return "law"

    def cite(self) -> str:
        """The target as a lawyer cites it: "artikel 5, eerste lid, onderdeel b"."""
        from wetscan.structure.numbering import lid_citation

        parts = [f"artikel {self.article}"] if self.article else []
        if self.lid:
            parts.append(lid_citation(self.lid))
        if self.onderdeel:
            parts.append(f"onderdeel {self.onderdeel}")
        return ", ".join(parts) or self.division or (self.law or "the law")


@dataclass(frozen=True)
class Operation:
    """One thing an instruction does (see the module docstring for the five actions).

    ``unit`` says what the action works on: for ``inserted`` the kind of unit added, for
    ``textual`` "words" or "volzin". A textual ``edit`` replaces ``old`` by ``new``, inserts
    ``new`` after/before ``anchor`` (or at the end), or deletes ``old`` (or the ``target``'s volzin).
    ``each``: "telkens" (every occurrence). ``renumbered_to``: the new number as worded.
    """

    action: Action
    target: Target
    instruction: str
    unit: Unit = "article"
    edit: Edit | None = None
    old: str | None = None
    new: str | None = None
    anchor: str | None = None
    position: Literal["after", "before", "end"] | None = None
    each: bool = False
    renumbered_to: str | None = None

    def as_dict(self) -> dict:
        """The operation for the JSON report (empty details left out)."""
        data: dict = {"action": self.action, "unit": self.unit, "target": {
            "law": self.target.law, "article": self.target.article, "lid": self.target.lid,
            "onderdeel": self.target.onderdeel}, "instruction": self.instruction}
        for key in ("edit", "old", "new", "anchor", "position", "renumbered_to"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.target.volzin is not None:
            data["target"]["volzin"] = self.target.volzin
        if self.target.division is not None:
            data["target"]["division"] = self.target.division
        if self.each:
            data["each"] = True
        return data


@dataclass
class _Masked:
    """An instruction with its quoted words replaced by placeholders ``Q0Q``, ``Q1Q``, ..."""

    text: str
    quotes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> _Masked:
        quotes: list[str] = []

        def mask(match: re.Match[str]) -> str:
            quotes.append(next(group for group in match.groups() if group is not None))
            return f"Q{len(quotes) - 1}Q"

        return cls(QUOTED.sub(mask, text), quotes)

    def quote(self, number: str | None) -> str | None:
        return self.quotes[int(number)] if number is not None else None

    def unmask(self, text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: f"«{self.quotes[int(m[1])]}»", text)


def _ordinal(word: str) -> int:
    return -1 if word.lower() == "laatste" else ORDINAL_VALUES[word.lower()]


def named_target(text: str, law: str | None = None) -> Target:
    """The units a piece of instruction names outside quoted words ("In artikel 5, eerste lid, ...")."""
    masked = _Masked.of(text).text
    article = _ARTICLE.search(masked)
    lid = _LID.search(masked)
    onderdeel = _ONDERDEEL.search(masked)
    volzin = _VOLZIN.search(masked)
    division = _DIVISION.search(masked) if not article else None
    return Target(
        law=law,
        article=article["number"] if article else None,
        lid=(str(ORDINAL_VALUES[lid["ordinal"].lower()]) if lid["ordinal"] else lid["number"]) if lid else None,
        onderdeel=onderdeel["label"].lower() if onderdeel else None,
        volzin=_ordinal(volzin["ordinal"]) if volzin else None,
        division=f"{division['label'].lower()} {division['number']}" if division else None,
    )


def location(clause: str) -> str:
    """The words of a clause that name its unit: those before its verb, and a unit right after it
    ("In artikel 3 vervalt het tweede lid"), not references further on ("vervalt met ingang van
    de inwerkingtreding van artikel 5")."""
    verb = _VERB_AT.search(clause)
    if verb is None:
        return clause
    after = _UNIT_AFTER_VERB.match(clause[verb.end():])
    return clause[: verb.start()] + (" " + after.group(0) if after else "")


def _merge(context: Target, named: Target) -> Target:
    """``named`` within ``context``: naming a higher unit resets the lower ones."""
    if named.article or named.division:
        return replace(named, law=named.law or context.law)
    if named.lid:
        return replace(context, lid=named.lid, onderdeel=named.onderdeel, volzin=named.volzin)
    if named.onderdeel:
        return replace(context, onderdeel=named.onderdeel, volzin=named.volzin)
    if named.volzin is not None:
        return replace(context, volzin=named.volzin)
    return context


def read_instructions(text: str, context: Target | None = None) -> list[Operation]:
    """Every operation in ``text``: one or more instructions, possibly under a lead.

    ``context`` is what the surrounding text already settled (the law of the amending article,
    the article of an onderdeel's lead). Quoted new text after "luidende:" is not part of ``text``.
    """
    context = context or Target()
    operations: list[Operation] = []
    for sentence in _sentences(text):
        body = _NUMBERED.sub("", sentence)
        if _LEAD.search(_Masked.of(body).text):
            context = _merge(context, named_target(body.split(":")[0]))
            continue
        operations += read_instruction(body, context)
    return operations


def _sentences(text: str) -> list[str]:
    masked = _Masked.of(text)
    return [masked.unmask(part).strip() for part in _SENTENCE_SPLIT.split(masked.text) if part.strip()]


def read_instruction(sentence: str, context: Target | None = None) -> list[Operation]:
    """The operations of one instruction sentence, in order."""
    context = context or Target()
    masked = _Masked.of(sentence)
    text = masked.text
    operations: list[Operation] = []
    renumber = _RENUMBER_PREFIX.match(text)
    if renumber:
        where = _merge(context, named_target(renumber["what"]))
        operations.append(Operation("renumbered", where, sentence, unit=where.unit, renumbered_to=renumber["to"].strip()))
        text = text[renumber.end():]
    target = context
    for clause in _CLAUSE_SPLIT.split(text):
        if not clause.strip():
            continue
        target = _merge(target, named_target(location(clause)))
        operation = _clause_operation(clause, target, masked, sentence)
        if operation is not None:
            operations.append(operation)
    return operations


def _clause_operation(clause: str, target: Target, masked: _Masked, sentence: str) -> Operation | None:
    """Classify one clause (quoted words masked) into an operation on ``target``."""
    each = bool(_EACH.search(clause))
    if match := _REPLACE_WORDS.search(clause):
        new = masked.quote(match["new"]) if match["new"] is not None else match["plain"].strip()
        return Operation("textual", target, sentence, unit="words", edit="replace", old=masked.quote(match["old"]),
                         new=new, each=each)
    if match := _INSERT_WORDS.search(clause):
        where = (match["where"] or match["where2"]).lower()
        return Operation("textual", target, sentence, unit="words", edit="insert",
                         anchor=masked.quote(match["anchor"] or match["anchor2"]),
                         new=masked.quote(match["new"] or match["new2"]) if not match["plain"] else match["plain"].strip(),
                         position="after" if where in ("na", "achter") else "before", each=each)
    if match := _APPEND_WORDS.search(clause):
        new = masked.quote(match["new"]) if match["new"] is not None else match["plain"].strip()
        return Operation("textual", target, sentence, unit="words", edit="insert", new=new, position="end")
    if _WITHDRAWN.search(clause):
        return Operation("repealed", replace(target, article=None, lid=None, onderdeel=None), sentence, unit="law")
    if match := _RENUMBER.search(clause):
        return Operation("renumbered", target, sentence, unit=target.unit, renumbered_to=(match["to"] or "").strip() or None)
    if _DELETE.search(clause):
        quoted = _PLACEHOLDER.search(clause)
        if quoted:
            return Operation("textual", target, sentence, unit="words", edit="delete", old=masked.quote(quoted[1]), each=each)
        if target.volzin is not None:
            return Operation("textual", target, sentence, unit="volzin", edit="delete")
        return Operation("repealed", target, sentence, unit=target.unit)
    if _REPLACED.search(clause):
        if target.volzin is not None or _AANHEF.search(clause):
            quoted = _PLACEHOLDER.search(clause)
            return Operation("textual", target, sentence, unit="volzin" if target.volzin is not None else "words",
                             edit="replace", old="aanhef" if target.volzin is None else None,
                             new=masked.quote(quoted[1]) if quoted else None)
        return Operation("replaced", target, sentence, unit=target.unit)
    if _INSERTED.search(clause):
        return _insertion(clause, target, masked, sentence)
    return None


def _insertion(clause: str, target: Target, masked: _Masked, sentence: str) -> Operation:
    """An insertion: of a unit ("een lid", "een begripsbepaling") or of a volzin into a unit."""
    noun = _NEW_UNIT.search(clause)
    word = noun["noun"].lower() if noun else ""
    quoted = _PLACEHOLDER.search(clause)
    new = masked.quote(quoted[1]) if quoted else None
    if word.startswith(("volzin", "zin")):
        return Operation("textual", target, sentence, unit="volzin", edit="insert", new=new, position="end")
    if word.startswith("artikel"):
        unit: Unit = "article"
    elif word.startswith(("lid", "leden")):
        unit = "lid"
    elif word.startswith(("onderde", "begrip", "defin")) or _ALPHABETICAL.search(clause):
        unit = "onderdeel"
    elif word:
        unit = "article"  # a hoofdstuk, afdeling or paragraaf holds articles
    else:
        unit = "onderdeel" if target.lid or target.article else "article"
    return Operation("inserted", target, sentence, unit=unit, new=new)


def is_reference_only(operation: Operation) -> bool:
    """Does a textual replacement only change a reference ("artikel 4" -> "artikel 4a")?

    Such an instruction is editorial (domain brief §7 step 1): it changes no task."""
    if operation.action == "renumbered":
        return True
    if operation.action != "textual" or operation.edit != "replace" or not operation.old or not operation.new:
        return False
    return bool(_REFERENCE.fullmatch(operation.old.strip())) and bool(_REFERENCE.fullmatch(operation.new.strip()))


_REFERENCE = re.compile(
    rf"(?:(?:de\s+|het\s+)?(?:artikel|artikelen|lid|leden|onderdeel|onderdelen|hoofdstuk|afdeling|paragraaf)\s+)?"
    rf"(?:{ARTICLE_NUMBER}|{ORDINAL_PATTERN}|[a-z]{{1,2}})(?:\s*(?:,|en|tot en met)\s*(?:{ARTICLE_NUMBER}|[a-z]{{1,2}}))*"
    rf"(?:,?\s+(?:(?:{ORDINAL_PATTERN})\s+lid|onderdeel\s+[a-z]{{1,2}}))*",
    re.IGNORECASE,
)
