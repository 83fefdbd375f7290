"""Carried-over applicability and deviation: one provision reads another with a twist.

* "Artikel 7 is van overeenkomstige toepassing, met dien verstande dat voor «Onze Minister» wordt
  gelezen: gedeputeerde staten" gives gedeputeerde staten the task or power of artikel 7. The
  reading rule alone settles who acts; the article it carries over is looked up only in this law
  (for the norm type: a duty or a power), never in another law that happens to have an artikel 7.
* "Het eerste lid is van overeenkomstige toepassing ten aanzien van het dagelijks bestuur ..." without a
  reading rule carries over the applied provisions of this law with their co-government actor: the
  clause keeps the layer of the organ those provisions burden, and stays ``other`` (GUIDELINES §5a). Both
  word orders are read ("Op ... is artikel 11, tweede en derde lid, van overeenkomstige toepassing",
  :mod:`.applied_clause`); rules applied to a national organ or a private party carry nothing; rules of
  another law are read by :mod:`.applied_to` (an organic law: its layer).
* "... met dien verstande dat gedeputeerde staten in de plaats treden van Onze Minister" is the same reading
  rule in other words (GUIDELINES §5a (a)).
* "In afwijking van het eerste lid, ..." keeps the first lid's actor unless the lid names another; also after
  "Zo nodig" and within the clause ("..., kan in afwijking van het bepaalde in het eerste lid ..."), never
  for a deviation from another law ("in afwijking van artikel 4:32 van de Algemene wet bestuursrecht").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.applied_clause import AppliedClause
from wetscan.analyse.context.applied_to import not_co_government, organic_rules, target_organs
from wetscan.analyse.context.derive import DERIVED_RULES
from wetscan.analyse.context.law import Actor, Derivation, LawReading
from wetscan.analyse.doctext import doc_text
from wetscan.i18n import _

DERIVED_NORMS = tuple(DERIVED_RULES)


def carried_over(law: LawReading, i: int, clause: AppliedClause) -> list[tuple[Span, str, Derivation]]:
    """The task provision ``i`` carries over in its applicability ``clause`` with "wordt gelezen:
    <co-government organ>"."""
    read = _read_for(law, i, clause)
    return [read] if read is not None else []


def applied_provisions(law: LawReading, i: int, clause: AppliedClause) -> list[tuple[Span, str, Derivation]]:
    """Without a reading rule, the co-government actors of the provisions of this law that provision ``i``
    declares applicable in ``clause`` (:func:`_applied`)."""
    return _applied(law, i, clause)


def _read_for(law: LawReading, i: int, clause: AppliedClause) -> tuple[Span, str, Derivation] | None:
    """"… is van overeenkomstige toepassing, met dien verstande dat voor X wordt gelezen: <organ>"."""
    provision, doc = law.provisions[i], law.docs[i]
    text = doc_text(doc)
    refs = text[slice(*clause.refs)]
    if re.search(r"\btot en met\b", refs):
        return None  # a whole series of articles read for another organ is a framework, not one task
    after = text[clause.start:]
    rules = [*re.finditer(law.config["reading_rule"], after, re.IGNORECASE),
             *re.finditer(law.config["substitution_reading"], after, re.IGNORECASE)]
    for rule in rules:
        new = next(iter(law.organs_named(rule.group("new"))), None)
        if new is None or not new.is_co_government:
            continue
        targets = law.references.in_text(provision, refs)
        norm = law.acting_norm(targets)
        span = doc.char_span(clause.start, clause.marker[1], alignment_mode="expand")
        sources = tuple(t.id for t in targets)
        new_words, old_words = rule.group("new").strip(), rule.group("old").strip()
        if sources:
            reason = _("the task of {sources} applies with «{new}» read for «{old}»").format(
                sources=", ".join(sources), new=new_words, old=old_words)
        else:
            reason = _("the task applies with «{new}» read for «{old}»").format(new=new_words, old=old_words)
        return span, norm, Derivation(new, sources or (provision.id,), reason, law.scale("applicability"))
    return None


def _applied(law: LawReading, i: int, clause: AppliedClause) -> list[tuple[Span, str, Derivation]]:
    """"Het eerste lid is van overeenkomstige toepassing ten aanzien van …" without a reading rule: the
    applied provisions of this law burden the same co-government organ, so it keeps their layer
    (GUIDELINES §5a). Their actors read from context are carried too ("Het tweede, derde en vierde lid van
    artikel 21 zijn van toepassing" where those leden are actorless passives of artikel 21's organ), not those of
    a series of articles ("de artikelen 8 tot en met 25": a framework of several
    actors); rules of an organic law applied with them ("... van de Gemeentewet en artikel 23 van deze wet")
    add their layer (:func:`.applied_to.organic_rules`). Rules applied to a national organ or a private party
    carry no co-government's layer, and those applied to a co-government organ the clause names only its layers
    (else that organ is read by :mod:`.applied_to`)."""
    doc = law.docs[i]
    if not_co_government(law, i, clause):
        return []
    named = {layer for _m, actor in target_organs(law, i, clause) if actor.is_co_government for layer in actor.layers}
    span = doc.char_span(clause.start, clause.marker[1], alignment_mode="expand")
    found: dict[tuple[str, ...], tuple[Span, str, Derivation]] = {}
    for target in law.references.in_text(law.provisions[i], doc_text(doc)[slice(*clause.refs)], series=False):
        j = law.index[id(target)]
        norm = law.results[j].norm_type
        for actor in (a for a in law.co_actors(j) if (not a.derived or _from_own_article(law, j, a)) and
                      (not named or set(a.resolution.layers) <= named)):
            derivation = law.derivation(actor, "applicability", _("actor of the provision declared applicable,"))
            found.setdefault(tuple(actor.resolution.layers), (span, norm if norm in DERIVED_NORMS else "obligation",
                                                              derivation))
    organic = organic_rules(law, i, clause)
    if found and organic is not None:  # "artikel 62 van de Wet openbare lichamen ... en artikel 23 van deze wet"
        found.setdefault(tuple(organic.actor.layers), (span, "obligation", organic))
    return list(found.values())


def deviation(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """"In afwijking van het eerste lid ...": the first lid's co-government actor, in this clause."""
    if clause.start > 0 and doc[clause.start - 1].text not in ".;:":
        return None
    match = re.search(law.config["deviation"], doc[clause.start : clause.end].text, re.IGNORECASE)
    if match is None:
        return None
    enumerations = law.references.enumerations(match.group("refs"))
    if not enumerations or enumerations[0].start > 0 or enumerations[0].other_law:
        return None  # "in afwijking van artikel 4:32 van de Algemene wet bestuursrecht": another law
    refs = match.group("refs")[: enumerations[0].end]
    for target in law.references.in_text(law.provisions[i], refs):
        actors = law.co_actors(law.index[id(target)])
        if actors:
            return law.derivation(actors[0], "deviation", _("actor of the lid it deviates from,"))
    return None


def _from_own_article(law: LawReading, j: int, actor: Actor) -> bool:
    """Whether provision ``j`` read its ``actor`` from a lid of its own article ("In afwijking van het eerste lid
    ...", an actorless lid continuing the first lid's organ); an actor read from further away is too weak to carry
    twice."""
    provision = law.provisions[j]
    own = {p.id for p in law.references.by_article.get((provision.amends, provision.article), [])}
    sources = [source for f in provision.findings if f.derived_from and f.organ == actor.resolution.label
               for source in f.derived_from]
    return bool(sources) and set(sources) <= own
