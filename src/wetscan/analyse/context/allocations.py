"""Who "het bevoegd gezag" is: the allocations a law makes of that role, per decision.

Environmental and spatial laws (the Omgevingswet and the bills and besluiten drafted in it, the Wabo and
Wet milieubeheer before it, their BES counterparts) rarely name the actor of a duty; they say "het bevoegd
gezag" and fix elsewhere who that is, per decision or activity, as a default with exceptions:

* **deciding on an application**: "Het college van burgemeester en wethouders beslist op de aanvraag om een
  omgevingsvergunning ...", "Het bestuurscollege ... is bevoegd te beslissen op de aanvraag om een vergunning";
* **designation by AMvB**: "Bij algemene maatregel van bestuur worden gevallen aangewezen waarin gedeputeerde
  staten op de aanvraag beslissen", "... kan worden bepaald dat Onze Minister bevoegd is te beslissen op de
  aanvraag", "... gevallen aangewezen waarin het dagelijks bestuur van het waterschap het bevoegd gezag is";
* **the role itself**: "Gedeputeerde staten zijn het bevoegd gezag voor ...", "In gevallen waarin het
  bestuurscollege het bevoegd gezag is, ...", "Bevoegd gezag voor een vondst is het college ...",
  "Als bevoegd gezag worden aangewezen: a. het college ... voor een gemeentelijk voorkeursrecht, b. ...".

A lawyer reads a provision whose actor is "het bevoegd gezag" (or "het bevoegd gezag voor de omgevingsvergunning")
as addressed to the organs the law allocates that role to for that decision: per GUIDELINES §5a (c) the
co-government layers among them; an allocation only to national organs makes it a national actor. The decision
is the one the provision names with the role ("het bevoegd gezag voor het projectbesluit", "het voor die
vergunning bevoegde gezag"); else, where the allocation is limited to a division ("Als bevoegd gezag als bedoeld
in deze afdeling ..."), that division's allocations; else a decision the law allocates that the provision is
about ("de voorschriften van een omgevingsvergunning"); else the allocations of the role as such, for no one
decision ("gevallen aangewezen waarin gedeputeerde staten het bevoegd gezag zijn"). An allocation said in a
condition ("Als het college het bevoegd gezag is voor de omgevingsvergunning, ...") counts for the decision it
names only. A duty to decide one application ("Gedeputeerde staten beslissen op de aanvraag binnen acht weken")
allocates nothing. "Het bevoegd gezag van de staat van herkomst", "van een instelling" is another's and is left
as it is, and so is a role the law's definitions article gives an organ ("..., dan wel het college").

The reading runs once per law before the per-provision rules: :meth:`Allocations.resolver_for` gives each
provision's resolver the holders it reads "bevoegd gezag" as. Findings on it carry the allocating provisions in
``derived_from`` and a lower confidence. Word lists: ``allocation`` in ``context.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc

from wetscan.analyse.context.aliases import word_forms
from wetscan.analyse.definitions import NAMED_PREFIX, SOURCE_SEPARATOR, Resolution, Resolver, held_jointly, resolve_mention
from wetscan.analyse.lexicon import read_data
from wetscan.analyse.organs import OrganMention
from wetscan.model import Provision

#: How sure a reading through the law's allocations is (several organs may hold the role).
ALLOCATION_CONFIDENCE = 0.75
#: The organ key of the role.
ROLE = "bevoegd_gezag"
#: The decision of a duty to decide "op de aanvraag": that of the application the law's previous allocation named.
EARLIER = "<earlier>"
#: An organ named as holder, the decision it holds the role for, and whether that is said in a condition.
Found = tuple[OrganMention, "str | None", bool]
#: How many words between an organ and the role or verb may stand ("... die het aangaat", "ingevolge deze wet").
MAX_GAP = 4


@dataclass(frozen=True)
class Allocation:
    """One organ a provision names as (possible) bevoegd gezag, for a decision or for the law as a whole."""

    holder: Resolution
    provision_id: str
    decision: str | None = None  # "omgevingsvergunning"; None where the provision names no decision
    division: str | None = None  # where the allocation holds for one division only ("in deze afdeling")
    #: Said in a condition ("Als gedeputeerde staten het bevoegd gezag zijn, ..."): it presupposes the allocation
    #: for the decision it names, but says nothing about the role elsewhere in the law.
    conditional: bool = False


@dataclass
class Allocations:
    """The bevoegd-gezag allocations of one law."""

    found: list[Allocation]
    config: dict[str, Any]

    @classmethod
    def read(cls, resolver: Resolver, provisions: Sequence[Provision], docs: Sequence[Doc]) -> Allocations:
        config = read_data("context.yaml")["allocation"]
        defined = resolver.by_organ.get(ROLE)
        if defined is not None and defined.method == "definition" and not defined.organ_key.startswith(NAMED_PREFIX) \
                and defined.layers:
            return cls([], config)  # the definitions article names who it is ("..., dan wel het college")
        found = [a for provision, doc in zip(provisions, docs) for a in _in_provision(resolver, provision, doc, config)]
        earlier = None
        for k, allocation in enumerate(found):
            if allocation.decision == EARLIER:
                found[k] = replace(allocation, decision=earlier)
            elif allocation.decision is not None:
                earlier = allocation.decision
        return cls(found, config)

    def law_wide(self, resolver: Resolver) -> Resolver:
        """``resolver`` reading the role as its allocations as such (for no one decision, division or condition),
        where the law has any: how the bill-level readers see a provision's "het bevoegd gezag"."""
        standing = self._standing(self._general(), None)
        return resolver if standing is None else replace(resolver, by_organ={**resolver.by_organ, ROLE: standing})

    def resolver_for(self, resolver: Resolver, provision: Provision, doc: Doc) -> Resolver:
        """``resolver`` reading "het bevoegd gezag" in ``provision`` as the holders of the decision it is about."""
        if not self.found:
            return resolver
        mentions = [m for m in doc._.organs or () if m.organ.key == ROLE and not m.foreign]
        if not mentions or any(a.provision_id == provision.id for a in self.found):
            return resolver
        if any(m.end < len(doc) and doc[m.end].lower_ == "van" for m in mentions):
            return resolver  # "het bevoegd gezag van de staat van herkomst": another's
        standing = self._standing_in(provision, doc, mentions)
        return resolver if standing is None else replace(resolver, by_organ={**resolver.by_organ, ROLE: standing})

    def _standing_in(self, provision: Provision, doc: Doc, mentions: list[OrganMention]) -> Resolution | None:
        named = {d for m in mentions for d in (_decision_after(doc, m.end, self.config),
                                                _decision_before(doc, m.start, self.config)) if d}
        division = _division(provision)
        about = self._about({t.lower_ for t in doc})
        general = self._general()
        for chosen, decision in (
            (self._for(named), ", ".join(sorted(named))),
            ([a for a in self.found if a.division is not None and a.division == division], None),
            (self._for(about), ", ".join(sorted(about))),
            (general, None),
        ):
            if chosen:
                return self._standing(chosen, decision)
        return None

    def for_decision_in(self, words: set[str]) -> tuple[Resolution, str] | None:
        """The holders of the decisions the law allocates that ``words`` name ("de vergunning"), and those
        decisions; ``None`` where they name none."""
        about = self._about(words)
        decision = ", ".join(sorted(about))
        standing = self._standing(self._for(about), decision)
        return (standing, decision) if standing is not None else None

    def _about(self, words: set[str]) -> set[str]:
        """The decisions the law allocates (not for one division only) that ``words`` name."""
        return {a.decision for a in self.found if a.division is None and a.decision and set(word_forms(a.decision)) & words}

    def _general(self) -> list[Allocation]:
        """The allocations of the role as such: for no one decision, division or condition."""
        return [a for a in self.found if a.division is None and a.decision is None and not a.conditional]

    def _for(self, decisions: set[str]) -> list[Allocation]:
        forms = {form for decision in decisions for form in word_forms(decision)}
        return [a for a in self.found if a.decision in forms]

    @staticmethod
    def _standing(allocations: list[Allocation], decision: str | None) -> Resolution | None:
        """What the role stands for under ``allocations``: the co-government layers among the holders, else a
        national actor; the allocating provisions as its sources."""
        if not allocations:
            return None
        holders = [a.holder for a in allocations]
        layers, labels = held_jointly(holders)
        sources = [a.provision_id for a in allocations if a.holder.is_co_government or not layers]
        role = "bevoegd gezag" + (f" voor {decision}" if decision else "")
        return Resolution(NAMED_PREFIX + role, f"{role} ({labels})", layers, "co_government" if layers else "national",
                          ALLOCATION_CONFIDENCE, "allocation", SOURCE_SEPARATOR.join(dict.fromkeys(sources)))


