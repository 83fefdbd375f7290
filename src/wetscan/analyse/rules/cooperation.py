"""Mandatory intergovernmental cooperation (R07-R11; domain.md §4).

Cooperation between co-governments is voluntary by default (Wgr art. 1: organs *kunnen* make a
gemeenschappelijke regeling). A law departs from that principle, and BZK co-signs it, when it

* makes co-governments set up, join or keep a joint body (R07: "treffen een gemeenschappelijke
  regeling", "Een omgevingsdienst wordt ingesteld", "treffen een gezamenlijke voorziening"; after a
  herindeling, "De gemeenschappelijke regelingen waaraan de betrokken gemeenten deelnemen, blijven van kracht");
* makes them cooperate (R08: "werken samen", "in regionaal verband", "gezamenlijk");
* fixes the regions or partners they must work with from above (R09: regions by annex or AMvB, also
  in a definitions article ("regio: regio genoemd in bijlage 2"), areas in which a joint body acts, GS
  designating gemeenten that must make a GR);
* deviates from the organic laws (R10: "in afwijking van de Wet gemeenschappelijke regelingen").

Voluntary wording ("kunnen ... gezamenlijk", "staat ... vrij") is recorded as counter-evidence (R11).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wetscan.analyse.definitions import Resolution
from wetscan.analyse.lexicon import compiled_patterns
from wetscan.analyse.markers import markers_in
from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import Addressed, ClauseScope

#: A definition list item: "jeugdregio: gebied dat ...".
_DEFINED_TERM = re.compile(r"^\s*(?:[a-z]{1,2}\.\s+)?[\w'’ -]{2,40}:\s")
#: How many words may separate a region noun from the words that fix it ("regio's die omvatten").
REGION_REACH = 5
#: How far into the main clause its subject's head may stand ("De overige gemeenschappelijke regelingen").
SUBJECT_REACH = 2
#: How many words after "namens" or "grondgebied van" the co-governments acted for may stand.
LEAD_REACH = 3
#: One item of a definitions list: "term: meaning" up to the next ";" (or the end).
_DEFINITION_ITEM = re.compile(r"(?:^|(?<=[:;]))\s*(?:[a-z]{1,2}\.\s+)?(?P<term>[\w'’ -]{2,40}?)\s*:\s*(?P<meaning>[^;:]+)")
#: The lead of a definitions article ("In deze wet wordt verstaan onder:").
_DEFINITIONS_LEAD = re.compile(r"^.{0,80}?\bverstaan\s+onder\b", re.IGNORECASE)


@rule_family("cooperation", rules=("R07", "R08", "R09", "R10", "R11"), untyped=True)
def cooperation(scope: ClauseScope) -> None:
    _continued_arrangement(scope)
    _defined_regions(scope)
    _lead_authority(scope)
    if not scope.typed:
        _regions(scope)
        _imposition(scope)
        _deviation(scope)
        return
    clause = scope.clause
    co = scope.co
    if scope.duty and co:
        _joint_body_duty(scope, co)
        _duty_to_cooperate(scope, co)
    possible = [(m, r) for m, r in scope.addressed if r.role in ("possible", "unresolved")]
    if scope.duty and possible and not co and not scope.national:
        _possible_cooperation(scope, possible)
    if scope.duty and not scope.addressed:
        _imposed_joint_body(scope)
        _participants_duty(scope)
    _regions(scope)
    _imposition(scope)
    _allocation(scope)
    _deviation(scope)
    if not scope.emit.fired("R09"):  # "GS kunnen gemeenten aanwijzen die gezamenlijk ...": the power is GS's, the cooperation imposed
        _voluntary(scope, co)


def _voluntary(scope: ClauseScope, co: Addressed) -> None:
    """R11: voluntary cooperation ("Colleges kunnen deze taak gezamenlijk uitvoeren", "staat het vrij"), counter-evidence."""
    if scope.power and co:
        _voluntary_power(scope, co)
    for hit in scope.marker("signal:voluntary")[:1]:
        named = co or [(m, r) for m in scope.in_clause for r in [scope.resolve(m)] if r.is_co_government]
        if named and not scope.emit.fired("R11"):
            scope.emit("R11", hit, named[0][1], named[0][1].layers[0])


def _joint_body_duty(scope: ClauseScope, co: Addressed) -> None:
    """R07: plural co-governments (or a joint body) + a join verb + a joint-body noun after the verb
    ("De raden ... treffen een gemeenschappelijke regeling")."""
    clause = scope.clause
    own = {i for m, _ in co for i in range(m.start, m.end)}
    joint = [m for m in scope.marker("signal:joint_bodies") if own.isdisjoint(range(m.start, m.end))
             and clause.verb is not None and m.start > clause.verb]
    joins = scope.marker("signal:join_verbs")
    if joint and joins and scope.plural_or_joint(co):
        for _, resolution in co:
            for layer in resolution.layers:
                scope.emit("R07", joint[0], resolution, layer)


def _duty_to_cooperate(scope: ClauseScope, co: Addressed) -> None:
    """R08: a duty to cooperate with other co-governments, in a region, or among the addressees."""
    start = scope.clause.main_start
    cooperation = scope.marker("signal:cooperation")
    strict_words, regional_words = scope.words("strict_cooperation"), scope.words("regional_cooperation")
    strict = [m for m in cooperation if m.text.lower() in strict_words or m[-1].lower_ == "samen"]
    partners = [
        r for m in scope.in_clause
        if m.start > co[-1][0].end and scope.governed(m, start) in ("met", "tussen")
        for r in [scope.resolve(m)]
    ]
    partner_co = [r for r in partners if r.is_co_government]
    regional = [m for m in cooperation if m.text.lower() in regional_words or "regio" in m[-1].lower_]
    if cooperation and not scope.emit.fired("R07"):
        if partner_co or regional or (scope.plural(co) and (strict or cooperation) and not (partners and not partner_co)):
            hit = (regional or strict or cooperation)[0]
            for _, resolution in co:
                for layer in resolution.layers:
                    scope.emit("R08", hit, resolution, layer)


def _possible_cooperation(scope: ClauseScope, possible: Addressed) -> None:
    """R08 without a layer: bodies that may be co-governments must act together ("leveren de bronhouders
    dat gegeven gezamenlijk aan"); a coordinator checks who they are."""
    if not scope.plural(possible):
        return
    for hit in scope.marker("signal:cooperation")[:1]:
        scope.emit("R08", hit, possible[0][1], None, scale=0.6)


def _allocation(scope: ClauseScope) -> None:
    """R09 (form 3): a joint task shared out over the gemeenten from above ("De taakstelling wordt over de
    gemeenten verdeeld", "Gedeputeerde staten verdelen het aantal ... over de gemeenten"): each is bound
    to its share."""
    for hit in scope.markers("signal:allocation")[:1]:
        named = scope.co_government_in(scope.in_clause)
        if named is None and not scope.addressed:
            continue
        resolution = named[1] if named else None
        scope.emit("R09", hit, resolution, resolution.layers[0] if resolution else None)


def _imposition(scope: ClauseScope) -> None:
    """R09: an imposed obligation to join or make a joint arrangement ("de verplichting tot toetreding tot
    een bestaande regeling"), the substance of a designation power (Wgr 99(2) style)."""
    for hit in scope.markers("signal:imposition")[:1]:
        named = scope.co_government_in(scope.in_clause)
        resolution = named[1] if named else None
        scope.emit("R09", hit, resolution, resolution.layers[0] if resolution else None)


def _voluntary_power(scope: ClauseScope, co: Addressed) -> None:
    """R11: a power to cooperate ("Colleges kunnen deze taak gezamenlijk uitvoeren")."""
    marks = scope.marker("signal:cooperation") + scope.marker("signal:joint_bodies")
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
    members = [r for r in _member_gemeenten(scope) if r.role != "joint"]
    if joint and members:
        # the trigger is the continuation, not the arrangement: no later lid takes part in it by reference
        scope.emit("R07", continuation[0], members[0], None)  # the law binds them; it gives none of them a task


def _defined_regions(scope: ClauseScope) -> None:
    """R09 (form 3) in a definitions article: a region, or the gemeente that leads one, fixed from above
    ("jeugdregio: een bij ministeriële regeling aangewezen samenwerkingsverband van gemeenten", "regio: regio genoemd
    in bijlage 2", "centrumgemeente: een als zodanig door Onze Minister aangewezen gemeente"). A term that only
    points to another law's meaning ("contactgemeente: contactgemeente als bedoeld in artikel 5 van de wet") or an
    area without cooperation ("stedelijk gebied: gebied binnen de bebouwde kom") fixes nothing."""
    if scope.clause.norm_type != "definition" and not _DEFINED_TERM.match(scope.text):
        return
    region_terms, fixing, above = scope.words("region_terms"), scope.words("defined_region_fixing"), scope.words("from_above")
    span = scope.doc[scope.clause.start : scope.clause.end]
    lead = _DEFINITIONS_LEAD.match(scope.text)
    offset = lead.end() if lead else 0
    for item in _DEFINITION_ITEM.finditer(scope.text[offset:]):
        term = item.group("term").lower().split()
        meaning = item.group("meaning").lower()
        words = set(re.findall(r"[\w'’-]+", meaning))
        if not term or not any(w in region_terms or w.endswith("regio") for w in term[-1:]):
            continue
        if words.isdisjoint(fixing) or not any(re.search(rf"\b{re.escape(a)}\b", meaning) for a in above):
            continue
        hit = scope.doc.char_span(span.start_char + offset + item.start("term"), span.start_char + offset + item.end("meaning"),
                                  alignment_mode="expand")
        if hit is not None:
            scope.emit("R09", hit, None, None)


def _regions(scope: ClauseScope) -> None:
    """R09: regions or cooperating partners fixed from above (by statute, annex, AMvB, GS or minister)."""
    doc, clause, addressed = scope.doc, scope.clause, scope.addressed
    regions = scope.markers("signal:region_nouns")
    designation = scope.markers("signal:designation")
    if not regions and not designation:
        return  # no region and no designation: nothing is fixed from above
    fixing = scope.markers("signal:region_fixing")
    delegated = [m for m in scope.markers("norm:delegation") if "maatregel" in m.text.lower() or "minister" in m.text.lower()]
    from_above = not addressed or bool(delegated) or any(r.is_national or "provincie" in r.layers for _, r in addressed)
    if not from_above:
        return
    joint_bodies = scope.markers("signal:joint_bodies")
    others = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.is_co_government and "gemeente" in r.layers
              and r.role != "joint" and scope.plural([(m, r)]) and not any(m is a for a, _ in addressed)]
    cooperating = joint_bodies or scope.markers("signal:cooperation")
    possible = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.role == "possible"]
    if designation and cooperating and possible and not others and delegated:
        # "Bij AMvB kunnen bestuursorganen worden verplicht om programma's gezamenlijk vast te stellen"
        scope.emit("R09", designation[0], possible[0], None)
        return
    if addressed and designation and others and _designated_cooperate(scope, joint_bodies):
        # "Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling treffen", "Onze
        # Minister kan gemeenten verplichten tot het treffen van een gemeenschappelijke regeling", "... aanwijzen
        # die gezamenlijk een regionaal plan vaststellen": the designated gemeenten must make or join the joint
        # body, or act together ("de voorheen door het openbaar lichaam uitgeoefende taken ... alsmede de
        # gemeenten waarnaar die overgaan" designates no partners)
        scope.emit("R09", designation[0], others[0], "gemeente", organ=addressed[0][1].label)
        return
    # The region must be fixed right there ("vastgestelde regio's", "regio's die omvatten de gemeenten",
    # "worden de gebieden aangewezen") or by delegated regulation, and it must not be part of an organ name.
    if clause.norm_type == "definition" or _DEFINED_TERM.match(scope.text):
        return  # "jeugdregio: gebied dat ... is aangewezen": a definition names the region, it fixes nothing
    if scope.marker("signal:voluntary"):
        return  # "kunnen ... gezamenlijk ... aanwijzen": a voluntary arrangement fixes no region
    not_regions = {i for m in scope.in_clause if scope.resolve(m).role != "joint" for i in range(m.start, m.end)}
    # "de kring van het algemeen bestuur": the circle of an organ's members is no region
    layer_bodies = scope.words("layer_bodies")
    of_organ = {scope.head_of(m) for m in scope.in_clause if m.organ.key not in layer_bodies}
    regions = [
        r for r in regions if not_regions.isdisjoint(range(r.start, r.end)) and r.end - 1 not in of_organ
        and (delegated or any(abs(f.start - r.start) <= REGION_REACH for f in fixing))
    ]
    if not regions:
        return
    members = _member_gemeenten(scope)
    weak = regions[0].text.lower() in ("gebied", "gebieden")  # any area; it takes cooperation words to count
    if members and (scope.markers("signal:cooperation") or not weak):
        scope.emit("R09", regions[0], members[0], "gemeente")
    elif delegated and not addressed and any(abs(f.start - regions[0].start) <= REGION_REACH for f in fixing):
        # "Bij AMvB kan worden bepaald dat in bij die maatregel aan te wijzen gebieden het dagelijks bestuur van een
        # bij gemeenschappelijke regeling ingesteld openbaar lichaam bevoegd is": the regulation fixes the areas in
        # which a joint body of co-governments, not each of them, acts ("samenwerkingsverbanden" of schools are none)
        joint = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.role == "joint" and r.layers]
        if joint or any(m.text.lower().startswith("gemeenschappelijk") for m in joint_bodies):
            scope.emit("R09", regions[0], joint[0] if joint else None, joint[0].layers[0] if joint else None)


