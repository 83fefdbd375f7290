"""Tasks and powers (R01, R02, R14, R18, R19, R20): who a provision binds or empowers.

An obligation whose addressee is a co-government organ is a task in medebewind (Gemw art. 108(2),
Pw art. 105(2)): R01; a power granted by a sector law is lighter medebewind: R02. A prohibition
addressed to a co-government limits how it carries out its task: R14. BES and waterschap organs are
marked besides (R18, R19: other consultation and finance regimes); a national actor as addressee
gets R20, which is no co-government task (domain.md §2).

Besides the per-clause family, this module holds the provision-level readings the engine applies
once per provision: a decision that conditions a statement, and the actor of a provision that names
none (earlier lid, the document's layer). Consent powers are read in :mod:`.consent`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause, mentions_between
from wetscan.analyse.definitions import Resolution, Resolver, resolve_mention
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.lexicon import Lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules.emitter import FindingEmitter
from wetscan.analyse.rules.provision_context import ProvisionContext
from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope

#: How far after the auxiliary a passive's participle may stand for the verb phrase of a finding.
VERB_PHRASE_REACH = 8
#: How many words after a conditional organ ("wanneer burgemeester en wethouders ...") its decision verb may come.
DECISION_REACH = 12
#: A national actor this close after the finite verb, or before it, is the clause's subject: no co-government task.
SUBJECT_REACH = 3
#: Confidence scale of an act left to an organ in an attributive phrase ("een door het college te bepalen datum").
ATTRIBUTIVE_SCALE = 0.7
#: How many words may stand between a recipient preposition and the organ ("aan elk van de gemeenten").
RECIPIENT_REACH = 4


@rule_family("tasks", rules=("R01", "R02", "R14", "R18", "R19", "R20"))
def tasks(scope: ClauseScope) -> None:
    """R01/R02 per co-government addressee (with R18/R19 for BES and waterschap organs), a weak
    possible task for an unresolved addressee, R20 for a national one, and R14 for a limit on a
    co-government's freedom."""
    clause, emit = scope.clause, scope.emit
    if clause.norm_type == "delegation" or (clause.passive and not clause.addressees):
        _delegated_actor(scope)
    co, national = scope.co, scope.national
    if scope.duty or scope.power:
        rule = "R01" if scope.duty else "R02"
        for mention, resolution in co:
            trigger = _norm_span(scope.doc, mention, clause)
            for layer in resolution.layers:
                emit(rule, trigger, resolution, layer)
            if "openbaar_lichaam" in resolution.layers:
                emit("R18", mention.span, resolution, "openbaar_lichaam")
            if "waterschap" in resolution.layers:
                emit("R19", mention.span, resolution, "waterschap")
        for mention, resolution in scope.addressed:
            if resolution.role in ("possible", "unresolved"):
                emit(rule, _norm_span(scope.doc, mention, clause), resolution, None, kind="possible_task", scale=0.35)
        for mention, resolution in national:
            emit("R20", mention.span, resolution, None)
        if co:
            for mention, resolution in _partners(scope):
                for layer in resolution.layers:
                    emit(rule, mention.span, resolution, layer, scale=0.8)
    if scope.duty or scope.power:
        _act_left_to_organ(scope)
    if clause.modality == "prohibition":
        _prior_act(scope)
    if (scope.duty or clause.modality == "prohibition") and co:
        main = co[0][1]
        restriction = scope.marker("signal:restriction")
        for layer in main.layers:  # a restriction on a joint body binds each of its participants' layers
            for hit in restriction[:1]:
                emit("R14", hit, main, layer)
            if clause.modality == "prohibition" and clause.trigger is not None and not restriction:
                emit("R14", clause.trigger, main, layer)


def _act_left_to_organ(scope: ClauseScope) -> None:
    """R01 for a co-government whose act a norm leaves to it in an attributive phrase: "op een door gedeputeerde
    staten te bepalen tijdstip", "een door het bestuurscollege te verstrekken legitimatiebewijs", "Een door
    provinciale staten vast te stellen verordening regelt ...": the organ must determine, issue or adopt it."""
    doc, determiners = scope.doc, scope.words("determiners")
    addressed = {id(m) for m in scope.clause.addressees}
    for mention in scope.in_clause:
        if id(mention) in addressed or scope.governed(mention, scope.clause.start) != "door":
            continue
        door = mention.start - 1
        while doc[door].lower_ != "door":
            door -= 1
        after = [t.lower_ for t in doc[mention.end : min(mention.end + 3, scope.clause.end)]]
        te = 0 if after[:1] == ["te"] else 1 if len(after) > 1 and after[1] == "te" and doc[mention.end].is_alpha else None
        acts = scope.words("attributive_acts")
        if door == 0 or doc[door - 1].lower_ not in determiners or te is None or after[te + 1 : te + 2] == [] or (
                after[te + 1] not in acts):
            continue  # "wordt door het college te zijner tijd ..." has no attributive "een door"
        resolution = scope.resolve(mention)
        if resolution.is_co_government:
            end = mention.end + te + 2
            for layer in resolution.layers:
                scope.emit("R01", doc[door:end], resolution, layer, scale=ATTRIBUTIVE_SCALE)


