"""A lookup over the whole law for the cooperation rules: which joint bodies it makes compulsory and
which of its articles impose cooperation.

Whether a provision binds co-governments to a joint body often depends on another article of the same
law: "De gezamenlijke rekenkamer brengt jaarlijks verslag uit" is a task of a compulsory joint body only
because article 95 makes the eilandsraden set it up; "Onze Minister kan gedeputeerde staten uitnodigen
tot het geven van een aanwijzing als bedoeld in artikel 99" widens a power to impose cooperation only
because article 99 is that power. This module reads the findings of a first pass over the law and
returns them as a :class:`ProvisionContext`-ready pair; the document-wide context pass (issue 9) is
where it is meant to be called, before the rules are applied a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wetscan.model import Provision

#: The rules whose trigger names a joint body the law makes compulsory (create, join, keep; its make-up).
BODY_RULES = frozenset({"R07", "R22"})
#: "artikel 99", "de artikelen 99 tot en met 102", "artikel 2.8a".
_REFERENCE = re.compile(r"\bartikel(?:en)?\s+(\d+(?:\.\d+)?[a-z]{0,2})(?:\s+tot\s+en\s+met\s+(\d+(?:\.\d+)?[a-z]{0,2}))?", re.I)


@dataclass(frozen=True)
class LawCooperation:
    """What a law says about cooperation outside any one provision."""

    compulsory_bodies: frozenset[str]
    cooperation_articles: frozenset[str]


def law_cooperation(provisions: Iterable[Provision]) -> LawCooperation:
    """The compulsory joint bodies and the cooperation articles of one analysed law (a first pass)."""
    bodies: set[str] = set()
    articles: set[str] = set()
    for provision in provisions:
        if provision.mandatory_cooperation and provision.article:
            articles.add(provision.article)
        bodies.update(" ".join(f.trigger.lower().split()) for f in provision.findings if f.rule in BODY_RULES)
    return LawCooperation(frozenset(bodies), frozenset(articles))


def referenced_articles(text: str) -> set[str]:
    """The article numbers a text refers to, ranges of whole numbers spelled out ("99 tot en met 102")."""
    found: set[str] = set()
    for match in _REFERENCE.finditer(text):
        first, last = match.group(1), match.group(2)
        found.add(first)
        if last:
            found.add(last)
            if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) < 50:
                found.update(str(n) for n in range(int(first) + 1, int(last)))
    return found
