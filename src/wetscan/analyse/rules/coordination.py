"""Cooperation through agreement and through compulsory joint bodies (R21, R22; domain.md §4 forms 5-7).

Besides the textbook duties to make a gemeenschappelijke regeling or to "samenwerken" (R07, R08),
co-governments are bound to each other when a law

* makes them **coordinate or agree** with other co-governments or joint bodies (form 6, R21, in
  :mod:`.agreement`): "Het college stemt het uitvoeringsprogramma af met de programma's van de aangrenzende
  gemeenten", "Indien de colleges geen overeenstemming bereiken, beslissen gedeputeerde staten"; signing one
  agreement together ("wordt ondertekend door: a. gedeputeerde staten; b. burgemeester en wethouders van de
  centrumgemeenten") and consenting together ("behoeft de goedkeuring van ... gedeputeerde staten van de
  provincies") count too;
* gives a task to a **statutorily compulsory joint body** (veiligheidsregio, GGD, omgevingsdienst,
  organs.yaml ``compulsory_joint_bodies``), routes a co-government's task through one ("Het college
  draagt de uitvoering van de controles op aan de omgevingsdienst"), or fixes who sits in it or acts in
  it ("Elke eilandsraad benoemt één lid van de gezamenlijke rekenkamer") (forms 5 and 7, R22).

Rules on the person of a member (oath, side jobs) are no cooperation: the engine sets those aside before any
family runs.
"""

from __future__ import annotations

from spacy.tokens import Span

from wetscan.analyse.definitions import NAMED_PREFIX, Resolution
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules.agreement import PARTNER_REACH, agreement, fallback_decision, identical_decisions, possible
from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope

#: How many words before a body a consultation word makes it a consulted party ("pleegt overleg met de").
CONSULT_REACH = 4
#: How far into the main clause the compulsory body whose content a law prescribes may stand ("De gemeenschappelijke").
SUBJECT_REACH = 2
#: How far after an organ a region's body word may stand ("burgemeester en wethouders van de vorige contactgemeente").
BODY_WORD_REACH = 4

@rule_family("coordination", rules=("R21", "R22"), untyped=True)
def coordination(scope: ClauseScope) -> None:
    _consent(scope)
    _joint_signature(scope)
    _prescribed_content(scope)
    if not scope.typed:
        _composition(scope)
        return
    agreement(scope)
    identical_decisions(scope)
    fallback_decision(scope)
    _delegated_to_compulsory_body(scope)  # first: its finding also gives the members' layers a task
    _compulsory_joint_body(scope)
    _law_compulsory_body(scope)


def _consent(scope: ClauseScope) -> None:
    """R22 for a decision that needs the consent of a compulsory joint body (a power of that body); R21 for
    one that needs the consent of the organs of several co-governments together ("behoeft de
    goedkeuring van Onze Minister en gedeputeerde staten van de provincies"): they must agree among
    themselves. The members of a voluntary joint body approving its acts ("de raden van de deelnemende
    gemeenten") are not bound by the law to each other, nor are organs that each consent for their own
    territory ("de raden van de betrokken gemeenten")."""
    member_words = scope.words("member_words") | scope.words("each_concerned_words")
    _consent_of_compulsory_body(scope)
    for hit in scope.marker("signal:consent")[:1]:
        for mention in scope.in_clause:
            if not hit.end <= mention.start < hit.end + PARTNER_REACH:
                continue
            resolution = scope.resolve(mention)
            words = {t.lower_ for t in mention.span}
            if _compulsory(scope, mention, resolution):
                for layer in resolution.layers:  # a consent power of the compulsory joint body itself (form 7)
                    scope.emit("R22", mention.span, resolution, layer)
                return
            if mention.collective is not None and resolution.is_co_government and scope.plural([(mention, resolution)]) \
                    and words.isdisjoint(member_words):
                for layer in resolution.layers:
                    scope.emit("R21", hit, resolution, layer)
                return


