"""The context pass: read every provision with the rest of its law in mind.

The per-provision components (organs, markers, clauses, rules) read a provision well when it names
its actor. Many provisions do not: the law settles who acts elsewhere. This pass runs once over the
whole bill, after the per-provision components, and reads what a lawyer reads from the rest of the
document (domain.md §1, "Who acts when the provision does not say"):

=================  =======================================================================  ============
reading            what it resolves                                                          module
=================  =======================================================================  ============
carried over       "Artikel 7 is van overeenkomstige toepassing, met dien verstande dat        applicability
                   voor «Onze Minister» wordt gelezen: gedeputeerde staten"; without a
                   reading rule, the applied provisions' own co-government actor (the
                   clause itself stays ``other``)
substitution       "..., met dien verstande dat gedeputeerde staten in de plaats treden van       substitution
                   Onze Minister": the substitute acts under the applied provisions
applied to         "De artikelen 12 tot en met 15 zijn van overeenkomstige toepassing op een      applied_to
                   besluit van de raad": the organ the clause names, the actor of the provision
                   its target refers to, the layer of the organic law whose rules it applies
                   ("van de Gemeentewet"), else the law's subject
deviation          "In afwijking van het eerste lid ..." keeps that lid's actor                 applicability
named term         "De managementautoriteit ... is het dagelijks bestuur van ...", "Bronhouder    aliases
                   zijn: a. ...": the term then acts for those organs (read before the
                   per-provision rules, into the bill's resolver)
bevoegd gezag      "Het college beslist op de aanvraag om een omgevingsvergunning", "gevallen   allocations
                   aangewezen waarin gedeputeerde staten het bevoegd gezag zijn": "het
                   bevoegd gezag" of each provision acts for the holders of its decision
                   (read before the per-provision rules, into each provision's resolver);
                   "De vergunning wordt geweigerd indien ...": the holders of that decision     decisions
body               "het bestuur", "de toezichthouder, bedoeld in artikel 12", "de bij besluit  bodies
                   van het college aangewezen ambtenaren"; a passive whose agent is such an
                   official ("wordt uitgeoefend door de door het college aangewezen ambtenaren")
anaphora           "hij", "deze", a lid or onderdeel continuing the earlier subject             anaphora
owner              "In het gemeentelijke register worden ingeschreven ...", "In iedere          owner
                   gemeente wordt ... opgemaakt"; "Op de balans worden ... onderscheiden in
                   ..." (a passive into an instrument, read as a duty)
output             "De teksten van besluiten van het gemeentebestuur ... zijn beschikbaar":      output
                   a state duty of the organ whose output it is
act                "De ontheffing wordt geweigerd" where the law has B&W grant it; "Van een     acts
                   besluit als bedoeld in het eerste lid wordt mededeling gedaan"
competence         "Weigering kan geschieden ..." where the law says "Bevoegd tot weigering     competences
                   zijn: a. de burgemeester; ..."
levy               "De belasting wordt geheven naar ...": read as an actorless duty, whose      levies
                   actor the other readers supply (GUIDELINES §5a, levies of a co-government)
nominal act        "De toedeling geschiedt ...", "De inschrijving vindt plaats ...": read as an  nominal
                   actorless duty, whose actor the other readers supply
parent law         "Een saneringsprogramma als bedoeld in artikel 89 van de wet bevat", "Het       parent
                   bevoegd gezag controleert" in a besluit: the actor the wet it implements
                   names for the provision cited, the act, the competence or the role term
subject            title, aanhef, definitions, headings (chapter about one layer); for an       subject
                   instrument ("De begroting bevat", "Het ontwikkelingsprogramma bevat") also
                   a law about several layers
                   "Het college is belast met de uitvoering van deze wet"; else the one     executor
                   co-government organ that acts anywhere in the law
division           "Deze afdeling is van overeenkomstige toepassing op ..., met dien         divisions
                   verstande dat wordt gelezen voor: a. provincie: gemeente; ..." (a
                   component after the pass)
=================  =======================================================================  ============

Only provisions with a typed norm (duty, power, prohibition) and no co-government or national actor
of their own are read; what is read becomes a derived finding (R23-R25, :mod:`.derive`) naming the
provisions it came from. A reading never overrides what the provision itself says.

Like a spaCy component the pass is a callable registered by name (:data:`COMPONENTS`), but it
works on the whole bill (:class:`~.law.LawReading`), not on one ``Doc``. Two components run after
it: the reading of divisions applied to another layer (:mod:`.divisions`), and the cooperation chain (:mod:`.cooperation`), which marks the provisions that take up a designation,
imposition or joint-body duty of the same law by reference (R09 with ``derived_from``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.acts import ActMap, act_words, private_act, referred_actor
from wetscan.analyse.context.lemmas import lemmas
from wetscan.analyse.context.anaphora import earlier_actor, subject_carried
from wetscan.analyse.context.applicability import applied_provisions, carried_over, deviation
from wetscan.analyse.context.applied_clause import applied_clause
from wetscan.analyse.context.applied_to import applied_to
from wetscan.analyse.context.bodies import agent_official, body_actor
from wetscan.analyse.context.competences import CompetenceMap
from wetscan.analyse.context.cooperation import CooperationChain
from wetscan.analyse.context.decisions import decision_maker
from wetscan.analyse.context.executor import law_executor, sole_actor
from wetscan.analyse.context.levies import levy
from wetscan.analyse.context.nominal import agent_actor, named_agent, nominal_act
from wetscan.analyse.context.output import is_state_duty, output_owner, state_duty
from wetscan.analyse.context.owner import content_passive, content_rule, instrument_subject, named_owner
from wetscan.analyse.context.parent import parent_actor, parent_content, parent_role
from wetscan.analyse.context.divisions import DivisionReading
from wetscan.analyse.context.derive import DERIVED_RULES, add_derived, trigger_span
from wetscan.analyse.context.law import ACTING_NORMS, Actor, Derivation, LawReading
from wetscan.analyse.context.subject import provision_subject
from wetscan.analyse.context.substitution import substituted
from wetscan.analyse.doctext import doc_text
from wetscan.analyse.lexicon import load_lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.rules.tasks import patient_body
from wetscan.i18n import _

#: How many words before an organ may hold the preposition that makes it recipient or agent.
RECIPIENT_REACH = 4
#: Words that join organs named together ("aan provincies of gemeenten").
_COORDINATION = frozenset({"en", "of", ","})

Reader = Callable[[LawReading, int, Doc, Clause], "Derivation | None"]
#: What a provision carries over from the rules it applies: the trigger span, the norm and the derivation.
Derivations = list[tuple[Span, str, Derivation]]


def subject_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """An actorless passive or content rule under a heading about one layer ("Hoofdstuk 3. Taken van de
    gemeente"), else in a law about one layer (its title or aanhef); a rule on an instrument ("De begroting
    bevat", "In de balans worden ... opgenomen") also in a law about several layers (:func:`provision_subject`)."""
    if clause.addressees or clause.verb is None:
        return None
    content = doc[clause.verb].lower_ in law.words("content_verbs")
    instrument = instrument_subject(law, doc, clause)
    if content and not instrument:
        return None  # only the content of a plan, verordening or begroting a co-government makes ("De begroting bevat")
    if not (clause.passive or content):
        return None
    in_clause = [m for m in doc._.organs or () if clause.start <= m.start < clause.end]
    if clause.passive and patient_body(doc, clause, in_clause, load_lexicon()):
        return None  # "De nieuwe gemeente wordt als volgt begrensd": the law acts on the co-government itself
    found = provision_subject(law.provisions[i].headings, law.subject, instrument)
    if found is None:
        return None
    organ, reason = found
    return Derivation(organ, (), _("the law's subject, {reason}").format(reason=reason), law.scale("subject"))


class ContextPass:
    """Reads each actorless provision of a bill in the light of the rest of it (see the module docstring)."""

    name = "wetscan_context"

    def __call__(self, law: LawReading) -> LawReading:
        lexicon = load_lexicon()
        acts: ActMap | None = None
        competences: CompetenceMap | None = None
        if not law.subject:
            law.subject = law_executor(law) or sole_actor(law)
        lemma = lemmas(w for doc in law.docs for c in doc._.clauses or [] if c.passive for w in act_words(doc, c))
        self._drop_private_acts(law, lemma)
        for i, (provision, doc) in enumerate(zip(law.provisions, law.docs)):
            if provision.layers or provision.kind == "amendment":
                continue
            clauses = doc._.clauses or []
            # a definition is read only where it writes into an instrument ("Op de balans worden ... in") or applies
            # rules ("...: a. is hoofdstuk XV van de Provinciewet van toepassing; b. worden de rechten aangemerkt als
            # provinciale belastingen")
            definition = provision.norm_type == "definition" and not any(content_passive(law, doc, c) for c in clauses)
            carried, applied = self._carried_and_applied(law, i, doc, definition)
            norm_type = provision.norm_type
            for span, norm, derivation in carried + applied:
                add_derived(provision, span, norm, derivation, lexicon)
                law.actors.setdefault(i, []).append(Actor(derivation.actor, provision.id, "", derived=True))
            if applied:
                provision.norm_type = norm_type  # the clause applies rules; it imposes nothing itself (§5a (a))
            if carried or applied or definition:
                continue
            # a provision that names an actor anywhere is read from elsewhere only for its unresolved
            # bodies and its pronouns; the rest of it is its named actor's business (or a statement)
            named = any(clause.addressees for clause in doc._.clauses or [])
            for clause in self._open_clauses(law, i, doc):
                appointed = agent_official(law, i, doc, clause)  # "door de door het college aangewezen ambtenaren"
                if appointed is None and (private_act(law, doc, clause, lemma) or
                                          markers_in(doc, "signal:rijk_funding", clause.start, clause.end)):
                    continue  # an applicant's act, or the Rijk's on its funds: no co-government acts
                acts = acts or ActMap.build(law)
                competences = competences or CompetenceMap.build(law)
                derivation = appointed or body_actor(law, i, doc, clause) or parent_role(law, i, doc, clause)
                if derivation is None and is_state_duty(law, doc, clause):
                    derivation = output_owner(law, i, doc, clause)  # "De teksten van ... zijn beschikbaar"
                    if derivation is None:
                        continue
                if derivation is None and named_agent(law, doc, clause) is not None:
                    derivation = agent_actor(law, i, doc, clause)  # "De begrafenis geschiedt door de gezondheidsdienst"
                    if derivation is None:
                        continue
                if derivation is None:
                    readers: tuple[Reader, ...] = (subject_carried,) if named else (
                        deviation, earlier_actor, decision_maker, acts.actor_of, competences.actor_of, referred_actor,
                        named_owner, parent_actor, subject_actor)
                    derivation = next((d for reader in readers if (d := reader(law, i, doc, clause)) is not None), None)
                    if derivation is not None and self._names_organs(law, i, doc, clause, derivation):
                        continue
                if derivation is None:
                    continue
                add_derived(provision, trigger_span(doc, clause), clause.norm_type, derivation, lexicon)
                law.actors.setdefault(i, []).append(Actor(derivation.actor, provision.id, "", derived=True))
        return law

    @staticmethod
    def _carried_and_applied(law: LawReading, i: int, doc: Doc, definition: bool) -> tuple[Derivations, Derivations]:
        """What provision ``i`` carries over from the provisions it applies: with a reading rule or a substitution
        ("met dien verstande dat ... wordt gelezen: gedeputeerde staten"; not in a ``definition``), else the actors
        of the applied rules (:mod:`.applicability`, :mod:`.applied_to`). Its applicability clause is split once,
        here."""
        applies = applied_clause(doc_text(doc), law.config)
        carried: Derivations = []
        if not definition:
            carried = (carried_over(law, i, applies) if applies is not None else []) or substituted(law, i)
        if carried or applies is None:
            return carried, []
        return carried, applied_provisions(law, i, applies) or applied_to(law, i, applies)

    @staticmethod
    def _drop_private_acts(law: LawReading, lemma: dict[str, str]) -> None:
        """Take back an earlier lid's actor, or the law's subject, that the per-provision reading carried into a
        private party's act ("1. Burgemeester en wethouders verlenen de ontheffing. 2. De aanvraag wordt
        ingediend ..."; "Bij de aanvraag wordt een tekening overgelegd" in a law about one layer)."""
        subject = {resolution.label for resolution in law.subject if resolution.organ_key.startswith("document:")}
        for i, (provision, doc) in enumerate(zip(law.provisions, law.docs)):
            carried = [f for f in provision.findings if f.derived_from or f.organ in subject]
            if not carried:
                continue
            private = [doc[c.start : c.end] for c in doc._.clauses or []
                       if not c.addressees and private_act(law, doc, c, lemma)]
            dropped = [f for f in carried if any(s.start_char <= f.start < s.end_char for s in private)]
            if not dropped:
                continue
            provision.findings = [f for f in provision.findings if f not in dropped]
            task_rules = {rule_id for rule_id, rule in load_lexicon().rules.items() if rule.gives_task}
            provision.layers = [layer for layer in provision.layers if any(
                f.layer == layer and f.rule in task_rules for f in provision.findings)]
            law.actors.pop(i, None)

    @staticmethod
    def _names_organs(law: LawReading, i: int, doc: Doc, clause: Clause, derivation: Derivation) -> bool:
        """Whether the clause itself names who else acts or receives: a national organ ("door Onze
        Minister", "Onze Minister ... wordt"), or an organ of the derived actor's layer as recipient or
        agent ("aan burgemeester en wethouders wordt ... gezonden"). Then nothing is carried into it."""
        links = law.words("recipient_words")
        for mention in doc._.organs or ():
            if not clause.start <= mention.start < clause.end:
                continue
            resolution = law.resolve(i, mention)
            before = {t.lower_ for t in doc[max(clause.start, mention.start - RECIPIENT_REACH) : mention.start]}
            if resolution.is_national and (before & links or mention.start < (clause.verb or clause.end) + 3):
                return True
            if resolution.is_co_government and set(resolution.layers) & set(derivation.actor.layers) and (
                    ContextPass._governing(law, doc, clause.start, mention.start) in links):
                return True
        return False

    @staticmethod
    def _governing(law: LawReading, doc: Doc, floor: int, start: int) -> str:
        """The word that governs an organ named at ``start``: the first before it that is no determiner, no
        coordinator, no partitive "van" ("elk van de") and no part of an organ it is coordinated with ("aan" in
        "aan de betrokken raad", "aan provincies of gemeenten" and "aan elk van de gemeenten"; "van" in "naar het
        oordeel van burgemeester en wethouders")."""
        determiners = law.words("determiners")
        organs = {k for m in doc._.organs or () if m.start < start for k in range(m.start, m.end)}
        k, reach = start - 1, RECIPIENT_REACH
        while k >= floor and reach > 0:
            word = doc[k].lower_
            partitive = word == "van" and k > floor and doc[k - 1].lower_ in determiners
            if k not in organs and not partitive and word not in determiners | _COORDINATION:
                return word
            reach -= 0 if k in organs else 1
            k -= 1
        return ""

    @staticmethod
    def _open_clauses(law: LawReading, i: int, doc: Doc) -> list[Clause]:
        """The clauses with a duty, power or prohibition whose actor is no co-government or national organ."""
        open_ = []
        for clause in doc._.clauses or []:
            clause = (levy(law, doc, clause) or nominal_act(law, doc, clause) or content_passive(law, doc, clause)
                      or content_rule(law, doc, clause) or state_duty(law, doc, clause) or parent_content(law, doc, clause)
                      or clause)
            if clause.norm_type not in ACTING_NORMS or clause.verb is None:
                continue
            resolutions = [law.resolve(i, m) for m in clause.addressees]
            if any(r.is_co_government or r.is_national for r in resolutions):
                continue
            open_.append(clause)
        return open_


COMPONENTS: dict[str, Callable[[LawReading], LawReading]] = {
    ContextPass.name: ContextPass(), DivisionReading.name: DivisionReading(), CooperationChain.name: CooperationChain()}


def read_in_context(
    law: LawReading, components: tuple[str, ...] = (ContextPass.name, DivisionReading.name, CooperationChain.name)
) -> LawReading:
    """Run the named bill-level components over ``law`` (by default the context pass, the reading of
    divisions applied to another layer (:mod:`.divisions`), then the cooperation chain of :mod:`.cooperation`)."""
    for name in components:
        law = COMPONENTS[name](law)
    return law
