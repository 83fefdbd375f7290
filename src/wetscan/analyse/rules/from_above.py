"""Cooperation fixed from above (R09; domain.md §4 forms 3 and 4).

A law departs from voluntary cooperation when it, not the co-governments, decides with whom they work:

* regions or partners fixed by statute, annex, AMvB or ministeriële regeling ("Bij algemene maatregel van
  bestuur worden de regio's vastgesteld waarbinnen de colleges samenwerken"), also in a definitions article
  ("regio: regio genoemd in bijlage 2");
* a power or duty to designate co-governments that must cooperate, or to impose a joint body on them
  ("Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling treffen", "... aan de
  raden van twee of meer gemeenten een gemeenschappelijke regeling opleggen", "Onze Minister kan bepalen dat
  de colleges samenwerken"), in the active or in a delegation's passive;
* a lead gemeente or authority fixed from above ("Onze Minister kan een gemeente aanwijzen als centrumgemeente",
  "treedt op namens de colleges van de gemeenten in de regio");
* a joint task shared out over the gemeenten ("De taakstelling wordt over de gemeenten verdeeld").

The functions here belong to the cooperation family (:mod:`.cooperation`), which applies them to each clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from wetscan.analyse.definitions import Resolution
from wetscan.analyse.rules.scope import ClauseScope

#: A definition list item: "jeugdregio: gebied dat ...".
_DEFINED_TERM = re.compile(r"^\s*(?:[a-z]{1,2}\.\s+)?[\w'’ -]{2,40}:\s")
#: How many words may separate a region noun from the words that fix it ("regio's die omvatten").
REGION_REACH = 5
#: How many words after "namens" or "grondgebied van" the co-governments acted for may stand.
LEAD_REACH = 3
#: How many words after a designation the cooperation of those designated may be named ("gemeenten aanwijzen die
#: de taak, bedoeld in het eerste lid, gezamenlijk uitvoeren"); further on it says something else.
DESIGNATED_REACH = 12
#: One item of a definitions list: "term: meaning" up to the next ";" (or the end).
_DEFINITION_ITEM = re.compile(r"(?:^|(?<=[:;]))\s*(?:[a-z]{1,2}\.\s+)?(?P<term>[\w'’ -]{2,40}?)\s*:\s*(?P<meaning>[^;:]+)")
#: The lead of a definitions article ("In deze wet wordt verstaan onder:").
_DEFINITIONS_LEAD = re.compile(r"^.{0,80}?\bverstaan\s+onder\b", re.IGNORECASE)


def allocation(scope: ClauseScope) -> None:
    """R09 (form 3): a joint task shared out over the gemeenten from above ("De taakstelling wordt over de
    gemeenten verdeeld", "Gedeputeerde staten verdelen het aantal ... over de gemeenten"): each is bound
    to its share."""
    for hit in scope.markers("signal:allocation")[:1]:
        named = scope.co_government_in(scope.in_clause)
        if named is None and not scope.addressed:
            continue
        resolution = named[1] if named else None
        scope.emit("R09", hit, resolution, resolution.layers[0] if resolution else None)


def imposition(scope: ClauseScope) -> None:
    """R09: an imposed obligation to join or make a joint arrangement ("de verplichting tot toetreding tot
    een bestaande regeling"), the substance of a designation power (Wgr 99(2) style)."""
    for hit in scope.markers("signal:imposition")[:1]:
        named = scope.co_government_in(scope.in_clause)
        resolution = named[1] if named else None
        scope.emit("R09", hit, resolution, resolution.layers[0] if resolution else None)


def defined_regions(scope: ClauseScope) -> None:
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


def regions(scope: ClauseScope) -> None:
    """R09: regions or cooperating partners fixed from above (by statute, annex, AMvB, GS or minister)."""
    doc, clause, addressed = scope.doc, scope.clause, scope.addressed
    regions = scope.markers("signal:region_nouns")
    fixing = scope.markers("signal:region_fixing")
    delegated = [m for m in scope.markers("norm:delegation") if "maatregel" in m.text.lower() or "minister" in m.text.lower()]
    from_above = not addressed or bool(delegated) or any(r.is_national or "provincie" in r.layers for _, r in addressed)
    if not from_above:
        return
    joint_bodies = scope.markers("signal:joint_bodies")
    if _designation(scope, bool(delegated), joint_bodies):
        return
    # The region must be fixed right there ("vastgestelde regio's", "regio's die omvatten de gemeenten",
    # "worden de gebieden aangewezen") or by delegated regulation, and it must not be part of an organ name.
    if clause.norm_type == "definition" or _DEFINED_TERM.match(scope.text):
        return  # "jeugdregio: gebied dat ... is aangewezen": a definition names the region, it fixes nothing
    if scope.marker("signal:voluntary"):
        return  # "kunnen ... gezamenlijk ... aanwijzen": a voluntary arrangement fixes no region
    not_regions = {i for m in scope.in_clause if scope.resolve(m).role != "joint" for i in range(m.start, m.end)}
    # "de kring van het algemeen bestuur": the circle of an organ's members is no region
    layer_bodies, compulsory = scope.words("layer_bodies"), scope.lexicon.compulsory_joint_bodies
    # "het werkgebied van de omgevingsdienst" is a region: the area of a compulsory joint body
    of_organ = {scope.head_of(m) for m in scope.in_clause if m.organ.key not in layer_bodies
                and scope.resolve(m).organ_key not in compulsory}
    regions = [
        r for r in regions if not_regions.isdisjoint(range(r.start, r.end)) and r.end - 1 not in of_organ
        and (delegated or any(abs(f.start - r.start) <= REGION_REACH for f in fixing))
    ]
    if not regions:
        return
    members = member_gemeenten(scope)
    weak = regions[0].text.lower() in ("gebied", "gebieden")  # any area; it takes cooperation words to count
    if members and (scope.markers("signal:cooperation") or not weak):
        scope.emit("R09", regions[0], members[0], "gemeente")
    elif delegated and not addressed and _region_fixed(scope, regions[0], fixing):
        # "De regio's, bedoeld in het eerste lid, worden vastgesteld bij algemene maatregel van bestuur": the
        # regulation fixes the regions whose gemeenten the law makes cooperate (a region word, not any "gebied")
        scope.emit("R09", regions[0], None, None)
    elif addressed and regions[0].text.lower() in scope.words("named_regions") \
            and any(abs(f.start - regions[0].start) <= REGION_REACH for f in fixing):
        # "Onze Minister stelt de regio-indeling vast", "Gedeputeerde staten wijzen de jeugdregio's aan": a named
        # cooperation region fixed by the Minister or GS (a plain "regio" may be any area of their own policy)
        ruler = next(r for _, r in addressed if r.is_national or "provincie" in r.layers)
        scope.emit("R09", regions[0], None, None, organ=ruler.label)
    elif delegated and not addressed and any(abs(f.start - regions[0].start) <= REGION_REACH for f in fixing):
        # "Bij AMvB kan worden bepaald dat in bij die maatregel aan te wijzen gebieden het dagelijks bestuur van een
        # bij gemeenschappelijke regeling ingesteld openbaar lichaam bevoegd is": the regulation fixes the areas in
        # which a joint body of co-governments, not each of them, acts ("samenwerkingsverbanden" of schools are none)
        joint = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.role == "joint" and r.layers]
        if joint or any(m.text.lower().startswith("gemeenschappelijk") for m in joint_bodies):
            scope.emit("R09", regions[0], joint[0] if joint else None, joint[0].layers[0] if joint else None)


def _region_fixed(scope: ClauseScope, region: Span, fixing: list[Span]) -> bool:
    """Whether the clause is about fixing a cooperation region: the region word stands in the subject and a word
    that fixes it comes after the verb ("De regio's ... worden vastgesteld bij ..."), or a named region stands
    between the verb and the word that fixes it; not a region named as one criterion among others ("eisen die
    kunnen verschillen naar drukniveau en regio")."""
    verb, word = scope.clause.verb, region.text.lower()
    if verb is None or word not in scope.words("cooperation_regions"):
        return False
    if scope.clause.main_start <= region.start < verb:
        return any(f.start > verb for f in fixing)
    # inverted: "Bij algemene maatregel van bestuur wordt de regio-indeling vastgesteld" (a named region only)
    return word in scope.words("named_regions") and region.start > verb and any(f.start > region.start for f in fixing)


def _designation(scope: ClauseScope, delegated: bool, joint_bodies: list[Span]) -> bool:
    """R09 (form 4): a power or duty from above to designate co-governments that must cooperate, or to impose it
    on them ("Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling treffen", "Onze
    Minister kan gemeenten verplichten tot het treffen van een gemeenschappelijke regeling", "... aanwijzen die
    gezamenlijk een regionaal plan vaststellen", "Bij algemene maatregel van bestuur kunnen gemeenten worden
    aangewezen die ..."): the designated gemeenten must make or join the joint body, or act together ("de voorheen
    door het openbaar lichaam uitgeoefende taken ... alsmede de gemeenten waarnaar die overgaan" designates no
    partners). Whether it comes from above the caller has checked."""
    designation = scope.markers("signal:designation")
    if not designation:
        return False
    addressed = scope.addressed
    others = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.is_co_government and "gemeente" in r.layers
              and r.role != "joint" and scope.plural([(m, r)]) and not any(m is a for a, _ in addressed)]
    cooperating = joint_bodies or scope.markers("signal:cooperation")
    possible = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.role == "possible"]
    if cooperating and possible and not others and delegated:
        # "Bij AMvB kunnen bestuursorganen worden verplicht om programma's gezamenlijk vast te stellen"
        scope.emit("R09", designation[0], possible[0], None)
        return True
    designated = others
    if not designated and (delegated or scope.clause.passive):
        # the passive's subject is who is designated ("kunnen gemeenten worden aangewezen die ...")
        designated = [r for m, r in addressed if r.is_co_government and "gemeente" in r.layers and r.role != "joint"
                      and scope.plural([(m, r)])]
    imposed = addressed or (delegated and scope.typed and scope.clause.norm_type != "definition")
    if designated and imposed and _designated_cooperate(scope, joint_bodies):
        rulers = [r for _, r in addressed if r.is_national or "provincie" in r.layers]
        scope.emit("R09", designation[0], designated[0], "gemeente", organ=rulers[0].label if rulers else None)
        return True
    return False


