"""A lookup over the whole law for the cooperation rules: which joint bodies it makes compulsory.

Whether a provision binds co-governments to a joint body often depends on another article of the same
law: "De gezamenlijke rekenkamer brengt jaarlijks verslag uit" is a task of a compulsory joint body only
because article 95 makes the eilandsraden set it up; "De managementautoriteit kan mandaat verlenen" is a
power of the lead authority that article 5 makes act for several provinces. This module reads the findings
of a first pass over the law and returns them as ``ProvisionContext.compulsory_bodies``;
:func:`wetscan.analyse.provisions.analyse_provisions` then applies the rules a second time to the provisions
that name such a body. (Provisions that take up a designation or imposition by reference are read by
:mod:`wetscan.analyse.context.cooperation`.)

A body is compulsory only where the law imposes it. The Wgr lets organs make a gemeenschappelijke regeling
("kunnen ... een gemeenschappelijke regeling treffen", R11): a body word that the same law also uses in
voluntary wording is left out, so that the rules on a voluntarily made arrangement stay what they are
(GUIDELINES §3: not mandatory cooperation).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wetscan.analyse.definitions import NAMED_PREFIX, SOURCE_SEPARATOR, Resolution
from wetscan.model import Provision

#: The rules whose trigger names a joint body the law makes compulsory (create, join, keep; its make-up).
BODY_RULES = frozenset({"R07", "R22"})
#: The rule of voluntary cooperation, whose trigger names the bodies the law leaves to the co-governments.
VOLUNTARY_RULE = "R11"


@dataclass(frozen=True)
class LawCooperation:
    """What a law says about cooperation outside any one provision.

    ``compulsory_bodies``: joint-body words (lower case) the law makes compulsory, and the terms it makes stand
    for a lead authority ("managementautoriteit").
    """

    compulsory_bodies: frozenset[str]


def law_cooperation(
    provisions: Iterable[Provision], aliases: Mapping[str, Resolution] | None = None, lead_words: Iterable[str] = ()
) -> LawCooperation:
    """The compulsory joint bodies of one analysed law (a first pass): the body words of its R07/R22 findings
    that no voluntary wording (R11) of the law names, and the named terms (``aliases``) whose holders a
    lead-authority finding (R09 on one of ``lead_words``, "namens", "grondgebied van") fixes."""
    provisions = list(provisions)
    bodies: set[str] = set()
    voluntary: list[str] = []
    leads: set[str] = set()
    lead = {" ".join(w.lower().split()) for w in lead_words}
    for provision in provisions:
        for finding in provision.findings:
            trigger = " ".join(finding.trigger.lower().split())
            if finding.rule in BODY_RULES and not finding.derived_from:
                bodies.add(trigger)
            elif finding.rule == VOLUNTARY_RULE:
                voluntary.append(trigger)
            elif finding.rule == "R09" and trigger in lead:
                leads.add(provision.id)
    bodies = {body for body in bodies if not any(body in words for words in voluntary)}
    for term, resolution in (aliases or {}).items():
        sources = set((resolution.definition or "").split(SOURCE_SEPARATOR))
        if resolution.organ_key.startswith(NAMED_PREFIX) and resolution.layers and sources & leads:
            bodies.add(term)
    return LawCooperation(frozenset(bodies))
