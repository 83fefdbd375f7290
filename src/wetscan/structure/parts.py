"""Tell the bill text from its explanatory memorandum.

A Kamerstuk or consultation document holds the bill (*voorstel van wet*, *ontwerpbesluit*,
*regeling*) and usually its explanatory memorandum (*memorie van toelichting* for a wet, *nota van
toelichting* for an AMvB, *toelichting* for a ministeriële regeling). The memorandum starts at a
heading of its own; its article-by-article part is headed "Artikelsgewijs" or "ARTIKELSGEWIJZE
TOELICHTING". A reader that knows the part for certain (XML) says so in ``Block.part``; otherwise
everything before the first memorandum heading is bill text.
"""

from __future__ import annotations

from wetscan.structure.headings import is_memorandum_heading
from wetscan.structure.units import Line


def split_parts(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Return (bill lines, memorandum lines) in reading order."""
    bill: list[Line] = []
    memorandum: list[Line] = []
    in_memorandum = False
    previous: Line | None = None
    for line in lines:
        if line.part is not None:
            in_memorandum = line.part == "explanatory_memorandum"
        elif (line.block_start or line.heading) and is_memorandum_heading(
            line.text, previous.text if previous else None
        ):
            in_memorandum = True
        previous = line
        (memorandum if in_memorandum else bill).append(line)
    return bill, memorandum
