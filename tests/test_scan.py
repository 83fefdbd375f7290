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


WET_TEXT = """Wet van 1 maart 2026, houdende regels over stille gebieden (Wet stille gebieden)

Artikel 1
In deze wet wordt verstaan onder:
bevoegd gezag: gedeputeerde staten van de provincie waarin het stiltegebied ligt.

Artikel 3
1. Burgemeester en wethouders stellen voor hun gemeente een geluidsplan vast.
2. Onze Minister stelt een landelijk meetprotocol vast.
"""
BESLUIT_TEXT = """Besluit van 2 april 2026, houdende regels ter uitvoering van de Wet stille gebieden

Artikel 1
In dit besluit wordt verstaan onder:
wet: de Wet stille gebieden.

Artikel 2
Het geluidsplan vermeldt de gemeten geluidsniveaus per gebied.
"""


def test_a_besluit_is_read_with_its_parent_law_given_as_current_text(tmp_path: Path) -> None:
    """Invented texts: the wet (matched by the short title after its long title) has the geluidsplan made by
    burgemeester en wethouders; the besluit's content rule on it is theirs. Without the wet nothing is read."""
    (tmp_path / "wet.txt").write_text(WET_TEXT, encoding="utf-8")
    (tmp_path / "besluit.txt").write_text(BESLUIT_TEXT, encoding="utf-8")
    alone = scan(tmp_path / "besluit.txt", as_bill=True, reader="rules")
    assert alone.bill.provision("artikel 2").layers == []
    read = scan(tmp_path / "besluit.txt", current=[tmp_path / "wet.txt"], as_bill=True, reader="rules")
    content = read.bill.provision("artikel 2")
    assert content.layers == ["gemeente"]
    assert content.findings[0].derived_from == ["Wet stille gebieden, artikel 3, lid 1"]
    assert any("Wet stille gebieden" in note for note in read.notes)
