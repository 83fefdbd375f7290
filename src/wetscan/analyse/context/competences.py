"""Who is competent for a named act: "Bevoegd tot weigering ... zijn ...", then "Weigering kan geschieden ...".

Laws often give a competence for an act named as a noun ("Bevoegd tot weigering of intrekking van de
pas zijn: a. de burgemeester; b. de gezaghebber", "berust de bevoegdheid tot verlening, wijziging of
intrekking van een vergunning bij gedeputeerde staten", "Het college is belast met de inning") and
elsewhere state the act with that noun and no actor: "Weigering of intrekking kan geschieden op verzoek
van ...", "De inning geschiedt ...", "een tot weigering bevoegde autoriteit". A lawyer reads the holders
of the competence into those provisions.

The holders are the organs the competence provision names as actor (read by the clause analysis, also
after a fronted predicate), or, where it names them by reference ("de autoriteiten die ingevolge artikel
40 bevoegd zijn"), the actors of the provision referred to within this law. As for a term with several
holders (GUIDELINES §5a (c)), the act stands for the co-government layers among the holders; an act
whose holders are all national, or all private, gives none. The act nouns of a competence count only
where their lemma is one ``competence_acts`` calls an act (nominalisations such as *weigering*,
*verlening*, *teruggaaf*), so that a general noun ("het besluit", "de aanvraag") is never read this way;
a subject word is looked up as written or as that lemma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import Actor, Derivation, LawReading
from wetscan.analyse.context.lemmas import lemmas
from wetscan.analyse.definitions import Resolution, held_jointly
from wetscan.i18n import _

#: "bevoegd tot weigering of vervallenverklaring", "de bevoegdheid tot verlening, wijziging of intrekking",
#: "belast met de inning": the act nouns after a competence phrase.
_COMPETENCE = re.compile(
    r"\b(?:bevoegd(?:e|heid|heden)?\s+tot|belast\s+met)\s+(?:de\s+|het\s+)?"
    r"(?P<acts>[a-zà-ÿ]+(?:(?:\s*,\s*|\s+(?:of|en|dan\s+wel)\s+)[a-zà-ÿ]+)*)", re.IGNORECASE)
_LIST = re.compile(r"\s*,\s*|\s+(?:of|en|dan\s+wel)\s+")
#: How many words an actorless clause's subject may have before its verb ("Weigering, intrekking of wijziging").
SUBJECT_REACH = 10


@dataclass
class CompetenceMap:
    """Act noun (as written in the competence and as lemma) -> the holders of the competence for that act."""

    holders: dict[str, list[Actor]]

    @classmethod
    def build(cls, law: LawReading) -> CompetenceMap:
        acts = law.words("competence_acts")
        found: list[tuple[str, list[Actor]]] = []
        for i, provision in enumerate(law.provisions):
            for match in _COMPETENCE.finditer(provision.text):
                nouns = [n.lower() for n in _LIST.split(match.group("acts"))]
                actors = law.actors.get(i) or _referred(law, i, provision.text[match.end():])
                found += [(noun, actors) for noun in nouns if actors]
        lemma = lemmas(noun for noun, _ in found) if found else {}
        holders: dict[str, list[Actor]] = {}
        for noun, actors in found:
            if lemma.get(noun, noun) in acts:
                for form in {noun, lemma.get(noun, noun)}:  # the subject is looked up as written or as lemma
                    holders.setdefault(form, []).extend(actors)
        return cls(holders)

    def actor_of(self, law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
        """The holders of the competence for the act an actorless clause names as its subject."""
        if clause.addressees or not self.holders:
            return None
        for noun in _subject_nouns(doc, clause):
            actors = self.holders.get(noun)
            if actors:
                return _derivation(law, noun, actors)
        return None


def _subject_nouns(doc: Doc, clause: Clause) -> list[str]:
    """The nouns an actorless clause opens with before its verb: "Weigering of vervallenverklaring kan
    geschieden", "De teruggaaf blijft achterwege", "Zodra een tot weigering bevoegde autoriteit ..."."""
    if clause.verb is None or clause.verb - clause.main_start > SUBJECT_REACH:
        return []
    return [t.lower_ for t in doc[clause.main_start : clause.verb] if t.is_alpha and len(t) > 3]


def _referred(law: LawReading, i: int, text: str) -> list[Actor]:
    """The actors of the provisions of this law a competence refers to ("de autoriteiten die ingevolge artikel
    40 bevoegd zijn tot verstrekking")."""
    actors: list[Actor] = []
    for target in law.references.in_text(law.provisions[i], text):
        actors += law.actors.get(law.index[id(target)], [])
    return actors


def _derivation(law: LawReading, noun: str, actors: list[Actor]) -> Derivation | None:
    """The co-government layers among the holders, as one actor; ``None`` where no holder is a co-government."""
    co = [a for a in actors if a.resolution.is_co_government]
    if not co:
        return None
    layers, labels = held_jointly([a.resolution for a in co])
    first = co[0].resolution
    actor = Resolution(first.organ_key, labels, layers, first.role, min(a.resolution.confidence for a in co),
                       first.method, first.definition)
    sources = tuple(dict.fromkeys(a.provision_id for a in co))
    reason = _("competent for the «{noun}» from {provisions}").format(noun=noun, provisions=", ".join(sources))
    return Derivation(actor, sources, reason, law.scale("act"))
