"""Pages set in two columns (a Staatscourant regeling, some reports) are read column by column.

Lines are grouped per printed row, so on a two-column page each row holds a line of either
column. When a vertical gutter near the middle of the page separates the lines (few lines
cross it, and both sides hold a good share of them), the left column is read before the right
one. A line spanning both columns (a title across the page) closes a section: the columns
above it are read before it, those below it after.
"""

from __future__ import annotations

from wetscan.ingest.pdf_lines import Line

#: Where a gutter may lie, as a share of the page width.
GUTTER_ZONE = (0.3, 0.7)
#: Each column holds at least this share of the page's lines ...
MIN_COLUMN_SHARE = 0.25
#: ... and at most this share of the lines crosses the gutter.
MAX_CROSSING_SHARE = 0.15
#: Pages with fewer lines than this are never taken for two-column pages.
MIN_LINES = 8


def reading_order(lines: list[Line]) -> list[Line]:
    """``lines`` of one page (top to bottom) in reading order."""
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    ordered: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        if line.x1 <= gutter:
            left.append(line)
        elif line.x0 >= gutter:
            right.append(line)
        else:
            ordered += left + right + [line]
            left, right = [], []
    return ordered + left + right


def _gutter(lines: list[Line]) -> float | None:
    if len(lines) < MIN_LINES:
        return None
    width = lines[0].page_width
    allowed = MAX_CROSSING_SHARE * len(lines)
    middle = width / 2
    if sum(1 for line in lines if line.x0 < middle < line.x1) > allowed * 3:
        return None  # clearly one column: most lines run across the middle
    best: tuple[int, int, float] | None = None
    step = int(width * GUTTER_ZONE[0])
    while step < width * GUTTER_ZONE[1]:
        crossing = left = right = 0
        for line in lines:
            if line.x1 <= step:
                left += 1
            elif line.x0 >= step:
                right += 1
            else:
                crossing += 1
        if crossing <= allowed and min(left, right) >= MIN_COLUMN_SHARE * len(lines):
            candidate = (crossing, -min(left, right), float(step))
            best = candidate if best is None or candidate < best else best
        step += 2
    return best[2] if best else None
