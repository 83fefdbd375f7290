"""Analyse provisions: run the pipeline, resolve organs with the bill's definitions, apply the rules.

Provisions are read in document order, with three layers of context beyond the lid itself:

* the **article**: a lid that names no actor ("Het ontwerp wordt ter inzage gelegd", "Hij zendt ...")
  takes the co-government addressee of the article's earlier lid (same ``part``, ``amends``, ``article``);
* the **neighbourhood**: the co-governments the preceding provisions name settle short forms ("het
  algemeen bestuur") and joint bodies ("het openbaar lichaam" of deelnemende waterschappen); the
  participants named by the latest provision that opens a gemeenschappelijke regeling to co-governments
  ("De raden ... van twee of meer gemeenten kunnen ... met provinciale staten ... een gemeenschappelijke
  regeling treffen") settle the joint body, its algemeen and dagelijks bestuur and its voorzitter in the
  provisions after it, unless a provision names the participants itself (:func:`regeling_participants`);
* the **document**: the layer its title, aanhef or definitions name (a Waterschapsbesluit, a
  Provinciewet; :mod:`wetscan.analyse.context.subject`) settles the rest, at the lowest confidence.
  Where the document mixes layers nothing is guessed.

Each reading from context is said in the finding's explanation and lowers its confidence. After the
per-provision reading, the context pass (:mod:`wetscan.analyse.context`) reads the provisions that
still name no actor with the whole law in mind: who performs the act elsewhere, whose body or
official it is, what a reference, pronoun or "van overeenkomstige toepassing" carries over.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from wetscan.analyse.context import read_in_context
from wetscan.analyse.context.aliases import named_terms
from wetscan.analyse.context.allocations import Allocations
from wetscan.analyse.context.law import LawReading
from wetscan.analyse.context.parent import read_parent
from wetscan.analyse.context.subject import law_subject, layers_named, subject_organs
from wetscan.analyse.doctext import lower_words
from wetscan.analyse.definitions import SECTION_CONFIDENCE, Resolution, Resolver, names_of_other_bodies, resolve_mention
from wetscan.analyse.lexicon import Lexicon, load_lexicon
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.markers import markers_in
from wetscan.analyse.pipeline import load_pipeline, process
from wetscan.analyse.rules import FindingEmitter, ProvisionContext, ProvisionResult, RuleEngine, law_cooperation
from wetscan.i18n import _, language, speaking
from wetscan.model import LAYERS, Bill, Definition, ParentLaw, Provision

_QUOTE = re.compile(r"«([^«»]*)»")
#: How much less sure an addressee is when carried over from the article's earlier lid.
EARLIER_SCALE = 0.8
#: How many preceding provisions make up the neighbourhood of a provision (its section).
SECTION_REACH = 5
_REPLACEMENT_LEAD = re.compile(r"(?:vervangen door|ingevoegd|toegevoegd|luidende)\s*:?\s*$", re.I)


def make_resolver(definitions: Mapping[str, Definition] | None) -> Resolver:
    """A resolver for one bill's definitions (``bill.definitions``)."""
    nlp = load_pipeline()
    recognizer = nlp.get_pipe("wetscan_organs")
    return Resolver.from_definitions(load_lexicon(), definitions, lambda text: recognizer.find(nlp.make_doc(text)))


#: Words that join a further member to the ones named ("de deelnemende gemeenten en waterschappen").
_COORDINATORS = frozenset({"en", "of", ","})


