"""Substitution: an organ takes another's place in provisions applied to it.

Dutch drafting applies provisions to a new actor in two ways. The reading rule, "voor «Onze
Minister» wordt gelezen: gedeputeerde staten", is read by :mod:`.applicability`. The other way names
the substitute and the one it replaces:

* "Artikel 12 is van overeenkomstige toepassing, met dien verstande dat gedeputeerde staten in de
  plaats treden van Onze Minister";
* "Voor de toepassing van artikel 4:8 van de Algemene wet bestuursrecht treden burgemeester en
  wethouders in de plaats van het bevoegd gezag";
* "..., met dien verstande dat het college de plaats inneemt van de inspecteur".

The substitute must act under the applied provisions, so the clause carries its layer (GUIDELINES
§5a, consistency rule (a)). A co-government as a legal person taking over another's rights ("De nieuwe
gemeente treedt in de plaats van de opgeheven gemeenten", a herindeling) is succession, not a task,
and an organ replaced by a national one ("treedt Onze Minister in de plaats van gedeputeerde staten")
gives the co-government nothing: only a co-government *organ* as the substitute counts.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from wetscan.analyse.context.law import Derivation, LawReading
from wetscan.analyse.doctext import doc_text
from wetscan.i18n import _


def substituted(law: LawReading, i: int) -> list[tuple[Span, str, Derivation]]:
    """The co-government organ that takes another's place in the provisions this one applies."""
    doc = law.docs[i]
    text = doc_text(doc)
    for match in re.finditer(law.config["substitution"], text, re.IGNORECASE):
        mention = _substitute(law, doc, match)
        if mention is None:
            continue
        actor = law.resolve(i, mention)
        if not actor.is_co_government:
            continue
        phrase = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        span = doc[mention.start : phrase.end] if mention.start > phrase.start else phrase
        old = match.group("old").strip()
        reason = _("«{new}» takes the place of «{old}» in the provisions applied").format(new=mention.text, old=old)
        norm = law.acting_norm(law.references.in_text(law.provisions[i], text))
        return [(span, norm, Derivation(actor, (law.provisions[i].id,), reason, law.scale("applicability")))]
    return []


def _substitute(law: LawReading, doc: Doc, match: re.Match):
    """The organ named as substitute: the nearest organ before "(in) de plaats" in the same part of the
    sentence (after "dat", a semicolon or the sentence start; in "treden ... X in de plaats van" between
    the verb and "in de plaats"), never a co-government as legal person."""
    phrase = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if phrase is None:
        return None
    start = phrase.start
    while start > 0 and doc[start - 1].text not in (".", ";", ":") and doc[start - 1].lower_ != "dat":
        start -= 1
    place = re.search(r"(?:\bin\s+)?\bde\s+plaats\b", match.group(0), re.IGNORECASE)
    boundary = match.start() + (place.start() if place else 0)
    before = [m for m in doc._.organs or [] if start <= m.start and m.span.end_char <= boundary]
    if not before or before[-1].organ.key in law.words("corporate_bodies"):
        return None
    return before[-1]
