"""Cooperation read through the law's own references (domain.md §4 forms 1, 3 and 4).

A power to impose cooperation is seldom one lid. The lid that creates it ("Gedeputeerde staten kunnen
gemeenten aanwijzen waarvan de besturen een gemeenschappelijke regeling moeten treffen") is followed by
its procedure ("Alvorens een aanwijzing te geven, plegen gedeputeerde staten overleg ..."), its deadline
("Bij de aanwijzing stellen gedeputeerde staten een termijn ..."), its reach ("De aanwijzing, bedoeld in
artikel 12, eerste lid, kan ook betreffen ..."), the fallback when the co-governments do not act ("Indien
de voorzieningen, bedoeld in het vorige lid, niet tijdig zijn getroffen, kan dit geschieden door Onze
Minister") and who exercises it across a border ("vindt de toepassing van de artikelen 12 en 13 plaats bij
gelijkluidende besluiten"). A lawyer reads each of them as part of the imposed cooperation; none of them
says "gemeenschappelijke regeling" or "samenwerken" itself.

This component follows those references, once over the law in document order (linear): a provision
that refers to a lid of the same law whose own findings impose cooperation (R07: a duty to make, join or
keep a joint body; R09: regions or partners fixed from above, a power to designate or impose) gets an R09
finding of its own, ``derived_from`` that lid. It refers to it

* by number: "bedoeld in artikel 12, eerste lid", "de toepassing van de artikelen 12 tot en met 14", "het
  vorige lid", "voor de toepassing van dit artikel" (references to another law, "artikel 12 van de
  Gemeentewet", are skipped);
* within the article, by taking up its act: "Bij de aanwijzing ...", "Een oplegging kan ook betreffen ..."
  after a lid that creates the designation (``context.yaml`` ``cooperation_acts``).

A provision found this way is itself a source for later ones ("Bij de aanwijzing, bedoeld in het eerste
lid" after a first lid that widens the designation of artikel 12). Definitions, amendments and appeals ("Tegen
een besluit als bedoeld in het eerste lid kan ... beroep worden ingesteld") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wetscan.analyse.context.law import LawReading
from wetscan.analyse.context.references import ORDINALS
from wetscan.i18n import _
from wetscan.model import Finding, Provision

#: The rules whose findings impose cooperation that other provisions may take up.
SOURCE_RULES = frozenset({"R07", "R09"})
#: The rules whose findings make a body act for a region fixed from above or as a compulsory joint body: a later
#: provision that names that body by reference ("het bestuur, bedoeld in het derde lid") binds its members too.
BODY_SOURCE_RULES = frozenset({"R09", "R22"})
_NUMBER = r"\d+[a-z]{0,2}(?:\.\d+[a-z]{0,2})*"
#: "artikel 12, eerste lid", "de artikelen 12 en 13", "artikelen 12 tot en met 14".
_ARTICLES = re.compile(
    rf"\bartikel(?:en)?\s+(?P<first>{_NUMBER})\b(?:,\s+(?P<lid>\w+)\s+lid)?"
    rf"(?P<more>(?:\s*(?:,|\ben\b|\btot\s+en\s+met\b)\s*{_NUMBER}\b)*)", re.IGNORECASE)
_MORE = re.compile(rf"(tot\s+en\s+met\s+)?({_NUMBER})\b", re.IGNORECASE)
#: "het tweede lid", "in het vorige lid", "het tweede, vijfde en zesde lid".
_LID = re.compile(r"\bhet\s+(?P<leden>\w+(?:(?:,\s*|\s+en\s+|\s+of\s+)\w+)*)\s+lid\b", re.IGNORECASE)
#: "voor de toepassing van dit artikel": the whole article's procedure.
_ARTICLE_ITSELF = re.compile(r"\btoepassing\s+van\s+dit\s+artikel\b", re.IGNORECASE)
#: How many characters before a reference the words that make it a mere consequence may stand ("krachtens").
EXCLUSION_REACH = 40
#: How many words before a referred body a recipient word makes it a mere recipient ("aan het dagelijks bestuur").
BODY_LEAD = 3


@dataclass(frozen=True)
class Source:
    """A provision that imposes cooperation, and the finding that says so."""

    provision: Provision
    finding: Finding


class CooperationChain:
    """Marks the provisions that take up a cooperation-imposing provision of the same law (module docstring)."""

    name = "wetscan_cooperation_chain"

    def __call__(self, law: LawReading) -> LawReading:
        other_law = re.compile(law.config["other_law"])
        order = {(p.amends, p.article): n for n, p in enumerate(law.provisions) if p.article}
        sources: dict[tuple[str | None, str], list[Source]] = {}
        bodies: dict[tuple[str | None, str], list[Source]] = {}
        for provision in law.provisions:
            article = (provision.amends, provision.article)
            # a region a definition fixes is no imposition that a later "bedoeld in artikel 1" takes part in
            own = [f for f in provision.findings if self._imposes(law, f)] if provision.norm_type != "definition" else []
            appeal = provision.text.lower().startswith(tuple(law.words("appeal_openers")))
            if not own and not appeal and provision.kind != "amendment" and provision.norm_type != "definition":
                hit = next(self._referred(law, provision, sources, order, other_law), None)
                if hit is not None:
                    own = [self._mark(law, provision, *hit)]
                elif not provision.mandatory_cooperation:
                    body = next((h for h in self._referred(law, provision, bodies, order, other_law)
                                 if _names_body(law, provision.text, h[1])), None)
                    if body is not None:
                        self._mark(law, provision, *body, rule_id="R22")
            if own and provision.article:
                sources.setdefault(article, []).append(Source(provision, own[0]))
            acting = [f for f in provision.findings if f.rule in BODY_SOURCE_RULES and not f.derived_from]
            if acting and provision.article and provision.norm_type != "definition":
                bodies.setdefault(article, []).append(Source(provision, acting[0]))
        return law

    @staticmethod
    def _imposes(law: LawReading, finding: Finding) -> bool:
        """Whether a stated finding imposes the cooperation that other provisions may take up: a duty to make,
        join or keep a joint arrangement (R07 on "gemeenschappelijke regeling", not on a compulsory body's
        name), or a power to designate or impose (R09 on "aanwijzen", "verplichting tot toetreding"; not a
        region fixed from above or a lead authority, whose later mentions are no cooperation of their own)."""
        trigger = " ".join(finding.trigger.lower().split())
        if finding.derived_from or finding.rule not in SOURCE_RULES:
            return False
        if finding.rule == "R07":
            return trigger in law.words("cooperation_arrangements")
        signals = law.resolver.lexicon.triggers["signals"]
        not_imposing = {" ".join(str(w).lower().split())
                        for w in signals["region_nouns"] + signals["allocation"] + signals["acting_for"]}
        return trigger not in not_imposing

    @staticmethod
    def _referred(
        law: LawReading, provision: Provision, sources: dict[tuple[str | None, str], list[Source]], order: dict,
        other_law: re.Pattern[str],
    ) -> Iterator[tuple[Source, int, int]]:
        """The cooperation sources ``provision`` refers to, with the character span of the reference."""
        text = provision.text
        excluded = law.words("reference_exclusions")
        for match in _ARTICLES.finditer(text):
            lid = ORDINALS.get((match.group("lid") or "").lower())
            found = [source for article in _articles(match, provision.amends, order)
                     for source in sources.get((provision.amends, article), ())
                     if lid is None or source.provision.paragraph == lid]
            if not found or other_law.match(text[match.end():]) or _after(text, match.start(), excluded):
                continue  # "artikel 12 van de Gemeentewet": another law; "krachtens artikel 12": a consequence
            yield from ((source, match.start(), match.end()) for source in found)
        earlier = sources.get((provision.amends, provision.article), [])
        if not earlier:
            return  # the rest refers within the article, to its earlier leden
        for match in _LID.finditer(text):
            if _after(text, match.start(), excluded):
                continue
            words = re.split(r",\s*|\s+en\s+|\s+of\s+", match.group("leden").lower())
            leden = {_earlier_lid(provision) if word == "vorige" else ORDINALS.get(word) for word in words} - {None}
            yield from ((s, match.start(), match.end()) for s in earlier if s.provision.paragraph in leden)
        for match in _ARTICLE_ITSELF.finditer(text):
            yield from ((s, match.start(), match.end()) for s in earlier[:1])
        acts = law.config["cooperation_acts"]
        for token in re.finditer(r"\w+", text):
            stems = acts.get(token.group().lower(), ())
            for source in earlier:
                if any(stem in source.provision.text.lower() for stem in stems):
                    yield source, token.start(), token.end()

    @staticmethod
    def _mark(law: LawReading, provision: Provision, source: Source, start: int, end: int, rule_id: str = "R09") -> Finding:
        """Add the finding for a reference at ``start:end`` to ``source`` (R09: the imposition it takes up; R22: the
        compulsory or region-fixed body it names); the provision now imposes cooperation."""
        rule = law.resolver.lexicon.rules[rule_id]
        trigger = provision.text[start:end]
        explanation = rule.explain(organ=None, layer=source.finding.layer, trigger=trigger)
        finding = Finding(
            rule=rule_id, layer=source.finding.layer, organ=None, kind=rule.kind, start=start, end=end, trigger=trigger,
            explanation=_("{explanation} Read with {source}, which imposes it («{trigger}»); verify.").format(
                explanation=explanation, source=source.provision.id, trigger=source.finding.trigger),
            confidence=round(rule.confidence * law.scale("reference"), 3), derived_from=[source.provision.id],
        )
        provision.findings.append(finding)
        provision.findings.sort(key=lambda f: (f.start, f.rule))
        provision.mandatory_cooperation = True
        return finding


def _articles(match: re.Match[str], amends: str | None, order: dict) -> list[str]:
    """The article numbers of one reference, ranges spelled out over the law's own articles in order."""
    numbers = [match.group("first")]
    ranges: list[tuple[str, str]] = []
    for more in _MORE.finditer(match.group("more") or ""):
        if more.group(1):
            ranges.append((numbers[-1], more.group(2)))
        numbers.append(more.group(2))
    for first, last in ranges:
        low, high = order.get((amends, first)), order.get((amends, last))
        if low is not None and high is not None and low < high:
            numbers += [article for (a, article), n in order.items() if a == amends and low < n < high]
    return numbers


