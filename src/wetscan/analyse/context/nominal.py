"""Acts stated as a noun: "De toedeling van kavels geschiedt met inachtneming van ...", "De inschrijving vindt
plaats binnen vier dagen".

Dutch drafting often names an act by its noun and lets "geschiedt" or "vindt plaats" carry the rule
("De bekendmaking geschiedt door toezending", "Samenvoeging van kavels vindt niet plaats indien ...").
Such a sentence binds whoever performs the act, exactly as the passive "De kavels worden toegedeeld ..."
would; the per-provision reading types it ``other`` because it names no one who must act. The context
pass therefore reads it as an actorless passive duty (or bar, with "niet"), and only its readers decide
who acts (the act map, the earlier lid, the law's subject). An act a private party performs ("De
aanvraag geschiedt schriftelijk", ``nominal_private_acts``) is not read this way, nor a step in a council's
internal procedure ("De stemmingen geschieden mondeling", ``nominal_procedure``; GUIDELINES §5a: internal
procedure is no task), nor a sentence that
names its own actor or a layer's share in the act ("De keuring geschiedt per gemeente", "De toezending geschiedt
op een door gedeputeerde staten te bepalen datum", "De keuring door de burgemeester geschiedt ..."): it does not
leave the actor to the context. Where it names the performer ("geschiedt door de gezondheidsdienst van het
openbaar lichaam", "De kostentoerekening die door het waterschap wordt toegepast, vindt plaats ...") that organ
acts (:func:`agent_actor`). An organ named only in a subordinate clause or as the one something is sent to
("... binnen vier weken na de dag waarop een gemeente de gegevens heeft ontvangen") leaves it open.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import ACTING_NORMS, Derivation, LawReading
from wetscan.analyse.organs import OrganMention
from wetscan.i18n import _

#: How far after "vindt" its "plaats" may stand ("vindt niet binnen vier weken plaats").
PLAATS_REACH = 8
#: How many words the act noun phrase may have before "geschiedt" / "vindt".
SUBJECT_REACH = 12
#: How many words before an organ may hold the "door" that makes it the act's own actor.
OWN_REACH = 4
#: Participles that close a reference before the act noun ("De in het eerste lid bedoelde inschrijving").
_PRENOMINAL_REFERENCE = frozenset({"bedoelde", "genoemde"})


def nominal_act(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless passive act where an act noun "geschiedt" or "vindt plaats"; else ``None``."""
    if clause.addressees or clause.passive:
        return None
    position = _act_verb(law, doc, clause)
    if position is None:
        return None
    norm = clause.norm_type if clause.norm_type in ACTING_NORMS else "obligation"
    return replace(clause, norm_type=norm, modality=norm, passive=True, verb=position)


def _act_verb(law: LawReading, doc: Doc, clause: Clause) -> int | None:
    """Where "geschiedt" or "vindt" stands in a clause whose subject is an act noun that leaves its actor open
    (or names it with "door"); else ``None``."""
    verbs = law.words("nominal_act_verbs")
    position = next((t.i for t in doc[clause.main_start : clause.end] if t.lower_ in verbs), None)
    if position is None:  # the parse may have taken another verb for the clause's ("... zij is genomen")
        return None
    following = {t.lower_ for t in doc[position + 1 : min(position + 1 + PLAATS_REACH, clause.end)]}
    if doc[position].lower_.startswith("vind") and ("plaats" not in following or "toepassing" in following):
        return None  # "vindt plaats"; not "vindt artikel 5.3 geen toepassing" (an applicability rule)
    subject = [t for t in doc[clause.main_start : position] if t.is_alpha]
    if not subject or len(subject) > SUBJECT_REACH or doc[clause.main_start].lower_ in law.words("relative_openers"):
        return None
    nouns = [t.lower_ for t in subject if t.lower_ not in law.words("determiners")]
    referring = [n for n, word in enumerate(nouns) if word in _PRENOMINAL_REFERENCE]
    if referring:
        nouns = nouns[referring[-1] + 1 :]  # "De in artikel 3 bedoelde aanwijzing": the noun after the reference
    prepositions = law.words("prepositions")
    head = nouns[: next((n for n, word in enumerate(nouns) if word in prepositions), len(nouns))]
    if not head or set(head) & (law.words("nominal_private_acts") | law.words("nominal_procedure")):
        return None  # the act noun, with its adjectives, before any complement ("De overige stemmingen")
    if any(_own_actor(law, doc, clause, position, m.start) and not _agent(law, doc, clause, m.start)
           for m in doc._.organs or ()):
        return None  # "De keuring geschiedt per gemeente", "De keuring van de gemeente geschiedt ..."
    return position


def _own_actor(law: LawReading, doc: Doc, clause: Clause, verb: int, start: int) -> bool:
    """Whether an organ at ``start`` may be the act's own actor or share: named in the act noun's phrase
    ("De keuring van de gemeente"), after a distributive word ("per gemeente"), or in the main clause after the
    verb. Not one in a subordinate or relative clause ("... na de dag waarop burgemeester en wethouders het
    besluit hebben ontvangen"). An agent after "door" is read by :func:`agent_actor` instead."""
    if not clause.start <= start < clause.end:
        return False
    if start < verb:
        return True
    if doc[start - 1].lower_ in law.words("share_words"):
        return True  # "per gemeente", "in iedere gemeente"
    openers = law.words("relative_openers") | law.words("subordinators")
    return not any(t.lower_ in openers for t in doc[verb + 1 : start])


def _agent(law: LawReading, doc: Doc, clause: Clause, start: int) -> bool:
    """Whether the organ at ``start`` is named as the one who acts: "door" stands within reach before it with
    only determiners or adjectives between ("door de gemeente", "door het bevoegde college"); not "door
    aanplakking in de gemeente" (the manner, then the place)."""
    words = [t.lower_ for t in doc[max(clause.main_start, start - OWN_REACH) : start]]
    if "door" not in words:
        return False
    between = words[len(words) - words[::-1].index("door") :]
    return all(word in law.words("determiners") or word.endswith("e") for word in between)


def named_agent(law: LawReading, doc: Doc, clause: Clause) -> OrganMention | None:
    """The organ a nominal act names as its performer ("De begrafenis ... geschiedt door de gezondheidsdienst",
    "De kostentoerekening die door het waterschap wordt toegepast, vindt plaats ..."), else ``None``."""
    if clause.addressees or clause.verb is None or _act_verb(law, doc, clause) != clause.verb:
        return None
    openers = law.words("relative_openers") | law.words("subordinators")
    for mention in doc._.organs or ():
        if not (clause.start <= mention.start < clause.end and _agent(law, doc, clause, mention.start)):
            continue
        if mention.start < clause.verb or not any(t.lower_ in openers for t in doc[clause.verb + 1 : mention.start]):
            return mention  # in the act noun's phrase, or the main clause's agent; not a later clause's
    return None


def agent_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The actor of a nominal act that names its performer: that organ where it is a co-government's; ``None``
    for a national one ("De inschrijving geschiedt door Onze Minister"). Read from the provision itself, never
    from the rest of the law."""
    mention = named_agent(law, doc, clause)
    if mention is None:
        return None
    resolution = law.resolve(i, mention)
    if not resolution.is_co_government:
        return None
    reason = _("performer the provision names «{words}»").format(words=doc[mention.start : mention.end].text)
    return Derivation(resolution, (law.provisions[i].id,), reason, law.scale("owner"))
