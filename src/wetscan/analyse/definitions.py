"""Definitions resolution: what an ambiguous organ name means in this bill.

"Het college", "de raad", "het bestuur", "de voorzitter" mean whatever the definitions article
says ("college: college van burgemeester en wethouders"). Without a definition, domain.md §2 says
to fall back to the usual meaning (Gemeentewet art. 5: the college van B&W) at low confidence;
names without a usual meaning ("het bestuur", "bevoegd gezag") stay unresolved.

A definition may also introduce a new name for an organ ("regio: veiligheidsregio als bedoeld in
artikel 8"); such names are recognised as aliases in this bill's provisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from wetscan.analyse.doctext import lower_words
from wetscan.analyse.lexicon import CO_GOVERNMENT_ROLES, Lexicon, Organ
from wetscan.analyse.organs import OrganMention
from wetscan.model import LAYERS, Definition

_LEADING_ARTICLE = re.compile(r"^(?:de|het|een)\s+", re.IGNORECASE)

#: Confidence of a resolution read from the bill's own definitions article.
DEFINITION_CONFIDENCE = 0.95
#: Confidence of a name that needs no resolution, or is settled by "van de gemeente".
CERTAIN = 1.0
CONTEXT_CONFIDENCE = 0.9
#: Confidence of a short form read in the light of the other organs the provision names.
PROVISION_CONTEXT_CONFIDENCE = 0.7
#: Confidence of a short form or joint body read in the light of the neighbouring provisions.
SECTION_CONFIDENCE = 0.6
#: Confidence of a short form read as the organ of the one layer the whole document is about.
DOCUMENT_CONFIDENCE = 0.55
#: Prefix of the organ key of a term the law names the holders of ("named:managementautoriteit",
#: :mod:`wetscan.analyse.context.aliases`); its ``definition`` lists the provisions, joined by the separator.
NAMED_PREFIX = "named:"
SOURCE_SEPARATOR = "; "


@dataclass(frozen=True)
class Resolution:
    """What an organ mention was resolved to, and how."""

    organ_key: str
    label: str
    layers: tuple[str, ...]
    role: str  # co_government | joint | dual | regulation | national | other | unresolved | possible
    confidence: float
    method: str  # lexicon | context | definition | document | earlier | default | foreign | unresolved
    definition: str | None = None  # provision id of the definition used; for "document"/"earlier": the source

    @property
    def is_co_government(self) -> bool:
        return self.role in CO_GOVERNMENT_ROLES and bool(self.layers)

    @property
    def is_national(self) -> bool:
        return self.role == "national"


def held_jointly(holders: Sequence[Resolution]) -> tuple[tuple[str, ...], str]:
    """What a function or competence held by several organs stands for (GUIDELINES §5a (c)): the
    co-government layers among its holders (in :data:`LAYERS` order), and the holders' labels, those of
    the co-governments where there are any ("burgemeester, gedeputeerde staten")."""
    co = [h for h in holders if h.is_co_government]
    labels = ", ".join(dict.fromkeys(h.label for h in (co or holders)))
    return tuple(layer for layer in LAYERS if any(layer in h.layers for h in co)), labels


@dataclass
class Resolver:
    """Resolves organ mentions with the definitions of one bill (or none)."""

    lexicon: Lexicon
    by_organ: dict[str, Resolution] = field(default_factory=dict)  # ambiguous key -> resolution
    aliases: dict[str, Resolution] = field(default_factory=dict)  # new defined term -> resolution
    context: frozenset[str] = frozenset()  # layers of the unambiguous organs of the provision at hand
    document: frozenset[str] = frozenset()  # the layers the whole document is about (its subject)
    section: frozenset[str] = frozenset()  # the layers the neighbouring provisions name
    members: frozenset[str] = frozenset()  # the layers they name as members ("de deelnemende gemeenten")
    #: The layers whose own organs the document names anywhere ("de eilandsraad"): a default that needs its
    #: layer named (``Organ.default_needs_layer``) applies only then.
    named_layers: frozenset[str] = frozenset()
    section_reason: str = ""
    document_reason: str = ""  # why: "the title «Provinciewet»"
    #: Ambiguous names the article at hand also gives another body ("Er is een raad van advies"): no usual
    #: meaning there.
    others: frozenset[str] = frozenset()

    def for_provision(self, mentions: list[OrganMention]) -> Resolver:
        """This resolver, reading short forms in the light of the organs one provision names."""
        layers = {
            layer for mention in mentions if mention.organ.role not in ("ambiguous", "possible")
            for layer in resolve_mention(self, mention).layers
        }
        return replace(self, context=frozenset(layers))

    @classmethod
    def from_definitions(
        cls,
        lexicon: Lexicon,
        definitions: Mapping[str, Definition] | None,
        organs_in: Callable[[str], list[OrganMention]],
    ) -> Resolver:
        """Read every definition whose meaning names an organ.

        ``organs_in`` finds the organ mentions in a text (the organ recognizer of the pipeline).
        """
        resolver = cls(lexicon)
        if not definitions:
            return resolver
        for raw_term, definition in definitions.items():
            term = _LEADING_ARTICLE.sub("", raw_term.strip())
            meaning = _first_meaningful_organ(resolver, organs_in(definition.meaning))
            term_mentions = organs_in(term)
            whole_term = [m for m in term_mentions if m.span.start_char == 0 and m.span.end_char == len(term)]
            if whole_term and whole_term[0].organ.role in ("ambiguous", "possible"):
                key = whole_term[0].organ.key
                resolver.by_organ[key] = _from_definition(meaning, definition) if meaning else Resolution(
                    key, f"{term} ({definition.meaning[:60]})", (), "other", DEFINITION_CONFIDENCE, "definition",
                    definition.provision_id,
                )
            elif not whole_term and meaning is not None:
                resolver.aliases[term.strip().lower()] = _from_definition(meaning, definition)
        return resolver

    def resolve(self, mention: OrganMention) -> Resolution:
        organ = mention.organ
        if mention.foreign:
            return Resolution(organ.key, mention.text, (), "other", CONTEXT_CONFIDENCE, "foreign")
        members = self.lexicon.members_from_context
        if organ.key in members or (mention.collective is not None and mention.collective.key in members):
            if self.members:  # the participants' layers: "de deelnemende gemeenten en provincies"
                return Resolution(organ.key, mention.text, tuple(sorted(self.members)), "joint", SECTION_CONFIDENCE,
                                  "section", self.section_reason)
            if len(self.document) == 1:
                return Resolution(organ.key, mention.text, tuple(self.document), "joint", DOCUMENT_CONFIDENCE,
                                  "document", self.document_reason)
        if organ.role not in ("ambiguous", "possible"):
            if mention.collective is not None and not organ.layers:
                return _from_collective(organ, mention)
            return Resolution(organ.key, organ.label, organ.layers, organ.role, CERTAIN, "lexicon")
        if mention.collective is not None:
            return _from_collective(organ, mention)
        if organ.key in self.by_organ:
            return self.by_organ[organ.key]
        if mention.start > 0 and mention.span.doc[mention.start - 1].lower_ in organ.generic_after:
            return Resolution(organ.key, mention.text, (), "other", CONTEXT_CONFIDENCE, "context")  # "andere openbare lichamen"
        by_layer = dict(organ.by_layer)
        if len(self.context) == 1 and next(iter(self.context)) in by_layer:
            meant = self.lexicon.organs[by_layer[next(iter(self.context))]]
            # a joint body is its participants' ("een provinciale verordening" names no participant of it)
            layers = tuple(sorted(self.members)) if meant.key in members and self.members else meant.layers
            return Resolution(meant.key, meant.label, layers, meant.role, PROVISION_CONTEXT_CONFIDENCE, "context")
        joint = sorted({by_layer.get(layer) for layer in self.members} & members)
        if len(self.members) > 1 and joint:  # the body that participants of several layers set up
            meant = self.lexicon.organs[joint[0]]
            return Resolution(meant.key, meant.label, tuple(sorted(self.members)), meant.role, SECTION_CONFIDENCE,
                              "section", self.section_reason)
        if len(self.members) > 1 and organ.key in self.lexicon.joint_short_forms:  # "de voorzitter" of that body
            return Resolution(organ.key, self.lexicon.joint_short_forms[organ.key], tuple(sorted(self.members)), "joint",
                              SECTION_CONFIDENCE, "section", self.section_reason)
        around = self.members if len(self.members) == 1 else self.section
        if len(around) == 1 and next(iter(around)) in by_layer:
            meant = self.lexicon.organs[by_layer[next(iter(around))]]
            layers = tuple(self.members) if meant.key in members and len(self.members) == 1 else meant.layers
            return Resolution(meant.key, meant.label, layers, meant.role, SECTION_CONFIDENCE, "section",
                              self.section_reason)
        if len(self.document) == 1 and next(iter(self.document)) in by_layer:
            meant = self.lexicon.organs[by_layer[next(iter(self.document))]]
            return Resolution(meant.key, meant.label, meant.layers, meant.role, DOCUMENT_CONFIDENCE, "document",
                              self.document_reason)
        if organ.role == "possible":
            return Resolution(organ.key, organ.label, (), "possible", 0.3, "unresolved")
        if organ.default and organ.key not in self.others and (
                organ.default_needs_layer is None or organ.default_needs_layer in self.named_layers):
            default = self.lexicon.organs[organ.default]
            return Resolution(
                default.key, default.label, default.layers, default.role, organ.default_confidence, "default"
            )
        return Resolution(organ.key, organ.label, (), "unresolved", 0.3, "unresolved")

    def alias_mentions(self, doc: Doc, existing: list[OrganMention]) -> list[OrganMention]:
        """Mentions of terms this bill defines as an organ ("de regio"), not already covered."""
        if not self.aliases:
            return []
        taken = {i for mention in existing for i in range(mention.start, mention.end)}
        found: list[OrganMention] = []
        lowered = lower_words(doc)
        for term, resolution in self.aliases.items():
            words = term.split()
            for start in range(len(doc) - len(words) + 1):
                if lowered[start : start + len(words)] == words and taken.isdisjoint(range(start, start + len(words))):
                    organ = Organ(resolution.organ_key, resolution.label, resolution.layers, resolution.role, (term,))
                    found.append(_AliasMention(Span(doc, start, start + len(words)), organ, resolution=resolution))
                    taken.update(range(start, start + len(words)))
        return found


@dataclass
class _AliasMention(OrganMention):
    resolution: Resolution | None = None


def names_of_other_bodies(lexicon: Lexicon, doc: Doc) -> frozenset[str]:
    """The ambiguous organ names a provision gives a body of its own ("Er is een raad van advies", "de raad van
    bestuur van de autoriteit", "het college van bestuur"). In that article the bare short form ("De raad
    adviseert ...") is that body, as a drafter writes it right after naming the body in full; the usual
    meaning (the gemeenteraad) is not assumed."""
    heads = lexicon.ambiguous_heads
    found = set()
    for mention in doc._.organs or ():
        if mention.foreign and mention.organ.role == "ambiguous":
            found.add(mention.organ.key)
        elif mention.organ.role == "other" and mention.span[0].lower_ in heads:
            found.add(heads[mention.span[0].lower_])  # "raad van advies": a lexicon name of no organ
    return frozenset(found)


def resolve_mention(resolver: Resolver, mention: OrganMention) -> Resolution:
    if isinstance(mention, _AliasMention) and mention.resolution is not None:
        return mention.resolution
    return resolver.resolve(mention)


def _first_meaningful_organ(resolver: Resolver, mentions: list[OrganMention]) -> Resolution | None:
    """The organ a definition's meaning names. A joint body named through a term the bill defined earlier
    ("dagelijks bestuur: het dagelijks bestuur van een openbaar lichaam", where "openbaar lichaam" is
    defined as the vervoerregio) is that earlier term's body."""
    for mention in mentions:
        earlier = _defined_joint_body(resolver, mention) if mention.collective is not None else None
        if earlier is not None:
            return earlier
        resolution = resolver.resolve(mention)
        if resolution.method in ("lexicon", "context", "foreign"):
            return resolution
    return None


def _defined_joint_body(resolver: Resolver, mention: OrganMention) -> Resolution | None:
    """The joint body an earlier definition made of the collective closing ``mention`` ("... van een
    openbaar lichaam" after "openbaar lichaam: een openbaar lichaam als bedoeld in artikel 20 ...")."""
    text = mention.text.lower()
    defined = [(names, r) for key, r in resolver.by_organ.items() for names in [resolver.lexicon.organs[key].names]]
    defined += [((term,), r) for term, r in resolver.aliases.items()]
    for names, resolution in defined:
        if resolution.role == "joint" and any(text.endswith(f" {name}") for name in names):
            return resolution
    return None


def _from_definition(meaning: Resolution, definition: Definition) -> Resolution:
    return Resolution(
        meaning.organ_key, meaning.label, meaning.layers, meaning.role, DEFINITION_CONFIDENCE, "definition",
        definition.provision_id,
    )


def _from_collective(organ: Organ, mention: OrganMention) -> Resolution:
    collective = mention.collective
    assert collective is not None
    return Resolution(
        organ.key, mention.text, collective.layers, collective.role, CONTEXT_CONFIDENCE, "context"
    )