def _designated_cooperate(scope: ClauseScope, joint_bodies: list) -> bool:
    """Whether those a designation names must cooperate: a joint-body noun with a join verb after it ("die een
    gemeenschappelijke regeling treffen") or a nominalised join before it ("tot het treffen van een
    gemeenschappelijke regeling"), a joint body imposed on them ("een gemeenschappelijke regeling opleggen"), a
    cooperation word after the designation ("die gezamenlijk ... vaststellen", "verplichten tot samenwerking"), or
    a region they are to form ("de gemeenten aanwijzen die samen een arbeidsmarktregio vormen")."""
    designation = scope.markers("signal:designation")[0]
    joins = scope.markers("signal:join_verbs")
    if joint_bodies and any(v.start > joint_bodies[0].start for v in joins):
        return True
    if joint_bodies and any(designation.start < v.start < joint_bodies[0].start and scope.doc[v.start - 1].lower_ == "het"
                            for v in joins):
        return True
    imposing = scope.words("imposing_verbs")
    if joint_bodies and any(t.lower_ in imposing for t in scope.doc[joint_bodies[0].end : scope.clause.end]):
        return True
    regions = [m for m in scope.markers("signal:region_nouns") if designation.end <= m.start <= designation.end + REGION_REACH
               and m.text.lower() not in ("gebied", "gebieden")]
    return bool(regions) or any(designation.start <= m.start <= designation.end + DESIGNATED_REACH
                                for m in scope.markers("signal:cooperation") if m.text.lower() != "onderling")


