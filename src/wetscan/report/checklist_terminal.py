"""The coordinator's checklist in the terminal (``wetscan check bill.pdf --checklist``).

Printed after the usual report: the five questions of the interbestuurlijke toets in order, each
with its findings (provision, rule, who acts, the trigger words) or "niets gevonden", then the
checks of the toelichting. Without a terminal the output is plain text, as for the report itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from wetscan.i18n import _
from wetscan.report.checklist_view import (
    check_where,
    checklist_of,
    count_line,
    heading,
    information_details,
    item_context,
    status_word,
)
from wetscan.report.sanitise import printable_data

STATUS_STYLE = {"found": "bold", "nothing_found": "dim", "missing": "bold red", "not_checked": "bold yellow",
                "not_required": "green"}
PLAIN_WIDTH = 120


def render_checklist_terminal(report: Mapping[str, Any], console: Console) -> None:
    """Print the checklist of ``report`` (one line saying so when the document was not assessed)."""
    checklist = checklist_of(printable_data(report))
    if not checklist:
        console.print(Text(_("No checklist: the document was not assessed.")))
        return
    console.print(Text(heading(), style="bold underline"))
    for number, question in enumerate(checklist["questions"], start=1):
        _question(console, number, question)
    console.print(Text(_("Checks of the toelichting"), style="bold"))
    if not checklist["toelichting"]:
        console.print(Text("  " + _("The toelichting was not checked.")))
    for check in checklist["toelichting"]:
        _check(console, check)


def print_checklist(report: Mapping[str, Any], output: Path | None) -> None:
    """``--checklist``: print the checklist to the terminal, or add it to the ``--output`` file as plain text."""
    if output is None:
        terminal = Console()
        render_checklist_terminal(report, terminal if terminal.is_terminal else Console(width=PLAIN_WIDTH))
        return
    with output.open("a", encoding="utf-8") as handle:
        render_checklist_terminal(report, Console(file=handle, color_system=None, width=PLAIN_WIDTH))


def _question(console: Console, number: int, question: Mapping[str, Any]) -> None:
    line = Text(f"{number}. {question['title']}: ", style="bold")
    line.append(status_word(question["status"]), style=STATUS_STYLE.get(question["status"], ""))
    if question["items"]:
        line.append(f" ({count_line(question)})")
    console.print(line)
    console.print(Text("   " + question["question"] + " " + _("Basis: {basis}").format(basis=question["legal_basis"]),
                       style="dim"))
    for item in question["items"]:
        entry = Text(f"   • {item['provision']} · {item['rule']} · {item_context(item)}: ")
        entry.append(f"«{item['trigger']}»", style="bold")
        entry.append(f" {item['explanation']}")
        if details := information_details(item):
            entry.append(f" {details}")
        console.print(entry)
    if not question["items"]:
        nothing = _("Nothing found.")
        console.print(Text(f"   {nothing} {question['advice'] or ''}".rstrip()))
    for check in question.get("checks") or []:
        _check(console, check)


def _check(console: Console, check: Mapping[str, Any]) -> None:
    line = Text(f"   [{status_word(check['status'])}] ", style=STATUS_STYLE.get(check["status"], ""))
    line.append(check["label"])
    if where := check_where(check):
        line.append(f" — {where}", style="dim")
    console.print(line)


def checklist_option() -> Any:
    """The ``--checklist`` option of ``wetscan check`` (its help in the current language)."""
    return typer.Option(False, "--checklist", help=_(
        "Text output: also show what the coordinator checks (interbestuurlijke toets: division of tasks, "
        "financial arrangement, information, supervision, grenseffecten, toelichting). "
        "HTML, Markdown and JSON always include it."))
