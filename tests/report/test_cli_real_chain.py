"""``wetscan explain`` and ``wetscan check`` through the real chain (analysis model loaded once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wetscan.cli import app
from wetscan.report.json_report import validate_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
JEUGDWET = EXAMPLES / "wijziging-jeugdwet-regionale-samenwerking.txt"
runner = CliRunner()

pytestmark = pytest.mark.slow


def test_explain_a_gemeente_task() -> None:
    result = runner.invoke(app, ["explain", "Het college draagt binnen zes weken zorg voor een lokaal meldpunt."])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "‘college’ [4–11] → college van burgemeester en wethouders (gemeente)" in out
    assert "verplichting" in out and "R01 voor gemeente: UDO ja" in out


def test_check_provision_on_an_example() -> None:
    pid = "artikel I, onderdeel C, artikel 2.9, eerste lid"
    result = runner.invoke(app, ["check", str(JEUGDWET), "--provision", pid])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "‘Onze Minister’" in out and "R12 voor gemeente: UDO ja, medeondertekening ja" in out


def test_check_json_and_fail_on_an_example() -> None:
    result = runner.invoke(app, ["check", str(JEUGDWET), "--format", "json", "--fail-on", "cosignature"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    validate_report(report)
    assert report["assessment"]["cosignature"]["verdict"] == "yes"
