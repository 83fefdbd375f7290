"""``wetscan check``: scan one bill (or one consultation folder) and report what it asks of medeoverheden.

A document that is no bill (a memorandum alone, a letter, a decentral regulation, consolidated
law) is not assessed: check says what it is and why, and exits 0; ``--as-bill`` scans it anyway.
Given a folder, check treats it as one consultation: every document gets its role, and each bill
is assessed together with the memorandum it pairs with (:mod:`wetscan.consultation`).

Exit codes, for drafting pipelines: 0 clean run; 1 when a flag named by ``--fail-on`` is raised
(UDO verdict "yes", co-signature verdict "yes" — "already" co-signed is satisfied, not raised —, or
the Fvw art. 2 section "missing"); 2 on input errors (unreadable bill or rules file, unknown
provision id; in a folder, after the readable documents are reported).
"""

from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from wetscan.analyse import explain_text
from wetscan.assess.rules import RuleBook, load_rules
from wetscan.cli.app import EXIT_FLAGGED, app, fail
from wetscan.errors import InputError, WetscanError
from wetscan.i18n import _, ngettext
from wetscan.learned import READER_DIR, reader_available
from wetscan.model import Bill
from wetscan.report.checklist_terminal import checklist_option, print_checklist
from wetscan.report.html import render_html
from wetscan.report.annotate import annotate_docx, check_annotate_target, option_help as annotate_help
from wetscan.report.json_report import dumps
from wetscan.report.markdown import render_markdown
from wetscan.report.table import render_csv
from wetscan.report.terminal import explain_provision, render_terminal
from wetscan.vocabulary import role_name
from wetscan.scan import scan

PLAIN_WIDTH = 120


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    md = "md"
    csv = "csv"


class RevisionChoice(str, Enum):
    proposed = "proposed"
    original = "original"


class ReaderChoice(str, Enum):
    rules = "rules"
    model = "model"
    combined = "combined"


class FailOn(str, Enum):
    udo = "udo"
    cosignature = "cosignature"
    fvw = "fvw"
    any = "any"


@app.command(help=_("Scan one bill and report its provisions, findings and verdicts."))
def check(
    path: Path = typer.Argument(
        ..., help=_("The bill (PDF, XML, DOCX, ODT, HTML or plain text), or a consultation folder.")),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help=_("Output format.")),
    output: Path | None = typer.Option(None, "--output", "-o", help=_("Write the report to this file.")),
    show_all: bool = typer.Option(False, "--all", help=_("Show every provision, not only the flagged ones.")),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=_("Text output: only the verdicts.")),
    provision_id: str | None = typer.Option(
        None, "--provision", help=_("Explain every step for this one provision (e.g. 'artikel 2.8, eerste lid').")
    ),
    rules: Path | None = typer.Option(
        None, "--rules", help=_("Use this assessment rules file instead of the shipped one.")),
    toelichting: Path | None = typer.Option(
        None, "--toelichting", "-t", help=_("The explanatory memorandum, when it is a separate file (e.g. Kamerstuk nr. 3).")
    ),
    current: list[Path] = typer.Option(
        [], "--current", help=_("The current text of an amended law (BWB toestand XML or any readable format); repeatable. "
                "Also searched: the folder in WETSCAN_LAW_DIR.")
    ),
    fail_on: FailOn | None = typer.Option(
        None, "--fail-on", help=_("Exit with code 1 when this flag is raised: udo, cosignature, fvw (section missing) or any.")
    ),
    as_bill: bool = typer.Option(
        False, "--as-bill", help=_("Assess the document even when it is no bill (a memorandum, a decentral regulation, ...).")),
    revisions: RevisionChoice = typer.Option(
        RevisionChoice.proposed, "--revisions", help=_("Tracked changes in a Word/ODT draft: all accepted (proposed) or rejected (original).")),
 
    reader: ReaderChoice | None = typer.Option(
        None, "--reader", help=_("rules, model (the learned reader alone) or combined (default: the best on dev).")
    ),
    annotate: Path | None = typer.Option(None, "--annotate", help=annotate_help()),
    encoder: Path | None = typer.Option(
        None, "--encoder", help=_("A trained reader folder (wetscan train reader) instead of the shipped one.")
    ),
    with_checklist: bool = checklist_option(),
) -> None:
    """Scan one bill and report its provisions, findings and verdicts."""
    check_reader_folder(encoder, reader.value if reader else None)
    if annotate is not None:
        _check_annotate(path, annotate)
    if path.is_dir():
        given = [name for name, value in (("--provision", provision_id), ("--toelichting", toelichting),
                                          ("--as-bill", as_bill), ("--checklist", with_checklist)) if value]
        if given:
            fail(_("{path}: {options} works on one file, not on a consultation folder").format(
                path=path, options=", ".join(given)))
        _check_folder(path, rules, revisions.value, output_format, output, show_all, quiet, fail_on)
        return
    try:
        book = load_rules(rules)
        laws = {"current": current} if current else {}
        result = scan(path, rules=rules, toelichting=toelichting, as_bill=as_bill, revisions=revisions.value,
                      reader=reader.value if reader else None, encoder=encoder, **laws)
    except WetscanError as error:
        fail(error)
    report = result.report()
    if annotate is not None:
        _annotate(path, annotate, report, book, revisions.value)
    if result.assessment is None and provision_id is None and output_format is OutputFormat.text:
        _say_not_a_bill(report, output)
        return
    if provision_id is not None:
        _explain_one(report, result.bill, provision_id, output_format, output, book)
    else:
        _write(_render(report, output_format, output, show_all, quiet, book), output)
    if with_checklist and provision_id is None and output_format is OutputFormat.text:
        print_checklist(report, output)
    if fail_on is not None and "assessment" in report and flag_raised(report["assessment"], fail_on):
        raise typer.Exit(EXIT_FLAGGED)


