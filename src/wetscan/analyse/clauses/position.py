"""Where an organ mention stands in its clause, which decides whether it can be the addressee.

An organ governed by a preposition ("aan Onze Minister", "na overleg met het college") receives or is
consulted; one inside a relative clause ("de ambtenaar die door het college is aangewezen") belongs to a noun
phrase; one in an absolute phrase of consultation ("de raad gehoord") is heard before another decides. An
organ after "door" or "door of op last van" is the agent of a passive, unless the phrase is attributive ("de
door het college aangewezen instantie"), and the organ in "Bij besluit van gedeputeerde staten wordt ..."
makes the instrument. These questions are asked by :class:`~wetscan.analyse.clauses.addressee.AddresseeFinder`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wetscan.analyse.doctext import lower_words
from wetscan.analyse.organs import OrganMention

#: How many words an absolute phrase of consultation may run from the organ to "gehoord" ("..., de besturen
#: van de betrokken gemeenten en waterschappen gehoord, ...").
HEARD_REACH = 20


class OrganPosition:
    """Questions about an organ mention's place in the clause (mixed into the addressee finder)."""

    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative_openers: frozenset[str]
    referring_participles: frozenset[str]
    instruments: frozenset[str]
    agent_phrases: frozenset[str]
    consultation_participles: frozenset[str]
    heard_list_words: frozenset[str]

    def governed_by(self, doc: Doc, mention: OrganMention, floor: int) -> str | None:
        """The preposition that governs the organ mention, if any ("aan", "met", "door")."""
        position = self._phrase_start(doc, mention, floor) - 1
        while position >= floor and (doc[position].lower_ in self.determiners or doc[position].pos_ == "ADJ"):
            position -= 1
        if position >= floor and doc[position].lower_ in self.prepositions:
            return doc[position].lower_
        return None

    def _phrase_start(self, doc: Doc, mention: OrganMention, floor: int) -> int:
        """Where the organ's noun phrase starts when a reference precedes the noun.

        "de in artikel 1, tweede lid, bedoelde gemeenteambtenaar": the phrase starts at "de", so that
        "door de in artikel 1 bedoelde ambtenaar" is a passive agent and "aan de in ... bedoelde ..." a
        recipient.
        """
        before = mention.start - 1
        if before < floor or doc[before].lower_ not in self.referring_participles:
            return mention.start
        for position in range(before - 1, max(floor, before - 14) - 1, -1):
            if doc[position].text in (";", ":"):
                break
            if doc[position].lower_ in self.determiners and doc[position + 1].lower_ in self.prepositions:
                return position
        return mention.start

    def _in_relative(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        for i in range(mention.start - 1, floor - 1, -1):
            if doc[i].text == ",":
                return doc[i + 1].lower_ in self.relative_openers if i + 1 < mention.start else False
            if doc[i].lower_ in self.relative_openers and doc[i].lower_ not in ("dat",):
                return True
        return False

    def _heard(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """Whether the organ stands in an absolute phrase of consultation, the drafting formula for organs that are
        heard before another decides: "de raad gehoord", "gedeputeerde staten en burgemeester en wethouders
        gehoord", "gehoord de inspecteur" (triggers.yaml ``consultation_participles``), set off by commas. It
        gives the organ nothing to do (GUIDELINES §5: a right to be heard)."""
        near = lower_words(doc)[max(floor, mention.start - HEARD_REACH) : mention.end + HEARD_REACH + 1]
        if self.consultation_participles.isdisjoint(near):
            return False  # no "gehoord" within reach: the usual case
        named = {i for m in doc._.organs or () for i in range(m.start, m.end)}
        end = mention.end
        while end < len(doc) and end - mention.end < HEARD_REACH and doc[end].lower_ not in self.consultation_participles:
            token = doc[end]
            if not (end in named or token.lower_ in self.heard_list_words or token.text[:1].isupper()):
                break  # a verb or any other word: no list of organs up to "gehoord" ("nadat de raad is gehoord")
            end += 1
        if end < len(doc) and doc[end].lower_ in self.consultation_participles and (
                end + 1 == len(doc) or doc[end + 1].text in (",", ";", ":", ".")):
            return True
        start = mention.start - 1
        while start >= floor and doc[start].text not in (",", ";", ":") and mention.start - start < HEARD_REACH:
            start -= 1
        return 0 <= start + 1 < mention.start and doc[start + 1].lower_ in self.consultation_participles

    def _author_of_instrument(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"Bij besluit van gedeputeerde staten wordt ...": the organ that makes the instrument acts."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ in self.determiners:
            position -= 1
        return (
            position - 2 >= floor and doc[position].lower_ == "van"
            and doc[position - 1].lower_ in self.instruments and doc[position - 2].lower_ == "bij"
        )

    def _agent_phrase(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"Door of op last van de burgemeester worden ... genomen": a phrase that names the passive agent."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ in self.determiners:
            position -= 1
        reach = max(len(phrase.split()) for phrase in self.agent_phrases)
        words = [t.lower_ for t in doc[max(floor, position - reach + 1) : position + 1]]
        return any(" ".join(words[-len(phrase.split()):]) == phrase for phrase in self.agent_phrases)

    def _attributive_door(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"de door het college aangewezen instantie": the agent belongs to a noun phrase."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ != "door":
            position -= 1
        return position - 1 >= floor and doc[position - 1].lower_ in self.determiners
