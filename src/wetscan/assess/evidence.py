"""Evidence: the findings of a bill's own provisions, paired with what their rule means.

Only provisions of the bill text count (part "bill"); the toelichting explains a bill but puts no
task on anyone. Each finding becomes a :class:`Hit` that knows its provision and its rule from the
rule book, and whether it counts at full strength (confident and with a resolved layer).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wetscan.assess.rules import Rule, RuleBook
from wetscan.model import LAYERS, Bill, Finding, Provision, Reason

POWER_KINDS = ("power", "bevoegdheid")


@dataclass(frozen=True)
class Hit:
    """One finding on one provision of the bill, with the rule-book entry for its rule."""

    provision: Provision
    finding: Finding
    rule: Rule

    @property
    def layer(self) -> str | None:
        return self.finding.layer if self.finding.layer in LAYERS else None

    def certain(self, book: RuleBook) -> bool:
        """A hit counts at full strength when it is confident enough and its layer is resolved.

        Rules about a co-government's organ (tasks, powers, cooperation) need the layer; the others
        (supervision, money, deviation) speak about co-governments by their nature.
        """
        if self.finding.confidence < book.min_confidence:
            return False
        return self.layer is not None or self.rule.task == "none"

    @property
    def task_kind(self) -> str | None:
        """"obligation", "power" or "cooperation" for the per-layer tally, None when not a task."""
        if self.rule.task == "none":
            return None
        if self.rule.task == "by_kind":
            return "power" if self.finding.kind.lower() in POWER_KINDS else "obligation"
        return self.rule.task


def collect_hits(bill: Bill, book: RuleBook) -> list[Hit]:
    """Every finding on the bill's own provisions whose rule the rule book knows."""
    hits = []
    for provision in bill.provisions:
        if provision.part != "bill":
            continue
        for finding in provision.findings:
            rule = book.rule(finding.rule)
            if rule is not None:
                hits.append(Hit(provision, finding, rule))
    return hits


def reasons_by_rule(hits: Iterable[Hit], explanation: dict[str, str] | None = None) -> list[Reason]:
    """One :class:`Reason` per rule: its basis, the provisions it fired on and the quoted triggers.

    ``explanation`` may give a rule-specific sentence; otherwise the rule's name is used. Reasons
    come in rule-table order; provisions and triggers in document order, each once.
    """
    grouped: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        grouped[hit.rule.id].append(hit)
    reasons = []
    for rule_id in sorted(grouped):
        rule_hits = grouped[rule_id]
        rule = rule_hits[0].rule
        layers = sorted({hit.layer for hit in rule_hits if hit.layer}, key=LAYERS.index)
        text = (explanation or {}).get(rule_id) or rule.name
        if layers:
            text = f"{text} ({', '.join(layers)})"
        reasons.append(
            Reason(
                rule=rule_id,
                basis=rule.basis,
                explanation=text,
                provisions=_unique(hit.provision.id for hit in rule_hits),
                triggers=_unique(hit.finding.trigger for hit in rule_hits),
            )
        )
    return reasons


def noisy_or(hits: Iterable[Hit], weight: str) -> float:
    """Combine evidence: 1 - product(1 - weight x confidence) over the distinct rules that hit.

    Per rule the most confident hit counts, so that fifty similar provisions do not outweigh one
    instance of a different strong signal; each additional kind of evidence raises the score.
    """
    best: dict[str, float] = {}
    for hit in hits:
        value = getattr(hit.rule, weight) * max(0.0, min(1.0, hit.finding.confidence))
        best[hit.rule.id] = max(best.get(hit.rule.id, 0.0), value)
    remaining = 1.0
    for value in best.values():
        remaining *= 1.0 - value
    return round(1.0 - remaining, 4)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))
