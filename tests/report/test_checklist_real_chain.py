"""The checklist through the real chain: our own Dutch bill and memorandum, read, analysed, assessed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wetscan.cli import app
from wetscan.report.json_report import validate_report

HERE = Path(__file__).resolve().parent / "checklist"
BILL, MEMORANDUM = HERE / "wet-zwerfafval.txt", HERE / "mvt-zwerfafval.txt"
runner = CliRunner()

pytestmark = pytest.mark.slow


def check(*options: str) -> str:
    result = runner.invoke(app, ["check", str(BILL), "--toelichting", str(MEMORANDUM), "--reader", "rules", *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_question_is_answered_from_the_bill() -> None:
    report = json.loads(check("--format", "json"))
    validate_report(report)
    asked = {question["id"]: question for question in report["checklist"]["questions"]}
    assert list(asked) == ["tasks", "finance", "information", "supervision", "border_effects"]
    assert {"R01", "R03"} <= set(asked["tasks"]["rules"]) and "artikel 2, tweede lid" in asked["tasks"]["provisions"]
    assert asked["finance"]["provisions"] == ["artikel 6"]
    information = asked["information"]["items"][0]
    assert information["provision"] == "artikel 3" and information["to_whom"] == ["aan Onze Minister"]
    assert "jaarlijks" in information["how_often"]
    assert asked["supervision"]["provisions"] == ["artikel 4"] and asked["border_effects"]["provisions"] == ["artikel 5"]
    finance_checks = {c["id"]: c["status"] for c in asked["finance"]["checks"]}
    assert finance_checks == {"fvw_art2": "found", "financial_section": "found", "funding_route": "found"}
    toelichting = {c["id"]: c["status"] for c in report["checklist"]["toelichting"]}
    assert toelichting["consultation_reported"] == "found" and toelichting["udo_mentioned"] == "missing"


def test_html_links_each_finding_to_its_provision() -> None:
    page = check("--format", "html")
    checklist = page[page.index('<section class="checklist"'):]
    links = re.findall(r'<a href="#(p-\d+)">artikel (\d)', checklist[:checklist.index("</section>")])
    assert {article for _, article in links} == {"2", "3", "4", "5", "6"}
    for anchor, _ in links:
        assert f'id="{anchor}"' in page