def membership(scope: ClauseScope) -> None:
    """R09 (form 3): the law itself places a co-government in a region or a compulsory joint body ("Elke gemeente
    behoort tot één arbeidsmarktregio", "De gemeente maakt deel uit van de veiligheidsregio", "Het college is
    aangesloten bij een omgevingsdienst", "De in bijlage 2 genoemde gemeenten vormen samen een arbeidsmarktregio"):
    its partners are fixed by law, not chosen; forming a region takes several. The membership words must be
    the main clause's verb, with the co-government as subject: "de gemeenten die deel uitmaken van de regio" only
    names them, and belonging to a provincie or to a waterschap's area is no cooperation."""
    clause = scope.clause
    if clause.verb is None or scope.emit.fired("R09") or _DEFINED_TERM.match(scope.text):
        return
    hits = sorted((m for m in scope.markers("signal:membership") if m.start == clause.verb), key=len, reverse=True)
    subject = [(m, r) for m in scope.in_clause if clause.main_start <= m.start and m.end <= clause.verb
               for r in [scope.resolve(m)] if r.is_co_government and r.role != "joint"]
    if not hits or not subject or (hits[0][0].lower_.startswith("vorm") and not scope.plural(subject)):
        return  # one provincie "vormt een regio" alone
    after = [m for m in scope.in_clause if hits[0].end <= m.start <= hits[0].end + LEAD_REACH]
    bodies = [m for m in after if scope.resolve(m).organ_key in scope.lexicon.compulsory_joint_bodies]
    regions = [m for m in scope.markers("signal:region_nouns") if hits[0].end <= m.start <= hits[0].end + LEAD_REACH
               and m.text.lower() in scope.words("cooperation_regions")]
    if bodies or regions:
        resolution = subject[0][1]
        for layer in resolution.layers:
            scope.emit("R09", hits[0], resolution, layer)


