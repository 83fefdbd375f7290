"""What a bill changes for co-governments, per layer: new, widened, narrowed and repealed tasks.

A UDO asks about *new or widened* tasks, so the verdicts weigh only the findings of provisions the
bill adds, widens, changes otherwise or whose change is unknown; a provision that stays the same
in other words (``unchanged``) or asks less (``narrowed``) adds no task. A task moved to the Rijk
(R15) still counts: it is a co-signature ground. Fvw art. 2 covers changed tasks in either
direction, so narrowed and repealed tasks (their previous findings) count for that check.
"""

from __future__ import annotations

from typing import Any

from wetscan.amend import HOW_TO_SUPPLY, LawMatch
from wetscan.amend.compare import task_layers
from wetscan.assess.evidence import Hit
from wetscan.assess.rules import RuleBook
from wetscan.i18n import N_, _
from wetscan.model import LAYERS, Bill, Provision, Reason

#: Changes whose findings put no new or wider task on a co-government.
NOT_WIDER = ("unchanged", "narrowed", "repealed")
COUNTED = ("new", "widened", "narrowed", "repealed")
CHANGE_BASIS = N_("Code Interbestuurlijke Verhoudingen (UDO: new or changed tasks); Fvw art. 2")


def weighed_hits(hits: list[Hit]) -> list[Hit]:
    """The hits that bear on the verdicts: not those of unchanged or narrowed provisions (but R15)."""
    return [hit for hit in hits if hit.provision.change not in NOT_WIDER or hit.rule.id == "R15"]


def previous_hits(bill: Bill, book: RuleBook) -> list[Hit]:
    """The findings of the old text of narrowed and repealed provisions: tasks that shrink or go."""
    hits = []
    for provision in bill.provisions:
        if provision.part == "bill" and provision.change in ("narrowed", "repealed"):
            for finding in provision.previous_findings:
                if (rule := book.rule(finding.rule)) is not None:
                    hits.append(Hit(provision, finding, rule))
    return hits


def _layer_change(provision: Provision, layer: str) -> str | None:
    """What the provision does to ``layer``'s tasks: new, widened, narrowed, repealed or None."""
    change = provision.change
    if change == "new":
        return "new" if layer in task_layers(provision.findings) else None
    if change == "repealed":
        return "repealed" if layer in task_layers(provision.previous_findings) else None
    if change in ("widened", "narrowed", "changed"):
        per_layer = provision.change_by_layer.get(layer)
        if per_layer in ("widened", "narrowed"):
            return per_layer
        if per_layer is None and change != "changed":
            had = layer in task_layers(provision.previous_findings) | task_layers(provision.findings)
            return change if had else None
    return None


def change_summary(bill: Bill, matches: list[LawMatch] | None) -> dict[str, Any]:
    """``assessment.changes``: per layer the provisions with new, widened, narrowed and repealed
    tasks; the provisions per change; and whether the current text of the amended laws was used."""
    provisions = [p for p in bill.provisions if p.part == "bill" and p.change is not None]
    by_change: dict[str, list[str]] = {}
    for provision in provisions:
        by_change.setdefault(provision.change, []).append(provision.id)
    layers = []
    for layer in LAYERS:
        entry: dict[str, Any] = {"layer": layer}
        for kind in COUNTED:
            ids = [p.id for p in provisions if _layer_change(p, layer) == kind]
            entry[kind] = {"count": len(ids), "provisions": ids}
        if any(entry[kind]["count"] for kind in COUNTED):
            layers.append(entry)
    amending = any(p.amends or p.instruction or p.kind == "amendment" for p in provisions)
    laws = [{"law": m.law, "current_text": m.current.path if m.current else None, "matched_by": m.how or None}
            for m in matches or []]
    missing = [m.law or _("the amended law") for m in matches or [] if m.current is None]
    note = None
    if amending and missing:
        note = _("The comparison for {laws} was made without the current law, from the instructions alone "
                 "(inserted: new; repealed: repealed; replaced or textual: unknown). To compare: {how}.").format(
            laws=", ".join(missing), how=_(HOW_TO_SUPPLY))
    return {
        "amending": amending,
        "current_text_used": bool(matches) and not missing,
        "laws": laws,
        "note": note,
        "provisions": by_change,
        "layers": layers,
        "only_narrows_or_rewords": amending and _only_narrows(provisions),
    }


def _only_narrows(provisions: list[Provision]) -> bool:
    """The bill amends, and no provision adds, widens or changes a task (unknown counts as may)."""
    amended = [p for p in provisions if p.amends or p.instruction or p.kind == "amendment"]
    wider = [p for p in amended if p.change not in NOT_WIDER and (p.findings or p.change == "unknown")]
    return bool(amended) and not wider and any(p.change in NOT_WIDER for p in amended)


def only_narrows_reason(summary: dict[str, Any]) -> Reason | None:
    """The UDO reason for a bill that only narrows, removes or re-words tasks."""
    if not summary.get("only_narrows_or_rewords"):
        return None
    ids = [pid for change in NOT_WIDER for pid in summary["provisions"].get(change, [])]
    return Reason(
        rule="changes",
        basis=_(CHANGE_BASIS),
        explanation=_("The bill only narrows, removes or re-words existing co-government tasks: no new or widened "
                      "task. Narrowed and repealed tasks still count for the Fvw art. 2 check."),
        provisions=ids,
        triggers=[],
    )
