"""A lookup over the whole law for the cooperation rules: which joint bodies it makes compulsory.

Whether a provision binds co-governments to a joint body often depends on another article of the same
law: "De gezamenlijke rekenkamer brengt jaarlijks verslag uit" is a task of a compulsory joint body only
because article 95 makes the eilandsraden set it up. This module reads the findings of a first pass over
the law and returns them as ``ProvisionContext.compulsory_bodies``; the document-wide context pass is
where it is meant to be called, before the rules are applied a second time. (Provisions that take up a
designation or imposition by reference are read by :mod:`wetscan.analyse.context.cooperation`.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wetscan.model import Provision

#: The rules whose trigger names a joint body the law makes compulsory (create, join, keep; its make-up).
BODY_RULES = frozenset({"R07", "R22"})


@dataclass(frozen=True)
class LawCooperation:
    """What a law says about cooperation outside any one provision."""

    compulsory_bodies: frozenset[str]


def law_cooperation(provisions: Iterable[Provision]) -> LawCooperation:
    """The compulsory joint bodies of one analysed law (a first pass)."""
    bodies: set[str] = set()
    for provision in provisions:
        bodies.update(" ".join(f.trigger.lower().split()) for f in provision.findings if f.rule in BODY_RULES)
    return LawCooperation(frozenset(bodies))
