"""The coordinator's checklist in the Markdown summary: five questions, their findings, the toelichting checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


def checklist_markdown(report: Mapping[str, Any]) -> list[str]:
    """The checklist section as Markdown lines (none for a document that was not assessed).

    ``report`` has passed :func:`wetscan.report.sanitise.printable_data` (the Markdown renderer's
    first step), so document text holds no control characters; here it is escaped for Markdown.
    """
    checklist = checklist_of(report)
    if not checklist:
        return []
    lines = [f"## {_inline(heading())}", ""]
    for number, question in enumerate(checklist["questions"], start=1):
        lines += _question(number, question)
    lines += ["### " + _inline(_("Checks of the toelichting")), ""]
    if checklist["toelichting"]:
        lines += _checks(checklist["toelichting"])
    else:
        lines += [_inline(_("The toelichting was not checked.")), ""]
    return lines


def _question(number: int, question: Mapping[str, Any]) -> list[str]:
    status = status_word(question["status"])
    count = f" ({count_line(question)})" if question["items"] else ""
    basis = _("Basis: {basis}").format(basis=question["legal_basis"])
    lines = [f"### {number}. {_inline(question['title'])}: {status}{count}", "",
             f"_{_inline(question['question'])}_ {_inline(basis)}", ""]
    for item in question["items"]:
        line = (f"- **{item['rule']}** {_inline(item['provision'])} ({_inline(item_context(item))}): "
                f"“{_inline(item['trigger'])}”. {_inline(item['explanation'])}")
        if details := information_details(item):
            line += f" {_inline(details)}"
        lines.append(line)
    if not question["items"]:
        nothing = _("Nothing found.")
        lines.append(f"- **{_inline(nothing)}** {_inline(question['advice'] or '')}")
    lines.append("")
    if question.get("checks"):
        lines += _checks(question["checks"])
    return lines


def _checks(checks: list[Mapping[str, Any]]) -> list[str]:
    header = (_("Check"), _("Status"), _("Where"), _("Basis"))
    lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
    for check in checks:
        lines.append(f"| {_inline(check['label'])} | {status_word(check['status'])} | "
                     f"{_inline(check_where(check) or '–')} | {_inline(check['legal_basis'])} |")
    return lines + [""]


def _inline(text: str) -> str:
    """Text as literal Markdown (as in :mod:`wetscan.report.markdown`): no emphasis, links, HTML or table breaks."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text