def _prior_act(scope: ClauseScope) -> None:
    """R01 for the co-government whose act must come first: "Het besluit wordt niet genomen dan nadat burgemeester en
    wethouders het voornemen ter openbare kennis hebben gebracht" (the organs named as subject after "dan nadat",
    not those to whom something "is toegezonden")."""
    doc, clause = scope.doc, scope.clause
    determiners, joiners = scope.words("determiners"), scope.words("organ_joiners")
    words = lower_words(doc)
    for i in range(clause.main_start, clause.end - 1):
        if words[i] != "nadat" or words[i - 1] != "dan":
            continue
        token = doc[i]
        stop = next((t.i for t in doc[token.i + 1 : clause.end] if t.text in (",", ";", ":")), clause.end)
        if any(t.lower_ in scope.words("passive_auxiliaries") or t.lower_ in ("is", "zijn") for t in doc[token.i + 1 : stop]):
            return  # "dan nadat de raad een ontwerp is toegezonden": the organ receives
        position, actors = token.i + 1, []
        for mention in scope.in_clause:
            if mention.start < position:
                continue
            if any(t.lower_ not in determiners and t.lower_ not in joiners for t in doc[position : mention.start]):
                break
            actors.append(mention)
            position = mention.end
        for mention in actors:
            resolution = scope.resolve(mention)
            for layer in resolution.layers if resolution.is_co_government else ():
                scope.emit("R01", mention.span, resolution, layer, scale=0.8)
        return


def _delegated_actor(scope: ClauseScope) -> None:
    """A delegation clause that names a co-government as the one who acts in its embedded clause
    ("Bij algemene maatregel van bestuur worden gevallen aangewezen waarin gedeputeerde staten op de
    aanvraag beslissen", "... regels gesteld over de voorlichting die gedeputeerde staten verstrekken"):
    a task of that layer (GUIDELINES §5); the norm type stays delegation. An actorless passive that
    stipulates what an organ does ("Bij de regeling kan worden bepaald dat het college ... een programma
    indient") or names the cases in which it acts ("worden gevallen aangewezen waarin gedeputeerde staten
    het bevoegd gezag zijn") names that organ's task in the same way. The organ must act in the embedded
    clause: "de vergoeding die de gemeente ontvangt" gives it nothing."""
    openers = scope.words("embedded_actor_openers")
    delegation = scope.clause.norm_type == "delegation"
    for mention in scope.in_clause:
        if mention.start <= scope.clause.main_start:
            continue
        opener = _opener_before(scope, mention, openers)
        if opener is None or not (delegation or _stipulation(scope, opener)) or not _acts_in_embedded(scope, mention):
            continue
        resolution = scope.resolve(mention)
        if resolution.is_co_government:
            for layer in resolution.layers:
                scope.emit("R01", mention.span, resolution, layer, scale=0.7)
            return


def _opener_before(scope: ClauseScope, mention: OrganMention, openers: frozenset[str]) -> int | None:
    """The position of the word that opens the embedded clause the organ is the subject of ("dat" in "bepaald dat
    het college"), past its determiners; None if another word governs it."""
    doc, position = scope.doc, mention.start - 1
    determiners = scope.words("determiners")
    while position > scope.clause.main_start and doc[position].lower_ in determiners and doc[position].lower_ not in openers:
        position -= 1
    if doc[position].lower_ not in openers:
        return None
    if doc[position].lower_ in determiners and doc[position - 1].lower_ in scope.words("prepositions"):
        return None  # "van dat bestuurscollege": a determiner, not the conjunction
    return position


def _stipulation(scope: ClauseScope, opener: int) -> bool:
    """Whether an actorless passive lays down what the embedded clause's organ does: "dat" after a verb of
    stipulation ("wordt bepaald dat", "kan worden voorgeschreven dat"), or the cases in which it acts
    ("worden gevallen aangewezen waarin ...")."""
    doc = scope.doc
    if opener <= scope.clause.main_start:
        return False
    word = doc[opener].lower_
    if word == "dat":
        return doc[opener - 1].lower_ in scope.words("stipulation_verbs")
    return word in scope.words("case_openers")


