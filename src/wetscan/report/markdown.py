"""The Markdown summary: verdicts, reasons and flagged provisions, to paste into a nota or Word."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.report.checklist_markdown import checklist_markdown
from wetscan.report.sanitise import printable_data
from wetscan.report.terminal import document_lines
from wetscan.report.wording import change_lines, layer_count_line


def render_markdown(report: Mapping[str, Any], show_all: bool = False, book: RuleBook | None = None) -> str:
    """A drafter's summary of the report (GitHub-flavoured Markdown tables); control characters in
    the document's text are made visible (:mod:`wetscan.report.sanitise`)."""
    book = book or load_rules()
    report = printable_data(report)
    source = report["source"]
    lines = [f"# wetscan: {_inline(report.get('title') or source['path'])}", ""]
    lines.append(f"Source: `{_code(source['path'])}` ({source['format']}{', ' + str(source['pages']) + ' pages' if source.get('pages') else ''}), "
                 f"sha256 `{source['sha256'][:12]}…`.")
    lines.append("")
    extra = document_lines(report.get("document"))
    if extra:
        lines += [f"- {_inline(line)}" for line in extra] + [""]
    assessment = report.get("assessment")
    if assessment:
        lines += _verdicts(assessment)
        if changes := change_lines(assessment.get("changes")):
            lines += ["## What the bill changes", ""] + [f"- {_inline(line)}" for line in changes] + [""]
        for title, key in (("UDO", "udo"), ("BZK co-signature", "cosignature"), ("Fvw art. 2", "fvw_art2")):
            lines += [f"### Reasons: {title}", ""] + _reasons(assessment[key]["reasons"]) + [""]
        lines += _toelichting(assessment)
        lines += checklist_markdown(report)
    provisions = [p for p in report.get("provisions", []) if show_all or p.get("findings")]
    lines += ["## Provisions" + ("" if show_all else " with findings"), ""]
    if provisions:
        lines += ["| Provision | Layers | Norm type | Rules | Triggers |", "|---|---|---|---|---|"]
        for p in provisions:
            rules = ", ".join(sorted({f["rule"] for f in p.get("findings", [])})) or "–"
            triggers = "; ".join(f"“{f['trigger']}”" for f in p.get("findings", [])) or "–"
            change = f" ({p['change']})" if p.get("change") else ""
            lines.append(f"| {_cell(p['id'] + change)} | {_cell(', '.join(p.get('layers') or []) or '–')} | "
                         f"{_cell(p.get('norm_type') or '–')} | {rules} | {_cell(triggers)} |")
    else:
        lines.append("No provision was flagged.")
    lines.append("")
    if assessment and assessment.get("review_notes"):
        lines += ["## For human review", ""]
        for note in assessment["review_notes"]:
            where = f" ({'; '.join(note['provisions'])})" if note.get("provisions") else ""
            lines.append(f"- {_inline(note['note'])}{_inline(where)}")
        lines.append("")
    lines.append(f"_Rules: {book.source} v{book.version}. wetscan flags; a coordinator decides._")
    return "\n".join(lines) + "\n"


def _verdicts(a: Mapping[str, Any]) -> list[str]:
    udo, cosign, fvw = a["udo"], a["cosignature"], a["fvw_art2"]
    grounds = a.get("cosignature_grounds") or {}
    cosign_note = ""
    if grounds:
        cosign_note = (f"departure from decentralisation principles: {'yes' if grounds['departure']['found'] else 'no'}; "
                       f"large impact (heuristic): {'met' if grounds['large_impact']['found'] else 'not met'}")
    counts = "; ".join(layer_count_line(c) for c in a.get("layer_counts") or [])
    coop = "; ".join((a.get("cooperation") or {}).get("provisions", []))
    return [
        "## Verdicts", "",
        "| Question | Outcome | Score | Notes |", "|---|---|---|---|",
        f"| UDO candidate | **{udo['verdict']}** | {udo['score']:.2f} | |",
        f"| BZK co-signature | **{cosign['verdict']}** | {cosign['score']:.2f} | {_cell(cosign_note)} |",
        f"| Fvw art. 2 section | **{fvw['status'].replace('_', ' ')}** | | {'required' if fvw['required'] else 'not required'} |",
        f"| Layers affected | {_cell(', '.join(a['layers']) or 'none')} | | {_cell(counts)} |",
        f"| Mandatory cooperation | {'yes' if a['mandatory_cooperation'] else 'no'} | | {_cell(coop)} |",
        "",
    ]


def _reasons(reasons: list[Mapping[str, Any]]) -> list[str]:
    if not reasons:
        return ["- No rule fired."]
    lines = []
    for r in reasons:
        line = f"- **{r['rule']}** {_inline(r['explanation'])} _Basis: {_inline(r['basis'])}._"
        if r["provisions"]:
            line += f" Provisions: {_inline('; '.join(r['provisions']))}."
        if r["triggers"]:
            line += " Triggers: " + ", ".join(f"“{_inline(t)}”" for t in r["triggers"][:10]) + "."
        lines.append(line)
    return lines


def _toelichting(a: Mapping[str, Any]) -> list[str]:
    toelichting = a.get("toelichting")
    if not toelichting:
        return []
    lines = ["## Toelichting", ""]
    if not toelichting["present"]:
        lines += ["The file contains no toelichting: these points were not checked.", ""]
    lines += ["| Check | Status | Where |", "|---|---|---|"]
    for check in toelichting["checks"].values():
        where = f"{check['location']}: “{check['quote']}”" if check.get("location") else "–"
        lines.append(f"| {_cell(check['label'])} | {check['status'].replace('_', ' ')} | {_cell(where)} |")
    return lines + [""]


def _inline(text: str) -> str:
    """Document text as literal Markdown: no accidental emphasis, links or HTML."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def _cell(text: str) -> str:
    return _inline(text)


def _code(text: str) -> str:
    return str(text).replace("`", "'")
