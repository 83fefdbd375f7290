"""The whole chain on one file, and a bill whose memorandum is a separate file (Kamerstuk nr. 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from wetscan.cli.app import app
from wetscan.scan import scan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BILL = EXAMPLES / "wijziging-jeugdwet-regionale-samenwerking.xml"
MEMORANDUM = EXAMPLES / "wijziging-jeugdwet-regionale-samenwerking.toelichting.xml"


@pytest.mark.slow
def test_separate_memorandum_is_attached_and_checked() -> None:
    alone = scan(BILL)
    assert alone.bill.memorandum == []
    assert alone.assessment.fvw_art2.status == "not_checked"

    together = scan(BILL, toelichting=MEMORANDUM)
    assert together.bill.memorandum
    assert any(p.part == "explanatory_memorandum" for p in together.bill.provisions)
    ids = [p.id for p in together.bill.provisions]
    assert len(ids) == len(set(ids))
    assert together.assessment.fvw_art2.status == "found"
    bill_only = [p for p in together.bill.provisions if p.part == "bill"]
    assert [p.id for p in bill_only] == [p.id for p in alone.bill.provisions]


@pytest.mark.slow
def test_check_takes_the_memorandum_as_an_option() -> None:
    result = CliRunner().invoke(app, ["check", str(BILL), "--toelichting", str(MEMORANDUM), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"status": "found"' in result.output
    missing = CliRunner().invoke(app, ["check", str(BILL), "--toelichting", str(EXAMPLES / "bestaat-niet.xml")])
    assert missing.exit_code == 2