def _joint_signature(scope: ClauseScope) -> None:
    """R21 for an agreement that the organs of several co-governments must sign together ("Een convenant wordt
    ondertekend door: a. het dagelijks bestuur van de regio; b. gedeputeerde staten; c. burgemeester en wethouders
    van de centrumgemeenten"): none of them can conclude it alone (form 6)."""
    for hit in scope.markers("signal:joint_signature")[:1]:
        signers = [r for m in scope.in_clause if m.start >= hit.end for r in [scope.resolve(m)] if r.is_co_government]
        # organs of one gemeente signing its own act ("de burgemeester en de secretaris") are no two co-governments
        several = len({r.layers for r in signers}) > 1 or (len(signers) > 1 and any(r.role == "joint" for r in signers))
        if not several:
            return
        for resolution in signers:
            for layer in resolution.layers:
                scope.emit("R21", hit, resolution, layer)


def _consent_of_compulsory_body(scope: ClauseScope) -> None:
    """R22 for an act done with the consent of a compulsory joint body ("Onze Minister kan in overeenstemming met de
    dagelijkse besturen van de vervoerregio's uitgaven doen"): the body's consent power binds its members (form 7)."""
    for hit in scope.marker("signal:consent_given")[:1]:
        for mention in scope.in_clause:
            if hit.end <= mention.start < hit.end + CONSULT_REACH:
                resolution = scope.resolve(mention)
                if _compulsory(scope, mention, resolution):
                    for layer in resolution.layers:
                        scope.emit("R22", mention.span, resolution, layer)
                    return


def _compulsory_joint_body(scope: ClauseScope) -> None:
    """R22: a duty, power or prohibition that gives a compulsory joint body a task, routes a co-government's
    task through it, or fixes its make-up."""
    clause = scope.clause
    if clause.modality not in ("obligation", "power", "prohibition") or clause.norm_type == "amendment":
        return
    areas = scope.words("area_prepositions")
    regions = {(f.start, f.end) for f in scope.emit.findings if f.rule == "R09"}  # regions fixed from above
    bodies = [(m, r) for m in scope.in_clause for r in [scope.resolve(m)]
              if _compulsory(scope, m, r) and scope.governed(m, clause.start) not in areas and not _being_made(scope, m)
              and (m.span.start_char, m.span.end_char) not in regions]
    if not bodies:
        return
    addressed = scope.addressed
    if (scope.national and not scope.co) or (
        addressed and not possible(scope) and (not scope.co or all(r.role == "dual" for _, r in scope.co))
    ):
        return  # "Onze Minister wijst ... aan", the CdK's supervision: national acts; fixed regions are R09's
    if not addressed and (clause.modality not in ("obligation", "power") or clause.subject_text is not None):
        return  # an actorless duty or power only; "De opsporingsambtenaar zorgt ..." is a national or private actor's
    if not addressed:
        # "De verslagen van de gezamenlijke rekenkamer zijn openbaar": the body stands in the subject, or is
        # the agent ("door de omgevingsdienst"); "wordt voor ieder openbaar lichaam berekend" is done for it
        bodies = [(m, r) for m, r in bodies if (clause.verb is not None and m.start < clause.verb)
                  or scope.governed(m, clause.start) in scope.words("agent_prepositions")]
        if not bodies:
            return
    clause_words = {t.lower_ for t in scope.doc[clause.start : clause.end]}
    if not clause_words.isdisjoint(scope.words("member_status_words") | scope.words("assistance_words")):
        return  # one member's status, or ad hoc assistance on request: not structural cooperation
    given = [(m, r) for m, r in bodies if any(m is a for a, _ in addressed) or not (
        _only_recipient(scope, m) or _consulted(scope, m, heard=not addressed))]
    if not given:
        return  # the body is only informed or heard
    mention, body = given[0]
    acting = scope.co or [(mention, body)]
    for _, resolution in acting[:1]:
        for layer in resolution.layers:
            scope.emit("R22", mention.span, resolution, layer)


