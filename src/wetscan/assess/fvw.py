"""Checks of the toelichting: the Fvw art. 2 section and the other points a coordinator looks for.

*Financiële-verhoudingswet* (Fvw) art. 2: when national policy changes how gemeenten or provincies
carry out their tasks, the toelichting must contain a separate section with the financial
consequences for them, reasoned and quantified, and the way they are paid for (Ar 4.46 repeats this
and links it to Gemw art. 108(3) and Pw art. 105(3)). Waterschappen fall outside the Fvw. For the
openbare lichamen Bonaire, Sint Eustatius and Saba the equivalent duties are WolBES art. 136(3) and
FinBES art. 87.

Besides the financial section (domain brief §7 step 5): is the choice of the layer explained
(Ar 4.43(h)), is the view of VNG, IPO or UvW reported (Gemw art. 114, Pw art. 112), is a UDO
mentioned, and is a deviation from the Gemeentewet/Provinciewet/Wgr justified (Gemw art. 115,
Pw art. 113). The phrases live in ``toelichting.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from wetscan.assess.evidence import Hit, reasons_by_rule
from wetscan.i18n import _, ngettext
from wetscan.model import Bill, FvwCheck, Reason

FVW_LAYERS = ("gemeente", "provincie")
BES_LAYER = "openbaar_lichaam"
FVW_BASIS = "Fvw art. 2; Ar 4.46; Gemw art. 108(3), Pw art. 105(3)"
BES_BASIS = "WolBES art. 136(3); FinBES art. 87; Ar 4.46"
QUOTE_CHARS = 120


@dataclass(frozen=True)
class Section:
    """A piece of the toelichting that can be cited: its heading and the page it starts on."""

    heading: str
    text: str
    page: int | None

    @property
    def locator(self) -> str:
        if self.heading and self.page:
            return _("‘{heading}’ (p. {page})").format(heading=self.heading, page=self.page)
        if self.heading:
            return f"‘{self.heading}’"
        if self.page:
            return _("untitled section (p. {page})").format(page=self.page)
        return _("untitled section")


@dataclass(frozen=True)
class Match:
    section: Section
    quote: str


@lru_cache(maxsize=1)
def toelichting_phrases() -> dict[str, Any]:
    """The phrase lists of ``toelichting.yaml``, compiled."""
    data = yaml.safe_load(resources.files("wetscan.assess").joinpath("toelichting.yaml").read_text("utf-8"))

    def compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
        return [re.compile(pattern, re.IGNORECASE) for pattern in patterns]

    return {
        "headings": compile_all(data["financial_section_headings"]),
        "phrases": compile_all(data["financial_section_phrases"]),
        "layer_words": {layer: compile_all(words) for layer, words in data["layer_words"].items()},
        "funding_route": compile_all(data["funding_route"]),
        "material_costs": compile_all(data["material_costs"]),
        "checks": {
            name: {**check, "patterns": compile_all(check["patterns"])} for name, check in data["checks"].items()
        },
    }


def toelichting_sections(bill: Bill) -> list[Section]:
    """The toelichting as citable sections: the parser's memorandum sections, else its provisions."""
    if bill.memorandum:
        return [Section(section.heading, section.text, section.page) for section in bill.memorandum]
    return [
        Section(provision.headings[-1] if provision.headings else provision.id, provision.text, provision.page)
        for provision in bill.provisions
        if provision.part == "explanatory_memorandum"
    ]


def find(sections: list[Section], patterns: list[re.Pattern[str]]) -> Match | None:
    """The first place in the toelichting (heading or text) where one of ``patterns`` occurs."""
    for section in sections:
        for text in (section.heading, section.text):
            for pattern in patterns:
                found = pattern.search(text)
                if found:
                    return Match(section, _quote(text, found.start(), found.end()))
    return None


def reports_material_costs(sections: list[Section]) -> Match | None:
    return find(sections, toelichting_phrases()["material_costs"])


def fvw_check(hits: list[Hit], sections: list[Section]) -> FvwCheck:
    """Fvw art. 2: is the section required (tasks of gemeenten/provincies change, or R13), and there?"""
    trigger_hits = [
        hit for hit in hits if hit.rule.fvw and (hit.layer in FVW_LAYERS or (hit.rule.id == "R13" and hit.layer is None))
    ]
    layers = [layer for layer in FVW_LAYERS if any(hit.layer == layer for hit in trigger_hits)]
    waterschap_only = any(hit.layer == "waterschap" for hit in hits) and not trigger_hits
    if not trigger_hits:
        reasons = []
        if waterschap_only:
            reasons.append(
                Reason(
                    rule="R19",
                    basis=_("Fvw art. 1-2 (gemeenten and provincies); waterschappen fall outside the Fvw"),
                    explanation=_("Tasks for waterschappen only: the Fvw art. 2 section is not required."),
                )
            )
        return FvwCheck(required=False, status="not_required", reasons=reasons)
    why = reasons_by_rule(trigger_hits, {"R13": _("Specifieke uitkering or fund change: Fvw art. 2 section required")})
    for reason in why:
        reason.explanation = _("Requires the Fvw art. 2 section: {reason}").format(reason=reason.explanation)
    status, search = _search_financial_section(sections, layers, FVW_BASIS, _("gemeenten/provincies"))
    return FvwCheck(required=True, status=status, reasons=why + [search])


