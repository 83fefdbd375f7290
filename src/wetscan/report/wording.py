"""Small phrases shared by the renderers, so that every format says the same thing the same way."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def layer_count_line(count: Mapping[str, Any]) -> str:
    """The tally of one layer in words: "gemeente: 9 obligations, 1 power, 7 provisions"."""
    parts = [_count(count["obligations"], "obligation"), _count(count["powers"], "power")]
    if count.get("cooperation"):
        parts.append(_count(count["cooperation"], "cooperation duty", "cooperation duties"))
    parts.append(_count(len(count["provisions"]), "provision"))
    return f"{count['layer']}: {', '.join(parts)}"


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


CHANGE_KINDS = ("new", "widened", "narrowed", "repealed")


def change_lines(changes: Mapping[str, Any] | None) -> list[str]:
    """Per layer the tasks the bill adds, widens, narrows or repeals ("gemeente: 2 new, 3 widened"),
    then whether the comparison used the current law; empty for a bill that amends nothing."""
    if not changes or not changes.get("amending"):
        return []
    lines = []
    for entry in changes.get("layers", []):
        parts = [f"{entry[kind]['count']} {kind}" for kind in CHANGE_KINDS if entry[kind]["count"]]
        lines.append(f"{entry['layer']}: {', '.join(parts)} task provision(s)")
    if changes.get("only_narrows_or_rewords"):
        lines.append("The bill only narrows, removes or re-words existing tasks.")
    if changes.get("note"):
        lines.append(changes["note"])
    elif changes.get("current_text_used"):
        used = "; ".join(f"{law['law']}: {law['matched_by']}" for law in changes.get("laws", []))
        lines.append(f"Compared with the current law ({used}).")
    return lines


def is_side_by_side(provision: Mapping[str, Any]) -> bool:
    """Whether the old and the new text of a provision differ (so both are shown)."""
    previous = provision.get("previous_text")
    return bool(previous) and (previous != provision.get("text") or provision.get("change") == "repealed")
