"""``wetscan check``: scan one bill and report what it asks of medeoverheden."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from wetscan.cli.app import app, fail
from wetscan.errors import WetscanError
from wetscan.report.json_report import build_report, dumps
from wetscan.scan import scan


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def check(
    path: Path = typer.Argument(..., help="The bill: PDF, XML, DOCX, HTML or plain text."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file."),
) -> None:
    """Scan one bill and report its provisions, findings and verdicts."""
    try:
        result = scan(path)
    except WetscanError as error:
        fail(error)
    report = build_report(result.bill, result.assessment)
    text = dumps(report)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        typer.echo(text)
