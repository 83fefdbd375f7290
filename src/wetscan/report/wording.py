"""Small phrases shared by the renderers, so that every format says the same thing the same way.

Everything here is said in the current language (:mod:`wetscan.i18n`, catalog ``report``). The
report's data keeps its English enum values (``yes``, ``obligation``, ``openbaar_lichaam``: the
JSON schema is a contract); :func:`label` is the word a person reads for such a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wetscan import vocabulary
from wetscan.i18n import N_, _, ngettext
from wetscan.vocabulary import named

#: The words people read for the report's enum values (verdicts, statuses, norm types, kinds of
#: finding, changes, document roles, review decisions). Values not listed are shown as they are,
#: underscores as spaces (the layers: gemeente, provincie, waterschap, openbaar lichaam).
VALUE_LABELS: dict[str, str] = {
    # verdicts, the Fvw art. 2 section, norm types, what a bill does to a provision, document roles:
    # the one table of wetscan.vocabulary, so the terminal and the reports use the same words
    # (a role "other" is an other document; a norm type "other" wins, as the finding tables need it)
    **vocabulary.ROLE_NAMES, **vocabulary.VERDICT_WORDS, **vocabulary.NORM_TYPE_NAMES, **vocabulary.CHANGE_NAMES,
    "unsure": N_("unsure"),
    # kinds of finding
    "task": N_("task"), "cooperation": N_("mandatory cooperation"), "restriction": N_("restriction"),
    "supervision": N_("supervision"), "finance": N_("finance"), "information": N_("information duty"),
    "deadline": N_("deadline"), "plan": N_("plan"), "verordening": N_("verordening"), "region": N_("region"),
    "deviation": N_("deviation"), "voluntary": N_("voluntary cooperation"), "national": N_("national actor"),
    "bes": N_("BES islands"), "waterschap": N_("waterschap"), "cosignature": N_("co-signature"),
    "centralisation": N_("centralisation"), "possible_task": N_("possible task"), "task_moved": N_("task moved"),
    # the part of a document a provision is in (short, for table cells)
    "explanatory_memorandum": N_("toelichting"),
    # review decisions and the review status of a bill
    "agree": N_("agree"), "disagree": N_("disagree"), "in review": N_("in review"), "done": N_("done"),
    "verdict": N_("verdict"), "finding": N_("finding"), "final": N_("final decision"),
    # the one reason that is no rule of the rule table
    "heuristic:large_impact": N_("heuristic: large impact"),
}


def label(value: Any) -> str:
    """The word a person reads for an enum value of the report ("obligation" -> "verplichting")."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return yes_no(value)
    return named(VALUE_LABELS, str(value))


def yes_no(flag: Any) -> str:
    """``True`` -> "ja", ``False`` -> "nee" (in English: yes / no)."""
    return _("yes") if flag else _("no")


def decimal(value: float | None) -> str:
    """A score or confidence with two decimals, as the language writes it (Dutch: "0,85")."""
    return "–" if value is None else vocabulary.decimal(value)


def layer_count_line(count: Mapping[str, Any]) -> str:
    """The tally of one layer in words: "gemeente: 9 verplichtingen, 1 bevoegdheid, 7 bepalingen"."""
    parts = [ngettext("{n} obligation", "{n} obligations", count["obligations"]).format(n=count["obligations"]),
             ngettext("{n} power", "{n} powers", count["powers"]).format(n=count["powers"])]
    if count.get("cooperation"):
        parts.append(ngettext("{n} cooperation duty", "{n} cooperation duties",
                              count["cooperation"]).format(n=count["cooperation"]))
    provisions = len(count["provisions"])
    parts.append(ngettext("{n} provision", "{n} provisions", provisions).format(n=provisions))
    return _("{layer}: {counts}").format(layer=label(count["layer"]), counts=", ".join(parts))


CHANGE_KINDS = ("new", "widened", "narrowed", "repealed")


def _change_count(kind: str, number: int) -> str:
    """"2 new task provisions", "1 repealed task provision" (one message per kind: word order)."""
    if kind == "new":
        text = ngettext("{n} new task provision", "{n} new task provisions", number)
    elif kind == "widened":
        text = ngettext("{n} widened task provision", "{n} widened task provisions", number)
    elif kind == "narrowed":
        text = ngettext("{n} narrowed task provision", "{n} narrowed task provisions", number)
    else:
        text = ngettext("{n} repealed task provision", "{n} repealed task provisions", number)
    return text.format(n=number)


def change_lines(changes: Mapping[str, Any] | None) -> list[str]:
    """Per layer the tasks the bill adds, widens, narrows or repeals ("gemeente: 2 nieuwe
    taakbepalingen, 3 verruimde taakbepalingen"), then whether the comparison used the current
    law; empty for a bill that amends nothing."""
    if not changes or not changes.get("amending"):
        return []
    lines = []
    for entry in changes.get("layers", []):
        parts = [_change_count(kind, entry[kind]["count"]) for kind in CHANGE_KINDS if entry[kind]["count"]]
        lines.append(_("{layer}: {counts}").format(layer=label(entry["layer"]), counts=", ".join(parts)))
    if changes.get("only_narrows_or_rewords"):
        lines.append(_("The bill only narrows, removes or re-words existing tasks."))
    if changes.get("note"):
        lines.append(changes["note"])
    elif changes.get("current_text_used"):
        used = "; ".join(f"{law['law']}: {law['matched_by']}" for law in changes.get("laws", []))
        lines.append(_("Compared with the current law ({laws}).").format(laws=used))
    return lines


def is_side_by_side(provision: Mapping[str, Any]) -> bool:
    """Whether the old and the new text of a provision differ (so both are shown)."""
    previous = provision.get("previous_text")
    return bool(previous) and (previous != provision.get("text") or provision.get("change") == "repealed")
