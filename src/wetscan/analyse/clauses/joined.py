"""Actors joined to a clause's addressee: the subject of a second main clause with a verb of its own or with the
verb left out ("Onze Minister draagt zorg voor ... en gedeputeerde staten dragen zorg voor ..."; "Burgemeester en
wethouders brengen advies uit binnen vijf maanden, gedeputeerde staten binnen vier maanden"), and organs that act
together with it ("draagt tezamen met gedeputeerde staten zorg").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wetscan.analyse.clauses.model import Clause
from wetscan.analyse.organs import OrganMention


#: The label of an onderdeel: "a.", "b.", "2°", "3.".
_ENUMERATOR = re.compile(r"[a-z]{1,2}\.|\d{1,2}[a-z]?[°.]")


class JoinedActorFinder:
    """Adds joined actors to an addressee (mixed into :class:`~wetscan.analyse.clauses.ClauseAnalyser`)."""

    determiners: frozenset[str]
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    statement_verbs: frozenset[str]
    power_words: frozenset[str]

    def _coordinated_subjects(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> None:
        """Add the subject of a main clause joined to this one, with a verb of its own or with the verb left out
        (gapping): "Onze Minister draagt zorg voor ... en gedeputeerde staten dragen zorg voor ...";
        "Burgemeester en wethouders brengen advies uit binnen vijf maanden, gedeputeerde staten binnen vier
        maanden"; "Het Rijk betaalt 25 procent, de gemeenten 50 procent". The organ must follow "en", "of"
        or a comma outside any subordinate clause, and be followed by its own finite verb or by a remnant
        without one that opens with a preposition or a number (not by another name of a list of recipients)."""
        verb = clause.verb
        if verb is None or clause.passive or not clause.addressees:
            return
        addressed = {id(m) for m in clause.addressees}
        position = verb + 1
        for mention in organs:
            if mention.start <= verb or id(mention) in addressed or mention.start < position:
                continue
            if self._heard(doc, mention, clause.main_start):  # type: ignore[attr-defined]
                continue  # "kan, gedeputeerde staten gehoord, ...": consulted, no second subject
            if any(self._opens_relative(doc, i, clause.main_start) or doc[i].lower_ in self.subordinators  # type: ignore[attr-defined]
                   or doc[i].text in (";", ":") for i in range(verb + 1, mention.start)):
                return
            before = mention.start - 1
            while before > verb and doc[before].lower_ in self.determiners:
                before -= 1
            if doc[before].lower_ not in ("en", "of", ","):
                continue
            previous = [m for m in organs if verb < m.end <= mention.start]
            if previous and self._joins(self._words_between(doc, previous[-1].end, mention.start)):  # type: ignore[attr-defined]
                continue  # "aan de raad, gedeputeerde staten en Onze Minister": one more recipient
            group = self._coordinated(doc, mention, organs, clause.main_start)  # type: ignore[attr-defined]
            after = group[-1].end
            if after < clause.end and (self._own_verb(doc, clause, after) or self._gapped_remnant(doc, after, clause.end)):
                clause.addressees = [*clause.addressees, *group]
                addressed |= {id(m) for m in group}
                position = after

    def _onderdeel_subjects(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> None:
        """Add the subjects of later onderdelen when each onderdeel is a main clause of its own, opened by its verb
        ("Om ... te waarborgen: a. stelt de gemeenteraad regels ...; b. stellen provinciale staten regels ...")."""
        verb = clause.verb
        if verb is None or clause.passive or not clause.addressees or verb != clause.main_start or verb <= clause.start:
            return
        if not _ENUMERATOR.fullmatch(doc[verb - 1].text) and doc[verb - 1].text != ":":
            return
        for i in range(verb + 1, clause.end - 1):
            if not (_ENUMERATOR.fullmatch(doc[i].text) and (doc[i - 1].text in (",", ";") or doc[i - 1].is_space)):
                continue
            opening = self._skip_enumerator(doc, i, clause.end)  # type: ignore[attr-defined]
            if opening >= clause.end or not self._known_verb_before_organ(doc, opening, organs):  # type: ignore[attr-defined]
                continue
            subject = opening + 1
            while doc[subject].lower_ in self.determiners:
                subject += 1
            first = next(m for m in organs if m.start == subject)
            group = self._coordinated(doc, first, organs, clause.main_start)  # type: ignore[attr-defined]
            clause.addressees = [*clause.addressees, *(m for m in group if m not in clause.addressees)]

    def _own_verb(self, doc: Doc, clause: Clause, position: int) -> bool:
        """Whether the second subject has a finite verb of its own that acts as the first clause's verb does (not
        "ontvangen", "zijn"; "kunnen" only when the first is a power too)."""
        token = doc[position]
        if not self.is_finite(token) or token.lower_ in self.statement_verbs:  # type: ignore[attr-defined]
            return False
        assert clause.verb is not None
        return (token.lower_ in self.power_words) == (doc[clause.verb].lower_ in self.power_words)

    def _gapped_remnant(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the words after a second subject repeat the first clause's act without its verb ("binnen vier
        maanden", "50 procent"): a preposition or number first, and no finite verb up to the next comma or
        the end."""
        first = doc[start]
        if not (first.lower_ in self.prepositions or first.like_num):
            return False
        for token in doc[start:end]:
            if token.text in (",", ";", ":") or token.lower_ in ("en", "of"):
                break  # the next conjunct ("..., de gemeenten 50 procent en de waterschappen 25 procent")
            if self.is_finite(token):  # type: ignore[attr-defined]
                return False
        return True

    def _joint_actors(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> None:
        """Add organs that act together with the addressee ("draagt tezamen met gedeputeerde staten zorg")."""
        for mention in organs:
            if mention in clause.addressees or mention.start < 2:
                continue
            if doc[mention.start - 1].lower_ in self.determiners:
                position = mention.start - 2
            else:
                position = mention.start - 1
            if position >= 1 and doc[position].lower_ == "met" and doc[position - 1].lower_ in ("tezamen", "samen", "gezamenlijk"):
                clause.addressees = [*clause.addressees, mention]
