"""The CSV table: one row per finding (provisions with their findings), for those who work in Excel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.report.sanitise import spreadsheet_table

COLUMNS = [
    "provision_id", "article", "paragraph", "amends", "part", "page", "norm_type", "layers",
    "mandatory_cooperation", "rule", "rule_name", "basis", "layer", "organ", "kind", "trigger",
    "start", "end", "confidence", "explanation",
]


def findings_table(report: Mapping[str, Any], show_all: bool = False, book: RuleBook | None = None) -> pd.DataFrame:
    """One row per finding; with ``show_all`` also one row for each provision without findings."""
    book = book or load_rules()
    rows = []
    for p in report.get("provisions", []):
        base = {
            "provision_id": p["id"], "article": p["article"], "paragraph": p.get("paragraph"),
            "amends": p.get("amends"), "part": p.get("part"), "page": p.get("page"),
            "norm_type": p.get("norm_type"), "layers": ";".join(p.get("layers") or []),
            "mandatory_cooperation": bool(p.get("mandatory_cooperation")),
        }
        findings = p.get("findings") or []
        if not findings and show_all:
            rows.append(base)
        for f in findings:
            rule = book.rule(f["rule"])
            rows.append({**base, **{key: f[key] for key in ("rule", "layer", "organ", "kind", "trigger", "start",
                                                                "end", "confidence", "explanation")},
                         "rule_name": rule.name if rule else None, "basis": rule.basis if rule else None})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"start": "Int64", "end": "Int64", "page": "Int64"})


def render_csv(report: Mapping[str, Any], show_all: bool = False, book: RuleBook | None = None) -> str:
    """The findings table as CSV text (UTF-8, comma separated, header row), safe to open in Excel:
    no cell is a live formula and control characters are made visible."""
    return spreadsheet_table(findings_table(report, show_all, book)).to_csv(index=False)
