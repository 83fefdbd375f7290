"""The terminal report (rich): a verdict panel, the reasons, and a table of flagged provisions.

Rich writes colour only to a terminal; in a pipe or a file the output is plain text, and trigger
words are then marked «like this» so that the highlight survives without colour codes. Document
text passes :func:`wetscan.report.sanitise.printable` first: a bill cannot send escape sequences
to the terminal.

Everything it says is in the current language (:mod:`wetscan.i18n`, catalog ``messages``); the
report's enum values (verdicts, roles, norm types, changes) are named through the tables below,
and figures are written the way the language writes them (``0,85`` in Dutch).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.i18n import N_, _
from wetscan.report.sanitise import printable, printable_data
from wetscan.report.spans import segments
from wetscan.vocabulary import (RESOLUTION_NAMES, change_name, decimal, effect_name, named, norm_type_name,
                                part_name, role_name, verdict_word)
from wetscan.report.wording import change_lines, is_side_by_side, layer_count_line

VERDICT_STYLE = {
    "yes": "bold red",
    "possible": "bold yellow",
    "no": "bold green",
    "already": "bold blue",
    "missing": "bold red",
    "not_checked": "bold yellow",
    "found": "bold green",
    "not_required": "green",
}
TRIGGER_STYLE = "bold black on yellow"
CONTEXT_CHARS = 70
#: Rules whose actor was read from the rest of the law; marked in the provisions table so that a
#: coordinator sees at a glance which layers were read from context.
DERIVED_RULES = frozenset({"R23", "R24", "R25"})
CONTEXT_MARK = N_("(context)")
def render_terminal(
    report: Mapping[str, Any],
    console: Console,
    show_all: bool = False,
    quiet: bool = False,
    book: RuleBook | None = None,
) -> None:
    """Print the report: verdicts, then (unless ``quiet``) reasons and the provision table."""
    report = printable_data(report)
    assessment = report.get("assessment")
    title = report.get("title") or report["source"]["path"]
    if assessment is None:
        console.print(Text(_("{title}: not assessed").format(title=title)))
    else:
        console.print(verdict_panel(title, assessment, report["source"]["path"]))
    for line in document_lines(report.get("document")):
        console.print(Text(line, style="dim"))
    if quiet:
        return
    if assessment is not None:
        console.print(reasons_text(assessment))
    provisions = [p for p in report.get("provisions", []) if show_all or p.get("findings") or p.get("previous_findings")]
    if provisions:
        console.print(provision_table(provisions, plain=console.no_color or not console.is_terminal, full=show_all))
    else:
        console.print(Text(_("No provision was flagged.") if not show_all else _("The document has no provisions.")))
    if assessment is not None:
        for note in assessment.get("review_notes", []):
            where = f" ({'; '.join(note['provisions'])})" if note.get("provisions") else ""
            console.print(Text(f"• {note['note']}{where}", style="dim"))


def document_lines(document: Mapping[str, Any] | None) -> list[str]:
    """What the report says about the document itself: its role when it is no bill, the
    memorandum assessed with it, and the reader's notes (tracked changes, renumbered leden)."""
    if not document:
        return []
    lines = []
    if document.get("role", "bill") != "bill":
        lines.append(_("role: {role} — {reason}").format(role=role_name(document["role"]),
                                                         reason=document.get("reason", "")))
    if document.get("memorandum"):
        lines.append(_("assessed with its explanatory memorandum {path}").format(path=document["memorandum"]))
    lines += [_("note: {note}").format(note=note) for note in document.get("notes", [])]
    return lines