def _say_not_a_bill(report: dict[str, Any], output: Path | None) -> None:
    """The one-screen answer for a document that is no bill: what it is, why, and what to do."""
    document = report["document"]
    lines = [_("{path}: {role} — {reason}; not assessed").format(
        path=report["source"]["path"], role=role_name(document["role"]), reason=document["reason"])]
    lines += ["  " + _("evidence: {item}").format(item=item) for item in document.get("evidence", [])]
    lines += ["  " + _("note: {note}").format(note=note) for note in document.get("notes", [])]
    lines.append("  " + _("(use --as-bill to scan it as a bill anyway)"))
    _write("\n".join(lines), output)


def _check_folder(
    folder: Path, rules: Path | None, revisions: str, output_format: OutputFormat, output: Path | None,
    show_all: bool, quiet: bool, fail_on: FailOn | None,
) -> None:
    """``wetscan check DIR``: one consultation, each bill with its memorandum (see the module docstring)."""
    from wetscan.consultation import scan_consultation

    try:
        book = load_rules(rules)
        consultation = scan_consultation(folder, rules=rules, revisions=revisions)
    except WetscanError as error:
        fail(error)
    documents, reports = consultation.documents(), consultation.reports()
    if output_format is OutputFormat.json:
        _write(dumps({"consultation": consultation.name, "documents": documents, "reports": reports}), output)
    elif output_format is OutputFormat.text:
        console = _console(output)
        _documents_table(consultation.name, documents, console)
        for report in reports:
            render_terminal(report, console, show_all=show_all, quiet=quiet, book=book)
        if output:
            _write(console.export_text(), output)
    else:
        rendered = [_render(report, output_format, None, show_all, quiet, book) or "" for report in reports]
        _write("\n\n".join(rendered) or _("no bill in this consultation"), output)
    failed = [row for row in documents if row["error"]]
    for row in failed:
        typer.echo(_("error: {error}").format(error=row["error"]), err=True)
    if failed:
        raise typer.Exit(2)
    if fail_on is not None and any(flag_raised(r["assessment"], fail_on) for r in reports if "assessment" in r):
        raise typer.Exit(EXIT_FLAGGED)


def _documents_table(name: str, documents: list[dict[str, Any]], console: Console) -> None:
    from rich.table import Table

    table = Table(title=ngettext("consultation {name}: {count} document", "consultation {name}: {count} documents",
                                 len(documents)).format(name=name, count=len(documents)))
    for column in (_("document"), _("role"), _("reason / pairing"), _("memorandum")):
        table.add_column(column, overflow="fold")
    for row in documents:
        table.add_row(Path(row["path"]).name, role_name(row["role"]) if row["role"] else _("error"),
                      row["error"] or row["reason"] or "",
                      Path(row["memorandum"]).name if row["memorandum"] else "")
    console.print(table)


