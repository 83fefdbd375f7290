"""The addressee: the organ that a clause's norm binds or empowers.

Dutch legal sentences name it as subject before the finite verb ("Het college draagt zorg voor ..."),
after it when something else comes first ("Bij verordening stelt de raad ..."), as passive agent
("Door het college wordt ... vastgesteld"), or after "berust bij" / "is opgedragen aan". Organs
governed by a preposition ("na overleg met de colleges", "aan Onze Minister") are never the
addressee, nor is the subject of a passive (it undergoes the act). Where word order leaves the
subject open, the dependency parse decides (its ``nsubj`` of the main verb): on legal text the
parser is less reliable than word order, so it is the fallback, not the first choice.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wetscan.analyse.clauses.model import Clause
from wetscan.analyse.clauses.position import OrganPosition
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import N_


#: Words that join organs into one list of actors ("GS en B&W", "de raad, provinciale staten of ...").
JOINERS = frozenset({"en", "of", ",", "onderscheidenlijk", "dan", "wel", "respectievelijk", "alsmede"})
#: "Onze Minister wie het aangaat": the relative that picks the minister concerned (determiners aside).
CONCERNED = frozenset({"wie", "aangaat"})


class AddresseeFinder(OrganPosition):
    """Finds a clause's addressee (mixed into :class:`~wetscan.analyse.clauses.ClauseAnalyser`)."""

    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative_openers: frozenset[str]
    subordinators: frozenset[str]
    adverbial_openers: frozenset[str]
    pronouns: frozenset[str]
    passive: frozenset[str]
    power_words: frozenset[str]
    member_nouns: frozenset[str]
    instruments: frozenset[str]
    referring_participles: frozenset[str]
    competence_nouns: frozenset[str]
    agent_phrases: frozenset[str]
    statement_verbs: frozenset[str]
    designated_officials: frozenset[str]
    negations: frozenset[str]
    consultation_participles: frozenset[str]
    heard_list_words: frozenset[str]

    # ------------------------------------------------------------------ addressee

    def _coordinated(self, doc: Doc, first: OrganMention, organs: list[OrganMention], floor: int) -> list[OrganMention]:
        """The first organ and those joined to it by "en", "of", "," ("GS en B&W"), also past the names of the
        bodies meant ("de provinciale besturen van Overijssel en van Gelderland en de gemeentebesturen") and
        "die/wie het aangaat" ("Onze Minister wie het aangaat, en het bestuur van de veiligheidsregio")."""
        group = [first]
        for mention in organs:
            if mention.start <= group[-1].start:
                continue
            if self._heard(doc, mention, floor):
                break  # "bepalen gedeputeerde staten, de besturen van die gemeenten gehoord, ...": consulted, not acting
            between = self._words_between(doc, group[-1].end, mention.start)
            if self._joins(between):
                group.append(mention)
            elif [t.lower_ for t in between[-2:]] in ([w, "en"] for w in self.power_words):
                group.append(mention)  # "Onze Minister die het aangaat kan en gedeputeerde staten kunnen bepalen"
            else:
                break
        return group

    def _words_between(self, doc: Doc, start: int, end: int) -> list:
        """The tokens from ``start`` to ``end`` without determiners: what stands between two organ names."""
        return [t for t in doc[start:end] if t.lower_ not in self.determiners]

    @staticmethod
    def _joins(between: list) -> bool:
        """Whether the words between two organ names join them as one list of actors."""
        joined = named = False
        for token in between:
            lower = token.lower_
            if lower in JOINERS:
                joined = True
            elif lower == "van" or lower in CONCERNED:
                named = lower == "van"
            elif not (named and token.text[:1].isupper()):
                return False
        return joined

    def _addressee(self, doc: Doc, clause: Clause, organs: list[OrganMention], earlier: list[OrganMention]) -> None:
        start, end, verb = clause.main_start, clause.end, clause.verb
        free = [
            m for m in organs
            if not self.governed_by(doc, m, start) and not self._heard(doc, m, start)
            and not self._in_relative(doc, m, verb + 1 if verb is not None and m.start > verb else start)
        ]
        # "De bevoegdheid berust bij het college", "... is opgedragen aan de raad"
        for marker in markers_in(doc, "norm:obligation", start, end):
            if marker[-1].lower_ in ("bij", "aan") or marker.text.lower().endswith("opgedragen"):
                after = [m for m in organs if marker.end <= m.start <= marker.end + 2
                         and not self._in_relative(doc, m, start)]  # not "waarvan de eigendom berust bij ..."
                if after:
                    self._set(clause, self._coordinated(doc, after[0], organs, start), "organ after '" + marker.text + "'")
                    return
        if verb is not None and doc[verb].lower_ in ("berust", "berusten"):
            holders = [m for m in organs if self.governed_by(doc, m, start) == "bij"]
            if holders:
                self._set(clause, self._coordinated(doc, holders[0], organs, start), N_("organ after 'berust ... bij'"))
                return
        if verb is not None and doc[verb].lower_ in ("komt", "komen") and any(t.lower_ == "toe" for t in doc[verb:end]):
            holders = [m for m in organs if m.start > verb and self.governed_by(doc, m, start) == "aan"]
            if holders:  # "De bevoegdheid ... komt toe aan het college"
                self._set(clause, self._coordinated(doc, holders[0], organs, start),
                          N_("organ after 'komt ... toe aan'"))
                return
        if self._fronted_competence(doc, clause):
            return
        opening = lower_words(doc)[start : min(start + 3, end)]
        if verb is not None and any(word in self.competence_nouns for word in opening):
            holders = [m for m in organs if m.end <= verb and (m.organ.role == "regulation" or self.governed_by(doc, m, start) == "van")]
            if holders:  # "De bevoegdheid tot het maken van gemeentelijke verordeningen blijft gehandhaafd"
                self._set(clause, [holders[0]], N_("holder of the competence named in the subject"))
                return
        if self._opening_subject(doc, clause, organs, free):
            return
        # Passive agent: "wordt door het college vastgesteld", "Door het college wordt ...",
        # "Bij provinciale verordening worden regels gesteld"
        if self._is_passive(doc, clause):
            agents = [
                m for m in organs
                if (self.governed_by(doc, m, start) in ("door", "vanwege") or self._agent_phrase(doc, m, start) or (
                    m.organ.role == "regulation" or m.organ.key == "verordening") and self.governed_by(doc, m, start) in ("bij", "in", "krachtens")
                    or self._author_of_instrument(doc, m, start))
                and not self._in_relative(doc, m, start)
                and not self._attributive_door(doc, m, start)
            ]
            if agents:
                self._set(clause, self._coordinated(doc, agents[0], organs, start), N_("passive agent (door)"))
                return
            deciding = self._deciding_agent(doc, clause, organs)
            if deciding:
                self._set(clause, deciding, N_("passive agent (door) who sets the time, place or manner of the act"))
                return
            owners = [m for m in organs if verb is not None and m.end <= verb and not self._in_relative(doc, m, start)
                      and self._phrase_start(doc, m, start) == m.start and (
                (self.governed_by(doc, m, start) == "van" and doc[start].lower_ in self.determiners
                 and doc[max(m.start - 2, start)].lower_ not in self.member_nouns and doc[max(m.start - 3, start)].lower_ not in self.member_nouns)
                or (m.organ.role == "regulation" and self.governed_by(doc, m, start) is None))]
            if owners and self._passive_main_verb(doc, clause):
                self._set(clause, [owners[0]], N_("organ whose act is the subject of an agentless passive"))
                return
        if self._passive_main_verb(doc, clause):
            fronted = self._fronted_agent(doc, clause)
            if fronted:
                self._set(clause, fronted, N_("agent of the act in the phrase that opens the sentence"))
                return
            clause.passive = True
            return  # in a passive clause the subject undergoes the act: only an agent is the addressee
        self._word_order_subject(doc, clause, organs, free, earlier)
        if not clause.addressees and verb is not None and doc[verb].lower_ not in ("is", "zijn"):  # copula: rules/listed.py
            designating = self._designating_organ(doc, clause, organs)
            if designating is not None:
                self._set(clause, [designating], N_("organ that designates the officials who act"))
                clause.subject_text = None
                return
        if not clause.addressees and clause.subject_text is None:
            parse_subject = self._parse_subject(doc, clause, organs)
            if parse_subject is not None:
                self._set(clause, self._preceding_conjuncts(doc, parse_subject, organs, start)
                          + self._coordinated(doc, parse_subject, organs, start), N_("subject (dependency parse)"))

    def _preceding_conjuncts(self, doc: Doc, last: OrganMention, organs: list[OrganMention], floor: int) -> list[OrganMention]:
        """The organs joined before the one the parse marks as subject: a parser often hangs the subject on the last
        conjunct ("In het bijzonder provinciale staten en de raad moeten ..."), but all of them act."""
        group: list[OrganMention] = []
        for mention in reversed([m for m in organs if floor <= m.start and m.end <= last.start]):
            following = group[0] if group else last
            opening = mention.start - 1
            while opening >= floor and doc[opening].lower_ in self.determiners:
                opening -= 1
            governed = opening >= floor and doc[opening].lower_ in self.prepositions  # "met de raad en het college"
            if governed or not self._joins(self._words_between(doc, mention.end, following.start)):
                break
            group.insert(0, mention)
        return group

    def _fronted_competence(self, doc: Doc, clause: Clause) -> bool:
        """"Tot de taken van gedeputeerde staten behoort ...", "Tot de bevoegdheid van burgemeester en wethouders ...,
        behoort ...": the organ whose task or competence the fronted phrase names holds what the sentence adds to it.
        The phrase may be cut off as an opening adverbial, so it is read from the clause's own start."""
        verb = clause.verb
        if verb is None or doc[verb].lower_ not in ("behoort", "behoren"):
            return False
        words = lower_words(doc)[clause.start : min(clause.start + 4, verb)]
        if words[:2] != ["tot", "de"] or not any(w in self.competence_nouns or w in ("taak", "taken") for w in words[2:]):
            return False
        fronted = sorted((m for m in doc._.organs or [] if clause.start < m.start and m.end <= verb), key=lambda m: m.start)
        holders = [m for m in fronted if self.governed_by(doc, m, clause.start) == "van"]
        if not holders:
            return False
        self._set(clause, self._coordinated(doc, holders[0], fronted, clause.start), N_("holder of the competence or task named before 'behoort'"))
        return True

    def _deciding_agent(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> list[OrganMention]:
        """The organ that must fix how an act with "geschiedt" is done: "De toezending geschiedt op een door
        gedeputeerde staten te bepalen datum", "geschiedt door plaatsing op een door het college te bepalen
        plaats". The organ stands in an attributive "een door ... te bepalen" phrase."""
        if clause.verb is None or doc[clause.verb].lower_ not in ("geschiedt", "geschieden"):
            return []
        for mention in organs:
            if mention.start < clause.verb or self.governed_by(doc, mention, clause.main_start) != "door":
                continue
            after = [t.lower_ for t in doc[mention.end : mention.end + 2]]
            if after[:1] == ["te"] and self._attributive_door(doc, mention, clause.main_start):
                return self._coordinated(doc, mention, organs, clause.main_start)
        return []

    def _fronted_agent(self, doc: Doc, clause: Clause) -> list[OrganMention]:
        """The organs that perform the act named in a phrase opening an agentless passive ("Bij het vaststellen van
        een projectbesluit door gedeputeerde staten worden de grenzen van artikel 2.3 in acht genomen")."""
        if clause.main_start <= clause.start or doc[clause.start].lower_ != "bij":
            return []
        fronted = [m for m in doc._.organs or [] if clause.start < m.start and m.end <= clause.main_start]
        agents = [m for m in fronted if self.governed_by(doc, m, clause.start) == "door"
                  and not self._attributive_door(doc, m, clause.start)]
        return self._coordinated(doc, agents[0], fronted, clause.start) if agents else []

    def _opening_subject(self, doc: Doc, clause: Clause, organs: list[OrganMention], free: list[OrganMention]) -> bool:
        """An organ that opens an active main clause is its subject, whatever passive an onderdeel or subordinate
        clause holds later ("Het bevoegd gezag kan de voorschriften wijzigen: a. in gevallen die bij algemene
        maatregel van bestuur worden bepaald"; "De gemeenteraad, provinciale staten of Onze Minister kunnen
        ... vestigen, voor zover ... in het omgevingsplan ... is toegedeeld")."""
        verb = clause.verb
        if verb is None or doc[verb].lower_ in self.passive or self._passive_main_verb(doc, clause):
            return False
        before = [m for m in free if m.end <= verb]
        if not before or any(w not in self.determiners for w in lower_words(doc)[clause.main_start : before[0].start]):
            return False  # a word other than a determiner before the organ
        self._set(clause, self._coordinated(doc, before[0], organs, clause.main_start), N_("subject before the verb"))
        return True

    def _word_order_subject(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], free: list[OrganMention], earlier: list[OrganMention]
    ) -> None:
        """The subject by Dutch word order: before the finite verb, or right after it (inversion)."""
        start, end, verb = clause.main_start, clause.end, clause.verb
        if verb is None:
            if free and free[0].start <= start + 2:
                self._set(clause, self._coordinated(doc, free[0], organs, start), N_("organ opening the clause"))
            return
        before = [m for m in free if m.end <= verb]
        lead = self._words_between(doc, start, before[0].start) if before else None
        if before and not lead:
            self._set(clause, self._coordinated(doc, before[0], organs, start), N_("subject before the verb"))
            return
        if before and doc[start].lower_ in self.determiners and before[0].start > start + 1 and (
            doc[before[0].start - 1].lower_ in self.referring_participles and before[0].end == verb
        ):
            # "De in artikel 231 bedoelde gemeenteambtenaar stelt ... vast"
            self._set(clause, self._coordinated(doc, before[0], organs, start), N_("subject before the verb"))
            return
        first = doc[start].lower_
        if verb == start + 1 and first in self.pronouns:
            if earlier:
                self._set(clause, self._antecedent(doc, doc[start], earlier), f"'{doc[start].text}' refers to the organ named before")
            else:
                clause.subject_text = doc[start].text  # "Hij ...": an organ named in an earlier lid
            return
        inverted = (first in self.prepositions or first in self.subordinators or first in self.adverbial_openers
                    or verb - start <= 1 or first == "er" or before or self._fronted_adverbial(doc, start)
                    or doc[verb - 1].lower_ in self.competence_nouns  # "Gelijke bevoegdheid heeft het college"
                    or any(m.end <= verb and self._heard(doc, m, start) for m in organs))  # "De raad gehoord, stellen ..."
        if inverted:
            following = doc[verb + 1] if verb + 1 < end else None
            after = [m for m in free if verb < self._phrase_start(doc, m, start) <= verb + 3 and m.start >= start]
            if after and not (following is not None and following.lower_ in self.pronouns and after[0].start > verb + 1):
                self._set(clause, self._coordinated(doc, after[0], organs, start),
                          N_("subject after the verb (inversion)"))
                return
            if following is not None and (following.lower_ in self.pronouns or (earlier and self._demonstrative(doc, verb + 1, end))):
                if earlier:
                    self._set(clause, self._antecedent(doc, following, earlier), f"'{following.text}' refers to the organ named before")
                else:
                    clause.subject_text = following.text
                return
            if following is not None and following.lower_ in self.determiners:
                clause.subject_text = following.text + " ..."  # "stelt de eigenaar ... op de hoogte"
                return
        if verb > start and not inverted:
            clause.subject_text = doc[start:verb].text

    def _designating_organ(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> OrganMention | None:
        """The organ whose officials act: "komen de personen die daartoe door het bestuurscollege zijn aangewezen, de
        bevoegdheden toe", "De bij besluit van het college aangewezen ambtenaren stellen ... vast".
        The officials' phrase must not be governed by a preposition ("aan de door het college aangewezen ...")."""
        for mention in organs:
            if mention.start <= clause.main_start or mention.end >= clause.end:
                continue
            position = mention.start - 1
            while position > clause.main_start and doc[position].lower_ in self.determiners:
                position -= 1
            words = [t.lower_ for t in doc[max(clause.main_start, position - 4) : position + 1]]
            after = [t.lower_ for t in doc[mention.end : min(mention.end + 2, clause.end)]]
            designated = after[:1] == ["aangewezen"] or after[:2] in (["zijn", "aangewezen"], ["is", "aangewezen"])
            if not designated or not (words[-1:] == ["door"] or words[-3:] == ["bij", "besluit", "van"]):
                continue
            head = position - (1 if words[-1:] == ["door"] else 3)
            if words[-1:] == ["door"] and doc[head].lower_ == "daartoe":
                head -= 1
            if doc[head].lower_ in ("die", "welke") and doc[head - 1].lower_ in self.designated_officials:
                head -= 2  # "de personen die daartoe door ... zijn aangewezen"
                official = True
            else:
                official = mention.end + 1 < clause.end and doc[mention.end + 1].lower_ in self.designated_officials
            if official and doc[head].lower_ in self.determiners and doc[head - 1].lower_ not in self.prepositions:
                return mention
        return None

    def _demonstrative(self, doc: Doc, position: int, end: int) -> bool:
        """Whether "deze" stands alone as the subject after the verb ("..., zorgt deze alsnog voor de bekendmaking"),
        not as the determiner of a noun ("zendt deze gemeente"): an adverb, preposition or negation follows it."""
        if doc[position].lower_ not in ("deze", "dezen") or position + 1 >= end:
            return False
        following = doc[position + 1].lower_
        return following in self.adverbial_openers or following in self.prepositions or following in self.negations

    def _antecedent(self, doc: Doc, pronoun, earlier: list[OrganMention]) -> list[OrganMention]:
        """The organs a pronoun refers to: the last one named before, and for "zij"/"ze" the organs joined to it
        ("Indien provincies en gemeenten ..., verstrekken zij ...")."""
        group = [earlier[-1]]
        if pronoun.lower_ == "hij":
            return group
        for mention in reversed(earlier[:-1]):
            if mention.end > group[0].start or not self._joins(self._words_between(doc, mention.end, group[0].start)):
                break
            group.insert(0, mention)
        return group

    def _fronted_adverbial(self, doc: Doc, start: int) -> bool:
        """Whether the tagger reads the clause's first word as an adverb, preposition or conjunction, or as an
        adjective used as one ("Overeenkomstig het verzoek wijzigt ...", "Tegelijk met de kennisgeving geven
        ..."): then the subject follows the verb (Dutch verb-second)."""
        token = doc[start]
        if token.pos_ in ("ADV", "ADP", "SCONJ"):
            return True
        return token.pos_ == "ADJ" and start + 1 < len(doc) and doc[start + 1].lower_ in self.determiners

    def _set(self, clause: Clause, mentions: list[OrganMention], method: str) -> None:
        clause.addressees = mentions
        clause.addressee_method = method

    def _is_passive(self, doc: Doc, clause: Clause) -> bool:
        return any(word in self.passive or word in ("geschiedt", "geschieden") for word in lower_words(doc)[clause.main_start : clause.end])

    def _passive_main_verb(self, doc: Doc, clause: Clause) -> bool:
        """Whether the main clause is passive: "wordt ... vastgesteld", "kan ... worden verleend"."""
        if clause.verb is None:
            return False
        words = lower_words(doc)
        lower = words[clause.verb]
        if lower in self.passive:
            return self._participle_follows(doc, clause.verb, clause.end)
        if lower in self.power_words or lower in ("moet", "moeten", "dient", "dienen"):
            for word in words[clause.verb + 1 : clause.end]:
                if word in (",", ";", ":") or word in self.relative_openers:
                    return False
                if word == "worden":
                    return True
        return False

    def _parse_subject(self, doc: Doc, clause: Clause, organs: list[OrganMention]) -> OrganMention | None:
        """The organ the dependency parse marks as subject of the main clause, if any."""
        if not doc.has_annotation("DEP") or not organs:
            return None
        for mention in organs:
            for token in mention.span:
                if token.dep_ in ("nsubj", "nsubj:pass") and token.head.dep_ in ("ROOT", "conj", "parataxis") and (
                    clause.verb is None or token.head.i == clause.verb or token.head.head.i == clause.verb
                    or any(child.i == clause.verb for child in token.head.children)
                ):
                    if self.governed_by(doc, mention, clause.main_start) is None:
                        return mention
        return None

