"""Specific supervision and centralisation (R12, R15): departures from the decentralisation principles.

Ar 5.24: a law that gives gemeente or provincie organs a task adds no supervision of its own; the
generic instruments (indeplaatsstelling, Gemw art. 124 ff.; vernietiging, art. 268 ff.) suffice. A
minister or GS that may give an *aanwijzing* or *instructie*, *draagt op*, substitutes itself or
must approve (*goedkeuring*) is specific supervision: R12. A task that moves from a co-government to
the Rijk or a zbo, or from gemeente to provincie, is centralisation (Gemw art. 117(2), Pw art.
115(2), Ar 2.13 "decentraal, tenzij"): R15.
"""

from __future__ import annotations

from wetscan.analyse.rules.registry import rule_family
from wetscan.analyse.rules.scope import ClauseScope


@rule_family("supervision", rules=("R12", "R15"))
def supervision(scope: ClauseScope) -> None:
    _specific_supervision(scope)
    _centralisation(scope)


def _specific_supervision(scope: ClauseScope) -> None:
    hits = scope.marker("signal:supervision")
    if not hits:
        return
    addressed = scope.addressed
    supervisors = [(m, r) for m, r in addressed if r.is_national or (r.layers == ("provincie",))]
    supervised = [
        r for m in scope.in_clause if not any(m is a for a, _ in addressed)
        for r in [scope.resolve(m)] if r.is_co_government
    ]
    if not supervisors:
        # "Het besluit van de raad behoeft de goedkeuring van Onze Minister"
        approvers = [r for m in scope.in_clause for r in [scope.resolve(m)] if r.is_national]
        goedkeuring = [h for h in hits if h.text.lower().startswith("goedkeur")]
        co = [r for _, r in addressed if r.is_co_government] + supervised
        if approvers and goedkeuring and co:
            scope.emit("R12", goedkeuring[0], co[0], co[0].layers[0], organ=approvers[0].label)
        return
    for target in supervised:
        if supervisors[0][1].layers == ("provincie",) and "provincie" in target.layers:
            continue
        scope.emit("R12", hits[0], target, target.layers[0], organ=supervisors[0][1].label)
        return


def _centralisation(scope: ClauseScope) -> None:
    hits = scope.markers("signal:centralisation")
    if not hits:
        return
    resolved = [scope.resolve(m) for m in scope.in_clause]
    lower = [r for r in resolved if r.is_co_government]
    higher = [r for r in resolved if r.is_national or (r.layers == ("provincie",) and any("gemeente" in x.layers for x in lower))]
    if lower and higher:
        scope.emit("R15", hits[0], lower[0], lower[0].layers[0])
