"""The Markdown summary: verdicts, reasons and flagged provisions, to paste into a nota or Word.

In the current language (catalog ``report``), like the HTML report; enum values of the report
data are shown with :func:`wetscan.report.wording.label`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.i18n import N_, _, ngettext
from wetscan.report.checklist_markdown import checklist_markdown
from wetscan.report.sanitise import printable_data
from wetscan.report.terminal import document_lines
from wetscan.report.wording import change_lines, decimal, label, layer_count_line, yes_no

#: The verdicts whose reasons the summary lists, in the report's order (translated where shown).
REASON_SECTIONS = ((N_("UDO"), "udo"), (N_("BZK co-signature"), "cosignature"), (N_("Fvw art. 2"), "fvw_art2"))


def render_markdown(report: Mapping[str, Any], show_all: bool = False, book: RuleBook | None = None) -> str:
    """A drafter's summary of the report (GitHub-flavoured Markdown tables); control characters in
    the document's text are made visible (:mod:`wetscan.report.sanitise`)."""
    book = book or load_rules()
    report = printable_data(report)
    source = report["source"]
    lines = [f"# wetscan: {_inline(report.get('title') or source['path'])}", ""]
    pages = source.get("pages")
    described = source["format"] + (", " + ngettext("{n} page", "{n} pages", pages).format(n=pages) if pages else "")
    lines.append(_("Source: {path} ({format}), sha256 {hash}.").format(
        path=f"`{_code(source['path'])}`", format=described, hash=f"`{source['sha256'][:12]}…`"))
    lines.append("")
    extra = document_lines(report.get("document"))
    if extra:
        lines += [f"- {_inline(line)}" for line in extra] + [""]
    assessment = report.get("assessment")
    if assessment:
        lines += _verdicts(assessment)
        if changes := change_lines(assessment.get("changes")):
            lines += ["## " + _("What the bill changes"), ""] + [f"- {_inline(line)}" for line in changes] + [""]
        for title, key in REASON_SECTIONS:
            lines += ["### " + _("Reasons: {verdict}").format(verdict=_(title)), ""] + _reasons(assessment[key]["reasons"]) + [""]
        lines += _toelichting(assessment)
        lines += checklist_markdown(report)
    provisions = [p for p in report.get("provisions", []) if show_all or p.get("findings")]
    lines += ["## " + (_("Provisions") if show_all else _("Provisions with findings")), ""]
    if provisions:
        header = (_("Provision"), _("Layers"), _("Norm type"), _("Rules"), _("Trigger words"))
        lines += [_row(*header), "|---|---|---|---|---|"]
        for p in provisions:
            rules = ", ".join(sorted({f["rule"] for f in p.get("findings", [])})) or "–"
            triggers = "; ".join(f"“{f['trigger']}”" for f in p.get("findings", [])) or "–"
            change = f" ({label(p['change'])})" if p.get("change") else ""
            layers = ", ".join(label(layer) for layer in p.get("layers") or []) or "–"
            lines.append(f"| {_cell(p['id'] + change)} | {_cell(layers)} | "
                         f"{_cell(label(p.get('norm_type')))} | {rules} | {_cell(triggers)} |")
    else:
        lines.append(_("No provision was flagged."))
    lines.append("")
    if assessment and assessment.get("review_notes"):
        lines += ["## " + _("For human review"), ""]
        for note in assessment["review_notes"]:
            where = f" ({'; '.join(note['provisions'])})" if note.get("provisions") else ""
            lines.append(f"- {_inline(note['note'])}{_inline(where)}")
        lines.append("")
    lines.append("_" + _("Rules: {source} v{version}. wetscan flags; a coordinator decides.").format(
        source=book.source, version=book.version) + "_")
    return "\n".join(lines) + "\n"


def _verdicts(a: Mapping[str, Any]) -> list[str]:
    udo, cosign, fvw = a["udo"], a["cosignature"], a["fvw_art2"]
    grounds = a.get("cosignature_grounds") or {}
    cosign_note = ""
    if grounds:
        cosign_note = _("departure from decentralisation principles: {departure}; large impact (heuristic): {impact}").format(
            departure=yes_no(grounds["departure"]["found"]),
            impact=_("met") if grounds["large_impact"]["found"] else _("not met"))
    counts = "; ".join(layer_count_line(c) for c in a.get("layer_counts") or [])
    coop = "; ".join((a.get("cooperation") or {}).get("provisions", []))
    layers = ", ".join(label(layer) for layer in a["layers"]) or _("none")
    required = _("required") if fvw["required"] else _("not required")
    return [
        "## " + _("Verdicts"), "",
        _row(_("Question"), _("Outcome"), _("Score"), _("Notes")), "|---|---|---|---|",
        _row(_("UDO candidate"), f"**{label(udo['verdict'])}**", decimal(udo["score"]), ""),
        _row(_("BZK co-signature"), f"**{label(cosign['verdict'])}**", decimal(cosign["score"]), _cell(cosign_note)),
        _row(_("Fvw art. 2 section"), f"**{label(fvw['status'])}**", "", required),
        _row(_("Layers affected"), _cell(layers), "", _cell(counts)),
        _row(_("Mandatory cooperation"), yes_no(a["mandatory_cooperation"]), "", _cell(coop)),
        "",
    ]


def _reasons(reasons: list[Mapping[str, Any]]) -> list[str]:
    if not reasons:
        return ["- " + _("No rule fired.")]
    lines = []
    for r in reasons:
        basis = _("Basis: {basis}").format(basis=_inline(r["basis"]))
        line = f"- **{_inline(label(r['rule']))}** {_inline(r['explanation'])} _{basis}._"
        if r["provisions"]:
            line += " " + _("Provisions: {provisions}.").format(provisions=_inline("; ".join(r["provisions"])))
        if r["triggers"]:
            words = ", ".join(f"“{_inline(t)}”" for t in r["triggers"][:10])
            line += " " + _("Trigger words: {words}.").format(words=words)
        lines.append(line)
    return lines


def _toelichting(a: Mapping[str, Any]) -> list[str]:
    toelichting = a.get("toelichting")
    if not toelichting:
        return []
    lines = ["## " + _("Toelichting"), ""]
    if not toelichting["present"]:
        lines += [_("The file contains no toelichting: these points were not checked."), ""]
    lines += [_row(_("Check"), _("Status"), _("Where")), "|---|---|---|"]
    for check in toelichting["checks"].values():
        where = f"{check['location']}: “{check['quote']}”" if check.get("location") else "–"
        lines.append(f"| {_cell(check['label'])} | {label(check['status'])} | {_cell(where)} |")
    return lines + [""]


def _row(*cells: str) -> str:
    """One row of a Markdown table (cells already escaped)."""
    return "| " + " | ".join(cells) + " |"


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