def bes_check(hits: list[Hit], sections: list[Section]) -> dict[str, Any]:
    """The BES equivalent of the Fvw art. 2 check (WolBES art. 136(3), FinBES art. 87)."""
    trigger_hits = [hit for hit in hits if hit.layer == BES_LAYER and hit.task_kind is not None]
    if not trigger_hits:
        return {"required": False, "status": "not_required", "reasons": []}
    status, search = _search_financial_section(sections, [BES_LAYER], BES_BASIS, _("the openbare lichamen BES"))
    reasons = reasons_by_rule(trigger_hits) + [search]
    return {"required": True, "status": status, "reasons": [asdict(reason) for reason in reasons]}


def _search_financial_section(
    sections: list[Section], layers: list[str], basis: str, for_whom: str
) -> tuple[str, Reason]:
    """Find the financial section covering ``layers``; return the status and a reason saying where."""
    if not sections:
        return "not_checked", Reason(
            rule="R16",
            basis=basis,
            explanation=_("Not checked: the file contains no toelichting, so the section on the financial "
                          "consequences for {for_whom} could not be looked for.").format(for_whom=for_whom),
        )
    phrases = toelichting_phrases()
    candidates = [s for s in sections if any(p.search(s.heading) for p in phrases["headings"])]
    separate = True
    if not candidates:
        candidates = [s for s in sections if any(p.search(s.text) for p in phrases["phrases"])]
        separate = False
    if not candidates:
        return "missing", Reason(
            rule="R16",
            basis=basis,
            explanation=ngettext(
                "Missing: no section on the financial consequences for {for_whom} (searched {count} section of the "
                "toelichting for headings such as ‘Financiële gevolgen’ and the phrase ‘financiële gevolgen voor gemeenten’).",
                "Missing: no section on the financial consequences for {for_whom} (searched {count} sections of the "
                "toelichting for headings such as ‘Financiële gevolgen’ and the phrase ‘financiële gevolgen voor gemeenten’).",
                len(sections),
            ).format(for_whom=for_whom, count=len(sections)),
        )
    covered = {
        layer
        for layer in layers
        for section in candidates
        if any(p.search(section.heading + " " + section.text) for p in phrases["layer_words"].get(layer, []))
    }
    uncovered = [layer for layer in layers if layer not in covered]
    where = "; ".join(section.locator for section in candidates[:3])
    funding = find(candidates, phrases["funding_route"])
    notes = []
    if not separate:
        notes.append(_("found in the running text, not as a separate section as Fvw art. 2 asks: verify"))
    notes.append(_("funding route named: ‘{quote}’").format(quote=funding.quote) if funding
                 else _("no funding route named: verify"))
    if uncovered:
        return "missing", Reason(
            rule="R16",
            basis=basis,
            explanation=_("Missing for {layers}: the financial section at {where} does not mention them ({notes}).").format(
                layers=", ".join(uncovered), where=where, notes="; ".join(notes)),
            triggers=[candidates[0].heading] if candidates[0].heading else [],
        )
    return "found", Reason(
        rule="R16",
        basis=basis,
        explanation=_("Found: financial section at {where}, covering {layers} ({notes}).").format(
            where=where, layers=", ".join(layers) or _("decentrale overheden"), notes="; ".join(notes)),
        triggers=[candidates[0].heading] if candidates[0].heading else [],
    )


def toelichting_checks(sections: list[Section], rules_hit: set[str]) -> dict[str, dict[str, Any]]:
    """The other toelichting checks: each found / missing / not_checked / not_required, with a locator."""
    results: dict[str, dict[str, Any]] = {}
    for name, check in toelichting_phrases()["checks"].items():
        entry: dict[str, Any] = {"label": _(check["label"]), "basis": _(check["basis"]), "location": None, "quote": None}
        only_when = set(check.get("only_when_rules") or [])
        if only_when and not only_when & rules_hit:
            entry["status"] = "not_required"
        elif not sections:
            entry["status"] = "not_checked"
        else:
            match = find(sections, check["patterns"])
            entry["status"] = "found" if match else "missing"
            if match:
                entry["location"] = match.section.locator
                entry["quote"] = match.quote
        results[name] = entry
    return results


def _quote(text: str, start: int, end: int) -> str:
    """A short quote around a match, cut at word boundaries, for the report."""
    margin = max(0, (QUOTE_CHARS - (end - start)) // 2)
    left = max(0, start - margin)
    right = min(len(text), end + margin)
    if left > 0:
        space = text.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    quote = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + quote + ("…" if right < len(text) else "")
