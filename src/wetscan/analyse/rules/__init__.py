"""The rule table (domain.md §6) as rule families, one module each, registered by rule id.

=================  ==========================================  =====================
module             rules                                       what
=================  ==========================================  =====================
``tasks``          R01 R02 R14 R18 R19 R20                     tasks and powers, who acts
``duties``         R03 R04 R06                                 verordening and plan duties
``information``    R05                                         information duties
``cooperation``    R07 R08 R09 R10 R11                         mandatory cooperation: joint bodies,
                                                               regions, deviation, voluntary wording
                                                               (``from_above``: regions, designations)
``coordination``   R21 R22                                     agreeing with other co-governments;
                                                               compulsory joint bodies
                                                               (``agreement``: duties to agree)
``supervision``    R12 R15                                     specific supervision, centralisation
``finance``        R13                                         specifieke uitkering, fondsen
``cosignature``    R17                                         *mede namens* BZK in the aanhef
``consent``        R02 (per provision)                         consent powers ("behoeft de goedkeuring
                                                               van", "in overeenstemming met")
=================  ==========================================  =====================

Each family registers itself with :func:`~.registry.rule_family`; :class:`~.engine.RuleEngine`
applies them to every clause through one :class:`~.emitter.FindingEmitter`. Rule ids, kinds, bases,
confidences and explanations come from the one rule table ``analyse/data/rules.yaml``.
"""

from __future__ import annotations

# Importing the family modules registers them.
from wetscan.analyse.rules import cooperation, coordination, duties, finance, information, supervision, tasks  # noqa: F401
from wetscan.analyse.rules.emitter import FindingEmitter
from wetscan.analyse.rules.engine import ProvisionResult, RuleEngine
from wetscan.analyse.rules.registry import FAMILY_ORDER, families, family_of, rule_family
from wetscan.analyse.rules.law_context import LawCooperation, law_cooperation
from wetscan.analyse.rules.provision_context import ProvisionContext

__all__ = [
    "FAMILY_ORDER",
    "FindingEmitter",
    "LawCooperation",
    "ProvisionContext",
    "ProvisionResult",
    "RuleEngine",
    "families",
    "family_of",
    "law_cooperation",
    "rule_family",
]
