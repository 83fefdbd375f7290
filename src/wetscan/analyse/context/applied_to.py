"""Applied to: whose rules an applicability clause makes apply, when it says so without a reading rule.

"De artikelen 139, tweede lid, 140 en 141 zijn van overeenkomstige toepassing op een besluit tot
instelling van een bestuurscommissie", "Afdeling 3.4 van de Algemene wet bestuursrecht is van
toepassing op de voorbereiding van een waterschapsverordening", "Op de leden van het dagelijks bestuur
zijn de artikelen 12 tot en met 15 van overeenkomstige toepassing". Such a clause imposes nothing of its
own (norm type ``other``), yet the organ that must act under the applied rules carries its layer
(GUIDELINES §5a, consistency rule (a)). :mod:`.applicability` reads a clause with a reading rule ("voor
«Onze Minister» wordt gelezen: ...") and one that applies provisions of this law whose actor they state;
:mod:`.substitution` reads "X treedt in de plaats van Y". What is left is read here, in this order:

1. the co-government organs or instruments the clause names as whom or what the rules apply to ("op een
   besluit van de raad", "op de voorbereiding van een waterschapsverordening", "op burgemeesters en
   wethouders"); the rules applied to a national organ ("op een besluit van Onze Minister") or to a private
   party ("op de aanvrager") burden no co-government, and nothing more is read;
2. the actor of the provision of this law the target refers to: "Artikel 32 is van overeenkomstige
   toepassing op de in het eerste lid bedoelde overzichten" burdens whoever makes those overzichten;
3. the layer of the organic law the rules come from: "De artikelen 186 tot en met 213 van de Gemeentewet
   zijn van overeenkomstige toepassing" applies rules for a gemeente's organs (``organic_laws``);
4. the layer of the heading the provision stands under, else the one layer the law is about (the
   Gemeentewet's own rules are the gemeente's to apply).

The parts of the clause are read by :mod:`.applied_clause`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from wetscan.analyse.context.applied_clause import AppliedClause
from wetscan.analyse.context.law import ACTING_NORMS, Derivation, LawReading
from wetscan.analyse.context.subject import provision_subject
from wetscan.analyse.definitions import CONTEXT_CONFIDENCE, Resolution
from wetscan.analyse.doctext import doc_text
from wetscan.i18n import _
from wetscan.model import LAYERS, Provision

#: Words that open a target phrase before its head noun ("op de", "ten aanzien van alle").
_TARGET_OPENERS = frozenset("op ten aanzien van met betrekking tot voor de het een alle elke iedere die".split())


def applied_to(law: LawReading, i: int, clause: AppliedClause) -> list[tuple[Span, str, Derivation]]:
    """The co-government actor of provision ``i``'s applicability ``clause`` read from the clause or the law
    (see above)."""
    doc, text = law.docs[i], doc_text(law.docs[i])
    span = doc.char_span(*clause.marker, alignment_mode="expand")
    named: dict[tuple[str, ...], Derivation] = {}
    for mention, actor in target_organs(law, i, clause):
        if actor.is_co_government:
            reason = _("the applied rules apply to «{organ}», named in the clause").format(organ=mention.text)
            named.setdefault(tuple(actor.layers), Derivation(actor, (), reason, law.scale("applicability")))
    if named:
        return [(span, "obligation", derivation) for derivation in named.values()]
    if not_co_government(law, i, clause):
        return []
    referred = _referred(law, i, text, clause)
    organic = organic_rules(law, i, clause)
    derivations = referred or ([organic] if organic else [])
    if derivations:
        return [(span, "obligation", derivation) for derivation in derivations]
    found = provision_subject(law.provisions[i].headings, law.subject)
    if found is None:
        return []
    organ, reason = found
    reason = _("the applied rules are applied by the law's subject, {reason}").format(reason=reason)
    return [(span, "obligation", Derivation(organ, (), reason, law.scale("subject")))]


def target_organs(law: LawReading, i: int, clause: AppliedClause) -> list[tuple[object, Resolution]]:
    """The organs named in the phrases that say to whom or what the rules apply, resolved."""
    doc: Doc = law.docs[i]
    return [(m, law.resolve_in_place(i, m)) for m in doc._.organs or ()
            if any(a <= m.span.start_char < b for a, b in clause.targets)]


def not_co_government(law: LawReading, i: int, clause: AppliedClause) -> bool:
    """Whether the rules apply to a national organ ("op een besluit van Onze Minister", or the one the provision
    names as actor) or a private party ("op de aanvrager", "ten aanzien van de werkgever") and to no
    co-government organ the clause names."""
    found = target_organs(law, i, clause)
    if any(actor.is_co_government for _mention, actor in found):
        return False
    if any(actor.is_national for _mention, actor in found):
        return True
    if not law.co_actors(i) and any(actor.resolution.is_national for actor in law.actors.get(i, [])):
        return True  # "... kan Onze Minister besluiten daarin te voorzien. De artikelen 121 tot en met 121c van de
        # Provinciewet zijn van overeenkomstige toepassing": rules for the national organ's act
    text = doc_text(law.docs[i])
    referred = [law.index[id(t)] for t in _referred_provisions(law, i, text, clause)]
    if referred and not any(law.co_actors(j) for j in referred) and any(law.actors.get(j) for j in referred):
        return True  # "op de in artikel 5 bedoelde besluiten" where Onze Minister takes them
    private = law.words("private_parties") | law.words("private_bodies")
    for start, end in clause.targets:
        head = next((w for w in re.findall(r"\w+", text[start:end].lower()) if w not in _TARGET_OPENERS), None)
        if head in private:
            return True
    return False


def _referred(law: LawReading, i: int, text: str, clause: AppliedClause) -> list[Derivation]:
    """The co-government actors of the provision of this law the target refers to ("op de in het eerste lid
    bedoelde overzichten", "op een besluit dat wordt genomen op grond van het eerste lid"), where the applied
    rules of this law impose a duty, power or prohibition on someone (else they burden no one)."""
    found: dict[tuple[str, ...], Derivation] = {}
    applied = law.references.in_text(law.provisions[i], text[slice(*clause.refs)])
    if applied and not any(law.results[law.index[id(p)]].norm_type in ACTING_NORMS for p in applied):
        return []
    for target in _referred_provisions(law, i, text, clause):
        for actor in law.co_actors(law.index[id(target)]):
            found.setdefault(tuple(actor.resolution.layers), law.derivation(
                actor, "applicability", _("actor of the provision the applied rules are applied to,")))
        if found:
            break
    return list(found.values())


def _referred_provisions(law: LawReading, i: int, text: str, clause: AppliedClause) -> list[Provision]:
    """The provisions of this law the target phrases refer to ("de in het eerste lid bedoelde overzichten")."""
    return [t for start, end in clause.targets for t in law.references.in_text(law.provisions[i], text[start:end])]


def organic_rules(law: LawReading, i: int, clause: AppliedClause) -> Derivation | None:
    """The organs of the layers whose organic law the applied rules come from ("van de Gemeentewet")."""
    text = doc_text(law.docs[i])
    organic: dict[str, str] = law.config["organic_laws"]
    names = "|".join(re.escape(name) for name in sorted(organic, key=len, reverse=True))
    named = [m.group("law") for m in re.finditer(rf"\bvan\s+de\s+(?P<law>{names})\b", text[slice(*clause.refs)])]
    layers = tuple(layer for layer in LAYERS if any(organic[name] == layer for name in named))
    if not layers:
        return None
    laws = ", ".join(dict.fromkeys(named))
    label = _("organ of the {layers} (rules of the {law} applied)").format(layers=", ".join(layers), law=laws)
    actor = Resolution("organic:" + "+".join(layers), label, layers, "co_government", CONTEXT_CONFIDENCE, "context",
                       law.provisions[i].id)
    reason = _("the applied rules are those of the {law} for the organs of the {layers}").format(
        law=laws, layers=", ".join(layers))
    return Derivation(actor, (law.provisions[i].id,), reason, law.scale("applicability"))
