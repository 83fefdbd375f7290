"""The parent law: read a besluit or regeling with the wet it implements open.

An algemene maatregel van bestuur or ministeriële regeling works out a wet and often leaves its actor
to it: "Het bevoegd gezag controleert ...", "Een saneringsprogramma als bedoeld in artikel 89 van de wet
bevat ...", "Het plan van toedeling kan nadere regels bevatten ...". Who makes the programma or the plan,
who the bevoegd gezag is, the wet says. Drafting practice (Aanwijzingen voor de regelgeving) names the wet
in the besluit's definitions ("wet: de Wet geluidhinder") and cites it as "artikel N van de wet"; the
aanhef says on which articles the besluit rests ("Gelet op artikel 89 van de Wet geluidhinder").

This module

* recognises the parent law's title (:func:`parent_title`: the definition ``parent_terms``, else the
  definition item ``parent_definition`` in a definitions article, else ``parent_aanhef``);
* reads the parent law's text, once per title within a process (:func:`read_parent`), with the same
  per-provision analysis and context pass as any law: its act map (:mod:`.acts`), its competences
  (:mod:`.competences`) and its resolver (definitions and named terms, :mod:`.aliases`);
* lets an actorless provision of the besluit inherit the actor the parent law fixes
  (:func:`parent_actor`: the provision of the wet it refers to, the wet's act on the same object, the
  wet's competence for the act), and a role term the besluit leaves open ("de beheerder", "het bevoegd
  gezag") the holder the wet's definitions or named terms give it (:func:`parent_role`).

Only a co-government the wet itself names for that act, instrument or role is read in; where the wet
names a national organ for it (Onze Minister stelt ... vast), nothing is. The besluit's own words come
first: these readers run only where the besluit names no actor and its own readings found none. Each
reading is a derived finding (R23-R25) whose ``derived_from`` cites the parent provision with the law's
title ("Wet geluidhinder, artikel 89, lid 1").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.acts import ActMap, direct_objects, subject_and_verb
from wetscan.analyse.context.competences import CompetenceMap
from wetscan.analyse.context.law import ACTING_NORMS, Actor, Derivation, LawReading
from wetscan.analyse.context.owner import subject_stretch
from wetscan.analyse.context.references import ORDINALS
from wetscan.analyse.definitions import SOURCE_SEPARATOR, resolve_mention
from wetscan.analyse.lexicon import read_data
from wetscan.i18n import _
from wetscan.model import Definition, ParentLaw, Provision

#: Reads a whole law (provisions, definitions, title) into a :class:`LawReading` (``analyse.provisions``).
LawReader = Callable[[Sequence[Provision], Mapping[str, Definition], str], "LawReading | None"]
#: Resolution methods that say the parent law itself settled a term (not the lexicon's default reading).
_SETTLED_BY_LAW = ("definition", "context")


def _config() -> dict:
    return read_data("context.yaml")


def parent_title(definitions: Mapping[str, Definition] | None, provisions: Iterable[Provision],
                 preamble: str | None = None) -> str | None:
    """The title of the wet a besluit implements, or ``None`` where the besluit does not say.

    The definition "wet: de Wet geluidhinder" of the definitions article for the whole besluit (``parent_scope``:
    "In dit besluit wordt verstaan onder"; a parsed definition, else the item as written there), failing that
    the aanhef's "Gelet op artikel 89 van de Wet geluidhinder". Without ``provisions`` a parsed definition is
    taken as it is."""
    config = _config()
    provisions = list(provisions)
    scope = re.compile(config["parent_scope"], re.IGNORECASE)
    defines = re.compile(config["definition_sentence"], re.IGNORECASE)
    defining = {p.article for p in provisions if scope.search(p.text) and defines.search(p.text)}
    for term in config["parent_terms"]:
        definition = (definitions or {}).get(term)
        if definition is None or (provisions and not any(
                p.id == definition.provision_id and p.article in defining for p in provisions)):
            continue  # a definition of a paragraaf, or of a wet: it names no parent law of the whole document
        if title := _title(definition.meaning, config):
            return title
    pattern = re.compile(config["parent_definition"])
    for provision in provisions:
        if provision.article in defining:
            for match in pattern.finditer(provision.text):
                if title := _title(match["title"], config):
                    return title
    match = re.search(config["parent_aanhef"], preamble or "", re.IGNORECASE)
    return _title(match["title"], config) if match else None


def _title(text: str, config: dict) -> str | None:
    """A law's title as a definition gives it: "de Wet educatie en beroepsonderwijs;" -> "Wet educatie en
    beroepsonderwijs"; ``None`` for a meaning that names no wet."""
    title = re.sub(r"^\s*(?:de|het)\s+", "", text.strip(), flags=re.IGNORECASE).rstrip(" ;.,:|")
    if not title or not title[0].isupper() or "wet" not in title.lower():
        return None
    match = re.match(config["parent_definition"], f" wet: {title}")
    return match["title"] if match else None


