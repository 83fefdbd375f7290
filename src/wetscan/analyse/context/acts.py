"""Who performs the act: a per-law map from acts and their objects to the actor the law names.

Where a law says "Burgemeester en wethouders verlenen de ontheffing", "De raad stelt het programma
vast" or "Gedeputeerde staten wijzen de gebieden aan", a provision about the same object that names
no actor ("De ontheffing wordt geweigerd indien ...", "Het programma bevat in ieder geval ...")
is read as addressed to that actor. Acts and objects are compared by lemma (:mod:`.lemmas`).

Not inherited: an object that national actors also act on in this law (who acts is then unclear),
an actorless act that a private party performs ("De aanvraag wordt ingediend"; ``private_acts``),
and general nouns that say nothing about the act (``general_objects``: besluit, regel, termijn, ...).
Only direct objects count as the object of an act: "beslissen op de aanvraag" maps nothing to
"aanvraag"; of a nominalised act the object after "van" counts too ("draagt zorg voor het houden van
een register" maps "register").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause
from wetscan.analyse.context.law import Actor, Derivation, LawReading
from wetscan.analyse.context.lemmas import lemmas
from wetscan.analyse.doctext import lower_words
from wetscan.i18n import _

#: How many adjectives may stand between a determiner and its noun ("het regionale risicoprofiel").
NOUN_REACH = 3
MIN_NOUN_LENGTH = 4
#: How many words after "door" the agent's head noun, or an organ that is the agent, may stand.
AGENT_REACH = 4


@dataclass
class ActMap:
    """Object lemma -> the provisions whose named actor acts on it, in document order."""

    actors: dict[str, list[tuple[int, Actor]]]
    lemma: dict[str, str]

    @classmethod
    def build(cls, law: LawReading) -> ActMap:
        objects: list[tuple[int, Actor, list[str]]] = []
        words: set[str] = set()
        for i, doc in enumerate(law.docs):
            for clause in doc._.clauses or []:
                if not clause.addressees or clause.verb is None or clause.norm_type not in ("obligation", "power"):
                    continue
                nouns = direct_objects(law, doc, clause)
                for mention in clause.addressees:
                    resolution = law.resolve(i, mention)
                    if resolution.is_co_government or resolution.is_national:
                        objects.append((i, Actor(resolution, law.provisions[i].id, law.quote(doc, clause)), nouns))
                words.update(nouns)
        for i, doc in enumerate(law.docs):
            words.update(w for c in doc._.clauses or [] for w in subject_and_verb(law, doc, c))
        lemma = lemmas(words)
        actors: dict[str, list[tuple[int, Actor]]] = {}
        for i, actor, nouns in objects:
            for noun in nouns:
                actors.setdefault(lemma.get(noun, noun), []).append((i, actor))
        return cls(actors, lemma)

    def actor_of(self, law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
        """The actor of an actorless passive or content rule whose subject the law's explicit provisions act on."""
        found = self.acting_on(law, doc, clause, i)
        if found is None:
            return None
        noun, actor = found
        return law.derivation(actor, "act", _("actor of the «{noun}»").format(noun=noun))

    def acting_on(self, law: LawReading, doc: Doc, clause: Clause, before: int) -> tuple[str, Actor] | None:
        """The subject noun of an actorless passive or content rule of ``law`` and the actor this map names for
        it: the last one before provision ``before``, else the first. ``None`` where the noun is general, the
        act a private party's, or the map names a national actor or actors of several layers for it."""
        words = subject_and_verb(law, doc, clause)
        if not words:
            return None
        noun, verbs = self.lemma.get(words[0], words[0]), [self.lemma.get(w, w) for w in words[1:]]
        if noun in law.words("general_objects") or any(v in law.words("private_acts") for v in verbs):
            return None
        found = self.actors.get(noun, [])
        if not found or any(actor.resolution.is_national for _, actor in found):
            return None
        if len({actor.resolution.layers for _, actor in found}) > 1:
            return None
        earlier = [(j, actor) for j, actor in found if j < before]
        return noun, (earlier[-1] if earlier else found[0])[1]


def direct_objects(law: LawReading, doc: Doc, clause: Clause) -> list[str]:
    """The nouns a clause acts on directly: after a determiner that no preposition governs, outside organ names."""
    determiners = law.words("determiners")
    prepositions = law.words("prepositions")
    inside = {t for m in clause.addressees for t in range(m.start, m.end)}
    stop = stop_words(law)
    nouns: list[str] = []
    words = lower_words(doc)
    for i in range(clause.main_start, clause.end):
        if words[i] not in determiners or i in inside:
            continue
        noun = noun_after(doc, i, clause.end, stop)
        if noun is None or noun.i in inside:
            continue
        complement = _act_complement(law, doc, noun, clause.end)
        if complement is not None and complement.i not in inside:
            nouns.append(complement.lower_)  # also after a preposition: "zorg voor het houden van een register"
        if not (i > clause.main_start and words[i - 1] in prepositions):
            nouns.append(noun.lower_)
    return nouns


