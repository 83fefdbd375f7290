"""The CSV table: one row per finding (provisions with their findings), for those who work in Excel.

Two forms of the same table:

* :func:`findings_table` is the machine form: a pandas frame with the stable English column names
  of :data:`COLUMNS` and the report's own values (enum values, booleans). Code uses this one.
* :func:`render_csv` (``wetscan check --format csv``) is the human table: the same rows with the
  column headers and the enum values (norm type, kind, layer, yes/no) in the current language
  (Dutch by default, ``--lang en`` for English). No code in wetscan reads it back; a program that
  wants the data reads the JSON report (schema version 1) or calls :func:`findings_table`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.i18n import N_, _
from wetscan.report.sanitise import spreadsheet_table
from wetscan.report.wording import label

COLUMNS = [
    "provision_id", "article", "paragraph", "amends", "part", "page", "norm_type", "layers",
    "mandatory_cooperation", "rule", "rule_name", "basis", "layer", "organ", "kind", "trigger",
    "start", "end", "confidence", "explanation",
]

#: The header a person reads above each column of the human table (translated where shown).
HEADERS = {
    "provision_id": N_("Provision"), "article": N_("Article"), "paragraph": N_("Paragraph (lid)"),
    "amends": N_("Amends"), "part": N_("Part"), "page": N_("Page"), "norm_type": N_("Norm type"),
    "layers": N_("Layers"), "mandatory_cooperation": N_("Mandatory cooperation"), "rule": N_("Rule"),
    "rule_name": N_("Rule name"), "basis": N_("Basis"), "layer": N_("Layer"), "organ": N_("Organ"),
    "kind": N_("Kind"), "trigger": N_("Trigger words"), "start": N_("Start"), "end": N_("End"),
    "confidence": N_("Confidence"), "explanation": N_("Explanation"),
}

#: Columns holding enum values of the report, shown with their label in the human table.
LABELLED = ("part", "norm_type", "mandatory_cooperation", "layer", "kind")


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


def human_table(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`findings_table` as a person reads it: headers and enum values in the current language."""
    shown = frame.copy()
    for column in LABELLED:
        shown[column] = shown[column].map(lambda value: None if pd.isna(value) else label(value))
    shown["layers"] = shown["layers"].map(lambda value: ";".join(label(v) for v in value.split(";")) if value else value)
    return shown.rename(columns={column: _(HEADERS[column]) for column in COLUMNS})


def render_csv(report: Mapping[str, Any], show_all: bool = False, book: RuleBook | None = None) -> str:
    """The human findings table as CSV text (UTF-8, comma separated, header row), safe to open in
    Excel: no cell is a live formula and control characters are made visible."""
    return spreadsheet_table(human_table(findings_table(report, show_all, book))).to_csv(index=False)
