"""The rule engine: the rule table (domain.md §6) applied to the analysed clauses of one provision.

Input: a processed ``Doc`` (organs, markers, clauses) and a :class:`Resolver` with the bill's
definitions. Output: the provision's findings, the layers it gives a task or power, and whether it
forces co-governments to cooperate. The engine resolves each clause's addressees once and hands the
clause to the registered rule families (:mod:`.registry`) in order; it then reads the provision as a
whole (a consent, a conditional decision, an actor the provision does not name).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause, mentions_between
from wetscan.analyse.definitions import Resolution, Resolver, resolve_mention
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.lexicon import Lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules import tasks
from wetscan.analyse.rules.consent import consent
from wetscan.analyse.rules.listed import listed_addressees
from wetscan.analyse.rules.emitter import FindingEmitter
from wetscan.analyse.rules.registry import families
from wetscan.analyse.rules.scope import ClauseScope
from wetscan.analyse.rules.provision_context import ProvisionContext
from wetscan.i18n import N_
from wetscan.model import LAYERS, Finding


@dataclass
class ProvisionResult:
    """What the rules found in one provision."""

    norm_type: str
    layers: list[str]
    mandatory_cooperation: bool
    findings: list[Finding] = field(default_factory=list)
    #: The organs its clauses name as addressee (not those read from context).
    addressed: list[Resolution] = field(default_factory=list)


class RuleEngine:
    """Applies the rule families to one processed provision."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.task_rules = frozenset(rule_id for rule_id, rule in lexicon.rules.items() if rule.gives_task)
        self.cooperation_rules = frozenset(rule_id for rule_id, rule in lexicon.rules.items() if rule.cooperation)

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
        listed_addressees(doc, clauses, organs, self.lexicon)
        for clause in clauses:
            if clause.norm_type == "power" and not clause.addressees and (
                tasks.private_subject(doc, clause, self.lexicon) or tasks.general_permission(clause, self.lexicon)
            ):
                clause.norm_type = "permission"
        findings: list[Finding] = []
        emit = FindingEmitter(doc, self.lexicon, findings)
        context = context or ProvisionContext()
        for clause in clauses:
            self._clause(doc, clause, organs, starts, resolver, emit, context)
            if consent(doc, clause, organs, starts, resolver, emit) and clause.norm_type == "other":
                clause.norm_type = "power"
            if clause.norm_type == "other" and tasks.conditional_decision(doc, clause, organs, starts, resolver, emit):
                clause.norm_type = "power"
        if not any(clause.addressees for clause in clauses):
            for clause in clauses:
                named = [(resolve_mention(resolver, m), m) for m in mentions_between(organs, starts, clause.start, clause.end)]
                tasks.unnamed_addressee(doc, clause, context, named, emit)
        norm_type = "amendment" if amendment else self._provision_norm_type(clauses, resolver)
        layers = sorted(
            {f.layer for f in findings if (f.rule in self.task_rules or f.kind == "task")
             and f.layer is not None and f.kind != "possible_task"},
            key=LAYERS.index,
        )
        cooperation = any(f.rule in self.cooperation_rules or f.kind == "cooperation" for f in findings)
        findings.sort(key=lambda f: (f.start, f.rule))
        addressed = [resolve_mention(resolver, m) for clause in clauses for m in clause.addressees]
        return ProvisionResult(norm_type, layers, cooperation, findings, addressed)

    def _clause(
        self, doc: Doc, clause: Clause, organs: list[OrganMention], starts: list[int], resolver: Resolver,
        emit: FindingEmitter, context: ProvisionContext,
    ) -> None:
        """Hand one clause to every rule family (untyped clauses only to those that read them)."""
        typed = not (clause.norm_type in ("definition", "other") and clause.modality is None)
        in_clause = mentions_between(organs, starts, clause.start, clause.end)
        scope = ClauseScope(doc, clause, organs, resolver, emit, in_clause, typed, context=context)
        if typed:
            addressed = [(m, resolve_mention(resolver, m)) for m in clause.addressees]
            if "rijksorgaan" in lower_words(doc)[clause.start : clause.end]:
                # the commissaris van de Koning acting "als rijksorgaan" is a national actor (domain.md §2)
                addressed = [(m, replace(r, role="national", layers=()) if r.role == "dual" else r) for m, r in addressed]
            scope.addressed = addressed
            personal = clause.addressees and all(m.organ.key in self.lexicon.words("personal_offices") for m in clause.addressees)
            continued = (clause.addressee_method.startswith("'") and markers_in(doc, "signal:personal_office", 0, clause.start)
                         and not self.lexicon.words("back_references").isdisjoint(lower_words(doc)[clause.start : clause.end]))
            legal_person = clause.addressees and all(m.organ.key in self.lexicon.words("layer_bodies") for m in clause.addressees)
            if legal_person and scope.markers("signal:liability"):
                return  # "... is de gemeente gehouden deze schade te vergoeden": liability, a legal effect (§5a (e))
            if personal and (scope.markers("signal:personal_office") or continued):
                # "De wethouder meldt zijn nevenfuncties": a duty of the office holder, not of the gemeente; also in
                # the sentence that takes it up ("... neemt hij ontslag. Hij doet hiervan mededeling")
                return
        for family in families():
            if typed or family.untyped:
                family.apply(scope)

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

    @staticmethod
    def _attach_defined_terms(doc: Doc, clauses: list[Clause], organs: list[OrganMention]) -> None:
        """Give clauses without addressee an alias organ ("de regio") standing where the subject stands."""
        for clause in clauses:
            if clause.addressees or clause.subject_text is None or clause.verb is None:
                continue
            for mention in organs:
                if mention.start >= clause.main_start and mention.end == clause.verb and doc[
                    clause.main_start : mention.start
                ].text.lower() in ("", "de", "het", "een"):
                    clause.addressees = [mention]
                    clause.addressee_method = N_("subject before the verb (defined term)")
                    clause.subject_text = None
                    if clause.norm_type == "delegation":
                        clause.norm_type = clause.modality or "other"
