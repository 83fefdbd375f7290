"""The parts of an applicability clause: what it applies, and to whom or what.

Dutch drafting declares provisions applicable in two word orders, and a lawyer reads both the same way:

* the applied provisions first: "Artikel 32, tweede tot en met vierde lid, is van overeenkomstige toepassing
  op de in het eerste lid bedoelde overzichten", "De artikelen 62 tot en met 72 van de Wet openbare lichamen
  Bonaire, Sint Eustatius en Saba zijn, voor zover ..., op de vergaderingen van het gemeenschappelijk orgaan
  van overeenkomstige toepassing";
* a fronted phrase or condition first, the finite verb second: "Op het stellen van regels als bedoeld in het
  eerste lid is artikel 5.2 van overeenkomstige toepassing", "Ten aanzien van een verzoek als bedoeld in
  het eerste lid is artikel 11, tweede, derde en vijfde lid, van overeenkomstige toepassing", "Indien ...
  worden vastgesteld, is artikel 7, tweede en derde lid, van overeenkomstige toepassing".

:func:`applied_clause` finds the clause and splits it into the words that name the applied rules
(``refs``) and those that name to whom or what they apply (``targets``: "op ...", "ten aanzien van ...").
An exception ("is niet van toepassing"), a condition ("indien artikel 5 van toepassing is") and
transitional law ("blijven van toepassing") are no applicability clause (GUIDELINES §5a).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: Where a sentence or enumerated part starts: after ". ", ": ", "; " and a list label ("a. ", "1°. ", "– ").
_BOUNDARY = re.compile(r"(?:(?<![.\d]\d)\.\s+|[:;]\s+)(?:(?:[a-z]|\d+°)\.?\s+|[–-]\s+)?")
_VERB = re.compile(r"\b(?:is|zijn)\b", re.IGNORECASE)
#: The verb-final "... van toepassing is" of a subordinate clause.
_VERB_FINAL = re.compile(r"\s*(?:is|zijn|was|waren|wordt|worden|zou|zouden|kan|kunnen|blijft|blijven)\b")
#: What follows the finite verb of "Artikel 5 is van/op/ten aanzien van ...", unlike the participle after the verb
#: of a relative clause ("de regels die bij of krachtens de wet zijn gesteld").
_MAIN_VERB_NEXT = re.compile(r"\s*(?:,|$|(?:van|op|ten|voor|met|mede|eveneens|tevens|ook|in|bij|onverkort)\b)",
                             re.IGNORECASE)
_TRANSITIONAL = re.compile(r"\b(?:blijft|blijven)\b", re.IGNORECASE)
#: The clause stands inside a condition that has not ended before it ("indien artikel 5 ... van toepassing").
_INSIDE_CONDITION = re.compile(r"\b(?:indien|als(?!\s+bedoeld\b)|wanneer|zolang|nadat|mits|tenzij)\b[^,]*$",
                               re.IGNORECASE)


@dataclass(frozen=True)
class AppliedClause:
    """An applicability clause: character offsets into the provision's text."""

    marker: tuple[int, int]  # "van (overeenkomstige) toepassing"
    refs: tuple[int, int]  # the words naming the applied rules
    targets: tuple[tuple[int, int], ...]  # the words naming to whom or what they apply

    @property
    def start(self) -> int:
        return min(self.refs[0], self.marker[0])


def applied_clause(text: str, config: dict[str, Any]) -> AppliedClause | None:
    """The first applicability clause of ``text`` that is a sentence's main statement, with its parts."""
    for marker in re.finditer(config["applied_to"], text, re.IGNORECASE):
        start = _sentence_start(text, marker.start())
        sentence = text[start : marker.start()]
        if _VERB_FINAL.match(text[marker.end():]) or _TRANSITIONAL.search(sentence):
            continue
        if _INSIDE_CONDITION.search(sentence):
            continue
        return _parts(text, start, marker, config)
    return None


def _sentence_start(text: str, before: int) -> int:
    boundaries = [m.end() for m in _BOUNDARY.finditer(text, 0, before)]
    return boundaries[-1] if boundaries else 0


def _parts(text: str, start: int, marker: re.Match, config: dict[str, Any]) -> AppliedClause:
    """Split the sentence before ``marker`` into applied rules and targets by its word order."""
    sentence = text[start : marker.start()]
    after = re.match(config["applied_to_after"], text[marker.end():], re.IGNORECASE)
    targets = [(marker.end() + after.start(1), marker.end() + after.end(1))] if after else []
    verbs = list(_VERB.finditer(sentence))
    if not sentence.strip():  # "Van overeenkomstige toepassing is hoofdstuk I, indien ..."
        rest = re.match(r"\s*(?:is|zijn)\s+([^,.;]*)", text[marker.end():])
        refs = (marker.end() + rest.start(1), marker.end() + rest.end(1)) if rest else marker.span()
        return AppliedClause(marker.span(), refs, tuple(targets))
    if verbs and (verbs[0].start() == len(sentence) - len(sentence.lstrip()) or
                  re.match(config["applied_fronted"], sentence, re.IGNORECASE)):
        # "... worden geheven: a. is hoofdstuk XV van de Provinciewet van toepassing": the verb opens the part
        verb = next((v for v in reversed(verbs) if re.search(config["applied_rules"], sentence[v.end():], re.IGNORECASE)),
                    verbs[-1])
        if re.match(config["applied_target_fronted"], sentence, re.IGNORECASE):
            targets.insert(0, (start, start + verb.start()))
        return AppliedClause(marker.span(), (start + verb.end(), marker.start()), tuple(targets))
    if not verbs:
        return AppliedClause(marker.span(), (start, marker.start()), tuple(targets))
    verb = next((v for v in verbs if _MAIN_VERB_NEXT.match(sentence[v.end():])), verbs[0])
    middle = re.search(config["applied_target_fronted"], sentence[verb.end():], re.IGNORECASE)
    if middle:
        targets.insert(0, (start + verb.end() + middle.start(), marker.start()))
    return AppliedClause(marker.span(), (start, start + verb.start()), tuple(targets))
