"""``wetscan explain "Het college draagt zorg voor …"``: every step of the analysis for one text.

The text is analysed as one provision by the same analysis as ``wetscan check``, and the rule book
says what each rule that fired means for the bill-level verdicts.
"""

from __future__ import annotations

import hashlib
import sys

import typer
from rich.console import Console

from wetscan.analyse import explain_text
from wetscan.analyse.explain import explain_rule, known_rule
from wetscan.assess.rules import load_rules
from wetscan.cli.app import app, fail
from wetscan.errors import WetscanError
from wetscan.i18n import _
from wetscan.model import Bill, Block, Document, Provision
from wetscan.report.json_report import build_report, dumps
from wetscan.report.terminal import explain_provision


def provision_report(provision: Provision) -> dict:
    """The report data of one analysed provision (as it appears in ``wetscan check --format json``)."""
    text = provision.text
    document = Document(path="<explain>", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), format="txt",
                        blocks=[Block(text)])
    return build_report(Bill(source=document, title=None, provisions=[provision]), None)["provisions"][0]


@app.command(help=_("Show every step for one provision text: organ, resolution, norm type, rules fired and why."))
def explain(
    text: str = typer.Argument(..., help=_("One provision's text, e.g. \"Het college draagt zorg voor ...\".")),
    json_output: bool = typer.Option(False, "--json", help=_("Print the analysed provision as report JSON.")),
) -> None:
    """Show every step for one provision text: organ, resolution, norm type, rules fired and why."""
    text = " ".join(text.split())
    if known_rule(text):  # "wetscan explain R01": the rule itself, in the current language
        card = explain_rule(text)
        typer.echo(dumps(card.as_dict()) if json_output else card.text())
        return
    if not text:
        fail(_("explain: the text is empty"))
    try:
        trace = explain_text(text)
        book = load_rules()
    except WetscanError as error:
        fail(error)
    provision = provision_report(trace.provision)
    if json_output:
        typer.echo(dumps(provision))
        return
    explain_provision(provision, Console(file=sys.stdout), book=book, trace=trace)
