"""What every rule family reads about one clause: the clause, its organs and their resolution.

The engine builds one :class:`ClauseScope` per clause and hands it to each family in turn; the
families share its helpers (is the addressee plural, which preposition governs an organ) and its
emitter, so they never recompute what another family already knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from wetscan.analyse.clauses import Clause
from wetscan.analyse.definitions import Resolution, Resolver, resolve_mention
from wetscan.analyse.doctext import span_text
from wetscan.analyse.lexicon import Lexicon
from wetscan.analyse.markers import markers_in
from wetscan.analyse.organs import OrganMention
from wetscan.analyse.rules.emitter import FindingEmitter
from wetscan.analyse.rules.provision_context import ProvisionContext

#: Organ mentions with what they were resolved to.
Addressed = list[tuple[OrganMention, Resolution]]


@dataclass
class ClauseScope:
    """One clause of a provision with everything the rule families need.

    ``typed``: the clause binds or empowers someone (obligation, power, prohibition, delegation,
    amendment ...); definitions and plain statements are untyped. ``addressed`` are the clause's
    addressees resolved, ``co`` those of a co-government and ``national`` the national actors.
    """

    doc: Doc
    clause: Clause
    organs: list[OrganMention]
    resolver: Resolver
    emit: FindingEmitter
    in_clause: list[OrganMention]
    typed: bool
    addressed: Addressed = field(default_factory=list)
    context: ProvisionContext = field(default_factory=ProvisionContext)

    @cached_property
    def text(self) -> str:
        """The clause's text, its leading subordinate clause included (``doc[clause.start : clause.end].text``)."""
        return span_text(self.doc, self.clause.start, self.clause.end)

    @property
    def lexicon(self) -> Lexicon:
        return self.emit.lexicon

    @property
    def co(self) -> Addressed:
        return [(m, r) for m, r in self.addressed if r.is_co_government]

    @property
    def national(self) -> Addressed:
        return [(m, r) for m, r in self.addressed if r.is_national]

    @property
    def duty(self) -> bool:
        return self.clause.modality == "obligation" and self.clause.norm_type != "amendment"

    @property
    def power(self) -> bool:
        return self.clause.modality == "power" and self.clause.norm_type != "amendment"

    def marker(self, label: str) -> list[Span]:
        """Markers with ``label`` in the main clause."""
        return markers_in(self.doc, label, self.clause.main_start, self.clause.end)

    def markers(self, label: str) -> list[Span]:
        """Markers with ``label`` anywhere in the clause, its leading subordinate clause included."""
        return markers_in(self.doc, label, self.clause.start, self.clause.end)

    def resolve(self, mention: OrganMention) -> Resolution:
        return resolve_mention(self.resolver, mention)

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon.words(name)

    def co_government_in(self, mentions: list[OrganMention]) -> tuple[OrganMention, Resolution] | None:
        """The first mention that resolves to a co-government, with its resolution."""
        for mention in mentions:
            resolution = self.resolve(mention)
            if resolution.is_co_government:
                return mention, resolution
        return None

    def plural(self, co: Addressed) -> bool:
        """Whether several co-governments are addressed ("de colleges", "gemeenten", "GS en B&W")."""
        if len(co) > 1:
            return True
        exceptions, heads = self.words("plural_exceptions"), self.words("plural_heads")
        for mention, _ in co:
            head = mention.span[0]
            if "Plur" in head.morph.get("Number") or head.lower_ in heads or (
                head.lower_ not in exceptions and head.lower_.endswith(("en", "s", "'s"))
            ):
                return True
            # "gedeputeerde staten van de betrokken provincies": the collective tells
            if mention.collective is not None and mention.span[-1].lower_.endswith(("en", "s", "'s", "’s")):
                return True
        return False

    def plural_or_joint(self, co: Addressed) -> bool:
        return self.plural(co) or any(r.role == "joint" for _, r in co)

    def governed(self, mention: OrganMention | Span, floor: int) -> str | None:
        """The word before the organ's (or a span's) determiners ("met" in "met de colleges", "via" in "via een
        gemeenschappelijke regeling"), if at or after ``floor``."""
        position = mention.start - 1
        determiners = self.words("determiners")
        while position >= floor and self.doc[position].lower_ in determiners:
            position -= 1
        return self.doc[position].lower_ if position >= floor else None

    def head_of(self, mention: OrganMention) -> int:
        """The token before "van (de|het) <organ>" ("kring" in "de kring van het algemeen bestuur"), or -1."""
        position = mention.start - 1
        while position >= 0 and self.doc[position].lower_ in self.words("determiners"):
            position -= 1
        return position - 1 if position >= 1 and self.doc[position].lower_ == "van" else -1
