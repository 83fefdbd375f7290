"""assess: findings -> bill-level verdicts (UDO, BZK co-signature, Fvw art. 2) with reasons."""

from __future__ import annotations

from pathlib import Path

from wetscan.model import Assessment, Bill, FvwCheck, Verdict


def assess_bill(bill: Bill, rules: Path | None = None) -> Assessment:
    """Score ``bill`` as a UDO and co-signature candidate and check the Fvw art. 2 section."""
    return Assessment(
        layers=[],
        mandatory_cooperation=False,
        udo=Verdict("no", 0.0),
        cosignature=Verdict("no", 0.0),
        fvw_art2=FvwCheck(required=False, status="not_required"),
    )
