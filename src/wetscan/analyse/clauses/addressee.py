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
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import N_


#: Words that join organs into one list of actors ("GS en B&W", "de raad, provinciale staten of ...").
JOINERS = frozenset({"en", "of", ",", "onderscheidenlijk", "dan", "wel", "respectievelijk"})
#: "Onze Minister wie het aangaat": the relative that picks the minister concerned (determiners aside).
CONCERNED = frozenset({"wie", "aangaat"})


class AddresseeFinder:
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

    # ------------------------------------------------------------------ addressee

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

    def _coordinated(self, doc: Doc, first: OrganMention, organs: list[OrganMention], floor: int) -> list[OrganMention]:
        """The first organ and those joined to it by "en", "of", "," ("GS en B&W"), also past the names of the
        bodies meant ("de provinciale besturen van Overijssel en van Gelderland en de gemeentebesturen") and
        "die/wie het aangaat" ("Onze Minister wie het aangaat, en het bestuur van de veiligheidsregio")."""
        group = [first]
        for mention in organs:
            if mention.start <= group[-1].start:
                continue
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
            if not self.governed_by(doc, m, start)
            and not self._in_relative(doc, m, verb + 1 if verb is not None and m.start > verb else start)
        ]
        # "De bevoegdheid berust bij het college", "... is opgedragen aan de raad"
        for marker in markers_in(doc, "norm:obligation", start, end):
            if marker[-1].lower_ in ("bij", "aan") or marker.text.lower().endswith("opgedragen"):
                after = [m for m in organs if marker.end <= m.start <= marker.end + 2]
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
        if verb is not None and any(t.lower_ in self.competence_nouns for t in doc[start : min(start + 3, end)]):
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
            owners = [m for m in organs if verb is not None and m.end <= verb and not self._in_relative(doc, m, start)
                      and self._phrase_start(doc, m, start) == m.start and (
                (self.governed_by(doc, m, start) == "van" and doc[start].lower_ in self.determiners
                 and doc[max(m.start - 2, start)].lower_ not in self.member_nouns and doc[max(m.start - 3, start)].lower_ not in self.member_nouns)
                or (m.organ.role == "regulation" and self.governed_by(doc, m, start) is None))]
            if owners and self._passive_main_verb(doc, clause):
                self._set(clause, [owners[0]], N_("organ whose act is the subject of an agentless passive"))
                return
        if self._passive_main_verb(doc, clause):
            clause.passive = True
            return  # in a passive clause the subject undergoes the act: only an agent is the addressee
        self._word_order_subject(doc, clause, organs, free, earlier)
        if not clause.addressees and clause.subject_text is None:
            parse_subject = self._parse_subject(doc, clause, organs)
            if parse_subject is not None:
                self._set(clause, self._coordinated(doc, parse_subject, organs, start),
                          N_("subject (dependency parse)"))

    def _opening_subject(self, doc: Doc, clause: Clause, organs: list[OrganMention], free: list[OrganMention]) -> bool:
        """An organ that opens an active main clause is its subject, whatever passive an onderdeel or subordinate
        clause holds later ("Het bevoegd gezag kan de voorschriften wijzigen: a. in gevallen die bij algemene
        maatregel van bestuur worden bepaald"; "De gemeenteraad, provinciale staten of Onze Minister kunnen
        ... vestigen, voor zover ... in het omgevingsplan ... is toegedeeld")."""
        verb = clause.verb
        if verb is None or doc[verb].lower_ in self.passive or self._passive_main_verb(doc, clause):
            return False
        before = [m for m in free if m.end <= verb]
        if not before or self._words_between(doc, clause.main_start, before[0].start):
            return False
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
                    or verb - start <= 1 or first == "er" or before or self._fronted_adverbial(doc, start))
        if inverted:
            following = doc[verb + 1] if verb + 1 < end else None
            after = [m for m in free if verb < self._phrase_start(doc, m, start) <= verb + 3 and m.start >= start]
            if after and not (following is not None and following.lower_ in self.pronouns and after[0].start > verb + 1):
                self._set(clause, self._coordinated(doc, after[0], organs, start),
                          N_("subject after the verb (inversion)"))
                return
            if following is not None and following.lower_ in self.pronouns:
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
            if any(self._opens_relative(doc, i, clause.main_start) or doc[i].lower_ in self.subordinators  # type: ignore[attr-defined]
                   or doc[i].text in (";", ":") for i in range(verb + 1, mention.start)):
                return
            before = mention.start - 1
            while before > verb and doc[before].lower_ in self.determiners:
                before -= 1
            if doc[before].lower_ not in ("en", "of", ","):
                continue
            previous = [m for m in organs if verb < m.end <= mention.start]
            if previous and self._joins(self._words_between(doc, previous[-1].end, mention.start)):
                continue  # "aan de raad, gedeputeerde staten en Onze Minister": one more recipient
            group = self._coordinated(doc, mention, organs, clause.main_start)
            after = group[-1].end
            if after < clause.end and (self._own_verb(doc, clause, after) or self._gapped_remnant(doc, after, clause.end)):
                clause.addressees = [*clause.addressees, *group]
                addressed |= {id(m) for m in group}
                position = after

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

    def _is_passive(self, doc: Doc, clause: Clause) -> bool:
        return any(word in self.passive or word in ("geschiedt", "geschieden") for word in lower_words(doc)[clause.main_start : clause.end])

    def _author_of_instrument(self, doc: Doc, mention: OrganMention, floor: int) -> bool:
        """"Bij besluit van gedeputeerde staten wordt ...": the organ that makes the instrument acts."""
        position = mention.start - 1
        while position >= floor and doc[position].lower_ in self.determiners:
            position -= 1
        return (
            position - 2 >= floor and doc[position].lower_ == "van"
            and doc[position - 1].lower_ in self.instruments and doc[position - 2].lower_ == "bij"
        )

    def _passive_main_verb(self, doc: Doc, clause: Clause) -> bool:
        """Whether the main clause is passive: "wordt ... vastgesteld", "kan ... worden verleend"."""
        if clause.verb is None:
            return False
        lower = doc[clause.verb].lower_
        if lower in self.passive:
            return self._participle_follows(doc, clause.verb, clause.end)
        if lower in self.power_words | {"moet", "moeten", "dient", "dienen"}:
            for token in doc[clause.verb + 1 : clause.end]:
                if token.text in (",", ";", ":") or token.lower_ in self.relative_openers:
                    return False
                if token.lower_ == "worden":
                    return True
        return False

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

