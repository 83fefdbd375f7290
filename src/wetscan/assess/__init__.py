"""assess: findings -> bill-level verdicts (UDO, BZK co-signature, Fvw art. 2) with reasons.

Renderers only format what this stage decides. The meaning of every rule at bill level (verdict
effects, weights, thresholds, legal basis) lives in ``rules.yaml``; the phrases looked for in the
toelichting in ``toelichting.yaml``. Domain brief §7 describes the aggregation implemented here.
"""

from __future__ import annotations

from pathlib import Path

from wetscan.amend import LawMatch

from wetscan.assess.changes import change_summary, only_narrows_reason, previous_hits, weighed_hits
from wetscan.assess.checklist import checklist_toelichting_checks
from wetscan.assess.evidence import collect_hits
from wetscan.assess.fvw import bes_check, fvw_check, reports_material_costs, toelichting_checks, toelichting_sections
from wetscan.assess.rules import RuleBook, load_rules
from wetscan.assess.tally import cooperation_summary, layer_tally, review_notes
from wetscan.assess.verdicts import cosignature_verdict, cosigned_marker, large_impact, udo_verdict
from wetscan.model import Assessment, Bill

__all__ = ["assess_bill", "load_rules", "RuleBook"]


def assess_bill(bill: Bill, rules: Path | RuleBook | None = None, amended_laws: list[LawMatch] | None = None) -> Assessment:
    """Score ``bill`` as a UDO and co-signature candidate and check the Fvw art. 2 section.

    ``rules`` is a rules file (``--rules FILE``), an already loaded rule book, or None for the
    rules shipped with wetscan. ``amended_laws``: the current texts the amend stage used (for
    ``changes``). Only new, widened, changed or unknown provisions weigh in the verdicts; narrowed
    and repealed tasks also count for Fvw art. 2 (see :mod:`wetscan.assess.changes`). Raises :class:`wetscan.errors.InputError` for a bad rules file.
    """
    book = rules if isinstance(rules, RuleBook) else load_rules(rules)
    hits = weighed_hits(collect_hits(bill, book))
    changes = change_summary(bill, amended_laws)
    sections = toelichting_sections(bill)
    costs = reports_material_costs(sections)

    tally = layer_tally(bill, hits, book)
    cooperation = cooperation_summary(bill, hits, book)
    impact = large_impact(hits, book, costs)
    cosigned = cosigned_marker(bill, hits, book)
    cosignature, grounds = cosignature_verdict(hits, book, impact, cosigned)
    checks = toelichting_checks(sections, {hit.rule.id for hit in hits})
    checks.update(checklist_toelichting_checks(sections))  # consultation, financial section, funding route

    udo = udo_verdict(hits, book)
    if (narrows := only_narrows_reason(changes)) is not None:
        udo.reasons.append(narrows)
    return Assessment(
        layers=[entry["layer"] for entry in tally],
        mandatory_cooperation=cooperation["mandatory"],
        udo=udo,
        cosignature=cosignature,
        fvw_art2=fvw_check(hits + previous_hits(bill, book), sections),
        extra={
            "layer_counts": tally,
            "cooperation": cooperation,
            "cosignature_grounds": grounds,
            "bes_financial": bes_check(hits, sections),
            "toelichting": {"present": bool(sections), "sections": len(sections), "checks": checks},
            "review_notes": review_notes(hits, book, impact.found, cosigned.agreement),
            "rules": {"source": book.source, "version": book.version},
            "changes": changes,
        },
    )