def _in_provision(resolver: Resolver, provision: Provision, doc: Doc, config: dict[str, Any]) -> list[Allocation]:
    """The allocations one provision makes (see the module docstring)."""
    words = [t.lower_ for t in doc]
    mentions = [m for m in doc._.organs or () if m.organ.key != ROLE]
    scoped = re.search(config["division"], doc.text, re.IGNORECASE) is not None
    division = _division(provision) if scoped else None
    found: list[Found] = []
    for j, word in enumerate(words):
        if word in config["role_words"] and j + 1 < len(words) and words[j + 1] == "gezag":
            found += _role_holders(doc, words, j, mentions, config)
        elif word in config["deciding_verbs"]:
            found += _deciding_holders(doc, words, j, mentions, config)
    allocations = []
    for mention, decision, conditional in found:
        holder = resolve_mention(resolver, mention)
        if holder.is_co_government or holder.is_national:
            allocations.append(Allocation(holder, provision.id, decision, division, conditional))
    return allocations


def _role_holders(doc: Doc, words: list[str], j: int, mentions: list[OrganMention],
                  config: dict[str, Any]) -> list[Found]:
    """Holders of "bevoegd gezag" at ``j``: "X is het bevoegd gezag (voor D)", "waarin X het bevoegd gezag zijn",
    "zijn X het bevoegd gezag", or, with the role first, "Bevoegd gezag voor D is X", "Als bevoegd gezag worden
    aangewezen: a. X voor D, b. ..."."""
    start = j - 1 if j > 0 and words[j - 1] == "het" else j
    end = j + 2
    if end < len(words) and words[end] == "van":
        return []  # "het bevoegd gezag van de school": another's
    copulas = set(config["copulas"])
    boundary = _boundary(words, start, config)
    after = end < len(words) and words[end] in copulas
    stretch = words[boundary:start]
    if after or copulas & set(stretch):
        holders = _listed_before(doc, words, boundary, start, mentions, config)
        if holders:
            decision = _decision_after(doc, end + (1 if after else 0), config)
            conditional = _conditional(words, boundary, config)
            return [(m, decision, conditional) for m in holders]
    if any(w not in config["openers"] for w in stretch):
        return []
    # the role first: the organs after its copula, or heading the onderdelen of a list
    verb = next((k for k in range(end, len(words)) if words[k] in copulas or words[k] in (".", ";") or (
        words[k] in config["passives"] and words[k + 1 : k + 2] and words[k + 1] in config["designating"])), None)
    if verb is None or words[verb] in (".", ";"):
        return []
    decision = _decision_after(doc, end, config)
    position = verb + 1
    if position < len(words) and words[position] in config["designating"]:
        position += 1
    if position < len(words) and words[position] == ":":
        return [(m, _decision_after(doc, m.end, config) or decision, False) for m in _list_heads(doc, position, mentions)]
    return [(m, decision, False) for m in _listed_after(words, position, mentions, config)]


