"""References from one provision to another of the same law: "bedoeld in artikel 12", "het eerste lid".

A lawyer follows "de toezichthouder, bedoeld in artikel 12" to artikel 12 to see who appoints the
toezichthouder, and reads "In afwijking van het eerste lid" with the first lid's actor. Only
references into the law at hand are followed: "artikel 5 van de Gemeentewet", "artikel 3:12 van de
Algemene wet bestuursrecht" or "artikel 20 van die wet" point at another law and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wetscan.model import Provision

ORDINALS = {
    "eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5", "zesde": "6", "zevende": "7",
    "achtste": "8", "negende": "9", "tiende": "10", "elfde": "11", "twaalfde": "12",
}
_ARTICLE = re.compile(r"\bartikel\s+(?P<article>\d+[a-z]?(?:\.\d+[a-z]?)*|[IVXLC]+)\b(?:,\s+(?P<lid>\w+)\s+lid)?", re.IGNORECASE)
_LID = re.compile(r"\b(?:het|in\s+het)\s+(?P<lid>\w+)\s+lid\b", re.IGNORECASE)
#: "het tweede lid van artikel 5": the lid of another article of this law, not of the provision's own.
_OF_ARTICLE = re.compile(r"\s+van\s+artikel\s+(?P<article>\d+[a-z]?(?:\.\d+[a-z]?)*)\b", re.IGNORECASE)
_LID_OF = re.compile(r"\blid\s+van\s+$", re.IGNORECASE)


class References:
    """Finds the provisions of one law that a provision's words refer to."""

    def __init__(self, provisions: Sequence[Provision], other_law: str) -> None:
        self.by_article: dict[tuple[str | None, str], list[Provision]] = {}
        for provision in provisions:
            self.by_article.setdefault((provision.amends, provision.article), []).append(provision)
        self.other_law = re.compile(other_law)

    def in_text(self, provision: Provision, text: str) -> list[Provision]:
        """The provisions ``text`` (a part of ``provision``'s text) refers to, in order of mention."""
        found: list[Provision] = []
        for match in _ARTICLE.finditer(text):
            if self.other_law.match(text[match.end():]) or _LID_OF.search(text[: match.start()]):
                continue  # "artikel 5 van de Gemeentewet": another law; "het tweede lid van artikel 5": below
            lid = ORDINALS.get((match.group("lid") or "").lower())
            found += self._lookup(provision.amends, match.group("article"), lid, provision)
        for match in _LID.finditer(text):
            if _ARTICLE.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "artikel 12, eerste lid" was handled above
            lid = ORDINALS.get(match.group("lid").lower())
            of = _OF_ARTICLE.match(text[match.end():])
            if of is not None and self.other_law.match(text[match.end() + of.end():]):
                continue  # "het tweede lid van artikel 5 van de Gemeentewet"
            if lid is not None:
                article = of.group("article") if of else provision.article
                found += self._lookup(provision.amends, article, lid, provision)
        unique: dict[int, Provision] = {}
        for target in found:
            unique.setdefault(id(target), target)
        return list(unique.values())

    def _lookup(self, amends: str | None, article: str, lid: str | None, source: Provision) -> list[Provision]:
        candidates = self.by_article.get((amends, article), [])
        if lid is not None:
            candidates = [p for p in candidates if p.paragraph == lid]
        return [p for p in candidates if p is not source]