def _designated_cooperate(scope: ClauseScope, joint_bodies: list) -> bool:
    """Whether those a designation names must cooperate: a joint-body noun with a join verb after it ("die een
    gemeenschappelijke regeling treffen") or a nominalised join before it ("tot het treffen van een
    gemeenschappelijke regeling"), or a cooperation word after the designation ("die gezamenlijk ... vaststellen")."""
    designation = scope.markers("signal:designation")[0]
    joins = scope.markers("signal:join_verbs")
    if joint_bodies and any(v.start > joint_bodies[0].start for v in joins):
        return True
    if joint_bodies and any(designation.start < v.start < joint_bodies[0].start and scope.doc[v.start - 1].lower_ == "het"
                            for v in joins):
        return True
    return any(m.start > designation.start for m in scope.markers("signal:cooperation") if m.text.lower() != "onderling")


def _lead_authority(scope: ClauseScope) -> None:
    """R09 (form 3): an organ of one co-government or joint body made to act for several other co-governments or
    for their territory, a lead authority ("Het college van de gemeente A treedt op als coördinerende autoriteit
    namens de colleges van de gemeenten in de regio"; "De managementautoriteit voor het programma voor het
    grondgebied van de provincies A, B en C is het dagelijks bestuur van ..."): the law, not the partners, fixes
    who acts for them. Acting for one's own gemeente ("namens de gemeente") or for "hen" binds no one."""
    if scope.emit.fired("R09") or scope.clause.norm_type in ("amendment", "definition") or _DEFINED_TERM.match(scope.text):
        return  # "invoer: ... binnen het grondgebied van de openbare lichamen": a definition fixes no one
    for hit in scope.markers("signal:acting_for")[:1]:
        partners = [(m, r) for m in scope.in_clause if hit.end <= m.start <= hit.end + LEAD_REACH
                    for r in [scope.resolve(m)] if r.is_co_government and r.role != "joint"]
        if not partners or not scope.plural(partners[:1]):
            return
        taken = {id(m) for m, _ in partners}
        # "namens" follows the acting organ; the territory comes first and the holder after it ("De
        # managementautoriteit voor ... het grondgebied van de provincies A en B is ..."), not an organ that acts
        # within it ("door burgemeester en wethouders aangewezen terreinen binnen het grondgebied van de gemeenten")
        named = [(m, r) for m, r in scope.addressed if r.is_co_government] if hit[0].lower_ == "namens" else []
        actors = named or [
            (m, r) for m in scope.in_clause if id(m) not in taken and m.start > partners[-1][0].end
            for r in [scope.resolve(m)] if r.is_co_government or r.role in ("possible", "unresolved")]
        if not actors and _joint_body_after(scope, partners[-1][0].end):
            actors = partners  # "is het dagelijks bestuur van het Samenwerkingsverband ...": the partners' joint body
        if actors:
            resolution = actors[0][1]
            scope.emit("R09", hit, resolution if resolution.layers else None,
                       resolution.layers[0] if resolution.layers else None)
        return


def _joint_body_after(scope: ClauseScope, start: int) -> bool:
    """Whether an organ after ``start`` is one of a joint body ("het dagelijks bestuur van het samenwerkingsverband")."""
    bodies = [m for m in scope.markers("signal:joint_bodies") if m.start >= start]
    return any(m.end <= b.start <= m.end + 2 and scope.doc[m.end].lower_ == "van" for m in scope.in_clause
               if m.start >= start for b in bodies)


def _member_gemeenten(scope: ClauseScope) -> list[Resolution]:
    """Gemeenten named in the clause as a group (plural or a joint body): the members of a region."""
    found: list[Resolution] = []
    for mention in scope.in_clause:
        resolution = scope.resolve(mention)
        if resolution.is_co_government and "gemeente" in resolution.layers and (
            resolution.role == "joint" or scope.plural([(mention, resolution)])
        ):
            found.append(resolution)
    return found


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
