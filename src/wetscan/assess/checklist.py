"""The coordinator's checklist: BZK's interbestuurlijke toets, answered from the findings.

Aanwijzing voor de regelgeving 7.6 and the Beleidskompas' quality requirement on decentral
governments ask a drafter whose bill puts work on *medeoverheden* to check five things, and a BZK
coordinator checks them in this order:

1. **Taakverdeling**: the division of tasks, responsibilities and powers: which organ of which
   layer must or may act, and whether tasks move between layers;
2. **Financiële regeling**: Fvw art. 2 and Ar 4.45-4.46: the toelichting states in a separate
   section the financial consequences for gemeenten and provincies and how the costs are covered,
   even when it says there are none;
3. **Informatievoorziening**: what co-governments must report or supply, to whom, how often;
4. **Toezicht**: specific interbestuurlijk toezicht (an *aanwijzing*, a *goedkeuring*, an own
   substitution power) instead of the generic regime of Ar 5.24;
5. **Grenseffecten**: effects that cross the borders of gemeenten or provincies: regions, joint
   bodies, mandatory cooperation, allocation between co-governments.

Then the checks of the toelichting: the choice of the layer motivated (Ar 4.43(h)), the view of
VNG, IPO or UvW reported (Gemw art. 114, Pw art. 112), the UDO mentioned, the consultation reported.

Which rules answer which question, the words that say to whom a co-government reports, and the
checklist's own toelichting checks live in ``checklist.yaml``, where a lawyer may change them.
:func:`build_checklist` is pure: it reads report data (schema version 1), so that the review app
can answer the checklist for a report stored before the checklist existed. Only
:func:`checklist_toelichting_checks` needs the toelichting itself and runs in the assessment.
A question no finding answers says so ("niets gevonden"): silence would read as "not checked".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from wetscan.assess.fvw import BES_BASIS, FVW_BASIS, Section, find, toelichting_phrases
from wetscan.i18n import N_, _
from wetscan.model import LAYERS

#: The labels of the two financial verdicts shown with the financial question.
VERDICT_LABELS = {
    "fvw_art2": N_("Fvw art. 2 section on the financial consequences for gemeenten and provincies"),
    "bes_financial": N_("Financial section for the openbare lichamen (WolBES art. 136(3), FinBES art. 87)"),
}
VERDICT_BASIS = {"fvw_art2": FVW_BASIS, "bes_financial": BES_BASIS}
#: The finding fields an item of the checklist repeats, so that it can be read on its own.
ITEM_FIELDS = ("rule", "kind", "layer", "organ", "trigger", "start", "end", "explanation", "confidence")
DEADLINE_RULE = "R06"
INFORMATION = "information"


@lru_cache(maxsize=1)
def checklist_data() -> dict[str, Any]:
    """``checklist.yaml`` with its regular expressions compiled."""
    text = resources.files("wetscan.assess").joinpath("checklist.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["recipients"] = [re.compile(pattern, re.IGNORECASE) for pattern in data["recipients"]]
    for check in data["toelichting_checks"].values():
        check["patterns"] = [re.compile(pattern, re.IGNORECASE) for pattern in check.get("patterns", [])]
    return data


# ----------------------------------------------------------------------------------------------
# In the assessment: the checklist's own checks of the toelichting
# ----------------------------------------------------------------------------------------------


def checklist_toelichting_checks(sections: list[Section]) -> dict[str, dict[str, Any]]:
    """The toelichting checks the checklist adds to the assessment's own (same shape as those).

    ``financial_section``: a section whose heading names the financial consequences (Fvw art. 2
    asks for a separate one, also when there are none); ``funding_route``: that section names how
    the costs are covered; the others: one of their patterns occurs anywhere in the toelichting.
    """
    phrases = toelichting_phrases()
    financial = [s for s in sections if any(p.search(s.heading) for p in phrases["headings"])]
    results = {}
    for name, check in checklist_data()["toelichting_checks"].items():
        entry: dict[str, Any] = {"label": _(check["label"]), "basis": check["legal_basis"],
                                 "location": None, "quote": None}
        if not sections:
            entry["status"] = "not_checked"
            results[name] = entry
            continue
        if name == "financial_section":
            match = find(financial, phrases["headings"])
        elif name == "funding_route":
            match = find(financial, phrases["funding_route"])
        else:
            match = find(sections, check["patterns"])
        entry["status"] = "found" if match else "missing"
        if match:
            entry["location"], entry["quote"] = match.section.locator, match.quote
        results[name] = entry
    return results


# ----------------------------------------------------------------------------------------------
# From report data: the five questions and the toelichting checks
# ----------------------------------------------------------------------------------------------


def build_checklist(report: Mapping[str, Any]) -> dict[str, Any] | None:
    """The checklist of an assessed report (``None`` when the document was not assessed).

    Titles, questions and advice are in the current language; ids, statuses and rule ids are the
    JSON contract (English). Only findings on the bill text count (not on the toelichting).
    """
    assessment = report.get("assessment")
    if not assessment:
        return None
    data = checklist_data()
    provisions = [p for p in report.get("provisions", []) if p.get("part", "bill") == "bill"]
    questions = [_answer(question, provisions, assessment) for question in data["questions"]]
    return {"questions": questions, "toelichting": toelichting_entries(assessment, data["toelichting_order"])}


def _answer(
    question: Mapping[str, Any], provisions: list[Mapping[str, Any]], assessment: Mapping[str, Any]
) -> dict[str, Any]:
    """One question with the findings that answer it, per layer for the division of tasks."""
    rules = set(question["rules"])
    items = [_item(provision, finding, question["id"]) for provision in provisions
             for finding in provision.get("findings", []) if finding["rule"] in rules]
    if question["id"] == "tasks":
        items.sort(key=lambda item: LAYERS.index(item["layer"]) if item["layer"] in LAYERS else len(LAYERS))
    answer: dict[str, Any] = {
        "id": question["id"],
        "title": _(question["title"]),
        "question": _(question["question"]),
        "legal_basis": question["legal_basis"],
        "status": "found" if items else "nothing_found",
        "advice": None if items else _(question["advice"]),
        "layers": [layer for layer in LAYERS if any(item["layer"] == layer for item in items)],
        "provisions": list(dict.fromkeys(item["provision"] for item in items)),
        "rules": sorted({item["rule"] for item in items}),
        "items": items,
    }
    if question.get("checks"):
        answer["checks"] = _checks(question["checks"], assessment)
    return answer


def _item(provision: Mapping[str, Any], finding: Mapping[str, Any], question: str) -> dict[str, Any]:
    """A finding as a line of the checklist: its provision and what the rule found there."""
    item: dict[str, Any] = {"provision": provision["id"], **{key: finding.get(key) for key in ITEM_FIELDS}}
    if provision.get("change") and provision.get("amends"):  # in a new law every provision is "new"
        item["change"] = provision["change"]
    if question == INFORMATION:
        item["to_whom"] = recipients(provision.get("text", ""))
        item["how_often"] = list(dict.fromkeys(f["trigger"] for f in provision.get("findings", [])
                                               if f["rule"] == DEADLINE_RULE))
    return item


def recipients(text: str) -> list[str]:
    """To whom a provision makes a co-government report: the recipient phrases it contains."""
    found = [" ".join(match.group(0).split()) for pattern in checklist_data()["recipients"]
             for match in pattern.finditer(text)]
    return list(dict.fromkeys(found))


def _checks(names: list[str], assessment: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The verdicts and toelichting checks shown with a question, in the order ``checklist.yaml`` gives."""
    checks = (assessment.get("toelichting") or {}).get("checks") or {}
    entries = []
    for name in names:
        verdict = assessment.get(name)
        if name in VERDICT_LABELS:
            if verdict and (verdict.get("required") or name == "fvw_art2"):
                entries.append(_verdict_entry(name, verdict))
        elif name in checks:
            entries.append(_check_entry(name, checks[name]))
    return entries