def verdict_panel(title: str, assessment: Mapping[str, Any], path: str) -> Panel:
    """The four verdicts in a panel: UDO, co-signature, Fvw art. 2, layers (plus cooperation)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    udo, cosign, fvw = assessment["udo"], assessment["cosignature"], assessment["fvw_art2"]
    score = _("score {score}")
    grid.add_row(_("UDO candidate"), _verdict_text(udo["verdict"], score.format(score=decimal(udo["score"])),
                                                   udo["reasons"]))
    cosign_note = score.format(score=decimal(cosign["score"]))
    grounds = assessment.get("cosignature_grounds")
    if grounds:
        departure = verdict_word("yes" if grounds["departure"]["found"] else "no")
        impact = _("met") if grounds["large_impact"]["found"] else _("not met")
        cosign_note += "; " + _("departure: {departure}; large impact (heuristic): {impact}").format(
            departure=departure, impact=impact)
    grid.add_row(_("BZK co-signature"), _verdict_text(cosign["verdict"], cosign_note, cosign["reasons"]))
    fvw_note = "" if fvw["status"] == "not_required" else (_("required") if fvw["required"] else _("not required"))
    grid.add_row(_("Fvw art. 2 section"), _verdict_text(fvw["status"], fvw_note, []))
    grid.add_row(_("Layers"), Text(_layers_line(assessment)))
    cooperation = assessment.get("cooperation") or {}
    coop = verdict_word("yes" if assessment["mandatory_cooperation"] else "no")
    if cooperation.get("provisions"):
        coop += f" ({'; '.join(cooperation['provisions'])})"
    grid.add_row(_("Mandatory cooperation"), Text(coop))
    changes = change_lines(assessment.get("changes"))
    if changes:
        grid.add_row(_("Changes"), Text("\n".join(changes)))
    return Panel(grid, title=Text(title, style="bold"), subtitle=path, box=box.ROUNDED, expand=False)


def reasons_text(assessment: Mapping[str, Any]) -> Group:
    """Every verdict's reasons: rule, explanation, basis and the provisions it rests on."""
    lines: list[Text] = []
    for label, key in ((N_("UDO"), "udo"), (N_("Co-signature"), "cosignature"), (N_("Fvw art. 2"), "fvw_art2")):
        reasons = assessment[key]["reasons"]
        if not reasons:
            continue
        lines.append(Text(f"{_(label)}:", style="bold"))
        for reason in reasons:
            line = Text("  ")
            line.append(reason["rule"], style="bold")
            line.append(f" {reason['explanation']}")
            if reason["provisions"]:
                line.append(f" [{'; '.join(reason['provisions'][:8])}{' …' if len(reason['provisions']) > 8 else ''}]", style="cyan")
            line.append("\n     " + _("basis: {basis}").format(basis=reason["basis"]), style="dim")
            lines.append(line)
    return Group(*lines)


def provision_table(provisions: list[Mapping[str, Any]], plain: bool, full: bool = False) -> Table:
    """Flagged (or all) provisions with their trigger words highlighted."""
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    table.add_column(_("Provision"), ratio=2, min_width=16, overflow="fold")
    table.add_column(_("Layers / norm"), ratio=2, min_width=16)
    table.add_column(_("Rules"), ratio=1, min_width=7)
    table.add_column(_("Text (trigger words highlighted)"), ratio=5)
    before = any(is_side_by_side(p) for p in provisions)
    if before:
        table.add_column(_("Current text (before the bill)"), ratio=4)
    mark = _(CONTEXT_MARK)
    for provision in provisions:
        layers = ", ".join(provision.get("layers") or []) or "–"
        norm = norm_type_name(provision["norm_type"]) if provision.get("norm_type") else "–"
        coop = "\n" + _("mandatory cooperation") if provision.get("mandatory_cooperation") else ""
        rules = " ".join(sorted({f["rule"] + (mark if f.get("derived_from") or f["rule"] in DERIVED_RULES else "")
                                 for f in provision.get("findings", [])})) or "–"
        change = "\n" + _("change: {change}").format(
            change=change_name(provision["change"])) if provision.get("change") else ""
        cells = [
            provision["id"] + change,
            f"{layers}\n{norm}{coop}",
            rules,
            highlighted_text(provision["text"], provision.get("findings", []), plain, excerpt=not full),
        ]
        if before:
            cells.append(highlighted_text(provision["previous_text"], provision.get("previous_findings", []), plain)
                         if is_side_by_side(provision) else Text("–"))
        table.add_row(*cells)
    return table


def highlighted_text(text: str, findings: list[Mapping[str, Any]], plain: bool, excerpt: bool = False) -> Text:
    """``text`` with trigger spans styled (colour) or marked «…» (plain); optionally cut to excerpts."""
    result = Text()
    pieces = segments(text, findings)
    for index, piece in enumerate(pieces):
        if piece.findings:
            if plain:
                opens = index == 0 or not pieces[index - 1].findings
                closes = index == len(pieces) - 1 or not pieces[index + 1].findings
                result.append(("«" if opens else "") + piece.text + ("»" if closes else ""))
            else:
                result.append(piece.text, style=TRIGGER_STYLE)
            continue
        chunk = piece.text
        if excerpt and len(chunk) > 2 * CONTEXT_CHARS:
            after_trigger, before_trigger = index > 0, index < len(pieces) - 1
            if after_trigger and before_trigger:
                chunk = f"{_head(chunk)} … {_tail(chunk)}"
            elif after_trigger:
                chunk = f"{_head(chunk)} …"
            elif before_trigger:
                chunk = f"… {_tail(chunk)}"
        result.append(chunk)
    return result


