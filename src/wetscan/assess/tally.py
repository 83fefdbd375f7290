"""Counting what a bill asks of each layer, and listing what a human must review.

The per-layer tally counts obligations, powers and cooperation duties (each set of words once, even
when two rules fire on them; an R18/R19 "organ of a BES island / waterschap" hit only when no
specific task rule fired on the same provision) and the provisions involved. The review notes are the items domain
brief §7 says a coordinator must look at: the dual role of the commissaris van de Koning, an
ambiguous addressee ("het college", "de raad"), the large-impact heuristic, and *in overeenstemming
met* BZK, which is weaker than co-signature.
"""

from __future__ import annotations

import re
from typing import Any

from wetscan.assess.evidence import Hit
from wetscan.assess.rules import RuleBook
from wetscan.i18n import N_, _
from wetscan.model import LAYERS, Bill

CDK = re.compile(r"commissaris\s+van\s+de\s+koning|\bCdK\b", re.IGNORECASE)
DISCLAIMER = N_(
    "wetscan supports the coordinator's judgement and does not replace it: every verdict rests on the "
    "quoted provisions and rules, which a coordinator should read."
)


def layer_tally(bill: Bill, hits: list[Hit], book: RuleBook) -> list[dict[str, Any]]:
    """Per layer: obligations, powers, cooperation duties and the provisions involved."""
    seen: dict[str, dict[str, set[tuple[str, int, int]]]] = {}
    provisions: dict[str, list[str]] = {}
    specific = {(hit.provision.id, hit.layer) for hit in hits if hit.rule.task not in ("none", "by_kind")}
    for hit in hits:
        kind = hit.task_kind
        if kind is None or hit.layer is None or hit.finding.confidence < book.min_confidence:
            continue
        if hit.rule.task == "by_kind" and (hit.provision.id, hit.layer) in specific:
            continue  # R18/R19 mark the organ; the task itself is counted by R01-R05 on the same provision
        key = (hit.provision.id, hit.finding.start, hit.finding.end)
        seen.setdefault(hit.layer, {"obligation": set(), "power": set(), "cooperation": set()})[kind].add(key)
        provisions.setdefault(hit.layer, [])
        if hit.provision.id not in provisions[hit.layer]:
            provisions[hit.layer].append(hit.provision.id)
    for provision in bill.provisions:
        for layer in provision.layers if provision.part == "bill" else []:
            if layer in LAYERS and provision.id not in provisions.setdefault(layer, []):
                provisions[layer].append(provision.id)
                seen.setdefault(layer, {"obligation": set(), "power": set(), "cooperation": set()})
    order = {provision.id: index for index, provision in enumerate(bill.provisions)}
    return [
        {
            "layer": layer,
            "obligations": len(seen[layer]["obligation"]),
            "powers": len(seen[layer]["power"]),
            "cooperation": len(seen[layer]["cooperation"]),
            "provisions": sorted(provisions[layer], key=lambda pid: order.get(pid, 0)),
        }
        for layer in LAYERS
        if layer in seen
    ]


def cooperation_summary(bill: Bill, hits: list[Hit], book: RuleBook) -> dict[str, Any]:
    """Mandatory cooperation (the rules with ``task: cooperation``, R07-R09, R21, R22, or the provision's own
    flag) and voluntary wording (R11)."""
    mandatory = [
        hit.provision.id
        for hit in hits
        if hit.rule.task == "cooperation" and hit.finding.confidence >= book.min_confidence
    ]
    mandatory += [p.id for p in bill.provisions if p.part == "bill" and p.mandatory_cooperation]
    voluntary = [hit.provision.id for hit in hits if hit.rule.id == "R11"]
    order = {provision.id: index for index, provision in enumerate(bill.provisions)}
    return {
        "mandatory": bool(mandatory),
        "provisions": sorted(set(mandatory), key=lambda pid: order.get(pid, 0)),
        "voluntary_provisions": sorted(set(voluntary), key=lambda pid: order.get(pid, 0)),
    }


def review_notes(hits: list[Hit], book: RuleBook, large_impact: bool, agreement: str | None) -> list[dict[str, Any]]:
    """What a human must check before relying on the verdicts."""
    notes: list[dict[str, Any]] = []

    def add(topic: str, note: str, chosen: list[Hit]) -> None:
        if chosen:
            notes.append({"topic": topic, "note": note, "provisions": list(dict.fromkeys(h.provision.id for h in chosen))})

    add(
        "cdk_role",
        _("The commissaris van de Koning is a provincial organ that sometimes acts as rijksorgaan: verify in which role "
          "the provision addresses the CdK."),
        [hit for hit in hits if hit.finding.organ and CDK.search(hit.finding.organ)],
    )
    add(
        "ambiguous_addressee",
        _("The addressee was not resolved to a layer with confidence (e.g. ‘het college’, ‘de raad’, "
          "‘het bestuur’ read by their usual meaning because the bill does not define them): verify who is meant."),
        [
            hit
            for hit in hits
            if hit.rule.task != "none" and (hit.layer is None or hit.finding.confidence < book.review_confidence)
        ],
    )
    if large_impact:
        notes.append(
            {
                "topic": "large_impact_heuristic",
                "note": _("The large-impact ground for co-signature is a wetscan heuristic, not a legal criterion: "
                          "judge the impact from the toelichting and the koepels' view."),
                "provisions": [],
            }
        )
    if agreement:
        notes.append(
            {
                "topic": "in_overeenstemming_met",
                "note": _("The bill says ‘{agreement}’: involvement of BZK (Ar 4.7(1)), which is not co-signature.").format(
                    agreement=agreement),
                "provisions": [],
            }
        )
    notes.append({"topic": "disclaimer", "note": _(DISCLAIMER), "provisions": []})
    return notes