def _verdict_entry(name: str, verdict: Mapping[str, Any]) -> dict[str, Any]:
    """The Fvw art. 2 (or BES) verdict as a check: its status and the reason that says where."""
    reasons = verdict.get("reasons") or []
    return {
        "id": name,
        "label": _(VERDICT_LABELS[name]),
        "legal_basis": VERDICT_BASIS[name],
        "status": verdict["status"],
        "location": None,
        "quote": None,
        "explanation": reasons[-1]["explanation"] if reasons else None,
    }


def _check_entry(name: str, check: Mapping[str, Any]) -> dict[str, Any]:
    """A toelichting check; its label in the current language (the checklist's own checks by their id,
    so that a report made in one language reads in another)."""
    own = checklist_data()["toelichting_checks"]
    return {
        "id": name,
        "label": _(own[name]["label"]) if name in own else _(check["label"]),
        "legal_basis": check["basis"],
        "status": check["status"],
        "location": check.get("location"),
        "quote": check.get("quote"),
        "explanation": None,
    }


def toelichting_entries(assessment: Mapping[str, Any], order: list[str]) -> list[dict[str, Any]]:
    """The toelichting checks of the checklist, in ``order``; those the assessment did not make are left out."""
    checks = (assessment.get("toelichting") or {}).get("checks") or {}
    return [_check_entry(name, checks[name]) for name in order if name in checks]
