"""The actorless rules of a co-government's own tax: "De belasting wordt geheven naar het aantal honden".

A levy is stated as a consequence ("wordt geheven naar/van ...", "Aan de heffing worden onderworpen
..."), so the per-provision reading types it ``other``, as it should in a national tax law. GUIDELINES
§5a ("Levies of a co-government") reads these sentences, in the rules on a gemeente's, provincie's or
openbaar lichaam's own tax, as duties of that layer. The context pass therefore reads such a clause as
an actorless passive duty; only its readers decide whether a co-government levies it (the earlier lid
that gives the power to levy, the law's or chapter's subject), so a national levy stays without layer.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.law import LawReading


def levy(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless passive duty where it states a levy; ``None`` for any other clause."""
    if clause.norm_type != "other" or clause.addressees or clause.verb is None:
        return None
    if doc[clause.verb].lower_ not in law.words("passive_auxiliaries") or (
            clause.verb > clause.main_start and doc[clause.verb - 1].lower_ in law.words("relative_openers")):
        return None  # "De opbrengsten van de opcenten die worden geheven ...": a relative clause, no levy rule
    words = [t.lower_ for t in doc[clause.verb + 1 : clause.end]]
    nouns = law.words("levy_nouns")
    stated = any(w in law.words("levy_participles") for w in words) or (
        "onderworpen" in words and any(w in nouns for w in words))
    if not stated or not any(t.lower_ in nouns for t in doc[clause.start : clause.end]):
        return None
    return replace(clause, norm_type="obligation", modality="obligation", passive=True)
