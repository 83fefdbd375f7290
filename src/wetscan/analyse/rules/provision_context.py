"""What the rules know about a provision from outside it: the earlier lid, the document, the rest of the law.

``earlier`` and ``document`` are filled by :func:`wetscan.analyse.provisions.analyse_provisions`.
``compulsory_bodies`` comes from :func:`~.law_context.law_cooperation`, a lookup over the whole law after a first
reading; :func:`wetscan.analyse.provisions.analyse_provisions` hands it in when it applies the rules a second time
to the provisions that name such a body, so that the cooperation rules read them in the light of the law's other
articles (domain.md §4 form 7).
"""

from __future__ import annotations

from dataclasses import dataclass

from wetscan.analyse.definitions import Resolution


@dataclass(frozen=True)
class ProvisionContext:
    """Who acts where a provision's norm names no one (agentless passive, "Hij", "De begroting bevat"),
    and what the rest of the law says about cooperation.

    ``earlier``: the co-government addressees of the article's earlier lid ("Het college stelt het plan
    vast. / 2. Het plan wordt ter inzage gelegd."); ``document``: the organs of the layer(s) the whole
    document is about (a Waterschapsbesluit's "De begroting bevat ..." is the waterschap's duty);
    ``compulsory_bodies``: joint-body words the law itself makes compulsory ("gezamenlijke rekenkamer",
    "gemeenschappelijke regeling" where the law imposes one).
    """

    earlier: tuple[Resolution, ...] = ()
    document: tuple[Resolution, ...] = ()
    compulsory_bodies: frozenset[str] = frozenset()
