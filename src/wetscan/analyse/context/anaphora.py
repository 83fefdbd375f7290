"""Anaphora and ellipsis: "hij", "zij", "deze", a lid that goes on with the previous lid's subject.

* A pronoun or demonstrative subject ("Hij zendt ...", "Deze stelt ... vast", "het daartoe bevoegde
  orgaan") takes the actor of the nearest earlier clause of the provision, else of the nearest earlier
  lid of the same article (stated there, or itself read from context).
* An actorless passive ("Het besluit wordt ter inzage gelegd") in a lid that continues an article
  whose earlier lid names a co-government actor is that actor's act (ellipsis).
* The onderdelen of an enumeration carry its lead-in's subject ("Gedeputeerde staten: a. stellen ...;
  b. wijzen ... aan"): a clause whose finite verb has no subject takes it from the clause before.

A national actor in the nearest earlier lid stops the search: its duty is not a co-government's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import Actor, Derivation, LawReading
from wetscan.i18n import _


def _pronoun_or_elided(law: LawReading, doc: Doc, clause: Clause) -> tuple[bool, bool]:
    subject = (clause.subject_text or "").lower()
    pronoun = bool(subject) and (subject.split()[0] in law.words("anaphora") or subject in law.words("anaphora"))
    return pronoun, not subject and not clause.passive


def subject_carried(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """A pronoun or elided subject that continues the actor of an earlier clause of the same provision
    ("Gedeputeerde staten: a. stellen ...; b. wijzen ... aan", "..., waarna zij het besluit toezenden")."""
    if clause.addressees or clause.verb is None:
        return None
    pronoun, elided = _pronoun_or_elided(law, doc, clause)
    within = _within_provision(law, i, doc, clause) if pronoun or elided else None
    return law.derivation(within, "anaphora", _("subject carried over")) if within is not None else None


def earlier_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The actor a pronoun, an elided subject or an actorless passive or content rule continues: of the
    clause before it, else of the nearest earlier lid of the article."""
    carried = subject_carried(law, i, doc, clause)
    if carried is not None or clause.addressees or clause.verb is None:
        return carried
    pronoun = _pronoun_or_elided(law, doc, clause)[0]
    content = doc[clause.verb].lower_ in law.words("content_verbs")
    if not (pronoun or clause.passive or content):
        return None
    earlier = _earlier_lid(law, i)
    return law.derivation(earlier[0], "anaphora", _("actor of the earlier lid")) if earlier else None


def _within_provision(law: LawReading, i: int, doc: Doc, clause: Clause) -> Actor | None:
    for earlier in reversed([c for c in doc._.clauses or [] if c.end <= clause.start]):
        resolutions = [law.resolve(i, m) for m in earlier.addressees]
        if any(r.is_national for r in resolutions):
            return None
        co = [r for r in resolutions if r.is_co_government]
        if co:
            return Actor(co[0], law.provisions[i].id, law.quote(doc, earlier))
    return None


def _earlier_lid(law: LawReading, i: int) -> list[Actor]:
    """The co-government actors of the nearest earlier lid of the same article that has any actor."""
    provision = law.provisions[i]
    for j in range(i - 1, -1, -1):
        other = law.provisions[j]
        if (other.amends, other.article, other.part) != (provision.amends, provision.article, provision.part):
            return []
        actors = law.actors.get(j, [])
        if actors:
            return [a for a in actors if a.resolution.is_co_government] if all(
                a.resolution.is_co_government for a in actors) else []
    return []
