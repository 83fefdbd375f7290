"""The report JSON Schema is well-formed and accepts a minimal report."""

from __future__ import annotations

import jsonschema

from wetscan.model import Block, Bill, Document, Provision
from wetscan.report.json_report import build_report, report_schema, validate_report


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(report_schema())


def test_minimal_report_validates() -> None:
    document = Document(path="wet.txt", sha256="0" * 64, format="txt", blocks=[Block("Artikel 1")])
    provision = Provision(id="artikel 1", article="1", paragraph=None, text="Het college stelt een plan vast.")
    report = build_report(Bill(source=document, title=None, provisions=[provision]), None)
    validate_report(report)
    assert report["provisions"][0]["id"] == "artikel 1"