def _act_complement(law: LawReading, doc: Doc, noun, end: int):
    """The object of a nominalised act: "register" in "zorg voor het houden van een register" (the
    infinitive as a noun, then "van" and a determiner)."""
    if not noun.lower_.endswith("en") or noun.i + 2 >= end or doc[noun.i + 1].lower_ != "van":
        return None
    if doc[noun.i + 2].lower_ not in law.words("determiners"):
        return None
    stop = stop_words(law) | {"en", "of"}
    words = []
    for token in doc[noun.i + 3 : min(noun.i + 3 + NOUN_REACH, end)]:
        if not token.is_alpha or token.lower_ in stop:
            break
        words.append(token)  # "een gemeentelijk register": the adjective may lack its -e
    return words[-1] if words and len(words[-1].text) >= MIN_NOUN_LENGTH else None


def noun_after(doc: Doc, i: int, end: int, stop: frozenset[str] = frozenset()):
    """The noun a determiner at ``i`` opens ("het regionale programma"): the first word, or the word
    after it where the first is an adjective in -e followed by another word that is no ``stop`` word
    (a verb, preposition or particle: "de gemeente stelt", "de stiltegebieden aan")."""
    words = [t for t in doc[i + 1 : min(i + 1 + NOUN_REACH, end)]]
    noun = None
    for position, token in enumerate(words):
        if not token.is_alpha:
            break
        noun = token
        following = words[position + 1] if position + 1 < len(words) else None
        if not token.lower_.endswith("e") or following is None or not following.is_alpha or following.lower_ in stop:
            break
    return noun if noun is not None and len(noun.text) >= MIN_NOUN_LENGTH else None


def subject_and_verb(law: LawReading, doc: Doc, clause: Clause) -> list[str]:
    """For an actorless passive or content rule ("De ontheffing wordt ... verleend", "Het plan bevat",
    "In het programma worden ... vermeld"): its subject noun (or the document written into), then the
    verb words (finite verb, participle). Empty for any other clause."""
    if clause.addressees or clause.verb is None or clause.norm_type not in ("obligation", "power", "prohibition"):
        return []
    if not law.passive_or_content(doc, clause):
        return []
    first = clause.main_start
    if doc[first].lower_ in ("in", "bij") and clause.passive:
        first += 1  # "In het programma worden ... vermeld": the document the passive writes into
    if first >= clause.verb or doc[first].lower_ not in law.words("determiners"):
        return []
    noun = noun_after(doc, first, clause.verb, stop_words(law))
    complements = law.words("prepositions") | law.words("genitives")
    if noun is None or (noun.i != clause.verb - 1 and doc[noun.i + 1].lower_ not in complements):
        return []  # "De ontheffing (van het verbod) wordt ...", "De lijst der ...": the head noun, maybe with a complement
    return [noun.lower_, doc[clause.verb].lower_, *_participle(doc, clause)]


def act_words(doc: Doc, clause: Clause) -> list[str]:
    """The verb words of a clause whose lemma tells whose act it is: finite verb and passive participle."""
    if clause.verb is None:
        return []
    return [doc[clause.verb].lower_, *_participle(doc, clause)]


def _participle(doc: Doc, clause: Clause) -> list[str]:
    """The passive's participle after the finite verb, passing over those of a reference ("wordt een verzoek
    als bedoeld in het eerste lid gedaan": the act is "gedaan", not "bedoeld")."""
    assert clause.verb is not None
    for token in doc[clause.verb + 1 : clause.end]:
        if not PASSIVE_PARTICIPLE.match(token.lower_):
            continue
        if token.lower_ in _REFERRING or doc[token.i - 1].lower_ == "als":
            continue
        return [token.lower_]
    return []


def private_act(law: LawReading, doc: Doc, clause: Clause, lemma: dict[str, str]) -> bool:
    """Whether an actorless clause is a private party's act: "De aanvraag wordt ingediend", "... wordt door
    de eigenaar gemeld", or an act whose agent the clause names and that is no organ ("wordt ... gedaan door
    de spoorwegexploitant", "wordt ... uitgeoefend door de rijkspolitie"). Such a clause takes no organ's
    layer from context."""
    private_acts = law.words("private_acts")
    verbs = [lemma.get(word, word) for word in act_words(doc, clause)[1:]]
    if clause.verb is not None and doc[clause.verb].lower_ in law.words("nominal_act_verbs"):
        verbs = []  # "Het bijhouden geschiedt ... na de dag waarop een gemeente de gegevens heeft ontvangen": the act
        # is the noun (:mod:`.nominal` leaves out a private party's), no participle of a later clause
    if any(verb in private_acts for verb in verbs):
        return True
    if any(verb in law.words("light_verbs") for verb in verbs) and _names_private_object(law, doc, clause):
        return True
    parties = law.words("private_parties")
    determiners = law.words("determiners")
    end = _agent_end(law, doc, clause)
    for token in doc[clause.main_start : end]:
        if token.lower_ == "door":
            following = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, end)] if t.lower_ not in determiners]
            # "door de aanvrager", "door de spoorwegexploitant" (a compound whose head is a private party)
            if following and any(following[0] == party or following[0].endswith(party) for party in parties):
                return True
            if _agent_no_organ(law, doc, token.i, end):
                return True
    return False


