"""Findings read from context (R23-R25) carry ``derived_from``; every output shows where they came from."""

from __future__ import annotations

import io

from rich.console import Console

from tests.assess.handbuilt_bills import Hit, bill, provision
from wetscan.assess import assess_bill
from wetscan.assess.rules import load_rules
from wetscan.model import Bill
from wetscan.report.html import render_provision_html
from wetscan.report.json_report import build_report, validate_report
from wetscan.report.terminal import explain_provision, render_terminal


def ontheffing_law() -> Bill:
    """Artikel 4 names no actor; the context pass read burgemeester en wethouders from artikel 3."""
    refusal = provision("artikel 4", "De ontheffing wordt geweigerd indien de veiligheid dat vereist.",
                        Hit("R23", "wordt geweigerd", confidence=0.6))
    refusal.findings[0].derived_from = ["artikel 3, eerste lid"]
    refusal.layers = ["gemeente"]
    return bill([
        provision("artikel 3, eerste lid", "Burgemeester en wethouders verlenen de ontheffing.",
                  Hit("R01", "Burgemeester en wethouders verlenen")),
        refusal,
    ])


def _report() -> dict:
    made = ontheffing_law()
    return build_report(made, assess_bill(made))


def test_json_report_carries_derived_from_only_on_derived_findings_and_validates() -> None:
    report = _report()
    validate_report(report)
    stated, derived = (p["findings"][0] for p in report["provisions"])
    assert "derived_from" not in stated
    assert derived["derived_from"] == ["artikel 3, eerste lid"]


def test_terminal_marks_layers_read_from_context() -> None:
    buffer = io.StringIO()
    render_terminal(_report(), Console(file=buffer, width=200))
    assert "R23(context)" in buffer.getvalue()


def test_explain_and_html_name_the_source_provision() -> None:
    derived = _report()["provisions"][1]
    buffer = io.StringIO()
    explain_provision(derived, Console(file=buffer, width=200), None, load_rules())
    assert "afgeleid uit de rest van de wet: artikel 3, eerste lid" in buffer.getvalue()
    assert "afgeleid uit de rest van de wet: artikel 3, eerste lid" in str(render_provision_html(derived))
