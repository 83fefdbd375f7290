"""Verordening and plan duties, and their deadlines (R03, R04, R06).

A law that makes the raad, provinciale staten or the algemeen bestuur adopt a verordening, or that
prescribes its content, demands regeling in medebewind and limits local autonomy (Gemw art. 108(2),
116(1)): R03. A duty to adopt a plan, programme or beleidsverslag may only be imposed by law, on
limited grounds (Gemw art. 110-111, Pw art. 108-109): R04. A deadline or frequency on such an act
adds to the burden (R06, a modifier for the UDO weight).
"""

from __future__ import annotations

from spacy.tokens import Span

from wetscan.analyse.lexicon import compiled_patterns
from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope

#: At most this many deadlines are reported per clause.
MAX_DEADLINES = 2


@rule_family("duties", rules=("R03", "R04", "R06"), untyped=True)
def duties(scope: ClauseScope) -> None:
    co, emit = scope.co, scope.emit
    _verordening_to_adopt(scope)
    if scope.duty and co:
        resolution = co[0][1]
        layer = resolution.layers[0]
        for hit in scope.marker("signal:verordening")[:1]:
            emit("R03", hit, resolution, layer)
        plans = scope.marker("signal:plan")
        plan_verbs = frozenset(w.lower() for w in scope.lexicon.triggers["signals"]["plan_verbs"])
        if plans and any(t.lower_ in plan_verbs for t in scope.doc[scope.clause.main_start : scope.clause.end]):
            emit("R04", plans[0], resolution, layer)
        for deadline in deadlines(scope):
            emit("R06", deadline, resolution, layer)
    if scope.clause.modality in ("obligation", "prohibition") and not co and not scope.national:
        # "De verordening bevat in ieder geval regels over ...": prescribed verordening content
        for hit in scope.marker("signal:verordening")[:1]:
            owner = scope.co_government_in(scope.in_clause)
            if hit.start <= scope.clause.main_start + 2 and owner is not None:
                emit("R03", hit, owner[1], owner[1].layers[0])


def _verordening_to_adopt(scope: ClauseScope) -> None:
    """R03 for a verordening the law presupposes its maker adopts, named in an attributive phrase of any clause
    ("De leden van de rekenkamer ontvangen een bij verordening van provinciale staten vastgestelde
    vergoeding"): the raad, provinciale staten or eilandsraad must fix it (Gemw art. 96, Pw art. 79k)."""
    doc, clause = scope.doc, scope.clause
    determiners, participles = scope.words("determiners"), scope.words("regulation_participles")
    for mention in scope.in_clause:
        before = mention.start - 1
        if mention.organ.role != "regulation" or before - 1 < clause.start or doc[before].lower_ != "bij" or (
                doc[before - 1].lower_ not in determiners):
            continue
        after = mention.end
        while after < clause.end and (doc[after].lower_ == "van" or doc[after].lower_ in determiners or any(
                m.start <= after < m.end for m in scope.in_clause)):
            after += 1  # "bij eilandsverordening van de eilandsraden vastgestelde"
        if after >= clause.end or doc[after].lower_ not in participles:
            continue
        resolution = scope.resolve(mention)
        if resolution.is_co_government:
            for layer in resolution.layers:
                scope.emit("R03", doc[before - 1 : after + 1], resolution, layer, scale=0.8)
            return


def deadlines(scope: ClauseScope) -> list[Span]:
    """The deadline and frequency phrases of the clause ("binnen zes weken", "jaarlijks")."""
    doc, clause = scope.doc, scope.clause
    span = doc[clause.start : clause.end]
    found = []
    for pattern in compiled_patterns(tuple(scope.lexicon.triggers["deadlines"])):
        for match in pattern.finditer(scope.text):
            hit = doc.char_span(span.start_char + match.start(), span.start_char + match.end(), alignment_mode="expand")
            if hit is not None:
                found.append(hit)
    return found[:MAX_DEADLINES]
