"""An article replaced as a whole repeals the leden it leaves out; a task moved to the Rijk is R15.

``wijziging-artikel-6-en-4.txt`` (written for this test) replaces artikel 6 of the example law with
only its first lid, and gives the information duty of artikel 4, eerste lid, to Onze Minister.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wetscan.report.json_report import build_report, validate_report
from wetscan.scan import scan

HERE = Path(__file__).parent
LAW = HERE.parents[1] / "examples" / "laws" / "wet-lokale-energieloketten.xml"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report() -> dict:
    result = scan(HERE / "wijziging-artikel-6-en-4.txt", current=[LAW])
    data = build_report(result.bill, result.assessment)
    validate_report(data)
    return data


def test_changes(report):
    changes = {p["id"]: p["change"] for p in report["provisions"] if p["part"] == "bill"}
    assert changes == {
        "artikel I, onderdeel A, artikel 6, eerste lid": "unchanged",
        "artikel I, onderdeel A, artikel 6, tweede lid": "repealed",
        "artikel I, onderdeel B, artikel 4, eerste lid": "narrowed",
        "artikel II": "new",
    }


def test_task_moved_to_the_rijk_is_a_cosignature_ground(report):
    moved = next(p for p in report["provisions"] if p["id"] == "artikel I, onderdeel B, artikel 4, eerste lid")
    assert [(f["rule"], f["layer"], f["trigger"]) for f in moved["findings"] if f["rule"] == "R15"] == [
        ("R15", "gemeente", "Onze Minister")
    ]
    assert "R15" in report["assessment"]["cosignature_grounds"]["departure"]["rules"]


def test_fvw_counts_the_tasks_that_go(report):
    fvw = report["assessment"]["fvw_art2"]
    assert fvw["required"]
    assert any("artikel I, onderdeel A, artikel 6, tweede lid" in reason["provisions"] for reason in fvw["reasons"])