def _agent_end(law: LawReading, doc: Doc, clause: Clause) -> int:
    """Where the stretch that may hold the clause's own agent ends: at the first punctuation or subordinate
    clause after the verb ("kunnen worden geactiveerd, indien: a. er sprake is van een investering door een
    derde" names no agent of the activation); "als" is no bound ("een verzoek als bedoeld in ...")."""
    subordinators = law.words("subordinators")
    start = clause.verb if clause.verb is not None else clause.main_start
    for token in doc[start + 1 : clause.end]:
        if token.text in (",", ":", ";") or (token.lower_ in subordinators and token.lower_ != "als"):
            return token.i
    return clause.end


def _names_private_object(law: LawReading, doc: Doc, clause: Clause) -> bool:
    """Whether the clause names what a private party hands in ("een verzoek", "de aangifte")."""
    text = " " + " ".join(t.lower_ for t in doc[clause.main_start : clause.end]) + " "
    return any(f" {noun} " in text for noun in law.words("private_objects"))


def _agent_no_organ(law: LawReading, doc: Doc, door: int, end: int) -> bool:
    """Whether "door" opens an agent the clause names that is no organ: "door de rijkspolitie", "door zijn
    wettelijk vertegenwoordiger". Not "door plaatsing in ..." (no determiner: the manner), not an organ or an
    official whose layer the body reader settles ("door de toezichthouder"), not "door de zorg van ..." (the
    agent is the complement)."""
    determiners = law.words("determiners")
    if door + 1 >= end or doc[door + 1].lower_ not in determiners:
        return False
    if any(door < m.start <= door + AGENT_REACH and m.start < end for m in doc._.organs or ()):
        return False
    head = next((t for t in doc[door + 1 : min(door + 1 + AGENT_REACH, end)] if t.lower_ not in determiners), None)
    if head is None or not head.is_alpha or head.lower_ in law.words("prepositions"):
        return False
    if any(head.lower_.endswith(official) for official in law.words("officials")):
        return False
    return not (head.i + 1 < end and doc[head.i + 1].lower_ == "van")


def stop_words(law: LawReading) -> frozenset[str]:
    """Words that end a noun phrase: finite verbs, prepositions and separable particles."""
    return law.words("finite_verbs") | law.words("prepositions") | law.words("particles")


def referred_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """An actorless passive about a thing another provision of this law makes: "Van een besluit als bedoeld
    in het eerste lid wordt mededeling gedaan" is the act of whoever takes that besluit there (its named
    actor, or the organ "bij (wiens) besluit" officials are appointed). So is an act named by its noun with
    a reference ("De inschrijving, bedoeld in het eerste lid, geschiedt binnen vier dagen", "De in artikel 3
    bedoelde aanwijzing geschiedt zodanig dat ...": :mod:`.nominal`): whoever performs it there."""
    from wetscan.analyse.context.bodies import appointers

    if clause.addressees or not clause.passive or clause.verb is None:
        return None
    text = doc[clause.start : clause.end].text
    match = _REFERRED.search(text)
    if match is None:
        return None
    for target in law.references.in_text(law.provisions[i], match.group("ref") or match.group("before")):
        j = law.index[id(target)]
        if any(actor.resolution.is_national for actor in law.actors.get(j, [])):
            return None
        actors = law.co_actors(j) or appointers(law, j)
        if actors:
            return law.derivation(actors[0], "act", _("actor of what it refers to,"))
    return None


#: Participles that refer to another provision ("als bedoeld in", "genoemd in"), not the act itself.
_REFERRING = frozenset({"bedoeld", "genoemd"})
#: "als bedoeld in het eerste lid", "bedoeld in artikel 3, tweede lid", and before the noun: "De in artikel 3, tweede
#: lid, onderdeel a, bedoelde aanwijzing".
_REF = r"(?:het\s+\w+\s+lid|artikel\s+[^\s,]+(?:,\s+\w+\s+lid)?)"
_REFERRED = re.compile(
    rf"\b(?:(?:als\s+)?bedoeld\s+in\s+(?P<ref>{_REF})|\bin\s+(?P<before>{_REF})(?:,\s+(?:onderdeel|onder)\s+\w+)?\s*,?\s+bedoelde\b)")
