"""Onderdelen: a repealed onderdeel is a provision of its own that keeps the task of its lid's aanhef;
a replaced onderdeel gives the lid's consolidated text. ``wijziging-onderdelen.txt`` amends the
invented ``wet-energieadvies.xml`` (both written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetscan.report.json_report import build_report, validate_report
from wetscan.scan import scan

HERE = Path(__file__).parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def provisions() -> dict[str, dict]:
    result = scan(HERE / "wijziging-onderdelen.txt", current=[HERE / "wet-energieadvies.xml"])
    report = build_report(result.bill, result.assessment)
    validate_report(report)
    return {p["id"]: p for p in report["provisions"] if p["part"] == "bill"}


def test_repealed_onderdeel(provisions):
    repealed = provisions["artikel I, onderdeel A, artikel 2, eerste lid, onderdeel c"]
    assert repealed["change"] == "repealed"
    assert repealed["text"] == "c. een jaarlijkse informatiebijeenkomst voor inwoners."
    assert ("R01", "gemeente") in {(f["rule"], f["layer"]) for f in repealed["previous_findings"]}


def test_replaced_onderdeel_consolidates_the_lid(provisions):
    lid = provisions["artikel I, onderdeel B, artikel 2, tweede lid"]
    assert lid["change"] == "unchanged"
    assert lid["text"] == (
        "Gedeputeerde staten verstrekken aan het college: a. een overzicht van de subsidieregelingen voor "
        "energiebesparing in de provincie; b. een bijdrage in de kosten van het energieloket."
    )
    assert lid["previous_text"].startswith("Gedeputeerde staten verstrekken aan het college: a. gegevens")