def _delegated_to_compulsory_body(scope: ClauseScope) -> None:
    """R22 where a duty or delegation gives a compulsory joint body tasks or rules without an addressee of
    its own ("Bij de maatregel worden omgevingsdiensten aangewezen waaraan ... worden opgedragen")."""
    clause = scope.clause
    if clause.norm_type not in ("obligation", "delegation") or scope.national or any(
        r.role == "joint" for _, r in scope.addressed
    ):
        return
    hits = scope.marker("signal:mandatory_joint_bodies")
    if not hits:
        return
    bodies = [r for m in scope.in_clause for r in [scope.resolve(m)]
              if r.role == "joint" and not {hits[0].start, hits[0].end - 1}.isdisjoint(range(m.start, m.end))]
    for layer in bodies[0].layers if bodies else ():
        scope.emit("R22", hits[0], bodies[0], layer, kind="task")  # a task of the members, through their body


def _law_compulsory_body(scope: ClauseScope) -> None:
    """R22 for a joint body that another article of this law makes compulsory (``context.compulsory_bodies``):
    a duty, power or prohibition about it, of a co-government or without an actor, binds the members."""
    clause = scope.clause
    if not scope.context.compulsory_bodies or clause.modality not in ("obligation", "power", "prohibition"):
        return
    if scope.national or (not scope.addressed and clause.subject_text is not None):
        return
    for mention, resolution in scope.addressed:  # "De managementautoriteit kan mandaat verlenen" (a lead authority)
        if resolution.organ_key.startswith(NAMED_PREFIX) and mention.text.lower() in scope.context.compulsory_bodies:
            for layer in resolution.layers:
                scope.emit("R22", mention.span, resolution, layer)
            return
    clause_words = {t.lower_ for t in scope.doc[clause.start : clause.end]}
    if not clause_words.isdisjoint(scope.words("member_status_words") | scope.words("assistance_words")):
        return  # one member's status, or ad hoc assistance on request: not structural cooperation
    for hit in scope.marker("signal:joint_bodies"):
        if " ".join(hit.text.lower().split()) not in scope.context.compulsory_bodies or not _body_acts(scope, hit):
            continue
        acting = scope.co[0][1] if scope.co else None
        scope.emit("R22", hit, acting, acting.layers[0] if acting else None)
        return


def _body_acts(scope: ClauseScope, hit: Span) -> bool:
    """Whether the law's compulsory body in ``hit`` is given a task or has one done through it, rather than only
    receiving something ("verstrekken ... aan de dagelijkse besturen van een openbaar lichaam"), being heard, or
    being what an actorless act is done for ("wordt voor ieder openbaar lichaam berekend"): without an addressee
    the body must stand before the verb or be the agent ("door het samenwerkingsverband")."""
    clause = scope.clause
    if not scope.addressed and not ((clause.verb is not None and hit.start < clause.verb)
                                    or scope.governed(hit, scope.clause.start) in scope.words("agent_prepositions")):
        return False
    owners = [m for m in scope.in_clause if m.start <= hit.start <= m.end + 2]  # "het bestuur van het ...", or itself
    return not any(_only_recipient(scope, m) or _consulted(scope, m, heard=not scope.addressed) for m in owners)


def _composition(scope: ClauseScope) -> None:
    """R22 (form 5): the make-up of a compulsory joint body ("De gezamenlijke rekenkamer bestaat uit drie leden")."""
    doc, clause = scope.doc, scope.clause
    verb = clause.verb
    if verb is None or doc[verb].lower_ not in scope.words("composition_verbs"):
        return
    for mention in scope.in_clause:
        resolution = scope.resolve(mention)
        subject = mention.end == verb or (verb < mention.start <= verb + 2 and scope.governed(mention, verb) == doc[verb].lower_)
        if subject and _compulsory(scope, mention, resolution):
            for layer in resolution.layers:
                scope.emit("R22", mention.span, resolution, layer)
            return


