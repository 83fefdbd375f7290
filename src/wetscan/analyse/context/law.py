"""The whole law as the context pass sees it: every provision with its analysed ``Doc`` and result.

:class:`LawReading` is what the per-provision components leave behind, gathered per document:
the provisions in document order, their processed ``Doc`` (organs, markers, clauses), the rules'
result, the bill's resolver, and the actor each provision was found (or, after the pass, read) to
address. The context readers (:mod:`.bodies`, :mod:`.acts`, :mod:`.anaphora`,
:mod:`.applicability`, :mod:`.subject`) look things up here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from wetscan.analyse.clauses import Clause
from wetscan.analyse.context.references import References
from wetscan.analyse.definitions import Resolution, Resolver, resolve_mention
from wetscan.analyse.doctext import span_text
from wetscan.analyse.lexicon import read_data
from wetscan.analyse.pipeline import load_pipeline
from wetscan.analyse.rules import ProvisionResult
from wetscan.i18n import _
from wetscan.model import Provision

if TYPE_CHECKING:
    from wetscan.analyse.context.allocations import Allocations

#: Norm types whose actor decides whether a provision gives a layer a task, power or restriction.
ACTING_NORMS = ("obligation", "power", "prohibition")
#: How many words of the source clause the explanation quotes.
QUOTE_WORDS = 12


@dataclass(frozen=True)
class Actor:
    """Who acts in a provision (stated or read from context), and where that was said."""

    resolution: Resolution
    provision_id: str
    quote: str
    derived: bool = False


@dataclass(frozen=True)
class Derivation:
    """A context reading of one clause: the actor, the provisions it comes from, and why."""

    actor: Resolution
    sources: tuple[str, ...]
    reason: str
    scale: float


@dataclass
class LawReading:
    provisions: list[Provision]
    docs: list[Doc]
    results: list[ProvisionResult]
    resolver: Resolver
    subject: tuple[Resolution, ...] = ()
    actors: dict[int, list[Actor]] = field(default_factory=dict)
    #: Per provision, the resolver the rules read it with (its neighbourhood: the participants of the regeling the
    #: law opened, the layers the provisions around it name); empty where the law was read without them.
    neighbourhoods: list[Resolver] = field(default_factory=list)
    #: The wet a besluit implements, read (:class:`~.parent.ParentReading`); ``None`` where not at hand.
    parent: Any = None
    #: Who the law makes "het bevoegd gezag" for which decision (:mod:`.allocations`).
    allocations: Allocations | None = None

    def __post_init__(self) -> None:
        self._words: dict[str, frozenset[str]] = {}
        self.index = {id(provision): i for i, provision in enumerate(self.provisions)}
        for i, (provision, doc, result) in enumerate(zip(self.provisions, self.docs, self.results)):
            # a co-government named as actor counts only where the rules made it a task ("De wethouder meldt
            # zijn nevenfuncties" is a duty of the office holder, not of the gemeente)
            stated = [r for r in result.addressed if r.is_national or (
                r.is_co_government and set(r.layers) <= set(result.layers))]
            if stated:
                self.actors[i] = [Actor(r, provision.id, self.quote(doc, self.acting_clause(doc))) for r in stated]

    @cached_property
    def config(self) -> dict[str, Any]:
        return read_data("context.yaml")

    @cached_property
    def references(self) -> References:
        return References(self.provisions, self.config["other_law"])

    def words(self, name: str) -> frozenset[str]:
        """A word list of ``context.yaml``, else of ``triggers.yaml`` (as a set, built once per law)."""
        if name not in self._words:
            source = self.config[name] if name in self.config else self.resolver.lexicon.triggers[name]
            self._words[name] = frozenset(str(word).lower() for word in source)
        return self._words[name]

    def passive_or_content(self, doc: Doc, clause: Clause) -> bool:
        """Whether ``clause`` (with a verb) is an actorless passive ("De ontheffing wordt ... verleend") or a
        content rule ("Het plan bevat ..."): the forms whose actor the readers may supply from elsewhere."""
        assert clause.verb is not None
        return clause.passive or doc[clause.verb].lower_ in self.words("content_verbs")

    def scale(self, reading: str) -> float:
        return float(self.config["confidence"][reading])

    def co_actors(self, i: int) -> list[Actor]:
        """The co-government actors of provision ``i`` (stated, or read earlier in this pass)."""
        return [actor for actor in self.actors.get(i, []) if actor.resolution.is_co_government]

    def resolve(self, i: int, mention) -> Resolution:
        return resolve_mention(self.resolver, mention)

    def resolve_in_place(self, i: int, mention) -> Resolution:
        """``mention`` as the rules read it in provision ``i``: "het algemeen bestuur van het openbaar lichaam" after
        an article that opens a regeling to gemeenten and provincies is the joint body of those participants."""
        resolver = self.neighbourhoods[i] if i < len(self.neighbourhoods) else self.resolver
        return resolve_mention(resolver, mention)

    @staticmethod
    def acting_clause(doc: Doc) -> Clause | None:
        return next((c for c in doc._.clauses or [] if c.addressees and c.norm_type in ACTING_NORMS), None)

    @staticmethod
    def quote(doc: Doc, clause: Clause | None) -> str:
        """The first words of the clause that names the actor ("burgemeester en wethouders verlenen de ontheffing")."""
        if clause is None:
            return ""
        words = span_text(doc, clause.main_start, clause.end).split()
        text = " ".join(words[:QUOTE_WORDS]).rstrip(".,;:")
        return text + (" …" if len(words) > QUOTE_WORDS else "")

    def organs_named(self, text: str) -> list[Resolution]:
        """The organs a piece of text names (a reading rule's term, "gedeputeerde staten"), in order,
        resolved with the bill's definitions."""
        nlp = load_pipeline()
        mentions = nlp.get_pipe("wetscan_organs").find(nlp.make_doc(text.strip()))
        return [resolve_mention(self.resolver, mention) for mention in mentions]

    def acting_norm(self, targets: list[Provision]) -> str:
        """The norm an applied provision carries over: the first duty or power among ``targets``, else a duty."""
        norms = [self.results[self.index[id(t)]].norm_type for t in targets]
        return next((n for n in norms if n in ("obligation", "power")), "obligation")

    def derivation(self, actor: Actor, reading: str, what: str) -> Derivation:
        """A derivation from ``actor``: "actor from artikel 5, eerste lid: burgemeester en wethouders ..."."""
        if actor.quote:
            reason = _("{what} from {provision}: {quote}").format(what=what, provision=actor.provision_id, quote=actor.quote)
        else:
            reason = _("{what} from {provision}").format(what=what, provision=actor.provision_id)
        return Derivation(actor.resolution, (actor.provision_id,), reason, self.scale(reading))
