"""The two bill-level verdicts: UDO candidate and BZK co-signature candidate (domain brief §7 step 4).

*UDO* (Uitvoerbaarheidstoets Decentrale Overheden): any new or widened task for a co-government
makes a bill a candidate, so one confident strong-rule hit gives "yes"; weaker signals (powers,
information duties, limits on policy freedom) or an unresolved addressee give "possible".

*Medeondertekening* by the Minister of BZK rests on two separate grounds: (a) a departure from the
decentralisation principles (mandatory cooperation, explicit deviation from the Wgr, Gemeentewet or
Provinciewet, specific interbestuurlijk toezicht, tasks moved up), which gives "yes"; (b) tasks with
large impact (moties Van Dijk/Grinwis and Koole), for which no threshold exists: wetscan uses a
clearly labelled heuristic that gives at most "possible". When the bill already says it is made
*mede namens* the Minister of BZK (Ar 4.7(2)) the verdict is "already".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from wetscan.assess.evidence import Hit, noisy_or, reasons_by_rule
from wetscan.assess.fvw import Match
from wetscan.assess.rules import RuleBook
from wetscan.i18n import N_, _
from wetscan.model import Bill, Reason, Verdict

Question = Literal["udo", "cosignature"]
UNCERTAIN = N_("Uncertain (low confidence or unresolved addressee), so at most ‘possible’: {reason}")
R17_BASIS = N_("Ar 4.7(2): co-signature (mede namens)")


def grade(hits: list[Hit], question: Question, book: RuleBook) -> tuple[list[Hit], list[Hit]]:
    """Split the hits that bear on ``question`` into those giving "yes" and those giving "possible"."""
    yes, possible = [], []
    for hit in hits:
        effect = hit.rule.effect(question, hit.layer)
        if effect == "yes" and hit.certain(book):
            yes.append(hit)
        elif effect != "none":
            possible.append(hit)
    return yes, possible


def verdict_from(question: Question, yes: list[Hit], possible: list[Hit], modifiers: list[Hit]) -> Verdict:
    """The verdict word, its score and its reasons from graded hits (``modifiers`` only add weight)."""
    word = "yes" if yes else "possible" if possible else "no"
    score = noisy_or(yes + possible + (modifiers if word != "no" else []), f"weight_{question}")
    reasons = reasons_by_rule(yes)
    uncertain = [hit for hit in possible if hit.rule.effect(question, hit.layer) == "yes"]
    weak = [hit for hit in possible if hit not in uncertain]
    reasons += reasons_by_rule(weak)
    for reason in reasons_by_rule(uncertain):
        reason.explanation = _(UNCERTAIN).format(reason=reason.explanation)
        reasons.append(reason)
    if word != "no":
        for reason in reasons_by_rule(modifiers):
            reason.explanation = _("Adds weight: {reason}").format(reason=reason.explanation)
            reasons.append(reason)
    return Verdict(word, score, reasons)


def udo_verdict(hits: list[Hit], book: RuleBook) -> Verdict:
    yes, possible = grade(hits, "udo", book)
    modifiers = [hit for hit in hits if hit.rule.udo == "none" and hit.rule.weight_udo > 0]
    return verdict_from("udo", yes, possible, modifiers)


@dataclass
class LargeImpact:
    """The large-impact heuristic (moties Van Dijk/Grinwis and Koole). A heuristic, labelled so."""

    found: bool
    criteria: dict[str, Any]
    explanation: str
    hits: list[Hit] = field(default_factory=list)


def large_impact(hits: list[Hit], book: RuleBook, costs: Match | None) -> LargeImpact:
    """Tasks all on one layer, structural (not transitional), and ≥ N strong rules or material costs."""
    task_hits = [hit for hit in hits if hit.task_kind in ("obligation", "cooperation") and hit.certain(book)]
    layers = sorted({hit.layer for hit in task_hits if hit.layer})
    structural = [hit for hit in task_hits if hit.provision.norm_type != "transitional"]
    strong = sorted({hit.rule.id for hit in hits if hit.rule.strong and hit.certain(book)})
    enough_rules = len(strong) >= book.large_impact_min_strong_rules
    criteria = {
        "single_layer": len(layers) == 1,
        "layers": layers,
        "structural_task": bool(structural),
        "distinct_strong_rules": strong,
        "min_strong_rules": book.large_impact_min_strong_rules,
        "material_costs_in_toelichting": costs.quote if costs else None,
    }
    found = len(layers) == 1 and bool(structural) and (enough_rules or costs is not None)
    if found:
        if enough_rules:
            explanation = _(
                "Heuristic, not a legal criterion: all tasks land on {layer}, at least one is structural, and "
                "{count} distinct strong rules ({rules}) hit. A coordinator judges whether the impact is large."
            ).format(layer=layers[0], count=len(strong), rules=", ".join(strong))
        else:
            explanation = _(
                "Heuristic, not a legal criterion: all tasks land on {layer}, at least one is structural, and "
                "the toelichting reports material costs (‘{quote}’). A coordinator judges whether the impact is large."
            ).format(layer=layers[0], quote=costs.quote if costs else "")
    else:
        explanation = _(
            "Heuristic not met: it needs all tasks on one layer, a structural task, and "
            "at least {count} distinct strong rules or material costs in the toelichting."
        ).format(count=book.large_impact_min_strong_rules)
    return LargeImpact(found, criteria, explanation, structural if found else [])


@dataclass
class CoSigned:
    """Where the bill says it is co-signed by BZK (*mede namens*), or only agreed with it."""

    quote: str | None
    where: str | None
    provisions: list[str]
    agreement: str | None


def cosigned_marker(bill: Bill, hits: list[Hit], book: RuleBook) -> CoSigned:
    """Search the preamble and metadata for *mede namens* BZK, and the hits for rule R17."""
    places = [("preamble", bill.preamble or "")] + [
        (f"metadata {key}", str(value)) for key, value in sorted(bill.source.metadata.items())
    ]
    r17 = [hit for hit in hits if hit.rule.id == "R17"]
    quote = where = agreement = None
    for place, text in places:
        for pattern in book.cosigned_patterns:
            found = pattern.search(text)
            if found and quote is None:
                quote, where = " ".join(found.group(0).split()), place
        for pattern in book.agreement_patterns:
            found = pattern.search(text)
            if found and agreement is None:
                agreement = " ".join(found.group(0).split())
    if quote is None and r17:
        quote, where = r17[0].finding.trigger, r17[0].provision.id
    return CoSigned(quote, where, list(dict.fromkeys(hit.provision.id for hit in r17)), agreement)


def _place(where: str | None) -> str:
    """Where the co-signature marker was found, for a sentence: the preamble, a metadata field or a provision."""
    if where == "preamble":
        return _("the preamble")
    if where and where.startswith("metadata "):
        return _("the metadata field {key}").format(key=where.removeprefix("metadata "))
    return where or ""


def cosignature_verdict(
    hits: list[Hit], book: RuleBook, impact: LargeImpact, cosigned: CoSigned
) -> tuple[Verdict, dict[str, Any]]:
    """The co-signature verdict plus its two grounds, kept apart for the report."""
    yes, possible = grade(hits, "cosignature", book)
    base = verdict_from("cosignature", yes, possible, [])
    word, score, reasons = base.verdict, base.score, base.reasons
    if impact.found:
        score = round(1 - (1 - score) * (1 - book.large_impact_weight), 4)
        if word == "no" or (word == "possible" and book.large_impact_verdict == "yes"):
            word = "yes" if book.large_impact_verdict == "yes" else "possible"
        reasons.append(
            Reason(
                rule="heuristic:large_impact",
                basis=_("Motions Van Dijk/Grinwis and Koole (tasks with large impact); no statutory threshold"),
                explanation=impact.explanation,
                provisions=list(dict.fromkeys(hit.provision.id for hit in impact.hits)),
                triggers=list(dict.fromkeys(hit.finding.trigger for hit in impact.hits))[:10],
            )
        )
    if cosigned.quote:
        word = "already"
        reasons.insert(
            0,
            Reason(
                rule="R17",
                basis=_(R17_BASIS),
                explanation=_("Already co-signed: {where} says ‘{quote}’.").format(where=_place(cosigned.where), quote=cosigned.quote),
                provisions=cosigned.provisions,
                triggers=[cosigned.quote],
            ),
        )
    departure = [hit for hit in yes + possible if hit.rule.departure]
    grounds = {
        "departure": {
            "found": bool(departure),
            "rules": sorted({hit.rule.id for hit in departure}),
            "provisions": list(dict.fromkeys(hit.provision.id for hit in departure)),
        },
        "large_impact": {
            "heuristic": True,
            "found": impact.found,
            "explanation": impact.explanation,
            "criteria": impact.criteria,
        },
        "already_cosigned": {"found": cosigned.quote is not None, "quote": cosigned.quote, "where": cosigned.where},
        "in_overeenstemming_met": cosigned.agreement,
    }
    return Verdict(word, score, reasons), grounds
