"""Golden verdicts on the example bills in ``examples/``, through the whole chain (read, parse, analyse,
assess). The expected verdicts are in ``golden/examples.json``, and follow ``examples/README.md``.

The jeugdwet bill as XML holds no toelichting (that is its own Kamerstuk, ``*.toelichting.xml``), so
its Fvw art. 2 check is "not_checked", while the text version, bill and toelichting together, has it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wetscan.report.json_report import build_report, validate_report
from wetscan.scan import scan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GOLDEN = json.loads((Path(__file__).with_name("golden") / "examples.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_example_bill_verdicts(name: str) -> None:
    expected = GOLDEN[name]
    result = scan(EXAMPLES / name)
    report = build_report(result.bill, result.assessment)
    validate_report(report)
    assessment = report["assessment"]
    actual = {
        "udo": assessment["udo"]["verdict"],
        "cosignature": assessment["cosignature"]["verdict"],
        "fvw_art2": assessment["fvw_art2"]["status"],
        "mandatory_cooperation": assessment["mandatory_cooperation"],
        "layers": assessment["layers"],
        "departure_rules": assessment["cosignature_grounds"]["departure"]["rules"],
        # every rule that fired anywhere in the bill: the full list, so a rule that stops (or starts)
        # firing on an example is noticed
        "rules": sorted({finding["rule"] for p in report["provisions"] for finding in p.get("findings", [])}),
    }
    assert actual == expected
    for verdict in (assessment["udo"], assessment["cosignature"]):
        if verdict["verdict"] in ("yes", "possible"):
            assert verdict["reasons"] and all(reason["provisions"] for reason in verdict["reasons"]
                                              if reason["rule"].startswith("R") and reason["rule"] != "R17")
