"""Who acts on a decision the law allocates: "De vergunning wordt geweigerd indien ...", "De vergunning bevat ...".

Where a law fixes who decides on an application ("Het bestuurscollege is bevoegd te beslissen op de aanvraag om een
vergunning", "Het college beslist op de aanvraag om een omgevingsvergunning"; :mod:`.allocations`), it often
states the grounds and content of that decision without an actor: "De vergunning wordt in ieder geval geweigerd
indien ...", "... wordt de omgevingsvergunning alleen geweigerd voor die activiteiten", "Indien de vergunning
betrekking heeft op ..., bevat de vergunning ten minste ...". A lawyer reads the organs the law allocates that
decision to as the ones who refuse, grant or write it (GUIDELINES §5a (c): the co-government layers among them).

The decision must be the subject of the clause (an actorless passive, or a content rule such as "bevat"), not a
word further on ("wordt geen voorschrift aan een omgevingsvergunning verbonden", "kan in de vergunning een termijn
worden gesteld": what the rule says of a decision, not who takes it), and the law must allocate it by name; a
decision allocated only to national organs gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import Derivation, LawReading
from wetscan.analyse.context.owner import subject_stretch
from wetscan.analyse.definitions import SOURCE_SEPARATOR
from wetscan.i18n import _


def decision_maker(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The holders of the allocated decision an actorless passive or content rule is about (see the module
    docstring)."""
    if law.allocations is None or clause.addressees or clause.verb is None:
        return None
    if not law.passive_or_content(doc, clause):
        return None
    start, end = subject_stretch(law, doc, clause)
    while start < end and doc[start].lower_ in law.words("determiners"):
        start += 1
    if start >= end:
        return None
    found = law.allocations.for_decision_in({doc[start].lower_})  # the decision as subject, not "aan een vergunning"
    if found is None or not found[0].is_co_government:
        return None
    standing, decision = found
    sources = tuple((standing.definition or "").split(SOURCE_SEPARATOR))
    reason = _("who decides on the «{decision}» per {provisions}").format(decision=decision, provisions=", ".join(sources))
    return Derivation(standing, sources, reason, law.scale("allocation"))