def check_reader_folder(encoder: Path | None, reader: str | None = None) -> None:
    """``--encoder`` must name a trained reader folder, and ``--reader model|combined`` needs one
    (the shipped one or ``--encoder``): one line and exit 2 otherwise."""
    if encoder is not None and not reader_available(encoder):
        fail(InputError(str(encoder), _("not a trained reader folder (no reader.json; see 'wetscan train reader')")))
    if reader not in (None, "rules") and not reader_available(encoder):
        fail(_("--reader {reader} needs a trained reader: none is shipped in {folder} (train one with "
               "'wetscan train reader', or give its folder with --encoder)").format(reader=reader, folder=READER_DIR))


def flag_raised(assessment: dict[str, Any], fail_on: FailOn) -> bool:
    """Whether the flag named by ``--fail-on`` is raised in the assessment."""
    raised = {
        FailOn.udo: assessment["udo"]["verdict"] == "yes",
        FailOn.cosignature: assessment["cosignature"]["verdict"] == "yes",
        FailOn.fvw: assessment["fvw_art2"]["status"] == "missing",
    }
    return any(raised.values()) if fail_on is FailOn.any else raised[fail_on]


def _render(
    report: dict[str, Any], output_format: OutputFormat, output: Path | None, show_all: bool, quiet: bool, book: RuleBook
) -> str | None:
    """The report as text in ``output_format``; None when the terminal renderer printed it already."""
    if output_format is OutputFormat.json:
        return dumps(report)
    if output_format is OutputFormat.html:
        return render_html(report, book, flagged_only=not show_all)
    if output_format is OutputFormat.md:
        return render_markdown(report, show_all, book)
    if output_format is OutputFormat.csv:
        return render_csv(report, show_all, book)
    console = _console(output)
    render_terminal(report, console, show_all=show_all, quiet=quiet, book=book)
    return console.export_text() if output else None


def _explain_one(
    report: dict[str, Any], bill: Bill, provision_id: str, output_format: OutputFormat, output: Path | None,
    book: RuleBook,
) -> None:
    """``--provision``: the analysis trace and findings of one provision of the bill."""
    provision = next((p for p in report["provisions"] if p["id"] == provision_id), None)
    if provision is None:
        known = ", ".join(repr(p["id"]) for p in report["provisions"][:5]) or _("none")
        fail(InputError(report["source"]["path"], _("no provision {provision} (ids look like: {known})").format(
            provision=repr(provision_id), known=known)))
    if output_format is OutputFormat.json:
        _write(dumps(provision), output)
        return
    if output_format is not OutputFormat.text:
        fail(_("--provision shows one provision as text or json, not {format}").format(format=output_format.value))
    trace = explain_text(provision["text"], bill.definitions)
    console = _console(output)
    explain_provision(provision, console, report.get("definitions"), book, trace=trace)
    if output:
        _write(console.export_text(), output)


def _console(output: Path | None) -> Console:
    """A console for the terminal, or a recording one without colour when writing to a file."""
    if output:
        return Console(record=True, file=io.StringIO(), color_system=None, width=PLAIN_WIDTH)
    terminal = Console(file=sys.stdout)
    return terminal if terminal.is_terminal else Console(file=sys.stdout, width=PLAIN_WIDTH)


def _write(text: str | None, output: Path | None) -> None:
    if text is None:
        return
    if output:
        try:
            output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        except OSError as error:
            fail(InputError(str(output), _("cannot write the report ({reason})").format(
                reason=error.strerror or error.__class__.__name__)))
    else:
        typer.echo(text.rstrip("\n"))


def _check_annotate(path: Path, target: Path) -> None:
    """``--annotate`` needs one Word document and another file name for the copy: checked before the scan."""
    try:
        check_annotate_target(path, target)
    except WetscanError as error:
        fail(error)


def _annotate(path: Path, target: Path, report: dict[str, Any], book: RuleBook, revisions: str) -> None:
    """``--annotate``: the copy of the Word draft with the findings as comments (wetscan.report.annotate)."""
    try:
        annotation = annotate_docx(path, target, report, book, revisions)  # type: ignore[arg-type]
    except WetscanError as error:
        fail(error)
    typer.echo(annotation.summary(), err=True)