def _prescribed_content(scope: ClauseScope) -> None:
    """R22 (form 5): what a joint body that another article of this law makes compulsory must contain or provide
    ("De gemeenschappelijke regeling voorziet in een algemeen bestuur waarin elke deelnemende gemeente is
    vertegenwoordigd", "... bevat ten minste regels over de financiering"): the law fixes the form of the
    cooperation it imposes. A voluntary arrangement's content is the members' own (not in ``compulsory_bodies``)."""
    clause, doc = scope.clause, scope.doc
    bodies = scope.context.compulsory_bodies
    if not bodies or clause.verb is None or doc[clause.verb].lower_ not in scope.words("content_verbs"):
        return
    for hit in scope.markers("signal:joint_bodies"):
        if clause.main_start <= hit.start <= clause.main_start + SUBJECT_REACH and hit.end <= clause.verb \
                and " ".join(hit.text.lower().split()) in bodies:
            scope.emit("R22", hit, None, None)
            return


def _being_made(scope: ClauseScope, mention: OrganMention) -> bool:
    """Whether the body is only what is set up or designated ("de bevoegdheid tot de instelling van de
    gezamenlijke rekenkamer", "niet volstaan met het aanwijzen van een centrumgemeente"): making the body
    is form 1 (R07), not a task of it. So is a body that those who may, or who decide to, set it up name
    ("De colleges kunnen een centrumgemeente aanwijzen", "Indien de colleges een centrumgemeente aanwijzen, ...");
    a duty to designate one stays a task ("De colleges moeten een centrumgemeente aanwijzen")."""
    making = scope.words("body_making_nouns")
    after = scope.doc[mention.end].lower_ if mention.end < scope.clause.end else None
    if after in making and not (scope.duty and mention.start >= scope.clause.main_start):
        return True
    if scope.governed(mention, scope.clause.start) != "van":
        return False
    position = mention.start - 1
    while position > scope.clause.start and scope.doc[position].lower_ != "van":
        position -= 1
    return position > scope.clause.start and scope.doc[position - 1].lower_ in making


def _consulted(scope: ClauseScope, mention: OrganMention, heard: bool) -> bool:
    """Whether the body is only consulted: "na overleg met de ...", or, in a clause without addressee,
    heard ("wordt in de gelegenheid gesteld zijn zienswijze te geven")."""
    consultation = scope.words("consultation_words")
    before = scope.doc[max(scope.clause.start, mention.start - CONSULT_REACH) : mention.start]
    if any(t.lower_ in consultation for t in before):
        return True
    return heard and any(t.lower_ in consultation for t in scope.doc[scope.clause.start : scope.clause.end])


def _compulsory(scope: ClauseScope, mention: OrganMention, resolution: Resolution) -> bool:
    """A compulsory joint body (organs.yaml), an organ of one ("het algemeen bestuur van de plusregio"), or an
    organ "van de contactgemeente" of a statutory region."""
    keys = scope.lexicon.compulsory_joint_bodies
    collective = mention.collective.key if mention.collective is not None else None
    if resolution.organ_key in keys or mention.organ.key in keys or collective in keys:
        return True
    words = scope.words("compulsory_body_words")
    following = lower_words(scope.doc)[mention.start : min(mention.end + BODY_WORD_REACH, scope.clause.end)]
    return any(word in words for word in following)


def _only_recipient(scope: ClauseScope, mention: OrganMention) -> bool:
    """A body that only receives something ("zendt een afschrift aan de GGD", "zendt een verslag aan: a. ...;
    b. de besturen van de veiligheidsregio's", "informeert de GGD") is not given a task; one that a task is handed
    to ("draagt de uitvoering op aan de omgevingsdienst") is."""
    clause, doc = scope.clause, scope.doc
    recipients = scope.words("recipient_words")
    governed = scope.governed(mention, clause.main_start) in recipients
    if clause.verb is not None and doc[clause.verb].lower_ in scope.words("informing_verbs") and mention.start > clause.verb:
        governed = True  # "Het college informeert de gemeentelijke gezondheidsdienst": the one informed
    sent = bool(scope.marker("signal:information_verbs")) and clause.verb is not None and any(
        t.lower_ in recipients for t in doc[clause.verb : mention.start])
    if not (governed or sent):
        return False
    bare = scope.words("routing_participles")  # "Aan de veiligheidsregio worden ... opgedragen": the body stands first
    return not [m for m in scope.marker("signal:routing")
                if m.text.lower() not in bare or (clause.verb is not None and mention.start < clause.verb)]
