"""Whose body or official is it: "het bestuur", "de voorzitter", "de ambtenaar", "de toezichthouder".

These names carry no layer of their own. A lawyer takes it from:

* the organ that appoints the official, named with it: "de bij besluit van het college aangewezen
  ambtenaren", "de ambtenaar van de provincie"; also where the official is a passive's agent ("wordt
  uitgeoefend door ambtenaren die daartoe door het bestuurscollege worden aangewezen", :func:`agent_official`);
* the provision a reference points to: "de toezichthouder, bedoeld in artikel 12" is whoever
  artikel 12 says appoints or is the toezichthouder (only within this law, see :mod:`.references`);
* the body the law is about: in a law about the regional services of gemeenten, "het bestuur" and
  "de voorzitter" are those of the service (the law's subject, :mod:`.subject`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import Actor, Derivation, LawReading
from wetscan.i18n import _

#: How many words after an official or body may hold the reference that says whose it is.
REFERENCE_REACH = 12
#: How many words after the appointing organ the appointing participle may stand ("... aangewezen").
APPOINTER_REACH = 4
_BEDOELD = re.compile(r"\b(?:bedoeld|genoemd|als bedoeld)\b")


def body_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The layer of an official or body without one of its own that acts in ``clause``."""
    holder = _holder(law, i, doc, clause)
    if holder is None:
        return None
    start, end = holder
    if law.words("former_holders") & {t.lower_ for t in doc[clause.main_start : clause.verb]}:
        return None  # "Leden en gewezen leden van provinciale staten ... zijn verplicht": a duty of persons
    for mention in doc._.organs or ():
        if start <= mention.start and mention.end <= clause.verb and not _is_addressee(mention, clause):
            resolution = law.resolve(i, mention)
            if resolution.is_co_government:
                return Derivation(resolution, (law.provisions[i].id,), _("official of the {layer}: «{words}»").format(
                                  layer=resolution.layers[0], words=doc[start : clause.verb].text), law.scale("body"))
            if resolution.is_national:
                return None
    after = doc[end : min(end + REFERENCE_REACH, clause.end)].text
    if _BEDOELD.search(after):
        for target in law.references.in_text(law.provisions[i], after):
            j = law.index[id(target)]
            actors = law.co_actors(j) or appointers(law, j)
            if actors:
                return law.derivation(actors[0], "body", _("body or official defined"))
            if law.actors.get(j):
                return None  # the referred provision names a national actor
    bodies = law.words("subject_bodies")
    if law.subject and len(law.subject) == 1 and any(
        m.organ.key in bodies and doc[m.end : m.end + 1].text.lower() != "van" for m in clause.addressees
    ):
        resolution = law.subject[0]
        return Derivation(resolution, (), _("body of the {layer} ({where})").format(layer=resolution.layers[0], where=resolution.definition), law.scale("subject"))
    return None


def agent_official(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """A passive whose agent is an official the clause itself says a co-government organ appoints: "wordt ...
    uitgeoefend door ambtenaren die daartoe door het bestuurscollege worden aangewezen", "door de door het college
    aangewezen ambtenaren". The appointing organ's layer acts; an official a national organ appoints, or one whose
    appointer the clause does not name, is left alone (its act may well be a private party's or the Rijk's)."""
    if not clause.passive or clause.verb is None:
        return None
    officials, appointing = law.words("officials"), law.words("appointing")
    agent = next((t.i for t in doc[clause.verb : clause.end] if t.lower_ == "door"), None)
    if agent is None:
        return None
    official = next((t.i for t in doc[agent + 1 : min(agent + 1 + APPOINTER_REACH * 2, clause.end)]
                     if t.lower_ in officials), None)
    if official is None:
        return None
    reach = min(official + REFERENCE_REACH, clause.end)
    for mention in doc._.organs or ():
        if not agent < mention.start < reach:
            continue
        after = doc[mention.end : min(mention.end + APPOINTER_REACH, clause.end)].text.lower()
        if not any(re.search(rf"\b{re.escape(word)}\b", after) for word in appointing):
            continue
        resolution = law.resolve(i, mention)
        if not resolution.is_co_government:
            return None
        words = doc[agent:reach].text.rstrip(".;, ")
        return Derivation(resolution, (law.provisions[i].id,), _("official of the {layer}: «{words}»").format(
                          layer=resolution.layers[0], words=words), law.scale("body"))
    return None


def _holder(law: LawReading, i: int, doc: Doc, clause: Clause) -> tuple[int, int] | None:
    """The tokens of the unresolved body or the official that stands as the clause's subject."""
    if clause.verb is None:
        return None
    for mention in clause.addressees:
        if not law.resolve(i, mention).layers:
            return mention.start, mention.end
    if clause.addressees:
        return None
    officials = law.words("officials")
    for token in doc[clause.main_start : clause.verb]:
        if token.lower_ in officials:
            return clause.main_start, token.i + 1
    return None


def _is_addressee(mention, clause: Clause) -> bool:
    return any(mention.start == a.start for a in clause.addressees)


def appointers(law: LawReading, j: int) -> list[Actor]:
    """The co-government organs that provision ``j`` names as appointing ("de bij besluit van het college
    aangewezen ambtenaren", "door gedeputeerde staten benoemd")."""
    doc = law.docs[j]
    appointing = law.words("appointing")
    found = []
    for mention in doc._.organs or ():
        after = doc[mention.end : min(mention.end + APPOINTER_REACH, len(doc))].text.lower()
        if not any(re.search(rf"\b{re.escape(word)}\b", after) for word in appointing):
            continue
        resolution = law.resolve(j, mention)
        if resolution.is_co_government:
            found.append(Actor(resolution, law.provisions[j].id, doc[mention.start : min(mention.end + APPOINTER_REACH, len(doc))].text))
    return found
