"""What every format says about the coordinator's checklist, worded once.

The checklist itself is decided in :mod:`wetscan.assess.checklist`; the terminal, Markdown, HTML and
review renderers take their words from here, so that a status, a finding or a toelichting check
reads the same in every format. They answer the checklist from the report's data with
:func:`checklist_of`, in the language of the page: the review app shows reports made in another
language, or before the checklist existed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import Environment

from wetscan.assess.checklist import build_checklist
from wetscan.i18n import N_, _, install_jinja
from wetscan.vocabulary import named

STATUS_WORDS = {
    "found": N_("found"),
    "nothing_found": N_("nothing found"),
    "missing": N_("missing"),
    "not_checked": N_("not checked"),
    "not_required": N_("not required"),
}
CHANGE_WORDS = {
    "new": N_("new"),
    "widened": N_("widened"),
    "narrowed": N_("narrowed"),
    "changed": N_("changed"),
    "repealed": N_("repealed"),
    "unchanged": N_("unchanged"),
    "unknown": N_("change unknown"),
}


def checklist_of(report: Mapping[str, Any]) -> dict[str, Any] | None:
    """The checklist built from the report's data in the current language (a stored report may have
    been made in another language, or before the checklist existed); ``None`` when not assessed."""
    return build_checklist(report)


def heading() -> str:
    return _("What the coordinator checks (interbestuurlijke toets, Ar 7.6)")


def status_word(status: str) -> str:
    """A status of a question or a check in words: "gevonden", "niets gevonden", "ontbreekt" ..."""
    return named(STATUS_WORDS, status)


def layer_word(layer: str | None) -> str:
    """A layer as people write it (the names are the same in Dutch and English)."""
    return layer.replace("_", " ") if layer else _("layer not resolved")


def item_context(item: Mapping[str, Any]) -> str:
    """Who acts and how the provision changes: "gemeente · college van burgemeester en wethouders · nieuw"."""
    parts = [layer_word(item.get("layer"))]
    if item.get("organ"):
        parts.append(item["organ"])
    if item.get("change"):
        parts.append(named(CHANGE_WORDS, item["change"]))
    return " · ".join(parts)


def information_details(item: Mapping[str, Any]) -> str:
    """For an information duty: to whom and how often, as far as the provision says."""
    if "to_whom" not in item:
        return ""
    to_whom = "; ".join(item.get("to_whom") or []) or _("not stated in the provision")
    how_often = "; ".join(item.get("how_often") or []) or _("no deadline or frequency found")
    return _("To whom: {to_whom}. How often: {how_often}.").format(to_whom=to_whom, how_often=how_often)


def count_line(question: Mapping[str, Any]) -> str:
    """"bevindingen: 3, bepalingen: 2" for a question with findings (no plural forms needed)."""
    return _("findings: {findings}, provisions: {provisions}").format(
        findings=len(question["items"]), provisions=len(question["provisions"]))


def check_where(check: Mapping[str, Any]) -> str:
    """Where a toelichting check was found (with the words), or its explanation."""
    if check.get("location"):
        return f"{check['location']}: “{check.get('quote') or ''}”"
    return check.get("explanation") or ""


def install_checklist(env: Environment) -> None:
    """Give a Jinja2 environment what the checklist templates use: gettext and the helpers above."""
    if "_" not in env.globals:
        install_jinja(env)
    env.globals.update(
        checklist_of=checklist_of,
        checklist_heading=heading,
        checklist_status=status_word,
        checklist_layer=layer_word,
        checklist_context=item_context,
        checklist_information=information_details,
        checklist_count=count_line,
        checklist_where=check_where,
    )