def _deciding_holders(doc: Doc, words: list[str], j: int, mentions: list[OrganMention],
                      config: dict[str, Any]) -> list[Found]:
    """Holders of the decision on an application at the verb ``j``: "X beslist op de aanvraag om een D", "waarin X
    op de aanvraag beslissen", "X is bevoegd te beslissen op de aanvraag". A duty to decide counts only where it
    names the decision or stands in a designation ("gevallen aangewezen waarin", "bepaald dat")."""
    competence = words[j] == "beslissen" and words[j - 1 : j] == ["te"]
    verb = j
    if competence:
        anchor = j - 2
        while anchor > 0 and words[anchor] in ("bevoegd", "is", "zijn", "om"):
            anchor -= 1
        anchor += 1
        if "bevoegd" not in words[anchor:j]:
            return []
    else:
        anchor = j
    application = _application(words, verb + 1)
    if application is None:  # "waarin gedeputeerde staten op de aanvraag beslissen"
        fronted = next((k for k in range(max(0, j - 8), j) if _application(words, k) is not None), None)
        if fronted is None:
            return []
        anchor = fronted
        application = _application(words, fronted)
    assert application is not None
    decision = _decision_after(doc, application - 1, config)
    boundary = _boundary(words, anchor, config)
    designated = any(w in config["designating"] for w in words[max(0, boundary - 3) : boundary])
    if not (decision or designated or competence):
        return []  # "Gedeputeerde staten beslissen op de aanvraag binnen twee maanden": one application's decision
    if decision is None and words[application - 2] == "de":
        decision = EARLIER  # "op de aanvraag": the application the law named before
    holders = _listed_before(doc, words, boundary, anchor, mentions, config)
    if not holders and not competence:  # "Op de aanvraag om een ontheffing beslist het college"
        holders = _listed_after(words, verb + 1, mentions, config)
    return [(m, decision, _conditional(words, boundary, config)) for m in holders]


def _application(words: list[str], k: int) -> int | None:
    """Where "op de/een/elke aanvraag" at ``k`` ends, else ``None``."""
    if words[k : k + 1] == ["op"] and k + 2 < len(words) and words[k + 2].startswith("aanvra"):
        return k + 3
    return None


def _conditional(words: list[str], boundary: int, config: dict[str, Any]) -> bool:
    """Whether the clause starting at ``boundary`` is a condition ("Als ...", "Indien ...", "In gevallen waarin ...")."""
    opener = words[boundary - 1] if boundary > 0 else ""
    return opener in config["conditions"] or (opener == "waarin" and words[max(0, boundary - 3) : boundary - 1] == ["in", "gevallen"])


