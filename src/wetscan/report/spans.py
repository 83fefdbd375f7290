"""Cut a provision's text into segments so that every renderer can highlight the trigger spans.

Findings may overlap (R01 on "draagt zorg voor", R06 on "binnen acht weken" inside it, R08 on the
whole clause): the text is cut at every start and end, and each segment knows all findings that
cover it. Renderers work on report data (the dicts of the JSON report), so that a stored report can
be rendered again without re-running the analysis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    """A stretch of provision text and the findings (report dicts) whose trigger covers it."""

    text: str
    start: int
    end: int
    findings: tuple[Mapping[str, Any], ...]

    @property
    def rules(self) -> list[str]:
        return sorted({finding["rule"] for finding in self.findings})


def valid_spans(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Findings whose span lies inside ``text`` and is not empty (others cannot be highlighted)."""
    return [f for f in findings if 0 <= int(f["start"]) < int(f["end"]) <= len(text)]


def segments(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """``text`` cut at every finding boundary; concatenating the segments gives ``text`` back."""
    spans = valid_spans(text, findings)
    cuts = sorted({0, len(text)} | {int(f["start"]) for f in spans} | {int(f["end"]) for f in spans})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(f for f in spans if int(f["start"]) <= start and end <= int(f["end"]))
        pieces.append(Segment(text[start:end], start, end, covering))
    return pieces