@dataclass
class ParentReading:
    """The parent law as read: its analysed provisions, act map, makers of instruments and competences."""

    title: str
    where: str
    law: LawReading
    acts: ActMap
    competences: CompetenceMap
    #: Object lemma -> the actors the wet has make it ("Gedeputeerde staten stellen ... een lijst ... vast").
    makers: dict[str, list[Actor]]

    def cite(self, provision_id: str) -> str:
        """A provision of the parent law as cited from the besluit, the law first: "Wet geluidhinder, artikel 89,
        lid 1" (as a provision id, the same in every language of the report)."""
        return f"{self.title}, {provision_id}"

    def provisions_cited(self, article: str, lid: str | None) -> list[int]:
        """The parent's provisions "artikel 89, eerste lid" cites (all leden of the article without a lid)."""
        number = ORDINALS.get((lid or "").lower())
        return [j for j, p in enumerate(self.law.provisions) if p.article == article and (
            number is None or p.paragraph == number)]


#: How many parent laws a process keeps read (each holds its analysed provisions).
CACHED_PARENTS = 8
_READINGS: dict[tuple[str, str], ParentReading | None] = {}


def read_parent(parent: ParentLaw, read_law: LawReader) -> ParentReading | None:
    """The parent law read with ``read_law``, once per title and source within a process (a batch or an
    evaluation meets the same wet for many besluiten); ``None`` for a law without provisions."""
    key = (parent.title.lower(), parent.where)
    if key in _READINGS:
        _READINGS[key] = _READINGS.pop(key)  # most recently used last
    else:
        while len(_READINGS) >= CACHED_PARENTS:
            _READINGS.pop(next(iter(_READINGS)))
        law = read_law(parent.provisions, parent.definitions, parent.title)
        if law is None:
            _READINGS[key] = None
        else:
            acts = ActMap.build(law)
            _READINGS[key] = ParentReading(parent.title, parent.where, law, acts, CompetenceMap.build(law),
                                           _makers(law, acts))
    return _READINGS[key]


def _makers(law: LawReading, acts: ActMap) -> dict[str, list[Actor]]:
    """Who the wet has make each instrument: the named actors of its clauses that adopt or draw up their direct
    object (``instrument_making``: "stellen ... vast", "stelt ... op")."""
    making = re.compile(law.config["instrument_making"], re.IGNORECASE)
    makers: dict[str, list[Actor]] = {}
    for i, doc in enumerate(law.docs):
        for clause in doc._.clauses or []:
            if not clause.addressees or clause.norm_type not in ("obligation", "power"):
                continue
            if not making.search(doc[clause.main_start : clause.end].text):
                continue
            actors = [Actor(r, law.provisions[i].id, law.quote(doc, clause)) for m in clause.addressees
                      if (r := law.resolve(i, m)).is_co_government or r.is_national]
            for noun in direct_objects(law, doc, clause):
                makers.setdefault(acts.lemma.get(noun, noun), []).extend(actors)
    return makers


def _maker(law: LawReading, parent: ParentReading, doc: Doc, clause: Clause) -> tuple[str, Actor] | None:
    """For a content rule ("De lijst der geldelijke regelingen vermeldt ..."), the co-government the wet has make
    its subject; ``None`` where the wet has a national organ (or organs of several layers) make it."""
    if doc[clause.verb].lower_ not in law.words("content_verbs"):
        return None
    words = subject_and_verb(law, doc, clause)
    if not words:
        return None
    noun = parent.acts.lemma.get(words[0], words[0])
    found = parent.makers.get(noun, [])
    if not found or any(not actor.resolution.is_co_government for actor in found):
        return None
    if len({actor.resolution.layers for actor in found}) > 1:
        return None
    return noun, found[0]


