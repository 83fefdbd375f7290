"""The rule table (domain.md §6) applied to the analysed clauses of one provision.

Input: a processed ``Doc`` (organs, markers, clauses) and a :class:`Resolver` with the bill's
definitions. Output: the provision's findings, the layers it gives a task or power, and whether it
forces co-governments to cooperate. Rule ids, kinds, bases, confidences and explanation templates
come from ``rules.yaml``; the words that trigger them from ``triggers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import PASSIVE_PARTICIPLE, Clause, mentions_between
from wetscan.analyse.definitions import Resolution, Resolver, resolve_mention
from wetscan.analyse.lexicon import Lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.model import Finding

#: Rules whose hit means the provision gives its layer a task or power.
#: R14 counts too: a prohibition addressed to a co-government organ limits how it carries out its task.
TASK_RULES = frozenset({"R01", "R02", "R03", "R04", "R05", "R07", "R08", "R14", "R18", "R19"})
COOPERATION_RULES = frozenset({"R07", "R08", "R09"})
ACT_LAYERS = {
    "wet gemeenschappelijke regelingen": "gemeente",
    "gemeentewet": "gemeente",
    "provinciewet": "provincie",
    "waterschapswet": "waterschap",
    "wet openbare lichamen bonaire, sint eustatius en saba": "openbaar_lichaam",
    "financiële-verhoudingswet": "gemeente",
}
REGIONAL_COOPERATION = frozenset({"in regionaal verband", "bovengemeentelijk", "intergemeentelijk", "regionale samenwerking"})
#: A definition list item: "jeugdregio: gebied dat ...".
_DEFINED_TERM = re.compile(r"^\s*(?:[a-z]{1,2}\.\s+)?[\w'’ -]{2,40}:\s")
#: How many words may separate a region noun from the words that fix it ("regio's die omvatten").
REGION_REACH = 5
#: Organs that are persons holding an office (their personal duties are no co-government task).
PERSONAL_OFFICES = frozenset({"burgemeester", "wethouder", "raadslid", "statenlid", "gedeputeerde", "eilandgedeputeerde",
                              "commissaris_van_de_koning", "gezaghebber", "dijkgraaf", "voorzitter"})
PLURAL_EXCEPTIONS = frozenset({"staten", "b&w", "provinciale", "gedeputeerde"})
PLURAL_HEADS = frozenset({"provinciën", "gemeentes"})
#: How far after the auxiliary a passive's participle may stand for the verb phrase of a finding.
VERB_PHRASE_REACH = 8
#: How many words after a conditional organ ("wanneer burgemeester en wethouders ...") its decision verb may come.
DECISION_REACH = 12
#: How many words after "behoeft de instemming van" may name the consenting organs.
CONSENT_REACH = 25
#: Organs that are a co-government as a whole ("de gemeenten"): "regio van gemeenten" is a region of them.
LAYER_BODIES = frozenset({"gemeente", "provincie", "waterschap", "openbaar_lichaam_bes"})
#: Prepositions that make an organ the recipient of an act ("aan de raad wordt ... gezonden").
RECIPIENT_WORDS = frozenset({"aan", "naar"})
#: A national actor this close after the finite verb, or before it, is the clause's subject: no co-government task.
SUBJECT_REACH = 3
#: How many words may stand between that preposition and the organ ("aan elk van de gemeenten").
RECIPIENT_REACH = 4
STRICT_COOPERATION = frozenset({"samenwerken", "samen te werken", "in regionaal verband", "met elkaar",
                                "bovengemeentelijk", "intergemeentelijk", "in onderlinge afstemming"})


#: Organ mentions with what they were resolved to.
Addressed = list[tuple[OrganMention, Resolution]]


@dataclass
class ProvisionResult:
    """What the rules found in one provision."""

    norm_type: str
    layers: list[str]
    mandatory_cooperation: bool
    findings: list[Finding] = field(default_factory=list)
    #: The organs its clauses name as addressee (not those read from context).
    addressed: list[Resolution] = field(default_factory=list)


@dataclass(frozen=True)
class ProvisionContext:
    """Who acts where a provision's norm names no one (agentless passive, "Hij", "De begroting bevat").

    ``earlier``: the co-government addressees of the article's earlier lid ("Het college stelt het plan
    vast. / 2. Het plan wordt ter inzage gelegd."); ``document``: the organs of the layer(s) the whole
    document is about (a Waterschapsbesluit's "De begroting bevat ..." is the waterschap's duty).
    """

    earlier: tuple[Resolution, ...] = ()
    document: tuple[Resolution, ...] = ()


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


class RuleEngine:
    """Applies R01-R20 to one processed provision."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.deadlines = _compiled(tuple(lexicon.triggers["deadlines"]))
        self.deviation = _compiled(tuple(lexicon.triggers["signals"]["deviation"]))
        self.finance_layers = {key.lower(): value for key, value in lexicon.triggers["signals"]["finance_layers"].items()}

    # ------------------------------------------------------------------ entry point

    def apply(
        self, doc: Doc, resolver: Resolver, amendment: bool = False, context: ProvisionContext | None = None
    ) -> ProvisionResult:
        organs: list[OrganMention] = list(doc._.organs or [])
        organs += resolver.alias_mentions(doc, organs)
        organs.sort(key=lambda m: m.start)
        starts = [m.start for m in organs]
        resolver = resolver.for_provision(organs)
        clauses: list[Clause] = doc._.clauses or []
        self._attach_defined_terms(doc, clauses, organs)
        for clause in clauses:
            if clause.norm_type == "power" and not clause.addressees and self._private_subject(doc, clause):
                clause.norm_type = "permission"
        findings: list[Finding] = []
        emit = FindingEmitter(doc, self.lexicon, findings)
        context = context or ProvisionContext()
        for clause in clauses:
            self._clause(doc, clause, organs, starts, resolver, emit)
            if self._consent(doc, clause, organs, starts, resolver, emit) and clause.norm_type == "other":
                clause.norm_type = "power"
            if clause.norm_type == "other" and self._conditional_decision(doc, clause, organs, starts, resolver, emit):
                clause.norm_type = "power"
        if not any(clause.addressees for clause in clauses):
            for clause in clauses:
                named = [(resolve_mention(resolver, m), m) for m in mentions_between(organs, starts, clause.start, clause.end)]
                self._unnamed_addressee(doc, clause, context, named, emit)
        norm_type = self._provision_norm_type(clauses, resolver)
        if amendment:
            norm_type = "amendment"
        layers = sorted(
            {f.layer for f in findings if f.rule in TASK_RULES and f.layer is not None and f.kind != "possible_task"},
            key=lambda layer: ("gemeente", "provincie", "waterschap", "openbaar_lichaam").index(layer),
        )
        cooperation = any(f.rule in COOPERATION_RULES or f.kind == "cooperation" for f in findings)
        findings.sort(key=lambda f: (f.start, f.rule))
        addressed = [resolve_mention(resolver, m) for clause in clauses for m in clause.addressees]
        return ProvisionResult(norm_type, layers, cooperation, findings, addressed)

    def _consent(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver,
        emit: FindingEmitter,
    ) -> bool:
        """R02 for the co-government organs whose consent a decision needs ("behoeft de instemming van
        provinciale staten en van de raden van de betrokken gemeenten"): a consent power of their layer."""
        found = False
        for hit in markers_in(doc, "signal:consent", clause.main_start, clause.end)[:1]:
            for mention in mentions_between(organs, starts, hit.end, min(hit.end + CONSENT_REACH, clause.end)):
                resolution = resolve_mention(resolver, mention)
                if resolution.is_national:
                    break
                if resolution.is_co_government:
                    for layer in resolution.layers:
                        emit("R02", hit, resolution, layer)
                    found = True
        return found

    def _conditional_decision(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver,
        emit: FindingEmitter,
    ) -> bool:
        """R02 for a co-government whose decision is the condition of a statement ("... is niet van toepassing
        wanneer burgemeester en wethouders besluiten dat ...")."""
        openers = {"wanneer", "indien", "als", "tenzij"}
        decisions = self.lexicon.words("decision_verbs")
        determiners = self.lexicon.words("determiners")
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

    def _verb_phrase(self, doc: Doc, clause: Clause) -> Span:
        """The clause's norm words, up to the participle of a passive ("wordt ter inzage gelegd")."""
        trigger = clause.trigger if clause.trigger is not None else doc[clause.verb : clause.verb + 1]
        if clause.passive:
            reach = doc[trigger.end : min(trigger.end + VERB_PHRASE_REACH, clause.end)]
            participles = [t for t in reach if PASSIVE_PARTICIPLE.match(t.lower_)]
            if participles and not any(t.text in (",", ";", ":") for t in doc[trigger.end : participles[0].i]):
                return doc[trigger.start : participles[0].i + 1]
        return trigger

    def _private_subject(self, doc: Doc, clause: Clause) -> bool:
        """Whether the clause's subject is a private party ("een belanghebbende", "de eigenaar")."""
        if clause.subject_text is None or clause.verb is None:
            return False
        words = clause.subject_text.lower().split()
        if words and words[-1] == "...":  # "kan een ... ": the subject follows the verb
            words = [t.lower_ for t in doc[clause.verb + 1 : min(clause.verb + 4, clause.end)]]
        determiners = self.lexicon.words("determiners")
        head = next((w for w in words if w not in determiners), None)
        return head in self.lexicon.words("private_parties")

    def _unnamed_addressee(
        self, doc: Doc, clause: Clause, context: ProvisionContext, named: list[tuple[Resolution, OrganMention]],
        emit: FindingEmitter,
    ) -> None:
        """A duty, power or prohibition in a provision that names no actor: the earlier lid's addressee,
        else the document's layer ("Het besluit wordt gedeputeerde staten toegezonden", "Hij zendt ...",
        "De begroting bevat ..."). Only called when no clause of the provision has an addressee and no
        An organ the clause names is not its own addressee; the document's layer is not used where the
        clause names a national actor or a recipient ("aan gemeenten wordt ... verstrekt")."""
        if clause.norm_type not in ("obligation", "power", "prohibition") or clause.verb is None:
            return
        subject = (clause.subject_text or "").lower().split()
        pronoun = bool(subject) and subject[0] in self.lexicon.words("pronouns")
        head = next((w for w in subject if w not in self.lexicon.words("determiners")), None)
        content_rule = head in self.lexicon.words("co_government_acts") and doc[clause.verb].lower_ in self.lexicon.words("content_verbs")
        if not (pronoun or content_rule or (not subject and clause.passive)):
            return
        if clause.norm_type == "prohibition" and not (pronoun or clause.passive):
            return  # "Het is verboden ...": a bar on anyone, not a task
        named_keys = {r.organ_key for r, _ in named}
        recipients = [r for r, mention in named if any(
            t.lower_ in RECIPIENT_WORDS for t in doc[max(clause.start, mention.start - RECIPIENT_REACH) : mention.start]
        ) or (r.is_national and mention.start <= clause.verb + SUBJECT_REACH)]
        recipient_layers = {layer for r in recipients for layer in r.layers}
        sources = tuple(r for r in context.earlier if r.organ_key not in named_keys and recipient_layers.isdisjoint(r.layers))
        if not sources and not recipients:
            sources = context.document
        if not sources:
            return
        rule = {"obligation": "R01", "power": "R02", "prohibition": "R14"}[clause.norm_type]
        trigger = self._verb_phrase(doc, clause)
        for resolution in sources:
            for layer in resolution.layers:
                emit(rule, trigger, resolution, layer)

    @staticmethod
    def _provision_norm_type(clauses: list[Clause], resolver: Resolver) -> str:
        """The provision's main norm: its first typed clause, except that a duty of the same addressee
        outweighs a power ("Het college kan ... Het college stelt ... vast"), and a task or power of a
        co-government outweighs an exemption or statement before it."""
        typed = [c for c in clauses if c.norm_type != "other"]
        if not typed:
            return "other"
        primary = typed[0]
        keys = {resolve_mention(resolver, m).organ_key for m in primary.addressees}
        if primary.norm_type == "power" and any(
            c.norm_type == "obligation" and keys & {resolve_mention(resolver, m).organ_key for m in c.addressees} for c in typed
        ):
            return "obligation"
        if primary.norm_type in ("permission", "transitional") and not primary.addressees:
            for clause in typed[1:]:
                if clause.norm_type in ("obligation", "power") and any(
                    resolve_mention(resolver, m).is_co_government for m in clause.addressees
                ):
                    return clause.norm_type
        return primary.norm_type

    def _attach_defined_terms(self, doc: Doc, clauses: list[Clause], organs: list[OrganMention]) -> None:
        """Give clauses without addressee an alias organ ("de regio") standing where the subject stands."""
        for clause in clauses:
            if clause.addressees or clause.subject_text is None or clause.verb is None:
                continue
            for mention in organs:
                if mention.start >= clause.main_start and mention.end == clause.verb and doc[clause.main_start : mention.start].text.lower() in ("", "de", "het", "een"):
                    clause.addressees = [mention]
                    clause.addressee_method = "subject before the verb (defined term)"
                    clause.subject_text = None
                    if clause.norm_type == "delegation":
                        clause.norm_type = clause.modality or "other"

    # ------------------------------------------------------------------ per clause

    def _clause(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver,
        emit: FindingEmitter,
    ) -> None:
        if clause.norm_type in ("definition", "other") and clause.modality is None:
            in_clause = mentions_between(organs, starts, clause.start, clause.end)
            self._regions(doc, clause, [], in_clause, resolver, emit)
            self._deviation(doc, clause, emit)
            self._money(doc, clause, organs, resolver, emit)
            return
        start, end = clause.main_start, clause.end
        in_clause = mentions_between(organs, starts, clause.start, end)
        addressed = [(m, resolve_mention(resolver, m)) for m in clause.addressees]
        if any(t.lower_ == "rijksorgaan" for t in doc[clause.start : clause.end]):
            # the commissaris van de Koning acting "als rijksorgaan" is a national actor (domain.md §2)
            addressed = [(m, replace(r, role="national", layers=()) if r.role == "dual" else r) for m, r in addressed]
        co = [(m, r) for m, r in addressed if r.is_co_government]
        national = [(m, r) for m, r in addressed if r.is_national]
        duty = clause.modality == "obligation" and clause.norm_type != "amendment"
        power = clause.modality == "power" and clause.norm_type != "amendment"
        marker = lambda label: markers_in(doc, label, start, end)  # noqa: E731
        personal = clause.addressees and all(m.organ.key in PERSONAL_OFFICES for m in clause.addressees)
        if personal and marker("signal:personal_office"):
            return  # "De wethouder meldt zijn nevenfuncties": a duty of the office holder, not of the gemeente

        if clause.norm_type == "delegation":
            self._delegated_actor(doc, clause, in_clause, resolver, emit)
        # R01 / R02 / R18 / R19 / R20: who is bound or empowered
        if duty or power:
            rule = "R01" if duty else "R02"
            for mention, resolution in co:
                trigger = self._norm_span(doc, mention, clause)
                for layer in resolution.layers:
                    emit(rule, trigger, resolution, layer)
                if "openbaar_lichaam" in resolution.layers:
                    emit("R18", mention.span, resolution, "openbaar_lichaam")
                if "waterschap" in resolution.layers:
                    emit("R19", mention.span, resolution, "waterschap")
            for mention, resolution in addressed:
                if resolution.role in ("possible", "unresolved"):
                    emit(rule, self._norm_span(doc, mention, clause), resolution, None, kind="possible_task", scale=0.35)
            for mention, resolution in national:
                emit("R20", mention.span, resolution, None)
            if co:
                for mention, resolution in self._partners(doc, clause, in_clause, resolver):
                    for layer in resolution.layers:
                        emit(rule, mention.span, resolution, layer, scale=0.8)

        main_layer = co[0][1] if co else None
        if duty and co:
            self._task_signals(doc, clause, co, in_clause, resolver, emit)
        if clause.modality in ("obligation", "prohibition") and not co and not national:
            # "De verordening bevat in ieder geval regels over ...": prescribed verordening content
            for hit in marker("signal:verordening")[:1]:
                owner = self._co_government_in(in_clause, resolver)
                if hit.start <= start + 2 and owner is not None:
                    emit("R03", hit, owner[1], owner[1].layers[0])
        if (duty or clause.modality == "prohibition") and co:
            for hit in marker("signal:restriction")[:1]:
                emit("R14", hit, main_layer, main_layer.layers[0])
            if clause.modality == "prohibition" and clause.trigger is not None and not marker("signal:restriction"):
                emit("R14", clause.trigger, main_layer, main_layer.layers[0])
        if power and co:
            self._voluntary(doc, clause, co, emit)
        for hit in marker("signal:voluntary")[:1]:
            named = co or [(m, r) for m in in_clause for r in [resolve_mention(resolver, m)] if r.is_co_government]
            if named and not any(f.rule == "R11" for f in emit.findings):
                emit("R11", hit, named[0][1], named[0][1].layers[0])
        if duty and not addressed:
            self._imposed_joint_body(doc, clause, in_clause, resolver, emit)
        if clause.norm_type in ("obligation", "delegation") and not national and not any(r.role == "joint" for _, r in addressed):
            self._compulsory_joint_body(doc, clause, in_clause, resolver, emit)
        self._regions(doc, clause, addressed, in_clause, resolver, emit)
        self._supervision(doc, clause, addressed, in_clause, resolver, emit)
        self._centralisation(doc, clause, in_clause, resolver, emit)
        self._deviation(doc, clause, emit)
        self._money(doc, clause, organs, resolver, emit)

    def _delegated_actor(
        self, doc: Doc, clause: Clause, in_clause: list[OrganMention], resolver: Resolver, emit: FindingEmitter
    ) -> None:
        """A delegation clause that names a co-government as the one who acts in its embedded clause
        ("Bij algemene maatregel van bestuur worden gevallen aangewezen waarin gedeputeerde staten op de
        aanvraag beslissen"): a task of that layer (GUIDELINES §5); the norm type stays delegation."""
        openers = self.lexicon.words("embedded_actor_openers")
        for mention in in_clause:
            if mention.start <= clause.main_start or self._governed(doc, mention, clause.main_start) not in openers:
                continue
            resolution = resolve_mention(resolver, mention)
            if resolution.is_co_government:
                for layer in resolution.layers:
                    emit("R01", mention.span, resolution, layer, scale=0.7)
                return

    def _partners(
        self, doc: Doc, clause: Clause, in_clause: list[OrganMention], resolver: Resolver
    ) -> list[tuple[OrganMention, Resolution]]:
        """Co-governments that act together with the addressee ("te zamen met provinciale staten")."""
        together = self.lexicon.words("together_words")
        start = clause.verb if clause.verb is not None else clause.main_start
        for token in doc[start : clause.end]:
            if token.lower_ not in together:
                continue
            following = [t for t in doc[token.i + 1 : min(token.i + 3, clause.end)] if not t.is_punct]
            if following and following[0].lower_ == "met":
                addressed = {id(m) for m in clause.addressees}
                return [(m, r) for m in in_clause if m.start > following[0].i and id(m) not in addressed
                        for r in [resolve_mention(resolver, m)] if r.is_co_government]
        return []

    def _norm_span(self, doc: Doc, mention: OrganMention, clause: Clause) -> Span:
        """The organ with the words that bind it ("Het college draagt zorg"), if they are close."""
        trigger = clause.trigger
        if trigger is None:
            return mention.span
        first, last = min(mention.start, trigger.start), max(mention.end, trigger.end)
        if last - first <= (mention.end - mention.start) + (trigger.end - trigger.start) + 2:
            return doc[first:last]
        return trigger

    def _co_government_in(self, mentions: list[OrganMention], resolver: Resolver) -> tuple[OrganMention, Resolution] | None:
        for mention in mentions:
            resolution = resolve_mention(resolver, mention)
            if resolution.is_co_government:
                return mention, resolution
        return None

    # ------------------------------------------------------------------ R03-R08

    def _task_signals(
        self, doc: Doc, clause: Clause, co: Addressed, in_clause: list[OrganMention], resolver: Resolver,
        emit: FindingEmitter,
    ) -> None:
        start, end = clause.main_start, clause.end
        marker = lambda label: markers_in(doc, label, start, end)  # noqa: E731
        mention, resolution = co[0]
        layer = resolution.layers[0]
        for hit in marker("signal:verordening")[:1]:
            emit("R03", hit, resolution, layer)
        plan_verbs = frozenset(w.lower() for w in self.lexicon.triggers["signals"]["plan_verbs"])
        plans = marker("signal:plan")
        if plans and any(t.lower_ in plan_verbs for t in doc[start:end]):
            emit("R04", plans[0], resolution, layer)
        information = marker("signal:information_verbs")
        if information:
            recipients = [
                resolve_mention(resolver, m) for m in in_clause
                if m.start > clause.main_start and clause.addressees and m is not clause.addressees[0]
                and self._governed(doc, m, start) in ("aan", "naar", "bij")
            ]
            upward = [r for r in recipients if r.is_national or ("provincie" in r.layers and "gemeente" in resolution.layers and r.organ_key != resolution.organ_key)]
            if upward:
                emit("R05", information[0], resolution, layer)
        for deadline in self._deadlines(doc, clause):
            emit("R06", deadline, resolution, layer)
        own = {i for m, _ in co for i in range(m.start, m.end)}
        joint = [m for m in marker("signal:joint_bodies") if own.isdisjoint(range(m.start, m.end))
                 and clause.verb is not None and m.start > clause.verb]
        joins = marker("signal:join_verbs")
        if joint and joins and self._plural_or_joint(co):
            for _, res in co:
                for co_layer in res.layers:
                    emit("R07", joint[0], res, co_layer)
        cooperation = [m for m in marker("signal:cooperation")]
        strict = [m for m in cooperation if m.text.lower() in STRICT_COOPERATION or m[-1].lower_ == "samen"]
        partners = [
            r for m in in_clause
            if m.start > co[-1][0].end and self._governed(doc, m, start) in ("met", "tussen")
            for r in [resolve_mention(resolver, m)]
        ]
        partner_co = [r for r in partners if r.is_co_government]
        regional = [m for m in cooperation if m.text.lower() in REGIONAL_COOPERATION or "regio" in m[-1].lower_]
        if cooperation and not any(f.rule == "R07" for f in emit.findings):
            if partner_co or regional or (self._plural(co) and (strict or cooperation) and not (partners and not partner_co)):
                hit = (regional or strict or cooperation)[0]
                for _, res in co:
                    for co_layer in res.layers:
                        emit("R08", hit, res, co_layer)

    def _voluntary(self, doc: Doc, clause: Clause, co: Addressed, emit: FindingEmitter) -> None:
        marks = markers_in(doc, "signal:cooperation", clause.main_start, clause.end) + markers_in(
            doc, "signal:joint_bodies", clause.main_start, clause.end
        )
        if marks:
            emit("R11", marks[0], co[0][1], co[0][1].layers[0])

    def _plural(self, co: Addressed) -> bool:
        """Whether several co-governments are addressed ("de colleges", "gemeenten", "GS en B&W")."""
        if len(co) > 1:
            return True
        for mention, _ in co:
            head = mention.span[0]
            if "Plur" in head.morph.get("Number") or head.lower_ in PLURAL_HEADS or (
                head.lower_ not in PLURAL_EXCEPTIONS and head.lower_.endswith(("en", "s", "'s"))
            ):
                return True
        return False

    def _plural_or_joint(self, co: Addressed) -> bool:
        return self._plural(co) or any(r.role == "joint" for _, r in co)

    def _governed(self, doc: Doc, mention: OrganMention, floor: int) -> str | None:
        position = mention.start - 1
        determiners = self.lexicon.words("determiners")
        while position >= floor and doc[position].lower_ in determiners:
            position -= 1
        return doc[position].lower_ if position >= floor else None

    def _head_of(self, doc: Doc, mention: OrganMention) -> int:
        """The token before "van (de|het) <organ>" ("kring" in "de kring van het algemeen bestuur"), or -1."""
        position = mention.start - 1
        while position >= 0 and doc[position].lower_ in self.lexicon.words("determiners"):
            position -= 1
        return position - 1 if position >= 1 and doc[position].lower_ == "van" else -1

    def _deadlines(self, doc: Doc, clause: Clause) -> list[Span]:
        span = doc[clause.start : clause.end]
        found = []
        for pattern in self.deadlines:
            for match in pattern.finditer(span.text):
                hit = doc.char_span(span.start_char + match.start(), span.start_char + match.end(), alignment_mode="expand")
                if hit is not None:
                    found.append(hit)
        return found[:2]

    # ------------------------------------------------------------------ R09, R10, R12, R13, R15

    def _imposed_joint_body(
        self, doc: Doc, clause: Clause, in_clause: list[OrganMention], resolver: Resolver, emit: FindingEmitter
    ) -> None:
        """R07 in the passive: "Een omgevingsdienst wordt ingesteld", "De gemeenschappelijke regeling wordt getroffen"."""
        if clause.verb is None or doc[clause.verb].lower_ not in self.lexicon.words("passive_auxiliaries"):
            return
        joint = [m for m in markers_in(doc, "signal:joint_bodies", clause.main_start, clause.verb)]
        joins = [m for m in markers_in(doc, "signal:join_verbs", clause.verb, clause.end)]
        if not joint or not joins:
            return
        bodies = [r for m in in_clause if m.start < clause.verb for r in [resolve_mention(resolver, m)] if r.role == "joint"]
        if bodies:
            for layer in bodies[0].layers:
                emit("R07", joint[0], bodies[0], layer)
        else:
            emit("R07", joint[0], None, None)

    def _compulsory_joint_body(
        self, doc: Doc, clause: Clause, in_clause: list[OrganMention], resolver: Resolver, emit: FindingEmitter
    ) -> None:
        """R07 for a joint body the law makes compulsory (triggers.yaml mandatory_joint_bodies) that a duty or
        delegation gives tasks or rules ("Bij de maatregel worden omgevingsdiensten aangewezen waaraan ...")."""
        hits = markers_in(doc, "signal:mandatory_joint_bodies", clause.main_start, clause.end)
        if not hits:
            return
        bodies = [r for m in in_clause for r in [resolve_mention(resolver, m)]
                  if r.role == "joint" and not {hits[0].start, hits[0].end - 1}.isdisjoint(range(m.start, m.end))]
        body = bodies[0] if bodies else None
        layers = body.layers if body else ()
        for layer in layers:
            emit("R07", hits[0], body, layer)

    def _regions(
        self, doc: Doc, clause: Clause, addressed: Addressed, in_clause: list[OrganMention], resolver: Resolver,
        emit: FindingEmitter,
    ) -> None:
        start, end = clause.start, clause.end
        regions = markers_in(doc, "signal:region_nouns", start, end)
        fixing = markers_in(doc, "signal:region_fixing", start, end)
        delegated = [m for m in markers_in(doc, "norm:delegation", start, end)
                     if "maatregel" in m.text.lower() or "minister" in m.text.lower()]
        from_above = not addressed or bool(delegated) or any(r.is_national or "provincie" in r.layers for _, r in addressed)
        if not from_above:
            return
        designation = markers_in(doc, "signal:designation", start, end)
        joint_bodies = markers_in(doc, "signal:joint_bodies", start, end)
        others = [r for m in in_clause for r in [resolve_mention(resolver, m)] if r.is_co_government and "gemeente" in r.layers
                  and r.role != "joint" and self._plural([(m, r)]) and not any(m is a for a, _ in addressed)]
        cooperating = joint_bodies or markers_in(doc, "signal:cooperation", start, end)
        possible = [r for m in in_clause for r in [resolve_mention(resolver, m)] if r.role == "possible"]
        if designation and cooperating and possible and not others and delegated:
            # "Bij AMvB kunnen bestuursorganen worden verplicht om programma's gezamenlijk vast te stellen"
            emit("R09", designation[0], possible[0], None)
            return
        if addressed and designation and joint_bodies and others:
            # "Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling treffen"
            emit("R09", designation[0], others[0], "gemeente", organ=addressed[0][1].label)
            return
        # The region must be fixed right there ("vastgestelde regio's", "regio's die omvatten de gemeenten",
        # "worden de gebieden aangewezen") or by delegated regulation, and it must not be part of an organ name.
        if clause.norm_type == "definition" or _DEFINED_TERM.match(doc[clause.start : clause.end].text):
            return  # "jeugdregio: gebied dat ... is aangewezen": a definition names the region, it fixes nothing
        not_regions = {i for m in in_clause if resolve_mention(resolver, m).role != "joint" for i in range(m.start, m.end)}
        # "de kring van het algemeen bestuur": the circle of an organ's members is no region
        of_organ = {self._head_of(doc, m) for m in in_clause if m.organ.key not in LAYER_BODIES}
        regions = [
            r for r in regions if not_regions.isdisjoint(range(r.start, r.end)) and r.end - 1 not in of_organ
            and (delegated or any(abs(f.start - r.start) <= REGION_REACH for f in fixing))
        ]
        if not regions:
            return
        members = [
            r for m in in_clause for r in [resolve_mention(resolver, m)]
            if r.is_co_government and ("gemeente" in r.layers) and (r.role == "joint" or self._plural([(m, r)]))
        ]
        weak = regions[0].text.lower() in ("gebied", "gebieden")  # any area; it takes cooperation words to count
        if members and (markers_in(doc, "signal:cooperation", start, end) or not weak):
            emit("R09", regions[0], members[0], "gemeente")

    def _supervision(
        self, doc: Doc, clause: Clause, addressed: Addressed, in_clause: list[OrganMention], resolver: Resolver,
        emit: FindingEmitter,
    ) -> None:
        hits = markers_in(doc, "signal:supervision", clause.main_start, clause.end)
        if not hits:
            return
        supervisors = [(m, r) for m, r in addressed if r.is_national or (r.layers == ("provincie",))]
        supervised = [
            r for m in in_clause if not any(m is a for a, _ in addressed)
            for r in [resolve_mention(resolver, m)] if r.is_co_government
        ]
        if not supervisors:
            # "Het besluit van de raad behoeft de goedkeuring van Onze Minister"
            approvers = [r for m in in_clause for r in [resolve_mention(resolver, m)] if r.is_national]
            goedkeuring = [h for h in hits if h.text.lower().startswith("goedkeur")]
            co = [r for _, r in addressed if r.is_co_government] + supervised
            if approvers and goedkeuring and co:
                emit("R12", goedkeuring[0], co[0], co[0].layers[0], organ=approvers[0].label)
            return
        for target in supervised:
            if supervisors[0][1].layers == ("provincie",) and "provincie" in target.layers:
                continue
            emit("R12", hits[0], target, target.layers[0], organ=supervisors[0][1].label)
            return

    def _centralisation(
        self, doc: Doc, clause: Clause, in_clause: list[OrganMention], resolver: Resolver, emit: FindingEmitter
    ) -> None:
        hits = markers_in(doc, "signal:centralisation", clause.start, clause.end)
        if not hits:
            return
        resolved = [resolve_mention(resolver, m) for m in in_clause]
        lower = [r for r in resolved if r.is_co_government]
        higher = [r for r in resolved if r.is_national or (r.layers == ("provincie",) and any("gemeente" in x.layers for x in lower))]
        if lower and higher:
            emit("R15", hits[0], lower[0], lower[0].layers[0])

    def _deviation(self, doc: Doc, clause: Clause, emit: FindingEmitter) -> None:
        span = doc[clause.start : clause.end]
        for pattern in self.deviation:
            for match in pattern.finditer(span.text):
                hit = doc.char_span(span.start_char + match.start(), span.start_char + match.end(), alignment_mode="expand")
                if hit is None:
                    continue
                act = match.group("act").lower()
                layer = ACT_LAYERS.get(act)
                emit("R10", hit, None, layer, kind="cooperation" if act.startswith("wet gemeenschappelijke") else None)

    def _money(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], resolver: Resolver, emit: FindingEmitter
    ) -> None:
        for hit in markers_in(doc, "signal:finance", clause.start, clause.end)[:1]:
            layer = self.finance_layers.get(hit.text.lower())
            if layer is None:
                co = self._co_government_in([m for m in organs if clause.start <= m.start < clause.end], resolver)
                layer = co[1].layers[0] if co else None
            emit("R13", hit, None, layer)