def _names_body(law: LawReading, text: str, start: int) -> bool:
    """Whether the reference at ``start`` names a body ("is het bestuur, bedoeld in het derde lid", "Voor een
    openbaar lichaam als bedoeld in het eerste lid"), not a recipient of it ("zendt aan het bestuur, bedoeld in")."""
    before = text[max(0, start - EXCLUSION_REACH) : start].lower()
    nouns = "|".join(re.escape(word) for word in law.words("referred_bodies"))
    named = re.search(rf"\b(?:{nouns})\s*,?\s*(?:als\s+)?bedoeld\s+in\s*$", before)
    lead = before[: named.start()].split()[-BODY_LEAD:] if named else []
    return named is not None and law.words("referred_body_recipients").isdisjoint(lead)


def _earlier_lid(provision: Provision) -> str | None:
    """The number of the lid before ``provision`` ("het vorige lid")."""
    if provision.paragraph and provision.paragraph.isdigit() and int(provision.paragraph) > 1:
        return str(int(provision.paragraph) - 1)
    return None


def _after(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the reference at ``start`` follows one of ``words`` ("genomen krachtens het vijfde lid", "In
    afwijking van het eerste lid"): it names a consequence of, or an exception to, the referred provision."""
    before = " ".join(text[max(0, start - EXCLUSION_REACH) : start].lower().split())
    return any(re.search(rf"\b{re.escape(word)}\b", before) for word in words)
