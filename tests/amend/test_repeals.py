"""Repealed articles and divisions: one provision per repealed lid with its old text, or (without
the current text) the instruction standing for the unit. ``wijziging-vervallen.txt`` (written for
this test) repeals artikel 5 and hoofdstuk 2 of the example law."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetscan.amend import LAW_DIR_VARIABLE
from wetscan.report.json_report import build_report, validate_report
from wetscan.scan import scan

HERE = Path(__file__).parent
BILL = HERE / "wijziging-vervallen.txt"
LAW = HERE.parents[1] / "examples" / "laws" / "wet-lokale-energieloketten.xml"

pytestmark = pytest.mark.slow


def _report(current: list[Path] | None) -> dict:
    result = scan(BILL, current=current)
    report = build_report(result.bill, result.assessment)
    validate_report(report)
    return report


def test_repealed_article_and_division_with_the_current_text():
    report = _report([LAW])
    repealed = {p["id"]: p for p in report["provisions"] if p.get("change") == "repealed"}
    assert list(repealed) == [
        "artikel I, onderdeel A, artikel 5",
        "artikel I, onderdeel B, artikel 6, eerste lid",
        "artikel I, onderdeel B, artikel 6, tweede lid",
        "artikel I, onderdeel B, artikel 7, eerste lid",
        "artikel I, onderdeel B, artikel 7, tweede lid",
        "artikel I, onderdeel B, artikel 8",
        "artikel I, onderdeel B, artikel 9",
    ]
    assert repealed["artikel I, onderdeel B, artikel 8"]["text"].startswith("Het college draagt zorg voor de voorlichting")
    assessment = report["assessment"]
    layers = {entry["layer"]: entry["repealed"]["count"] for entry in assessment["changes"]["layers"]}
    assert layers["provincie"] == 2 and layers["gemeente"] >= 3
    assert assessment["changes"]["only_narrows_or_rewords"] and assessment["udo"]["verdict"] == "no"
    assert assessment["fvw_art2"]["required"]


def test_without_the_current_text_the_instruction_stands_for_the_unit(monkeypatch):
    monkeypatch.delenv(LAW_DIR_VARIABLE, raising=False)
    report = _report(None)
    repealed = {p["id"]: p["text"] for p in report["provisions"] if p.get("change") == "repealed"}
    assert repealed == {
        "artikel I, onderdeel A, artikel 5": "Artikel 5 vervalt.",
        "artikel I, onderdeel B, hoofdstuk 2": "Hoofdstuk 2 vervalt.",
    }