def _acts_in_embedded(scope: ClauseScope, mention: OrganMention) -> bool:
    """Whether the organ acts in its embedded clause: the clause's first verb is no statement verb ("ontvangt",
    "is"), unless it gives the organ a role ("waarin gedeputeerde staten het bevoegd gezag zijn")."""
    doc = scope.doc
    statements, roles = scope.words("statement_verbs"), scope.words("competence_roles")
    verbs = scope.words("finite_verbs") | scope.words("power_words") | statements
    for token in doc[mention.end : scope.clause.end]:
        if token.text in (";", ":"):
            break
        if token.lower_ in roles:
            return True
        if token.lower_ in verbs or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")):
            return token.lower_ not in statements
    return True


def _partners(scope: ClauseScope) -> list[tuple[OrganMention, Resolution]]:
    """Co-governments that act together with the addressee ("te zamen met provinciale staten")."""
    doc, clause = scope.doc, scope.clause
    together = scope.words("together_words")
    start = clause.verb if clause.verb is not None else clause.main_start
    words = lower_words(doc)
    for i in range(start, clause.end):
        if words[i] not in together:
            continue
        following = [t for t in doc[i + 1 : min(i + 3, clause.end)] if not t.is_punct]
        if following and following[0].lower_ == "met":
            addressed = {id(m) for m in clause.addressees}
            return [(m, r) for m in scope.in_clause if m.start > following[0].i and id(m) not in addressed
                    for r in [scope.resolve(m)] if r.is_co_government]
    return []


def _norm_span(doc: Doc, mention: OrganMention, clause: Clause) -> Span:
    """The organ with the words that bind it ("Het college draagt zorg"), if they are close."""
    trigger = clause.trigger
    if trigger is None:
        return mention.span
    first, last = min(mention.start, trigger.start), max(mention.end, trigger.end)
    if last - first <= (mention.end - mention.start) + (trigger.end - trigger.start) + 2:
        return doc[first:last]
    return trigger


# ---------------------------------------------------------------------- provision-level readings


def conditional_decision(
    doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver, emit: FindingEmitter
) -> bool:
    """R02 for a co-government whose decision is the condition of a statement ("... is niet van toepassing
    wanneer burgemeester en wethouders besluiten dat ...")."""
    lexicon = emit.lexicon
    openers = lexicon.words("condition_openers")
    decisions = lexicon.words("decision_verbs")
    determiners = lexicon.words("determiners")
    for mention in mentions_between(organs, starts, clause.start, clause.end):
        position = mention.start - 1
        while position >= clause.start and doc[position].lower_ in determiners:
            position -= 1
        if position < clause.start or doc[position].lower_ not in openers:
            continue
        window = doc[mention.end : min(mention.end + DECISION_REACH, clause.end)]
        stop = next((t.i for t in window if t.text in (",", ";", ":")), window.end)
        verb = next((t for t in doc[mention.end : stop] if t.lower_ in decisions), None)
        resolution = resolve_mention(resolver, mention)
        if verb is None or not resolution.is_co_government:
            continue
        for layer in resolution.layers:
            emit("R02", doc[verb.i : verb.i + 1], resolution, layer)
        return True
    return False