def explain_provision(
    provision: Mapping[str, Any],
    console: Console,
    definitions: list[Mapping[str, Any]] | None = None,
    book: RuleBook | None = None,
    trace: Any = None,
) -> None:
    """Every step for one provision: where it is, its text, organs and their resolution, norm type,
    layers, each rule that fired and why, and what those rules mean for the bill-level verdicts.

    ``trace`` is the analysis trace of the provision text (:class:`wetscan.analyse.Explanation`:
    each organ mention with how it was resolved, each clause with its norm type and addressee);
    without it the organs are taken from the findings.
    """
    book = book or load_rules()
    provision, definitions = printable_data(provision), printable_data(definitions)
    plain = console.no_color or not console.is_terminal
    findings = provision.get("findings", [])
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row(_("Provision"), provision["id"])
    for label, key in ((N_("Article"), "article"), (N_("Lid"), "paragraph"), (N_("Part"), "part"),
                       (N_("Page"), "page"), (N_("Amends"), "amends"), (N_("Instruction"), "instruction")):
        if provision.get(key):
            head.add_row(_(label), part_name(provision[key]) if key == "part" else str(provision[key]))
    if provision.get("change"):
        by_layer = ", ".join(f"{layer} {change_name(c)}" for layer, c in (provision.get("change_by_layer") or {}).items())
        head.add_row(_("Change"), change_name(provision["change"]) + (f" ({by_layer})" if by_layer else "")
                     + (f"; {provision['change_note']}" if provision.get("change_note") else ""))
    if is_side_by_side(provision):
        head.add_row(_("Current text"), Text(provision["previous_text"]))
    console.print(Panel(head, title=_("1. Where"), box=box.ROUNDED, expand=False))
    console.print(Text(_("2. Text"), style="bold"))
    console.print(highlighted_text(provision["text"], findings, plain))
    _explain_organs(console, findings, definitions or [], trace)
    _explain_norm(console, provision, trace)
    _explain_rules(console, findings, book)
    _explain_effects(console, findings, book)


def _explain_organs(console: Console, findings: list[Mapping[str, Any]], definitions: list[Mapping[str, Any]],
                    trace: Any) -> None:
    """Step 3: each organ mention and how it was resolved to a layer (from the trace, else the findings)."""
    console.print(Text(_("3. Organs and their resolution"), style="bold"))
    if trace is not None and trace.organs:
        for organ in trace.organs:
            target = ", ".join(organ.layers) or organ.role
            how = named(RESOLUTION_NAMES, organ.method) + (f": {organ.definition}" if organ.definition else "")
            console.print(Text(printable("   " + _(
                "‘{text}’ [{start}–{end}] → {organ} ({target}); resolved by {how}; confidence {confidence}").format(
                text=organ.text, start=organ.start, end=organ.end, organ=organ.organ, target=target, how=how,
                confidence=decimal(organ.confidence)))))
        return
    organs = list(dict.fromkeys((f.get("organ"), f.get("layer")) for f in findings if f.get("organ")))
    if not organs:
        console.print(Text("   " + _("No co-government or national organ was recognised as addressee.")))
    for organ, layer in organs:
        line = f"   {organ} → {layer or _('unresolved / national')}"
        definition = _definition_for(organ, definitions)
        if definition:
            line += " " + _("(defined in {provision}: ‘{term}’ = {meaning})").format(
                provision=definition["provision_id"], term=definition["term"], meaning=definition["meaning"])
        console.print(Text(line))


def _explain_norm(console: Console, provision: Mapping[str, Any], trace: Any) -> None:
    """Step 4: the norm type and addressee of each clause, and what the provision as a whole does."""
    console.print(Text(_("4. Norm type and layers"), style="bold"))
    if trace is not None:
        if not trace.parsed:
            console.print(Text("   " + _("(no dependency parse available: addressees follow word order)"), style="dim"))
        for clause in trace.clauses:
            console.print(Text(printable("   " + _(
                "clause [{start}–{end}]: {norm_type} ({norm_reason}); addressee {addressee} ({addressee_reason})").format(
                start=clause.start, end=clause.end, norm_type=norm_type_name(clause.norm_type),
                norm_reason=clause.norm_reason, addressee=", ".join(clause.addressee) or _("none"),
                addressee_reason=clause.addressee_reason))))
    console.print(Text("   " + _(
        "provision: norm type {norm_type}; layers given a task or power: {layers}; mandatory cooperation: {cooperation}"
    ).format(norm_type=norm_type_name(provision["norm_type"]) if provision.get("norm_type") else _("not determined"),
             layers=", ".join(provision.get("layers") or []) or _("none"),
             cooperation=verdict_word("yes" if provision.get("mandatory_cooperation") else "no"))))