def _named_layers(doc: Doc, member_words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The layers of the co-government organs a provision names unambiguously ("gedeputeerde staten",
    "het bestuur van het waterschap"), which settle short forms around it; and of those it names as
    members of a joint body ("de deelnemende waterschappen"), which settle the joint bodies around it."""
    named: set[str] = set()
    members: set[str] = set()
    member_end = -1  # where the last member mention ends: "de deelnemende gemeenten en waterschappen"
    for mention in doc._.organs or ():
        layers = _mention_layers(mention)
        if not layers:
            continue
        named.update(layers)
        if any(token.lower_ in member_words for token in doc[max(mention.start - 1, 0) : mention.end]) or (
            mention.start == member_end + 1 and doc[member_end].lower_ in _COORDINATORS
        ):
            members.update(layers)
            member_end = mention.end
    return frozenset(named), frozenset(members)


def _mention_layers(mention: OrganMention) -> tuple[str, ...]:
    """The layers of a co-government organ a mention names unambiguously ("gedeputeerde staten", "het
    algemeen bestuur van een waterschap"); none for a joint body, a short form or another body."""
    if mention.foreign:
        return ()
    if mention.organ.role == "co_government":
        return mention.organ.layers
    if mention.collective is not None and mention.collective.role == "co_government":
        return mention.collective.layers
    return ()


def regeling_participants(doc: Doc, lexicon: Lexicon) -> frozenset[str]:
    """The layers of the co-governments a provision lets or makes enter a gemeenschappelijke regeling: those of
    the co-government organs its sentence names before the regeling, where they make it ("De raden ... van twee
    of meer gemeenten kunnen, ..., met de algemene besturen van een of meer waterschappen een gemeenschappelijke
    regeling treffen": gemeente and waterschap). A drafter names the participants once, where the law opens the
    regeling to them, and then writes of "het openbaar lichaam", "het algemeen bestuur" and "de voorzitter". A
    regeling in a relative clause ("gemeenten aanwijzen waarvan de besturen een gemeenschappelijke regeling moeten
    treffen") is what another organ's act is about: no participants are read from it."""
    nouns = [noun.split() for noun in lexicon.words("regeling_nouns")]
    verbs = lexicon.words("regeling_making_verbs")
    relatives = lexicon.words("relative_openers")
    lowered = lower_words(doc)
    in_doc = set(lowered)
    if verbs.isdisjoint(in_doc) or not any(noun[-1] in in_doc for noun in nouns):
        return frozenset()  # most provisions name no regeling and no act that makes one
    for clause in doc._.clauses or []:
        if not clause.addressees or any(m.organ.is_national for m in clause.addressees):
            continue
        words = lowered[clause.start : clause.end]
        at = next((clause.start + k for k in range(len(words)) for noun in nouns if words[k : k + len(noun)] == noun), None)
        if at is None or verbs.isdisjoint(words):
            continue
        last = max(m.end for m in clause.addressees)
        if last > at or not relatives.isdisjoint(lowered[last:at]):
            continue
        layers = frozenset(layer for m in doc._.organs or () if clause.start <= m.start < at for layer in _mention_layers(m))
        if layers:
            return layers
    return frozenset()


def _collective_named(resolver: Resolver, provisions: Sequence[Provision], docs: Sequence[Doc]) -> Resolver:
    """Read a collective term the law itself introduces: "Een provincie, een gemeente of een waterschap kan
    ... op een weg in beheer bij dat openbaar lichaam" makes "openbaar lichaam" mean those layers throughout
    the law (GUIDELINES §5a (g): a law that limits "openbare lichamen" to co-governments), unless its
    definitions say otherwise."""
    terms = resolver.lexicon.words("collective_terms") - set(resolver.by_organ)
    pointers = resolver.lexicon.words("collective_pointers")
    for provision, doc in zip(provisions, docs):
        mentions = doc._.organs or ()
        for mention in mentions:
            if mention.organ.key not in terms or mention.start == 0 or doc[mention.start - 1].lower_ not in pointers:
                continue
            layers = {layer for m in mentions if m.end <= mention.start and m.organ.role == "co_government"
                      for layer in m.organ.layers}
            if len(layers) > 1:
                named = Resolution(mention.organ.key, f"{mention.text} ({', '.join(sorted(layers))})", tuple(sorted(layers)), "co_government",
                                   SECTION_CONFIDENCE, "definition", provision.id)
                return replace(resolver, by_organ={**resolver.by_organ, mention.organ.key: named})
    return resolver


def analyse_provisions(
    provisions: Sequence[Provision], definitions: Mapping[str, Definition] | None = None, title: str | None = None,
    preamble: str | None = None, parent: ParentLaw | None = None,
) -> list[Provision]:
    """Fill norm_type, layers, mandatory_cooperation and findings on ``provisions`` (in place).

    ``provisions`` come in document order: a lid that names no actor ("Het besluit wordt ...
    toegezonden", "Hij zendt ...") takes the co-government addressee of the article's earlier lid;
    failing that, the layer the document's ``title`` (or aanhef, or definitions) names. Then the
    context pass reads what is still open with the whole document in mind, and with the ``parent``
    law it implements where that is at hand (:mod:`wetscan.analyse.context.parent`).
    """
    read_law(provisions, definitions, title, preamble, parent)
    return list(provisions)


def read_law(
    provisions: Sequence[Provision], definitions: Mapping[str, Definition] | None = None, title: str | None = None,
    preamble: str | None = None, parent: ParentLaw | None = None,
) -> LawReading | None:
    """Analyse ``provisions`` (in place, see :func:`analyse_provisions`) and return the law as the context pass
    read it; ``None`` for no provisions."""
    if not provisions:
        return None
    docs = process([provision.text for provision in provisions])
    resolver = _collective_named(make_resolver(definitions), provisions, docs)
    layers, reason = law_subject(title, preamble)
    if not layers and layers_named(title):  # a title about several layers: their organs, as before
        layers, reason = layers_named(title), _("the title «{title}»").format(title=title)
    if layers:
        resolver = replace(resolver, document=frozenset(layers), document_reason=reason)
    named_in_law = frozenset(layer for doc in docs for m in doc._.organs or ()
                             if m.organ.is_co_government and not m.foreign for layer in m.organ.layers)
    resolver = named_terms(replace(resolver, named_layers=named_in_law), provisions, docs)
    allocations = Allocations.read(resolver, provisions, docs)
    document = subject_organs(layers, reason)
    engine = RuleEngine(load_lexicon())
    earlier: dict[tuple[str, str | None, str], tuple[Resolution, ...]] = {}
    others: dict[tuple[str, str | None, str], frozenset[str]] = {}  # per article: short forms of its own bodies
    around: deque[tuple[str, frozenset[str], frozenset[str]]] = deque(maxlen=SECTION_REACH)
    member_words = engine.lexicon.words("member_words")
    participants: tuple[frozenset[str], str] = (frozenset(), "")  # of the latest regeling the law opens, and where
    results: list[ProvisionResult] = []
    readings: list[tuple[Resolver, ProvisionContext]] = []
    for provision, doc in zip(provisions, docs):
        amendment = provision.kind == "amendment"
        article = (provision.part, provision.amends, provision.article)
        context = ProvisionContext(earlier.get(article, ()), document)
        named = _named_layers(doc, member_words)
        section = frozenset().union(*(layers for _, layers, _ in around), named[0])
        participants = (own, provision.id) if (own := regeling_participants(doc, engine.lexicon)) else participants
        members = named[1] or participants[0] or frozenset().union(*(layers for _, _, layers in around))
        ids = [pid for pid, layers, _ in around if layers] + [provision.id]
        section_reason = _("the provisions {first} to {last}").format(first=ids[0], last=ids[-1])
        if not named[1] and participants[0]:
            section_reason = _("the participants named in {provision}").format(provision=participants[1])
        others[article] = others.get(article, frozenset()) | names_of_other_bodies(engine.lexicon, doc)
        neighbourhood = allocations.resolver_for(replace(
            resolver, section=section, members=members, section_reason=section_reason, others=others[article]),
            provision, doc)
        result = engine.apply(doc, neighbourhood, amendment=amendment, context=context)
        results.append(result)
        readings.append((neighbourhood, context))
        around.append((provision.id, *named))
        if result.addressed:
            earlier[article] = tuple(
                replace(r, confidence=round(r.confidence * EARLIER_SCALE, 3), method="earlier", definition=provision.id)
                for r in result.addressed if r.is_co_government
            )
        if amendment:
            _replacement_words(doc, resolver, engine, result)
        provision.norm_type = result.norm_type  # type: ignore[assignment]
        provision.layers = result.layers
        provision.mandatory_cooperation = result.mandatory_cooperation
        provision.findings = result.findings
    _compulsory_bodies_again(provisions, docs, results, readings, engine, resolver)
    reading = read_parent(parent, read_law) if parent is not None else None  # the wet: read without a parent
    return read_in_context(LawReading(
        list(provisions), docs, results, allocations.law_wide(resolver), subject=document,
        neighbourhoods=[neighbourhood for neighbourhood, _ in readings], parent=reading, allocations=allocations))


def _compulsory_bodies_again(
    provisions: Sequence[Provision], docs: Sequence[Doc], results: list[ProvisionResult],
    readings: list[tuple[Resolver, ProvisionContext]], engine: RuleEngine, resolver: Resolver,
) -> None:
    """Apply the rules a second time to the provisions that name a joint body or lead authority which another
    article of the law makes compulsory (:func:`~wetscan.analyse.rules.law_cooperation`): their duties and powers
    about it bind its members (domain.md §4 form 7). Only the cooperation findings of the second reading are
    added; what the first reading found stays as it was."""
    lead_words = engine.lexicon.triggers["signals"]["acting_for"]
    bodies = law_cooperation(provisions, resolver.aliases, lead_words).compulsory_bodies
    if not bodies:
        return
    for provision, doc, result, (neighbourhood, context) in zip(provisions, docs, results, readings):
        text = provision.text.lower()  # the doc was made from this text
        if result.mandatory_cooperation or provision.kind == "amendment" or not any(body in text for body in bodies):
            continue
        again = engine.apply(doc, neighbourhood, context=replace(context, compulsory_bodies=bodies))
        added = [f for f in again.findings if f.rule == "R22" and f not in result.findings]
        if again.mandatory_cooperation and added:
            result.findings = sorted(result.findings + added, key=lambda f: (f.start, f.rule))
            result.mandatory_cooperation = provision.mandatory_cooperation = True
            provision.findings = result.findings


def analyse_bill(bill: Bill) -> Bill:
    """Fill in norm_type, layers, mandatory_cooperation and findings on every provision of the bill text.

    Provisions of the explanatory memorandum are left as they are. Quoted amendment text (new law of
    the amended act) is analysed like any provision; pure text replacements get norm type
    "amendment", and their replacement words are read for new duties or powers.
    """
    with speaking(language()):  # one language for every message of the analysis, looked up once
        analyse_provisions([p for p in bill.provisions if p.part == "bill"], bill.definitions, bill.title, bill.preamble,
                           bill.parent_law)
    return bill


def analyse_texts(texts: Sequence[str], definitions: Mapping[str, Definition] | None = None) -> list[Provision]:
    """Analyse bare provision texts (in batches); each comes back as an analysed :class:`Provision`."""
    provisions = [Provision(id=f"text {i + 1}", article="", paragraph=None, text=text) for i, text in enumerate(texts)]
    with speaking(language()):  # one language for every message of the analysis, looked up once
        return analyse_provisions(provisions, definitions)


def analyse_text(text: str, definitions: Mapping[str, Definition] | None = None) -> Provision:
    """Analyse one bare provision text."""
    return analyse_texts([text], definitions)[0]


def _replacement_words(doc: Doc, resolver: Resolver, engine: RuleEngine, result: ProvisionResult) -> None:
    """Read the words a text replacement puts in ("«kan» wordt vervangen door «draagt zorg voor»").

    New duty or power words make a task (R01/R02) for the co-government the replaced text names;
    an organ of a higher layer replacing a co-government organ moves the task up (R15).
    """
    text = doc.text
    quotes = list(_QUOTE.finditer(text))
    new = [q for q in quotes if _REPLACEMENT_LEAD.search(text[: q.start()].rstrip())]
    old = [q for q in quotes if q not in new]
    if not new:
        return
    emit = FindingEmitter(doc, engine.lexicon, result.findings)

    def inside(span: Span, group: list[re.Match[str]]) -> bool:
        return any(q.start(1) <= span.start_char and span.end_char <= q.end(1) for q in group)

    def found(label: str, group: list[re.Match[str]]) -> list[Span]:
        return [m for m in markers_in(doc, label) if inside(m, group)]

    mentions = list(doc._.organs or [])
    old_co = [r for m in mentions if inside(m.span, old) for r in [resolve_mention(resolver, m)] if r.is_co_government]
    new_organs = [(m, resolve_mention(resolver, m)) for m in mentions if inside(m.span, new)]
    for mention, resolution in new_organs:
        higher = resolution.is_national or (
            resolution.layers == ("provincie",) and any("gemeente" in r.layers for r in old_co)
        )
        if old_co and higher:
            emit("R15", mention.span, old_co[0], old_co[0].layers[0])

    modality, trigger = None, None
    for label, name in (("norm:obligation", "obligation"), ("norm:power", "power")):
        if found(label, new) and not found(label, old):
            modality, trigger = name, found(label, new)[0]
            break
    if modality is None:
        verbs = engine.lexicon.words("finite_verbs") - engine.lexicon.words("statement_verbs")
        plain = [t for t in doc if t.lower_ in verbs and inside(doc[t.i : t.i + 1], new)]
        if plain and found("norm:power", old):
            modality, trigger = "obligation", doc[plain[0].i : plain[0].i + 1]
    if modality is None:
        return
    rule = "R01" if modality == "obligation" else "R02"
    co = [r for m in mentions for r in [resolve_mention(resolver, m)] if r.is_co_government]
    if co:
        for layer in co[0].layers:
            emit(rule, trigger, co[0], layer)
        result.layers = sorted(set(result.layers) | set(co[0].layers), key=LAYERS.index)
    else:
        emit(rule, trigger, None, None, kind="possible_task", scale=0.4)