def private_subject(doc: Doc, clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the clause's subject is a private party ("een belanghebbende", "de eigenaar")."""
    if clause.subject_text is None or clause.verb is None:
        return False
    words = clause.subject_text.lower().split()
    if words and words[-1] == "...":  # "kan een ... ": the subject follows the verb
        words = [t.lower_ for t in doc[clause.verb + 1 : min(clause.verb + 4, clause.end)]]
    determiners = lexicon.words("determiners")
    head = next((w for w in words if w not in determiners), None)
    return head in lexicon.words("private_parties")


def general_permission(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether an actorless passive with "mag/mogen" allows a thing to anyone ("Op de begraafplaats mogen
    grafkelders worden gebouwd"): a permission, not an organ's power, which drafting writes with "kan"
    (Ar 3.2)."""
    return clause.passive and clause.trigger is not None and clause.trigger[0].lower_ in lexicon.words("permission_modals")


def unnamed_addressee(
    doc: Doc, clause: Clause, context: ProvisionContext, named: list[tuple[Resolution, OrganMention]],
    emit: FindingEmitter,
) -> None:
    """A duty, power or prohibition in a provision that names no actor: the earlier lid's addressee,
    else the document's layer ("Het besluit wordt gedeputeerde staten toegezonden", "Hij zendt ...",
    "De begroting bevat ..."). Only called when no clause of the provision has an addressee. An organ
    the clause names is not its own addressee; the document's layer is not used where the clause
    names a national actor or a recipient ("aan gemeenten wordt ... verstrekt")."""
    lexicon = emit.lexicon
    if clause.norm_type not in ("obligation", "power", "prohibition") or clause.verb is None:
        return
    subject = (clause.subject_text or "").lower().split()
    # "Zij die uit hoofde van ambt ... verplicht zijn": a pronoun that opens a relative clause names
    # whoever fits the description, not an organ named before
    pronoun = bool(subject) and subject[0] in lexicon.words("pronouns") and subject[1:2] != ["die"]
    head = next((w for w in subject if w not in lexicon.words("determiners")), None)
    content_rule = head in lexicon.words("co_government_acts") and doc[clause.verb].lower_ in lexicon.words("content_verbs")
    if not (pronoun or content_rule or (not subject and clause.passive)):
        return
    if clause.norm_type == "prohibition" and not (pronoun or clause.passive):
        return  # "Het is verboden ...": a bar on anyone, not a task
    if markers_in(doc, "signal:rijk_funding", clause.start, clause.end):
        return  # "Integratie-uitkeringen worden ... in de algemene uitkering opgenomen": the Rijk acts
    if clause.passive and patient_body(doc, clause, [mention for _, mention in named], lexicon):
        return  # "Ingesteld wordt een provincie genaamd ...", "De nieuwe gemeente wordt als volgt begrensd": the law acts
    named_keys = {r.organ_key for r, _ in named}
    recipient_words = lexicon.words("recipient_words")
    recipients = [r for r, mention in named if any(
        t.lower_ in recipient_words for t in doc[max(clause.start, mention.start - RECIPIENT_REACH) : mention.start]
    ) or (r.is_national and mention.start <= clause.verb + SUBJECT_REACH)]
    recipient_layers = {layer for r in recipients for layer in r.layers}
    sources = tuple(r for r in context.earlier if r.organ_key not in named_keys and recipient_layers.isdisjoint(r.layers))
    if not sources and not recipients:
        sources = _document_organs(context.document, named)
    if not sources:
        return
    rule = {"obligation": "R01", "power": "R02", "prohibition": "R14"}[clause.norm_type]
    trigger = _verb_phrase(doc, clause)
    for resolution in sources:
        for layer in resolution.layers:
            emit(rule, trigger, resolution, layer)


def patient_body(doc: Doc, clause: Clause, named: list[OrganMention], lexicon: Lexicon) -> bool:
    """Whether a co-government as a whole is the subject of an actorless passive by which the law itself sets it
    up, bounds, merges or abolishes it ("Ingesteld wordt een provincie genaamd ...", "De gemeenten A en B worden
    opgeheven", "De nieuwe gemeente wordt als volgt begrensd"; triggers.yaml ``reorganisation_participles``), so
    the document's layer is not its own actor. The body stands ungoverned by a preposition (not "aan de
    gemeente", "in de provincie") before the verb or right after it."""
    participles = lexicon.words("reorganisation_participles")
    if clause.verb is None or not any(t.lower_ in participles for t in doc[clause.main_start : clause.end]):
        return False
    bodies, prepositions = lexicon.words("layer_bodies"), lexicon.words("prepositions")
    skip = lexicon.words("determiners") | lexicon.words("reorganisation_adjectives")
    for mention in named:
        if mention.organ.key not in bodies or mention.start < clause.main_start or mention.start > clause.verb + 3:
            continue
        position = mention.start - 1
        while position >= clause.main_start and doc[position].lower_ in skip:
            position -= 1
        if position < clause.main_start or doc[position].lower_ not in prepositions:
            return True
    return False


def _document_organs(document: tuple[Resolution, ...], named: list[tuple[Resolution, OrganMention]]) -> tuple[Resolution, ...]:
    """The document's layers that may stand in for a clause's actor. In a document about several layers
    (a decree on the gemeenteblad, the provinciaal blad and the waterschapsblad) a clause that names
    co-government organs of some of them is about those only ("Het provinciaal blad wordt uitgegeven op
    een door gedeputeerde staten te bepalen internetadres": the provincie, not the gemeente)."""
    if len(document) < 2:
        return document
    layers = {layer for resolution, _ in named if resolution.is_co_government for layer in resolution.layers}
    if not layers:
        return document
    return tuple(r for r in document if layers.issuperset(r.layers))


def _verb_phrase(doc: Doc, clause: Clause) -> Span:
    """The clause's norm words, up to the participle of a passive ("wordt ter inzage gelegd")."""
    trigger = clause.trigger if clause.trigger is not None else doc[clause.verb : clause.verb + 1]
    if clause.passive:
        reach = doc[trigger.end : min(trigger.end + VERB_PHRASE_REACH, clause.end)]
        participles = [t for t in reach if PASSIVE_PARTICIPLE.match(t.lower_)]
        if participles and not any(t.text in (",", ";", ":") for t in doc[trigger.end : participles[0].i]):
            return doc[trigger.start : participles[0].i + 1]
    return trigger
