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
