"""``wetscan check``: scan one bill and report what it asks of medeoverheden.

Exit codes, for drafting pipelines: 0 clean run; 1 when a flag named by ``--fail-on`` is raised
(UDO verdict "yes", co-signature verdict "yes" — "already" co-signed is satisfied, not raised —, or
the Fvw art. 2 section "missing"); 2 on input errors (unreadable bill or rules file, unknown
provision id).
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
from wetscan.learned import READER_DIR, reader_available
from wetscan.model import Bill
from wetscan.report.html import render_html
from wetscan.report.json_report import build_report, dumps
from wetscan.report.markdown import render_markdown
from wetscan.report.table import render_csv
from wetscan.report.terminal import explain_provision, render_terminal
from wetscan.scan import scan

PLAIN_WIDTH = 120


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    md = "md"
    csv = "csv"


class ReaderChoice(str, Enum):
    rules = "rules"
    model = "model"
    combined = "combined"


class FailOn(str, Enum):
    udo = "udo"
    cosignature = "cosignature"
    fvw = "fvw"
    any = "any"


@app.command()
def check(
    path: Path = typer.Argument(..., help="The bill: PDF, XML, DOCX, HTML or plain text."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    show_all: bool = typer.Option(False, "--all", help="Show every provision, not only the flagged ones."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Text output: only the verdicts."),
    provision_id: str | None = typer.Option(
        None, "--provision", help="Explain every step for this one provision (e.g. 'artikel 2.8, eerste lid')."
    ),
    rules: Path | None = typer.Option(None, "--rules", help="Use this assessment rules file instead of the shipped one."),
    toelichting: Path | None = typer.Option(
        None, "--toelichting", "-t", help="The explanatory memorandum, when it is a separate file (e.g. Kamerstuk nr. 3)."
    ),
    fail_on: FailOn | None = typer.Option(
        None, "--fail-on", help="Exit with code 1 when this flag is raised: udo, cosignature, fvw (section missing) or any."
    ),
    reader: ReaderChoice | None = typer.Option(
        None, "--reader", help="rules, model (the learned reader alone) or combined (default: the best on dev)."
    ),
    encoder: Path | None = typer.Option(
        None, "--encoder", help="A trained reader folder (wetscan train reader) instead of the shipped one."
    ),
) -> None:
    """Scan one bill and report its provisions, findings and verdicts."""
    check_reader_folder(encoder, reader.value if reader else None)
    try:
        book = load_rules(rules)
        result = scan(path, rules=rules, toelichting=toelichting, reader=reader.value if reader else None,
                      encoder=encoder)
    except WetscanError as error:
        fail(error)
    report = build_report(result.bill, result.assessment)
    if provision_id is not None:
        _explain_one(report, result.bill, provision_id, output_format, output, book)
    else:
        _write(_render(report, output_format, output, show_all, quiet, book), output)
    if fail_on is not None and flag_raised(report["assessment"], fail_on):
        raise typer.Exit(EXIT_FLAGGED)


def check_reader_folder(encoder: Path | None, reader: str | None = None) -> None:
    """``--encoder`` must name a trained reader folder, and ``--reader model|combined`` needs one
    (the shipped one or ``--encoder``): one line and exit 2 otherwise."""
    if encoder is not None and not reader_available(encoder):
        fail(InputError(str(encoder), "not a trained reader folder (no reader.json; see 'wetscan train reader')"))
    if reader not in (None, "rules") and not reader_available(encoder):
        fail(f"--reader {reader} needs a trained reader: none is shipped in {READER_DIR} "
             "(train one with 'wetscan train reader', or give its folder with --encoder)")


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
        known = ", ".join(repr(p["id"]) for p in report["provisions"][:5]) or "none"
        fail(InputError(report["source"]["path"], f"no provision {provision_id!r} (ids look like: {known})"))
    if output_format is OutputFormat.json:
        _write(dumps(provision), output)
        return
    if output_format is not OutputFormat.text:
        fail(f"--provision shows one provision as text or json, not {output_format.value}")
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
            fail(InputError(str(output), f"cannot write the report ({error.strerror or error.__class__.__name__})"))
    else:
        typer.echo(text.rstrip("\n"))