def _explain_rules(console: Console, findings: list[Mapping[str, Any]], book: RuleBook) -> None:
    """Step 5: each rule that fired, on which words, for which organ, why, and how sure."""
    console.print(Text(_("5. Rules fired"), style="bold"))
    if not findings:
        console.print(Text("   " + _("None: this provision gives no task or power to a co-government.")))
        return
    table = Table(box=box.SIMPLE, expand=True)
    for column in (_("Rule"), _("Trigger words [span]"), _("Layer / organ"), _("Why"), _("Conf.")):
        table.add_column(column, overflow="fold")
    for f in findings:
        rule = book.rule(f["rule"])
        why = f["explanation"] + ("\n" + _("basis: {basis}").format(basis=rule.basis) if rule else "")
        if f.get("derived_from"):
            why += "\n" + _("read from context: {provisions}").format(provisions=", ".join(f["derived_from"]))
        table.add_row(
            f["rule"] + (f"\n{rule.name}" if rule else ""),
            f"‘{f['trigger']}’ [{f['start']}–{f['end']}]",
            f"{f.get('layer') or '–'}\n{f.get('organ') or '–'}",
            why,
            decimal(f["confidence"]),
        )
    console.print(table)


def _explain_effects(console: Console, findings: list[Mapping[str, Any]], book: RuleBook) -> None:
    """Step 6: what the rules that fired mean for the bill-level verdicts (UDO, co-signature, Fvw art. 2)."""
    console.print(Text(_("6. What it means for the bill"), style="bold"))
    for rule_id, layer in sorted({(f["rule"], f.get("layer") or "") for f in findings}):
        rule = book.rule(rule_id)
        if rule is None:
            console.print(Text("   " + _("{rule}: not in the rule book ({source}); ignored at bill level").format(
                rule=rule_id, source=book.source)))
            continue
        fvw = _("required") if rule.fvw and layer in ("gemeente", "provincie") else _("not triggered")
        departure = " " + _("(departure from decentralisation principles)") if rule.departure else ""
        effects = dict(udo=effect_name(rule.effect("udo", layer or None)), departure=departure,
                       cosignature=effect_name(rule.effect("cosignature", layer or None)), fvw=fvw)
        if layer:
            line = _("{rule} on {layer}: UDO {udo}, co-signature {cosignature}{departure}, Fvw art. 2 {fvw}").format(
                rule=rule_id, layer=layer, **effects)
        else:
            line = _("{rule}: UDO {udo}, co-signature {cosignature}{departure}, Fvw art. 2 {fvw}").format(
                rule=rule_id, **effects)
        console.print(Text("   " + line))
    if not findings:
        console.print(Text("   " + _("Nothing: no verdict rests on this provision.")))


def _head(text: str) -> str:
    """The first words of ``text``, about CONTEXT_CHARS long, cut at a word boundary."""
    cut = text[:CONTEXT_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut).rstrip()


def _tail(text: str) -> str:
    """The last words of ``text``, about CONTEXT_CHARS long, cut at a word boundary."""
    cut = text[-CONTEXT_CHARS:]
    return (cut.split(" ", 1)[1] if " " in cut.strip() else cut).lstrip()


def _definition_for(organ: str, definitions: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    lowered = organ.lower()
    for definition in definitions:
        term = str(definition.get("term", "")).lower()
        if term and (term == lowered or term in lowered or lowered.endswith(term)):
            return definition
    return None


def _verdict_text(word: str, note: str, reasons: list[Mapping[str, Any]]) -> Text:
    text = Text(verdict_word(word), style=VERDICT_STYLE.get(word, "bold"))
    rules = [r["rule"] for r in reasons if not r["rule"].startswith("heuristic")]
    text.append(f"  {note}")
    if rules:
        text.append("; " + _("rules {rules}").format(rules=", ".join(dict.fromkeys(rules))), style="dim")
    return text


def _layers_line(assessment: Mapping[str, Any]) -> str:
    counts = assessment.get("layer_counts")
    if not counts:
        return ", ".join(assessment["layers"]) or _("none")
    return "; ".join(layer_count_line(c) for c in counts)