def designated_lead(scope: ClauseScope) -> None:
    """R09 (forms 3 and 4): a gemeente designated from above to act for others ("Onze Minister wijst een gemeente
    aan als centrumgemeente", "Bij ministeriële regeling wordt per regio een contactgemeente aangewezen"): the law,
    not the partners, fixes who leads them."""
    if scope.emit.fired("R09") or scope.clause.norm_type == "definition" or _DEFINED_TERM.match(scope.text):
        return
    addressed = scope.addressed
    if addressed and not any(r.is_national or "provincie" in r.layers for _, r in addressed):
        return  # gemeenten choosing their own lead ("De colleges wijzen uit hun midden een contactgemeente aan")
    roles = scope.words("lead_roles")
    for designation in scope.markers("signal:designation"):
        window = scope.doc[max(scope.clause.start, designation.start - LEAD_REACH) : min(designation.end + LEAD_REACH, scope.clause.end)]
        lead = [t for t in window if t.lower_ in roles]
        if lead:
            organ = addressed[0][1].label if addressed else None
            scope.emit("R09", designation, None, "gemeente", organ=organ)
            return


def lead_authority(scope: ClauseScope) -> None:
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


def member_gemeenten(scope: ClauseScope) -> list[Resolution]:
    """Gemeenten named in the clause as a group (plural or a joint body): the members of a region."""
    found: list[Resolution] = []
    for mention in scope.in_clause:
        resolution = scope.resolve(mention)
        if resolution.is_co_government and "gemeente" in resolution.layers and (
            resolution.role == "joint" or scope.plural([(mention, resolution)])
        ):
            found.append(resolution)
    return found
