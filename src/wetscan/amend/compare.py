"""Compare what a provision asks of co-governments before and after an amendment.

The findings of the old and the new text are reduced, per layer, to the burdens they put on that
layer: a duty, a power, a verordening, a plan, an information duty, cooperation, supervision, a
limit on policy freedom, money, and the shortest deadline or interval. Then:

* the new text adds a burden (a new duty or power, a power turned into a duty, a new deadline or
  frequency, an information, verordening or plan duty) or shortens a deadline -> ``widened``;
* the reverse -> ``narrowed``;
* the same burdens in other words -> ``unchanged``;
* some added and some removed -> ``changed``.

A duty includes the power to act, so "kan" becoming "draagt zorg voor" adds a duty and removes
nothing. When a layer loses a task and a national actor (R20) acts in the new text, the task
moves to the Rijk: rule R15 (Gemw art. 117(2), Pw art. 115(2), Ar 2.13).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetscan.i18n import _
from wetscan.model import Finding

#: The burden each rule stands for (R18/R19 by their finding's kind).
BURDENS = {
    "R01": "duty", "R02": "power", "R03": "verordening", "R04": "plan", "R05": "information",
    "R07": "cooperation", "R08": "cooperation", "R09": "cooperation", "R10": "deviation",
    "R12": "supervision", "R13": "money", "R14": "restriction",
}
#: Burdens that give a layer a task (for the per-layer counts of new, widened, ... tasks).
TASK_BURDENS = frozenset({"duty", "power", "verordening", "plan", "information", "cooperation"})
_NUMBERS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "negentig": 90,
}
_DAYS = {"werkdag": 1.4, "dag": 1, "week": 7, "weken": 7, "maand": 30, "kwarta": 91, "jaar": 365, "jaren": 365}
_DURATION = re.compile(
    r"\b(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>werkdag(?:en)?|dag(?:en)?|weken|week|maand(?:en)?|kwartalen|kwartaal|jaren|jaar)\b",
    re.IGNORECASE,
)
_FREQUENCY = {
    "dagelijks": 1, "wekelijks": 7, "tweewekelijks": 14, "maandelijks": 30, "driemaandelijks": 91,
    "kwartaal": 91, "halfjaarlijks": 182, "jaarlijks": 365, "per jaar": 365, "tweejaarlijks": 730,
    "vierjaarlijks": 1460,
}


def interval_days(trigger: str) -> float | None:
    """The length of a deadline or the interval of a frequency in days ("binnen acht weken" -> 56)."""
    match = _DURATION.search(trigger)
    if match:
        number = match["n"].lower()
        count = int(number) if number.isdigit() else _NUMBERS[number]
        unit = match["unit"].lower()
        base = next(days for stem, days in _DAYS.items() if unit.startswith(stem))
        return count * base
    lowered = trigger.lower()
    for word, days in sorted(_FREQUENCY.items(), key=lambda item: -len(item[0])):
        if word in lowered:
            return float(days)
    return None


def burdens(findings: Iterable[Finding]) -> dict[str, tuple[set[str], float | None]]:
    """Per layer ("?" when unresolved): the burdens and the shortest deadline or interval."""
    out: dict[str, tuple[set[str], float | None]] = {}
    for finding in findings:
        layer = finding.layer or "?"
        kinds, shortest = out.get(layer, (set(), None))
        if finding.rule == "R06":
            days = interval_days(finding.trigger)
            kinds.add("deadline")
            if days is not None:
                shortest = days if shortest is None else min(shortest, days)
        elif finding.rule in ("R18", "R19"):
            kinds.add("power" if finding.kind.lower() in ("power", "bevoegdheid") else "duty")
        elif finding.rule in BURDENS:
            kinds.add(BURDENS[finding.rule])
        else:
            continue
        if "duty" in kinds:
            kinds.add("power")
        out[layer] = (kinds, shortest)
    return out


def layer_change(old: tuple[set[str], float | None], new: tuple[set[str], float | None]) -> str:
    """"widened", "narrowed", "unchanged" or "changed" for one layer (see the module docstring)."""
    (old_kinds, old_days), (new_kinds, new_days) = old, new
    added, removed = new_kinds - old_kinds, old_kinds - new_kinds
    tighter = old_days is not None and new_days is not None and new_days < old_days
    looser = old_days is not None and new_days is not None and new_days > old_days
    wider = bool(added) or tighter
    narrower = bool(removed) or looser
    if wider and narrower:
        return "changed"
    if wider:
        return "widened"
    if narrower:
        return "narrowed"
    return "unchanged"


def compare_findings(old: list[Finding], new: list[Finding]) -> tuple[str, dict[str, str]]:
    """The overall change and the change per layer between the old and new findings."""
    before, after = burdens(old), burdens(new)
    empty: tuple[set[str], float | None] = (set(), None)
    per_layer = {layer: layer_change(before.get(layer, empty), after.get(layer, empty)) for layer in {*before, *after}}
    per_layer = {layer: change for layer, change in sorted(per_layer.items())}
    moved = {change for change in per_layer.values() if change != "unchanged"}
    if not moved:
        overall = "unchanged"
    elif len(moved) == 1:
        overall = moved.pop()
    else:
        overall = "changed"
    return overall, {layer: change for layer, change in per_layer.items() if layer != "?"}


def task_layers(findings: Iterable[Finding]) -> set[str]:
    """The layers the findings give a task or power."""
    return {layer for layer, (kinds, _) in burdens(findings).items() if layer != "?" and kinds & TASK_BURDENS}


def moved_to_rijk(old: list[Finding], new: list[Finding]) -> list[Finding]:
    """R15 findings when a layer loses its task and a national actor acts in the new text."""
    national = next((finding for finding in new if finding.rule == "R20"), None)
    if national is None:
        return []
    lost = task_layers(old) - task_layers(new)
    moved = []
    for layer in sorted(lost):
        organ = next((finding.organ for finding in old if finding.layer == layer and finding.organ), None)
        moved.append(
            Finding(
                rule="R15",
                layer=layer,
                organ=organ,
                kind="task_moved",
                start=national.start,
                end=national.end,
                trigger=national.trigger,
                explanation=_(
                    "The task of the {organ} moves to {national}: "
                    "a task taken from a co-government to the Rijk (Gemw 117(2), Pw 115(2), Ar 2.13)."
                ).format(organ=organ or layer, national=national.trigger),
                confidence=round(min(national.confidence, 0.8), 3),
            )
        )
    return moved