def _boundary(words: list[str], position: int, config: dict[str, Any]) -> int:
    """Where the clause of the word at ``position`` starts: after the nearest subordinator or stop before it."""
    stops = set(config["boundaries"]) | {".", ";", ":"}
    for k in range(position - 1, -1, -1):
        if words[k] in stops:
            return k + 1
    return 0


def _listed_before(doc: Doc, words: list[str], boundary: int, position: int, mentions: list[OrganMention],
                   config: dict[str, Any]) -> list[OrganMention]:
    """The organs named as subject between ``boundary`` and ``position``, not governed by a preposition ("op
    verzoek van gedeputeerde staten") nor compared ("een ander bestuursorgaan dan het college")."""
    found = [m for m in mentions if boundary <= m.start and m.end <= position
             and not _governed(words, boundary, m.start, config) and "dan" not in words[boundary : m.start]]
    if not found:
        return []
    gap = words[max(m.end for m in found) : position]
    relative = bool(gap) and gap[0] in config["relatives"] and gap[-1] == ","
    return found if len(gap) <= MAX_GAP or relative else []


def _governed(words: list[str], boundary: int, start: int, config: dict[str, Any]) -> bool:
    """Whether a preposition governs the organ at ``start`` ("bij het college", "van de omgevingsverordening")."""
    k = start - 1
    while k >= boundary and words[k] in ("de", "het", "een"):
        k -= 1
    return k >= boundary and words[k] in config["governing"]


def _listed_after(words: list[str], position: int, mentions: list[OrganMention], config: dict[str, Any]) -> list[OrganMention]:
    """The organ right after ``position`` (determiners skipped) and those coordinated with it ("is het college",
    "zijn gedeputeerde staten of Onze Minister")."""
    while position < len(words) and words[position] in ("de", "het", "een"):
        position += 1
    found = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start == position:
            found.append(mention)
            position = mention.end
            while position < len(words) and (words[position] in config["coordinators"] or words[position] in ("de", "het")):
                position += 1
    return found


def _list_heads(doc: Doc, colon: int, mentions: list[OrganMention]) -> list[OrganMention]:
    """The organ heading each onderdeel after a colon ("worden aangewezen: a. het college ..., b. gedeputeerde
    staten ...")."""
    heads = []
    for mention in mentions:
        if mention.start <= colon:
            continue
        before = [t for t in doc[max(colon, mention.start - 4) : mention.start]]
        words = [t.lower_ for t in before if t.lower_ not in ("de", "het", "een")]
        if words and (words[-1] in (":", ",", ";", ".") or re.fullmatch(r"[a-z]\.?|\d+°", words[-1])):
            heads.append(mention)
    return heads


def _decision_after(doc: Doc, position: int, config: dict[str, Any]) -> str | None:
    """The decision named from ``position``: "voor (het beslissen op) de aanvraag om een omgevingsvergunning",
    "voor een gemeentelijk voorkeursrecht", "om een vergunning als bedoeld in ..." (the head noun)."""
    words = [t.lower_ for t in doc]
    skip = set(config["decision_skip"])
    k = position
    while k < len(words) and words[k] in skip:
        k += 1
    if k < len(words) and words[k].startswith("aanvra"):
        k += 1
        if k >= len(words) or words[k] not in ("om", "tot", "voor"):
            return None
        k += 1
        while k < len(words) and words[k] in skip:
            k += 1
    head = None
    ends = set(config["decision_ends"]) | set(config["deciding_verbs"])
    while k < len(words) and doc[k].is_alpha and words[k] not in ends:
        head = words[k]
        k += 1
    return head if head and len(head) > 3 and head not in config["decision_general"] else None


def _decision_before(doc: Doc, start: int, config: dict[str, Any]) -> str | None:
    """The decision named before an attributive role: "het voor die omgevingsvergunning bevoegde gezag", "het ten
    aanzien van een vergunning bevoegde gezag"."""
    words = [t.lower_ for t in doc]
    for k in range(max(0, start - 8), start):
        if words[k] == "voor" or words[k : k + 3] == ["ten", "aanzien", "van"]:
            position = k + (3 if words[k] == "ten" else 1)
            decision = _decision_after(doc, position, config)
            if decision:
                return decision
    return None


def _division(provision: Provision) -> str | None:
    """The chapter of an article numbered per chapter ("9.6" -> "9"), the division a "deze afdeling" allocation
    is read to hold for; ``None`` for an article numbered through the law."""
    article = provision.article or ""
    return article.split(".")[0] if "." in article else None
