"""Render a bill as plain text or as simple HTML, numbers printed in the text.

Both follow the printed reading order of :mod:`tools.billgen.printed`. In plain text a footnote
becomes a "[1]" marker with the notes listed under "Noten" at the end of their part; in HTML a
superscript link to a list of notes at the end of the part, as web publications print them.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable

from tools.billgen.printed import Para, bill_paras, memorandum_paras, title_paras
from tools.billgen.spec import Bill, split_footnotes


def _with_markers(text: str, notes: list[str]) -> str:
    out = []
    for run, note in split_footnotes(text):
        if note is None:
            out.append(run)
        else:
            notes.append(note)
            out.append(f"[{len(notes)}]")
    return "".join(out)


def _parts(bill: Bill) -> Iterable[list[Para]]:
    bill_head, memo_head = title_paras(bill, "consultation")
    yield bill_head + list(bill_paras(bill))
    memo = list(memorandum_paras(bill))
    if memo:
        yield memo_head + memo


def bill_text(bill: Bill) -> str:
    """The whole bill and memorandum as plain text, one paragraph per line, blank lines between."""
    blocks: list[str] = []
    for paras in _parts(bill):
        notes: list[str] = []
        for para in paras:
            text = _with_markers(para.text, notes)
            blocks.append("    " * para.indent + (f"{para.label} {text}" if para.label else text))
        if notes:
            blocks.append("Noten")
            blocks.extend(f"[{i}] {note}" for i, note in enumerate(notes, start=1))
    return "\n\n".join(blocks) + "\n"


def _html_with_notes(text: str, notes: list[str], part: int) -> str:
    out = []
    for run, note in split_footnotes(text):
        if note is None:
            out.append(html.escape(run))
        else:
            notes.append(note)
            out.append(f'<sup><a href="#noot-{part}-{len(notes)}">{len(notes)}</a></sup>')
    return "".join(out)


TAGS = {"doc_title": "h1", "part_title": "h2", "division": "h3", "article": "h4", "memo_heading": "h3"}


def bill_html(bill: Bill) -> str:
    """The bill as a small self-contained HTML page."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{html.escape(bill.title)}</title></head><body>",
    ]
    for part, paras in enumerate(_parts(bill)):
        notes: list[str] = []
        out.append("<section>")
        for para in paras:
            text = _html_with_notes(para.text, notes, part)
            tag = TAGS.get(para.style, "p")
            style = f' style="margin-left:{2 * para.indent}em"' if para.indent else ""
            label = f"{html.escape(para.label)} " if para.label else ""
            out.append(f"<{tag}{style}>{label}{text}</{tag}>")
        if notes:
            out.append('<div class="voetnoten">')
            out.extend(f'<p id="noot-{part}-{i}"><sup>{i}</sup> {html.escape(note)}</p>'
                       for i, note in enumerate(notes, start=1))
            out.append("</div>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_txt(bill: Bill, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(bill_text(bill), encoding="utf-8")
    return path


def render_html(bill: Bill, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(bill_html(bill), encoding="utf-8")
    return path
