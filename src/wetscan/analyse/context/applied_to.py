"""Applied to: whose rules an applicability clause makes apply, when it says so without a reading rule.

"De artikelen 139, tweede lid, 140 en 141 zijn van overeenkomstige toepassing op een besluit tot
instelling van een bestuurscommissie", "Afdeling 3.4 van de Algemene wet bestuursrecht is van
toepassing op de voorbereiding van een waterschapsverordening", "Op de leden van het dagelijks bestuur
zijn de artikelen 12 tot en met 15 van overeenkomstige toepassing". Such a clause imposes nothing of its
own (norm type ``other``), yet the organ that must act under the applied rules carries its layer
(GUIDELINES §5a, consistency rule (a)). :mod:`.applicability` reads a clause with a reading rule ("voor
«Onze Minister» wordt gelezen: ...") and one that applies provisions of this law whose actor they state;
:mod:`.substitution` reads "X treedt in de plaats van Y". What is left is read here, in this order:

1. the co-government organs or instruments the clause itself names ("op een besluit van de raad", "op
   de voorbereiding van een waterschapsverordening", "op burgemeesters en wethouders");
2. the layer of the heading the provision stands under, else the one layer the law is about (the
   Gemeentewet's own rules are the gemeente's to apply).

An exception ("is niet van toepassing") is no applicability clause: it carves cases out (GUIDELINES §5a).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from wetscan.analyse.context.law import Derivation, LawReading
from wetscan.analyse.context.subject import provision_subject
from wetscan.analyse.doctext import doc_text
from wetscan.i18n import _


def applied_to(law: LawReading, i: int) -> list[tuple[Span, str, Derivation]]:
    """The co-government actor of an applicability clause read from the clause or the law (see above)."""
    doc, text = law.docs[i], doc_text(law.docs[i])
    clause = _main_clause(law, text)
    if clause is None:
        return []
    span = doc.char_span(clause.start(), clause.end(), alignment_mode="expand")
    named: dict[tuple[str, ...], Derivation] = {}
    for mention in _applied_to_mentions(law, doc, text, clause):
        actor = law.resolve(i, mention)
        if actor.is_co_government:
            reason = _("the applied rules apply to «{organ}», named in the clause").format(organ=mention.text)
            named.setdefault(tuple(actor.layers), Derivation(actor, (), reason, law.scale("applicability")))
    if named:
        return [(span, "obligation", derivation) for derivation in named.values()]
    found = provision_subject(law.provisions[i].headings, law.subject)
    if found is None:
        return []
    organ, reason = found
    reason = _("the applied rules are applied by the law's subject, {reason}").format(reason=reason)
    return [(span, "obligation", Derivation(organ, (), reason, law.scale("subject")))]


def _main_clause(law: LawReading, text: str) -> re.Match | None:
    """The first "is/zijn van (overeenkomstige) toepassing" that is a sentence's main statement: not the
    verb-final "... van toepassing is" of a condition, nor "blijven van toepassing" (transitional law)."""
    for match in re.finditer(law.config["applied_to"], text, re.IGNORECASE):
        sentence = text[text.rfind(". ", 0, match.start()) + 1 : match.start()]
        if re.match(r"\s*(?:is|zijn|was|waren|wordt|worden|zou|zouden|kan|kunnen|blijft|blijven)\b", text[match.end():]):
            continue
        if re.search(r"\b(?:blijft|blijven)\b", sentence, re.IGNORECASE):
            continue
        if re.search(r"\b(?:indien|als|wanneer|zolang|nadat|mits|tenzij)\b[^,]*$", sentence, re.IGNORECASE):
            continue
        return match
    return None


def _applied_to_mentions(law: LawReading, doc, text: str, clause: re.Match) -> list:
    """The organs in the phrase that says to whom or what the rules apply: after the clause ("... van
    toepassing op de gezaghebber", up to "met dien verstande" or the sentence's end) or fronted ("Op de
    leden van het dagelijks bestuur zijn ...")."""
    phrases = []
    after = re.match(law.config["applied_to_after"], text[clause.end():], re.IGNORECASE)
    if after:
        phrases.append((clause.end() + after.start(1), clause.end() + after.end(1)))
    sentence_start = text.rfind(". ", 0, clause.start()) + 1
    fronted = re.match(law.config["applied_to_fronted"], text[sentence_start : clause.start()], re.IGNORECASE)
    if fronted:
        phrases.append((sentence_start + fronted.start(1), sentence_start + fronted.end(1)))
    return [m for m in doc._.organs or () if any(a <= m.span.start_char < b for a, b in phrases)]