class FindingEmitter:
    """Builds findings from rule definitions and spans, once per (rule, layer, span)."""

    def __init__(self, doc: Doc, lexicon: Lexicon, findings: list[Finding]) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.findings = findings
        self.seen: set[tuple[str, str | None, int, int]] = set()

    def __call__(
        self,
        rule_id: str,
        span: Span,
        resolution: Resolution | None,
        layer: str | None,
        kind: str | None = None,
        scale: float = 1.0,
        organ: str | None = None,
    ) -> None:
        rule = self.lexicon.rules[rule_id]
        start, end = span.start_char, span.end_char
        key = (rule_id, layer, start, end)
        if key in self.seen:
            return
        self.seen.add(key)
        organ_label = organ or (resolution.label if resolution else None)
        confidence = rule.confidence * (resolution.confidence if resolution else 1.0) * scale
        explanation = rule.explain(organ=organ_label, layer=layer, trigger=span.text)
        if resolution is not None and resolution.method == "definition":
            explanation += f" Resolved through the definition in {resolution.definition}."
        elif resolution is not None and resolution.method == "earlier":
            explanation += f" This lid names no actor: addressee carried over from {resolution.definition}."
        elif resolution is not None and resolution.method == "document" and resolution.organ_key.startswith("document:"):
            explanation += f" No actor named: read as the {layer} organ because {resolution.definition} concerns that layer; verify."
        elif resolution is not None and resolution.method == "document":
            explanation += f" Short form read as the {layer} organ because {resolution.definition} concerns that layer; verify."
        elif resolution is not None and resolution.method == "section":
            explanation += f" Read as {layer} because {resolution.definition} name only that layer; verify."
        elif resolution is not None and resolution.method == "default":
            explanation += " Resolved by the usual meaning (no definition found): verify."
        self.findings.append(
            Finding(
                rule=rule_id,
                layer=layer,
                organ=organ_label,
                kind=kind or rule.kind,
                start=start,
                end=end,
                trigger=span.text,
                explanation=explanation,
                confidence=round(min(confidence, 1.0), 3),
                derived_from=[resolution.definition] if resolution is not None and resolution.method == "earlier" else [],
            )
        )
