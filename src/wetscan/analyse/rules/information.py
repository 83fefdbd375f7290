"""Information and reporting duties towards the Rijk or the province (R05).

Systematic information duties of gemeenten and provincies towards the Rijk need a basis in law or
AMvB and compensation (Gemw art. 119-120, Pw art. 117); a gemeente reporting to gedeputeerde staten
is the province's supervision. A duty to inform a private party or another organ of the same layer
is a task (R01), not an upward information duty.
"""

from __future__ import annotations

from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope


@rule_family("information", rules=("R05",))
def information(scope: ClauseScope) -> None:
    co, clause = scope.co, scope.clause
    if not (scope.duty and co):
        return
    resolution = co[0][1]
    verbs = scope.marker("signal:information_verbs")
    if not verbs:
        return
    recipients = [
        scope.resolve(m) for m in scope.in_clause
        if m.start > clause.main_start and clause.addressees and m is not clause.addressees[0]
        and scope.governed(m, clause.main_start) in ("aan", "naar", "bij")
    ]
    upward = [r for r in recipients if r.is_national or (
        "provincie" in r.layers and "gemeente" in resolution.layers and r.organ_key != resolution.organ_key)]
    if upward:
        scope.emit("R05", verbs[0], resolution, resolution.layers[0])
