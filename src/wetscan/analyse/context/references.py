"""References from one provision to another of the same law: "bedoeld in artikel 12", "het eerste lid".

A lawyer follows "de toezichthouder, bedoeld in artikel 12" to artikel 12 to see who appoints the
toezichthouder, and reads "In afwijking van het eerste lid" with the first lid's actor. References are
written the way the Aanwijzingen voor de regelgeving prescribe, and enumerate freely: "de artikelen 42 en
43", "de artikelen 8 tot en met 25 en 27", "artikel 11, tweede, derde en vijfde lid", "artikel 32, tweede
tot en met vierde lid", "het tweede, derde en vierde lid van artikel 21", "het eerste tot en met zesde lid".

Only references into the law at hand are followed: an enumeration that ends in "van de Gemeentewet",
"van de Algemene wet bestuursrecht" or "van die wet" points at another law, all its items with it (which
law it names is :func:`other_laws`' business).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from wetscan.model import Provision

ORDINALS = {
    "eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5", "zesde": "6", "zevende": "7",
    "achtste": "8", "negende": "9", "tiende": "10", "elfde": "11", "twaalfde": "12",
}
_ORDINAL = "(?:" + "|".join(ORDINALS) + ")"
_JOIN = r"(?:\s*,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+)"
#: "tweede, derde en vijfde lid", "tweede tot en met vierde lid", "eerste lid".
_LIDS = rf"{_ORDINAL}(?:{_JOIN}{_ORDINAL})*\s+(?:lid|leden)\b"
_NUMBER = r"\b(?:\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*|[IVXLC]+)\b"
_PART = r"(?:,?\s+(?:aanhef\s+en\s+)?(?:onderdeel|onderdelen|onder|sub)\s+[a-z0-9]{1,3}°?\b)"
#: One item of an enumeration of articles: "11, tweede, derde en vijfde lid", "111b, eerste lid, aanhef en onder a".
_ITEM = rf"(?P<article>{_NUMBER})(?:,?\s+(?P<lids>{_LIDS}))?{_PART}?"
_ITEM_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)
_ARTICLES = re.compile(rf"\b[Aa]rtikel(?:en)?\s+{_ITEM_PLAIN}(?:,?{_JOIN}(?:artikel\s+)?{_ITEM_PLAIN})*")
_ITEMS = re.compile(rf"(?P<range>tot\s+en\s+met\s+)?{_ITEM}")
#: "het eerste lid", "het tweede tot en met vierde lid van artikel 21", "in het derde lid".
_LID_REF = re.compile(rf"\b(?:[Hh]et|[Dd]e)\s+(?P<lids>{_LIDS})(?:\s+van\s+artikel\s+(?P<article>{_NUMBER}))?")
_LID_OF = re.compile(r"\blid\s+van\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Enumeration:
    """One reference in a text: where it stands and what follows it (the law it is into, if another)."""

    start: int
    end: int
    items: tuple[tuple[str, tuple[str, ...], bool], ...]  # (article, leden, starts a range "tot en met")
    other_law: bool


def lids(words: str) -> tuple[str, ...]:
    """The leden "tweede, derde en vijfde lid" or "tweede tot en met vierde lid" name, as numbers."""
    found: list[int] = []
    for match in re.finditer(rf"(?P<range>tot\s+en\s+met\s+)?(?P<ordinal>{_ORDINAL})", words):
        number = int(ORDINALS[match.group("ordinal")])
        if match.group("range") and found:
            found += range(found[-1] + 1, number + 1)
        else:
            found.append(number)
    return tuple(str(n) for n in found)


class References:
    """Finds the provisions of one law that a provision's words refer to."""

    def __init__(self, provisions: Sequence[Provision], other_law: str) -> None:
        self.by_article: dict[tuple[str | None, str], list[Provision]] = {}
        for provision in provisions:
            self.by_article.setdefault((provision.amends, provision.article), []).append(provision)
        self.order = list(self.by_article)
        self.other_law = re.compile(other_law)

    def enumerations(self, text: str) -> list[Enumeration]:
        """The references to articles (with their leden) in ``text``, in order."""
        found = []
        for match in _ARTICLES.finditer(text):
            if _LID_OF.search(text[: match.start()]):
                continue  # "het tweede lid van artikel 5": a lid reference, read below
            end = match.end()
            items = tuple((m.group("article"), lids(m.group("lids") or ""),
                           bool(m.group("range"))) for m in _ITEMS.finditer(text, match.start(), end)
                          if m.group("article"))
            found.append(Enumeration(match.start(), end, items, bool(self.other_law.match(text[end:]))))
        for match in _LID_REF.finditer(text):
            if any(e.start <= match.start("lids") < e.end for e in found):
                continue  # "artikel 12, eerste lid" was read as part of the article reference
            article = match.group("article") or ""
            other = bool(self.other_law.match(text[match.end():])) if article else False
            found.append(Enumeration(match.start(), match.end(), ((article, lids(match.group("lids")), False),), other))
        return sorted(found, key=lambda e: e.start)

    def in_text(self, provision: Provision, text: str, series: bool = True) -> list[Provision]:
        """The provisions of this law ``text`` (a part of ``provision``'s text) refers to, in order of mention;
        with ``series`` false, not the articles of a series ("de artikelen 8 tot en met 25")."""
        found: list[Provision] = []
        for enumeration in self.enumerations(text):
            if enumeration.other_law:
                continue
            previous: str | None = None
            items = enumeration.items
            for n, (article, leden, is_range) in enumerate(items):
                article = article or provision.article
                if not series and (is_range or (n + 1 < len(items) and items[n + 1][2])):
                    continue
                if is_range and previous is not None:
                    for between in self._between(provision.amends, previous, article):
                        found += self._lookup(provision.amends, between, (), provision)
                found += self._lookup(provision.amends, article, leden, provision)
                previous = article
        unique: dict[int, Provision] = {}
        for target in found:
            unique.setdefault(id(target), target)
        return list(unique.values())

    def _between(self, amends: str | None, first: str, last: str) -> list[str]:
        """The articles strictly between ``first`` and ``last`` in the law's order ("8 tot en met 25")."""
        try:
            start, end = self.order.index((amends, first)), self.order.index((amends, last))
        except ValueError:
            return []
        return [article for key, article in self.order[start + 1 : end] if key == amends]

    def _lookup(self, amends: str | None, article: str, leden: tuple[str, ...], source: Provision) -> list[Provision]:
        candidates = self.by_article.get((amends, article), [])
        if leden:
            candidates = [p for p in candidates if p.paragraph in leden]
        return [p for p in candidates if p is not source]