def parent_actor(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The actor the parent law fixes for an actorless passive or content rule of the besluit: that of the
    provision of the wet its subject refers to ("Een saneringsprogramma als bedoeld in artikel 89 van de wet
    bevat"), else, for a content rule, of the wet's maker of its subject ("Het plan van toedeling bevat" where the
    wet has gedeputeerde staten adopt it), else of the wet's act on the same object (the first provision of the
    wet that acts on it), else of the wet's competence for the act."""
    parent: ParentReading | None = law.parent
    if parent is None or clause.addressees or clause.verb is None:
        return None
    referred = _referred(law, parent, doc, clause)
    if referred is not None:
        return referred or None
    acting = _maker(law, parent, doc, clause) or parent.acts.acting_on(law, doc, clause, before=0)
    if acting is not None:
        noun, actor = acting
        return _derivation(law, parent, actor, _("actor of the «{noun}» from {provision}").format(
            noun=noun, provision=parent.cite(actor.provision_id)))
    competent = parent.competences.actor_of(law, i, doc, clause)
    if competent is None:
        return None
    sources = tuple(parent.cite(source) for source in competent.sources)
    reason = _("competent in the {title}: {reason}").format(title=parent.title, reason=competent.reason)
    return Derivation(competent.actor, sources, reason, law.scale("parent"))


def parent_content(law: LawReading, doc: Doc, clause: Clause) -> Clause | None:
    """``clause`` read as an actorless duty where it prescribes the content of an instrument the parent law
    has a co-government make ("De lijst der geldelijke regelingen vermeldt ..." where the wet has gedeputeerde
    staten adopt that lijst; "Een programma als bedoeld in artikel 89 van de wet bevat ...") but the
    per-provision reading typed it a statement; else ``None``. The readers then supply the actor."""
    parent: ParentReading | None = law.parent
    if parent is None or clause.addressees or clause.verb is None or clause.norm_type in ACTING_NORMS:
        return None
    if clause.passive or doc[clause.verb].lower_ not in law.words("content_verbs"):
        return None
    duty = replace(clause, norm_type="obligation", modality="obligation")
    if _referred(law, parent, doc, duty) or _maker(law, parent, doc, duty) or parent.acts.acting_on(
            law, doc, duty, before=0):
        return duty
    return None


def _referred(law: LawReading, parent: ParentReading, doc: Doc, clause: Clause) -> Derivation | bool | None:
    """The co-government actor of the parent provision the clause's subject cites ("als bedoeld in artikel 89,
    eerste lid, van de wet"); ``False`` where that provision names a national actor or no co-government
    (the reference settles who acts: nothing else is read), ``None`` where the subject cites none."""
    if not law.passive_or_content(doc, clause):
        return None
    start, end = subject_stretch(law, doc, clause)
    match = re.search(law.config["parent_reference"], doc[start:end].text, re.IGNORECASE)
    if match is None:
        return None
    cited = parent.provisions_cited(match["article"], match["lid"])
    actors = [actor for j in cited for actor in parent.law.actors.get(j, []) if not actor.derived]
    if not actors or any(not actor.resolution.is_co_government for actor in actors):
        return False
    if len({actor.resolution.layers for actor in actors}) > 1:
        return False
    actor = actors[0]
    return _derivation(law, parent, actor, _("actor from {provision}").format(provision=parent.cite(actor.provision_id)))


def _derivation(law: LawReading, parent: ParentReading, actor: Actor, what: str) -> Derivation:
    reason = f"{what}: {actor.quote}" if actor.quote else what
    return Derivation(actor.resolution, (parent.cite(actor.provision_id),), reason, law.scale("parent"))


def parent_role(law: LawReading, i: int, doc: Doc, clause: Clause) -> Derivation | None:
    """The holder the parent law gives a role term the besluit leaves open ("Het bevoegd gezag controleert",
    "de beheerder"): the co-government its definitions or named terms make of it. A term the besluit
    resolves itself, or one the wet leaves to the lexicon's default reading, is not read this way."""
    parent: ParentReading | None = law.parent
    if parent is None:
        return None
    for mention in clause.addressees:
        own = law.resolve(i, mention)
        if own.layers or own.is_national:
            continue
        held = resolve_mention(parent.law.resolver, mention)
        if not held.is_co_government or held.method not in _SETTLED_BY_LAW:
            continue
        sources = tuple(parent.cite(source) for source in (held.definition or "").split(SOURCE_SEPARATOR) if source)
        reason = _("«{term}» as the {title} settles it: {holder}").format(
            term=mention.text, title=parent.title, holder=held.label)
        return Derivation(replace(held, definition=", ".join(sources) or parent.title), sources, reason,
                          law.scale("parent"))
    return None
