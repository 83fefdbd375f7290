"""Funding of co-governments (R13).

A *specifieke uitkering* is a conditional national payment for a specific public interest (Fvw art.
15a); it is allowed only where *bijzonder aangewezen* (art. 16) and must be regulated by or under a
law (art. 17). Payments through the gemeentefonds or provinciefonds (arts. 5, 13) change the general
funding. Both make the toelichting's Fvw art. 2 section required (Ar 4.46).
"""

from __future__ import annotations

from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope


@rule_family("finance", rules=("R13",), untyped=True)
def finance(scope: ClauseScope) -> None:
    clause = scope.clause
    finance_layers = {key.lower(): value for key, value in scope.lexicon.triggers["signals"]["finance_layers"].items()}
    for hit in scope.markers("signal:finance")[:1]:
        layer = finance_layers.get(hit.text.lower())
        if layer is None:
            co = scope.co_government_in([m for m in scope.organs if clause.start <= m.start < clause.end])
            layer = co[1].layers[0] if co else None
        scope.emit("R13", hit, None, layer)
