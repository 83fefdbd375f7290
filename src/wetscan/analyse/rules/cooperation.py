"""Mandatory intergovernmental cooperation (R07-R11; domain.md §4).

Cooperation between co-governments is voluntary by default (Wgr art. 1: organs *kunnen* make a
gemeenschappelijke regeling). A law departs from that principle, and BZK co-signs it, when it

* makes co-governments set up, join or keep a joint body (R07: "treffen een gemeenschappelijke
  regeling", "Een omgevingsdienst wordt ingesteld", "treffen een gezamenlijke voorziening"; after a
  herindeling, "De gemeenschappelijke regelingen waaraan de betrokken gemeenten deelnemen, blijven van kracht");
  one co-government that must join one ("is verplicht deel te nemen aan de gemeenschappelijke regeling") or
  carry out its task through one ("voeren de taken uit via een gemeenschappelijke regeling");
* makes them cooperate (R08: "werken samen", "in regionaal verband", "gezamenlijk", "samen met de colleges van
  de andere gemeenten", "draagt zorg voor de samenwerking met", "de gezamenlijke inkoop");
* fixes the regions or partners they must work with from above (R09, in :mod:`.from_above`: regions by annex or
  AMvB, also in a definitions article ("regio: regio genoemd in bijlage 2"), areas in which a joint body acts, GS
  designating gemeenten that must make a GR or imposing one, a centrumgemeente designated by the minister);
* deviates from the organic laws (R10: "in afwijking van de Wet gemeenschappelijke regelingen").

Voluntary wording ("kunnen ... gezamenlijk", "staat ... vrij") is recorded as counter-evidence (R11).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from wetscan.analyse.lexicon import compiled_patterns
from wetscan.analyse.markers import markers_in
from wetscan.analyse.rules.from_above import (
    allocation, defined_regions, designated_lead, imposition, lead_authority, member_gemeenten, membership, regions,
)
from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import Addressed, ClauseScope

#: How far into the main clause its subject's head may stand ("De overige gemeenschappelijke regelingen").
SUBJECT_REACH = 2
#: How many words before the organs a region phrase locates may name them as consulted ("na overleg met de colleges
#: van de andere gemeenten in de regio").
PARTNER_CHAIN = 8
#: How many words after a single co-government's join verb the joint body it joins stands ("deelneemt aan een").
JOIN_REACH = 3
#: How many words before a joint body the word routing a task through it may stand ("door middel van een").
ROUTE_REACH = 3


@rule_family("cooperation", rules=("R07", "R08", "R09", "R10", "R11"), untyped=True)
def cooperation(scope: ClauseScope) -> None:
    _continued_arrangement(scope)
    defined_regions(scope)
    lead_authority(scope)
    membership(scope)
    if not scope.typed:
        regions(scope)
        designated_lead(scope)
        imposition(scope)
        _deviation(scope)
        return
    clause = scope.clause
    co = scope.co
    if scope.duty and co and not _chosen(scope):
        _joint_body_duty(scope, co)
        _duty_to_cooperate(scope, co)
    possible = [(m, r) for m, r in scope.addressed if r.role in ("possible", "unresolved")]
    if scope.duty and possible and not co and not scope.national:
        _possible_cooperation(scope, possible)
    if scope.duty and not scope.addressed:
        _imposed_joint_body(scope)
        _participants_duty(scope)
    regions(scope)
    designated_lead(scope)
    imposition(scope)
    allocation(scope)
    _deviation(scope)
    if not scope.emit.fired("R09"):  # "GS kunnen gemeenten aanwijzen die gezamenlijk ...": the power is GS's, the cooperation imposed
        _voluntary(scope, co)


def _voluntary(scope: ClauseScope, co: Addressed) -> None:
    """R11: voluntary cooperation ("Colleges kunnen deze taak gezamenlijk uitvoeren", "staat het vrij"), counter-evidence."""
    if scope.power and co:
        _voluntary_power(scope, co)
    for hit in scope.markers("signal:voluntary")[:1]:  # in the main clause, or in a condition that leaves the choice
        named = co or [(m, r) for m in scope.in_clause for r in [scope.resolve(m)] if r.is_co_government]
        if named and not scope.emit.fired("R11"):
            scope.emit("R11", hit, named[0][1], named[0][1].layers[0])


def _chosen(scope: ClauseScope) -> bool:
    """Whether the condition before the main clause leaves the cooperation to the co-governments' own choice
    ("Indien de gemeenten daartoe besluiten, treffen zij een gemeenschappelijke regeling"): voluntary, not imposed."""
    return any(m.start < scope.clause.main_start for m in scope.markers("signal:voluntary"))


def _joint_body_duty(scope: ClauseScope, co: Addressed) -> None:
    """R07: plural co-governments (or a joint body) + a join verb + a joint-body noun after the verb
    ("De raden ... treffen een gemeenschappelijke regeling"); one co-government that must join a joint body
    ("Het college neemt deel aan de gemeenschappelijke regeling", "is verplicht toe te treden tot") or carry out
    a task through one ("voert de taak uit via een gemeenschappelijke regeling")."""
    clause = scope.clause
    own = {i for m, _ in co for i in range(m.start, m.end)}
    passive = clause.verb is not None and scope.doc[clause.verb].lower_ in scope.words("passive_auxiliaries")
    joint = [m for m in scope.marker("signal:joint_bodies") if own.isdisjoint(range(m.start, m.end))
             and clause.verb is not None and (m.start > clause.verb or passive)]  # "Een ... wordt getroffen door de raden"
    joins = scope.marker("signal:join_verbs")
    joining = scope.words("joining_words")  # "neemt deel aan de", "is verplicht toe te treden tot een"
    single = any(not joining.isdisjoint(t.lower_ for t in j) and any(j.end < m.start <= j.end + JOIN_REACH for m in joint)
                 for j in joins)
    routes = scope.words("joint_routes")  # "via een", "door middel van de", "gebruik van een"
    routed = [m for m in joint if any(t.lower_ in routes for t in scope.doc[max(clause.main_start, m.start - ROUTE_REACH) : m.start])]
    if joint and ((joins and (scope.plural_or_joint(co) or single)) or routed):
        for _, resolution in co:
            for layer in resolution.layers:
                scope.emit("R07", (routed or joint)[0], resolution, layer)


def _duty_to_cooperate(scope: ClauseScope, co: Addressed) -> None:
    """R08: a duty to cooperate with other co-governments, in a region, or among the addressees."""
    start = scope.clause.main_start
    bodies = {i for b in scope.marker("signal:joint_bodies") for i in range(b.start, b.end)}
    # "indien het een gemeenschappelijk orgaan betreft": a joint body's name, which R07 reads, is no joint act
    cooperation = [m for m in scope.marker("signal:cooperation") if not _partners_located(scope, m, co)
                   and bodies.isdisjoint(range(m.start, m.end))]
    strict_words, regional_words = scope.words("strict_cooperation"), scope.words("regional_cooperation")
    strict = [m for m in cooperation if m.text.lower() in strict_words or m[-1].lower_ == "samen"]
    partners = [
        r for m in scope.in_clause
        if m.start > co[-1][0].end and scope.governed(m, start) in ("met", "tussen")
        for r in [scope.resolve(m)]
    ]
    partner_co = [r for r in partners if r.is_co_government]
    regional = [m for m in cooperation if m.text.lower() in regional_words or "regio" in m[-1].lower_]
    if not partner_co and (partners or scope.national) and all(m[-1].lower_ == "met" for m in cooperation):
        return  # "in samenwerking met de scholen", "Onze Minister draagt tezamen met gedeputeerde staten zorg voor":
        # the partners after "met" are no co-governments, or GS share the Minister's duty (bound to the Rijk only)
    if cooperation and not regional and all(_partners_only_private(scope, m) for m in cooperation):
        return  # "De colleges werken samen met de zorgaanbieders en de scholen"
    if cooperation and not scope.emit.fired("R07"):
        if partner_co or regional or (scope.plural(co) and (strict or cooperation) and not (partners and not partner_co)):
            # a named region says where ("in de arbeidsmarktregio"); the words that impose the cooperation go first
            named = [m for m in regional if m[-1].lower_ != "regio" and m[-1].lower_.endswith("regio")]
            imposing = [m for m in cooperation if m not in named]
            hit = ([m for m in regional if m not in named] or strict or imposing or named)[0]
            for _, resolution in co:
                for layer in resolution.layers:
                    scope.emit("R08", hit, resolution, layer)


def _partners_only_private(scope: ClauseScope, hit: Span) -> bool:
    """Whether the partners named after a cooperation phrase ("werken samen met", "in samenwerking met") are no
    co-governments: no organ of one follows "met" in the clause ("werken samen met de zorgaanbieders en de
    scholen"), so the addressees are bound to private parties, not to each other. "met elkaar" names themselves."""
    doc, end = scope.doc, scope.clause.end
    with_at = hit.end - 1 if hit[-1].lower_ == "met" else hit.end
    if with_at >= end or doc[with_at].lower_ != "met" or (with_at + 1 < end and doc[with_at + 1].lower_ == "elkaar"):
        return False
    return not any(m.start > with_at and scope.resolve(m).is_co_government for m in scope.in_clause)


def _partners_located(scope: ClauseScope, hit: Span, co: Addressed) -> bool:
    """Whether a region phrase only says where other co-governments are whom the addressee consults or informs
    ("stelt het plan vast na overleg met de colleges van de andere gemeenten in de regio", "zendt het aan de
    raden van de gemeenten in de regio", "informeert de colleges van de gemeenten in de regio"): hearing or
    informing them binds no one to them (GUIDELINES §3)."""
    if "regio" not in hit[-1].lower_:
        return False
    own = {id(m) for m, _ in co}
    located = [m for m in scope.in_clause if id(m) not in own and m.end <= hit.start <= m.end + 1]
    if not located:
        return False
    floor = max(scope.clause.main_start, located[0].start - PARTNER_CHAIN)
    heard = scope.words("consultation_words") | scope.words("recipient_words")
    informed = markers_in(scope.doc, "signal:information_verbs", floor, located[0].start)
    return bool(informed) or any(t.lower_ in heard for t in scope.doc[floor : located[0].start])


def _possible_cooperation(scope: ClauseScope, possible: Addressed) -> None:
    """R08 without a layer: bodies that may be co-governments must act together ("leveren de bronhouders
    dat gegeven gezamenlijk aan"); a coordinator checks who they are."""
    if not scope.plural(possible):
        return
    for hit in scope.marker("signal:cooperation")[:1]:
        scope.emit("R08", hit, possible[0][1], None, scale=0.6)


def _voluntary_power(scope: ClauseScope, co: Addressed) -> None:
    """R11: a power to cooperate ("Colleges kunnen deze taak gezamenlijk uitvoeren")."""
    named_co = [m.start for m in scope.in_clause if scope.resolve(m).is_co_government]
    # "al dan niet tezamen met openbare scholen": a "met" that names no co-government is no cooperation
    bodies = scope.marker("signal:joint_bodies")
    marks = [m for m in scope.marker("signal:cooperation") if (m[-1].lower_ != "met" or any(s >= m.end for s in named_co))
             and not any(b.start <= m.end - 1 and m.start < b.end for b in bodies)]  # the body itself: its name
    marks += bodies
    if marks:
        scope.emit("R11", marks[0], co[0][1], co[0][1].layers[0])


def _imposed_joint_body(scope: ClauseScope) -> None:
    """R07 in the passive: "Een omgevingsdienst wordt ingesteld", "De gemeenschappelijke regeling wordt getroffen"."""
    doc, clause = scope.doc, scope.clause
    if clause.verb is None or doc[clause.verb].lower_ not in scope.words("passive_auxiliaries"):
        return
    joint = markers_in(doc, "signal:joint_bodies", clause.main_start, clause.verb)
    joins = markers_in(doc, "signal:join_verbs", clause.verb, clause.end)
    if not joint or not joins:
        return
    bodies = [r for m in scope.in_clause if m.start < clause.verb for r in [scope.resolve(m)] if r.role == "joint"]
    if bodies:
        for layer in bodies[0].layers:
            scope.emit("R07", joint[0], bodies[0], layer)
    else:
        scope.emit("R07", joint[0], None, None)


def _participants_duty(scope: ClauseScope) -> None:
    """R07 for a duty of the participants of a joint arrangement to make or adapt it together ("De deelnemers
    aan de gemeenschappelijke regeling treffen binnen een jaar de nodige voorzieningen"): they are bound to each
    other whatever their layer, which the clause does not say (no layer)."""
    doc, clause = scope.doc, scope.clause
    subject = [t.lower_ for t in doc[clause.main_start : clause.verb or clause.main_start]]
    if subject[:1] != ["de"] or subject[1:2] == [] or subject[1] not in scope.words("participant_nouns"):
        return
    joint = markers_in(doc, "signal:joint_bodies", clause.main_start, clause.verb)
    joins = markers_in(doc, "signal:join_verbs", clause.verb, clause.end)
    if joint and joins and joins[0].start == clause.verb:
        scope.emit("R07", joint[0], None, None)


def _continued_arrangement(scope: ClauseScope) -> None:
    """R07 (form 1): the law keeps the gemeenschappelijke regelingen of several gemeenten in force or extends them
    ("De gemeenschappelijke regelingen waaraan de bij de herindeling betrokken gemeenten deelnemen, blijven van
    kracht"): the gemeenten stay bound to each other by law. Arrangements of one body being dissolved ("waarin het
    openbaar lichaam deelneemt") bind no gemeenten to each other."""
    continuation = scope.markers("signal:continuation")
    if not continuation or scope.emit.fired("R07"):
        return
    main = scope.clause.main_start
    joint = [m for m in scope.markers("signal:joint_bodies") if main <= m.start <= main + SUBJECT_REACH
             and m.start < continuation[0].start and m.text.lower().startswith("gemeenschappelijke regeling")]
    members = [r for r in member_gemeenten(scope) if r.role != "joint"]
    if joint and members:
        # the trigger is the continuation, not the arrangement: no later lid takes part in it by reference
        scope.emit("R07", continuation[0], members[0], None)  # the law binds them; it gives none of them a task


def _deviation(scope: ClauseScope) -> None:
    """R10: "in afwijking van (artikel ... van) de Wet gemeenschappelijke regelingen / Gemeentewet / ..."."""
    doc, clause = scope.doc, scope.clause
    for pattern in deviation_patterns(scope):
        for match in pattern.finditer(scope.text):
            span = doc[clause.start : clause.end]
            hit = doc.char_span(span.start_char + match.start(), span.start_char + match.end(), alignment_mode="expand")
            if hit is None:
                continue
            act = organic_acts(scope).get(match.group("act").lower(), {})
            scope.emit("R10", hit, None, act.get("layer"), kind="cooperation" if act.get("cooperation") else None)


def organic_acts(scope: ClauseScope) -> dict[str, dict]:
    """The organic laws of co-governments (triggers.yaml organic_acts), keyed by lower-case name."""
    return {name.lower(): entry for name, entry in scope.lexicon.triggers["organic_acts"].items()}


def deviation_patterns(scope: ClauseScope) -> tuple[re.Pattern[str], ...]:
    """The R10 patterns with ``{acts}`` filled in by the names of the organic acts."""
    return _deviation_patterns(tuple(scope.lexicon.triggers["organic_acts"]), tuple(scope.lexicon.triggers["deviation"]))


@lru_cache(maxsize=16)
def _deviation_patterns(acts: tuple[str, ...], patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    names = "|".join(re.escape(name) for name in acts)
    return compiled_patterns(tuple(p.replace("{acts}", names) for p in patterns))
