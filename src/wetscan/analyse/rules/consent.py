"""Consent powers (R02): the co-government organ whose consent another organ's act needs.

A consent requirement gives the consenting organ a power over the act (GUIDELINES §1 and §5a: "The
consent right itself is a power of Y"). Dutch statutes write it in two ways:

* the act needs it: "Het plan behoeft de goedkeuring van gedeputeerde staten", "is onderworpen aan
  de goedkeuring van ..." (``signal:consent``); the consenting organs follow within a few words and
  may be joined to a national one ("de goedkeuring van Onze Minister en gedeputeerde staten");
* the actor acts with it: "Onze Minister benoemt in overeenstemming met gedeputeerde staten ...",
  "... is slechts mogelijk na instemming van de gemeenteraad", "onder goedkeuring van gedeputeerde
  staten" (``signal:consent_given``); the organ must follow the words at once.

Only co-government organs get a layer; a national consenting organ ("in overeenstemming met Onze
Minister van Financiën") ends the reading. A permit-like consent for a private party's act ("zonder
toestemming van burgemeester en wethouders") is not listed: it is the citizen's prohibition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import Clause, mentions_between
from wetscan.analyse.definitions import Resolver, resolve_mention
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules.emitter import FindingEmitter

#: How many words after "behoeft de instemming van" may name the consenting organs.
CONSENT_REACH = 25
#: How many words (determiners) may stand between "in overeenstemming met" and the organ.
GIVEN_REACH = 2
#: Words that join consenting organs ("van Onze Minister en gedeputeerde staten").
JOINING = frozenset({"en", "van", ",", "de", "het", "onderscheidenlijk", "respectievelijk"})


def consent(
    doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver, emit: FindingEmitter
) -> bool:
    """R02 for the co-government organs whose consent the clause's act needs; whether any was found."""
    found = False
    negations = emit.lexicon.words("negations")
    hits = [hit for hit in markers_in(doc, "signal:consent", clause.main_start, clause.end)
            if not any(t.lower_ in negations for t in hit)]  # "behoeft niet de goedkeuring van": no consent
    for hit in hits[:1]:
        mentions = mentions_between(organs, starts, hit.end, min(hit.end + CONSENT_REACH, clause.end))
        found |= _consenting(doc, hit, mentions, resolver, emit, joined_only=False)
    for hit in markers_in(doc, "signal:consent_given", clause.start, clause.end):
        mentions = mentions_between(organs, starts, hit.end, clause.end)
        if mentions and mentions[0].start - hit.end <= GIVEN_REACH:
            found |= _consenting(doc, hit, mentions, resolver, emit, joined_only=True)
    return found


def _consenting(
    doc: Doc, hit: Span, mentions: list[OrganMention], resolver: Resolver, emit: FindingEmitter, joined_only: bool
) -> bool:
    """Emit R02 for the co-government organs among ``mentions``. A national organ ends the reading unless
    the next organ is joined to it ("van Onze Minister en gedeputeerde staten"); with ``joined_only``
    every organ after the first must be joined to the one before."""
    found = False
    national_before = False
    for position, mention in enumerate(mentions):
        if position > 0 and (joined_only or national_before) and not _joined(doc, mentions[position - 1], mention):
            break
        resolution = resolve_mention(resolver, mention)
        national_before = resolution.is_national
        if resolution.is_co_government:
            for layer in resolution.layers:
                emit("R02", hit, resolution, layer)
            found = True
        elif joined_only and not national_before:
            break  # "in overeenstemming met de stichting en ...": no consent of a co-government
    return found


def _joined(doc: Doc, previous: OrganMention, mention: OrganMention) -> bool:
    """Whether ``mention`` is joined to ``previous`` as a further consenting organ ("... en van de raad")."""
    gap = {t.lower_ for t in doc[previous.end : mention.start]}
    return bool(gap) and gap <= JOINING and bool(gap & {"en", ","})
