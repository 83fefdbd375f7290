"""Duties to coordinate or agree with other co-governments (R21; domain.md §4 form 6).

The coordination family (:mod:`.coordination`) applies these to each clause. A co-government is bound to
another when a law makes it attune its acts to theirs or reach agreement with them, in any of the ways a
drafter writes it:

* a coordination verb with the partners after it: "Het college stemt het uitvoeringsprogramma af met de
  programma's van de aangrenzende gemeenten", "stelt het plan vast in overeenstemming met de besturen van de
  waterschappen", "na afstemming met", "maakt afspraken met de colleges van de omliggende gemeenten", also with
  the partners between verb and noun ("Gedeputeerde staten maken met de colleges van de gemeenten afspraken");
* agreeing among themselves: "De colleges maken afspraken", "stemmen hun plannen op elkaar af", identical
  decisions ("nemen gelijkluidende besluiten");
* a fallback decision when they do not agree: "Indien de colleges geen overeenstemming bereiken, beslissen
  gedeputeerde staten", "Bij gebreke van overeenstemming tussen de colleges stelt Onze Minister ... vast". The law
  sends co-governments to agree and has another organ decide for them when they fail: they are bound to each
  other, whoever decides.

The partners decide it: agreeing with Onze Minister, the police, an applicant or zorgverzekeraars only binds a
co-government to the Rijk or to private parties, which is no intergovernmental cooperation. What a plan must
*say* about cooperation ("een plan waarin staat hoe het college afstemt met ...") binds no one: words inside such
a description are skipped.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from wetscan.analyse.definitions import Resolution
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules.scope import ClauseScope

#: The label of an onderdeel ("a.", "1°", "ii.").
_LIST_LABEL = re.compile(r"[:.]|[a-z]|[a-z]{1,3}\.|\d+°\.?")
#: How many words after a coordination phrase its partners may be named ("af met de programma's van de ... gemeenten").
PARTNER_REACH = 14
#: How many words after its verb the noun of an agreement split by its partners may stand ("maken met de colleges
#: van de gemeenten in de provincie afspraken").
SPLIT_REACH = 16


def possible(scope: ClauseScope) -> list[tuple[OrganMention, Resolution]]:
    """Addressees that may be co-governments ("het bevoegd gezag", "de betrokken bestuursorganen")."""
    return [(m, r) for m, r in scope.addressed if r.role in ("possible", "unresolved")]


def agreement(scope: ClauseScope) -> None:
    """R21: a co-government must coordinate or agree with other co-governments or a joint body. An
    addressee that may be a co-government ("het bevoegd gezag") or none (a passive: "Het programma wordt
    afgestemd met ...") counts when the partners are co-governments; the finding then has no layer. An active
    clause whose subject is no organ the lexicon knows ("De keuringscommissaris stelt in overeenstemming met de
    burgemeester ... vast") is some other body's act: agreeing with a co-government does not bind it to another."""
    bound = scope.duty or (scope.clause.modality == "prohibition" and scope.clause.norm_type != "amendment")
    if not bound or (scope.national and not scope.co):
        return  # a prohibition binds too: "nemen het besluit niet dan nadat zij overeenstemming hebben bereikt met"
    co = scope.co or possible(scope)
    if not co and not scope.clause.passive and scope.clause.subject_text is not None:
        return
    own = {id(m) for m, _ in scope.addressed}
    for hit in _agreement_hits(scope):
        if _in_description(scope, hit):
            continue
        words = hit.text.lower().split()
        joined = not scope.words("agreement_nouns").isdisjoint(words)
        partners = _partners_after(scope, hit, own, joined=joined)
        co_partners = [r for r in partners if r.is_co_government]
        mutual = bool(co) and not partners and "met" not in words \
            and (scope.plural(co) or words[0].startswith("onderling") or _several_owners(scope, hit, words)) \
            and not _private_party_before(scope, hit) and not _partner_follows(scope, hit)
        if not (co_partners or mutual or _compulsory_body_plan_after(scope, hit)):
            continue
        for _, resolution in co:
            for layer in resolution.layers or (None,):
                scope.emit("R21", hit, resolution, layer)
        if not co:
            scope.emit("R21", hit, None, None)
        return


def _agreement_hits(scope: ClauseScope) -> list[Span]:
    """The coordination markers of the main clause, and an agreement its partners split from its verb ("maken met
    de colleges van de gemeenten in de provincie afspraken"), which is too long for a marker pattern: the clause's
    verb, "met" or "tussen" after it, and the agreement noun further on."""
    hits = scope.marker("signal:coordination")
    clause, doc = scope.clause, scope.doc
    verb = clause.verb
    if verb is None or doc[verb].lower_ not in scope.words("agreement_verbs") or any(h.start == verb for h in hits):
        return hits
    nouns = scope.words("agreement_nouns")
    end = min(verb + SPLIT_REACH, clause.end)
    noun = next((i for i in range(verb + 1, end) if doc[i].lower_ in nouns), None)
    if noun is not None and any(doc[i].lower_ in ("met", "tussen") for i in range(verb + 1, noun)):
        hits = [doc[verb : noun + 1], *hits]
    return hits


def _several_owners(scope: ClauseScope, hit: Span, words: list[str]) -> bool:
    """Whether what must be attuned "op elkaar" belongs to several co-governments named before it ("De plannen van
    de gemeente en het waterschap worden op elkaar afgestemd"); one organ attuning its own measures binds no other."""
    if "elkaar" not in words:
        return False
    owners = [r for m in scope.in_clause if m.start < hit.start for r in [scope.resolve(m)] if r.is_co_government]
    return len({r.layers for r in owners}) > 1


def _compulsory_body_plan_after(scope: ClauseScope, hit: Span) -> bool:
    """Whether the partner is named through a plan only a compulsory joint body makes ("wordt afgestemd op de
    crisisplannen en rampbestrijdingsplannen"): coordinating with it binds to that body (form 6)."""
    plans = scope.words("compulsory_body_plans")
    after = scope.doc[hit.end : min(hit.end + PARTNER_REACH, scope.clause.end)]
    return any(t.lower_ in plans for t in after)


def _private_party_before(scope: ClauseScope, hit: Span) -> bool:
    """Whether a private party stands among those who agree ("De gemeenteraad en de aangewezen stichting maken
    afspraken"): agreeing with it binds the co-government to no other co-government."""
    return _private_between(scope, scope.clause.main_start, hit.start)


def _private_between(scope: ClauseScope, start: int, end: int) -> bool:
    """Whether a private party is named between tokens ``start`` and ``end``."""
    private = scope.words("private_parties") | scope.words("private_bodies")
    return any(t.lower_ in private for t in scope.doc[start:end])


def _partner_follows(scope: ClauseScope, hit: Span) -> bool:
    """Whether the agreement names its partners right after it ("bereiken overeenstemming met de zorgverzekeraar",
    "maken afspraken met de scholen"): then it is not among the addressees themselves."""
    return hit.end < scope.clause.end and scope.doc[hit.end].lower_ in ("met", "tussen")


def identical_decisions(scope: ClauseScope) -> None:
    """R21: identical decisions of several co-governments, whoever else takes part or decides when they
    do not agree ("Voor zover besluiten van Onze Minister en gedeputeerde staten van de provincies nodig zijn,
    neemt Onze Minister die besluiten indien geen overeenstemming is bereikt over gelijkluidende besluiten"):
    the co-governments must agree among themselves (GUIDELINES §3: a national body taking part does not
    make it national-only)."""
    identical = [h for h in scope.markers("signal:coordination") if h[0].lower_ in scope.words("identical_words")]
    if not identical or scope.emit.fired("R21"):
        return
    member_words = scope.words("member_words")
    for mention in scope.in_clause:
        resolution = scope.resolve(mention)
        if mention.collective is not None and resolution.is_co_government and scope.plural([(mention, resolution)]) \
                and {t.lower_ for t in mention.span}.isdisjoint(member_words):
            for layer in resolution.layers:
                scope.emit("R21", identical[0], resolution, layer)
            return


def fallback_decision(scope: ClauseScope) -> None:
    """R21: another organ decides when co-governments do not agree ("Indien de colleges geen overeenstemming
    bereiken, beslissen gedeputeerde staten", "Komen gedeputeerde staten en het algemeen bestuur niet tot
    overeenstemming, dan ...", "Bij gebreke van overeenstemming tussen de colleges stelt Onze Minister ... vast"):
    the law makes them seek agreement with each other. Those who must agree stand before the words of failure, in
    the same condition, or after "tussen"; they are several co-governments (a plural, or organs of two), and no
    Minister, applicant or other private party is among them ("Indien het college en de aanvrager geen
    overeenstemming bereiken" binds no co-governments together). The decider is someone else. A failure named in
    an enumeration of what an act is about is no such condition."""
    if not scope.typed or scope.emit.fired("R21"):
        return
    for hit in scope.markers("signal:disagreement")[:1]:
        if _in_enumeration(scope, hit):
            return
        floor = _condition_start(scope, hit)
        parties = [(m, scope.resolve(m)) for m in scope.in_clause if floor <= m.start < hit.start
                   or (hit.end <= m.start and scope.governed(m, hit.end) == "tussen")]
        partner_end = max((m.end for m, _ in parties), default=hit.end)
        if not parties or _private_between(scope, floor, max(partner_end, hit.start)):
            return
        if any(not r.is_co_government or r.is_national for _, r in parties):
            return  # "Indien Onze Minister en gedeputeerde staten ...": bound to the Rijk, not to each other
        several = len(parties) > 1 or scope.plural(parties)
        deciders = {r.organ_key for m, r in scope.addressed if all(m is not p for p, _ in parties)}
        if not several or deciders & {r.organ_key for _, r in parties}:
            return  # "..., stelt ieder college zijn eigen plan vast": no one else decides for them
        for _, resolution in parties:
            for layer in resolution.layers:
                scope.emit("R21", hit, resolution, layer)


def _in_enumeration(scope: ClauseScope, hit: Span) -> bool:
    """Whether ``hit`` stands in an enumeration after the main verb ("kan een aanwijzing geven ter zake van: a. ...;
    b. de begrenzing, indien de bronhouders niet tot overeenstemming komen"): it describes what the act is about,
    not the condition on which someone decides for them."""
    verb = scope.clause.verb
    return verb is not None and verb < hit.start and any(t.text in (":", ";") for t in scope.doc[verb : hit.start])


def _condition_start(scope: ClauseScope, hit: Span) -> int:
    """Where the condition that holds ``hit`` begins: after the last condition opener before it ("indien"), else
    at the clause start ("Komen de colleges niet tot overeenstemming, dan ...")."""
    openers = scope.words("condition_openers")
    for position in range(hit.start - 1, scope.clause.start - 1, -1):
        if scope.doc[position].lower_ in openers:
            return position + 1
    return scope.clause.start


def _partners_after(scope: ClauseScope, hit: Span, own: set[int], joined: bool = False) -> list[Resolution]:
    """The organs named right after a coordination phrase, its partners (not the clause's addressees).

    "stemt ... af met de programma's van de aangrenzende gemeenten" may name the partners through their
    documents; "in overeenstemming met" names them directly, else it means conformity ("in
    overeenstemming met een vergunning van burgemeester en wethouders"). Those who make agreements
    (``joined``) are named after "met" or "tussen" ("maken afspraken met de colleges van de omliggende
    gemeenten"), also inside a split agreement ("maken met de colleges ... afspraken"); "afspraken over de
    dienstverlening van de gemeente" names what is agreed on, not a partner; "de zorgaanbieders in de gemeente"
    names where the partners are; "in overeenstemming met het bestemmingsplan" is conformity with a regulation."""
    end = min(hit.end + PARTNER_REACH, scope.clause.end)
    determiners = scope.words("determiners")
    direct = hit.text.lower().startswith("in overeenstemming")
    areas = scope.words("area_prepositions")
    first = hit.start + 1 if joined else hit.end - 1
    return [scope.resolve(m) for m in scope.in_clause
            if id(m) not in own and first <= m.start < end
            and not (direct and any(t.lower_ not in determiners and not _list_label(t) for t in scope.doc[hit.end : m.start]))
            and not (joined and not _joined_partner(scope, hit, m))
            and scope.governed(m, hit.start) not in areas  # "met de zorgaanbieders in de gemeente": a place
            and scope.resolve(m).role != "regulation"]  # "in overeenstemming met het bestemmingsplan": conformity


def _joined_partner(scope: ClauseScope, hit: Span, mention: OrganMention) -> bool:
    """Whether the nearest preposition before ``mention`` that says what it is to the agreement is "met" or "tussen"
    (a partner: "met de colleges van de omliggende gemeenten"), not "over" or "in" (a topic or a place)."""
    stops = scope.words("agreement_topic_words") | scope.words("area_prepositions") | {"met", "tussen"}
    for token in reversed(scope.doc[hit.start + 1 : mention.start]):
        if token.lower_ in stops:
            return token.lower_ in ("met", "tussen")
    return False


def _list_label(token: Token) -> bool:
    """Whether ``token`` opens an enumeration ("in overeenstemming met: a. gedeputeerde staten; b. ...")."""
    return bool(_LIST_LABEL.fullmatch(token.text))


def _in_description(scope: ClauseScope, hit: Span) -> bool:
    """Whether ``hit`` stands in a description after the main verb ("een plan waarin ... hoe ...")."""
    verb = scope.clause.verb
    if verb is None or hit.start <= verb:
        return False
    openers = scope.words("description_openers")
    return any(t.lower_ in openers for t in scope.doc[verb + 1 : hit.start])
