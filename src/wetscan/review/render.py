"""A provision's text cut into segments, each knowing which findings' trigger spans cover it.

The bill page shows every segment as text (escaped by Jinja2) and wraps covered ones in a
``<mark>`` that names the findings, so overlapping triggers stay readable and no document text is
ever treated as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    findings: tuple[int, ...]


def provision_segments(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """Split ``text`` at every trigger boundary; ``findings`` index the provision's findings."""
    bounds = {0, len(text)}
    for item in findings:
        bounds.update((max(0, min(item["start"], len(text))), max(0, min(item["end"], len(text)))))
    cuts = sorted(bounds)
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(i for i, item in enumerate(findings) if item["start"] <= start and end <= item["end"])
        segments.append(Segment(text[start:end], covering))
    return segments
