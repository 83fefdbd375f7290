"""The report JSON Schema is well-formed, accepts a minimal report and every assessed report."""

from __future__ import annotations

import jsonschema
import pytest

from tests.assess.handbuilt_bills import (
    bevoegdheden_burgemeester,
    jeugdwet_regional,
    lokale_meldpunten,
    rijksregister,
    waterschapswet_mede_namens,
)
from wetscan.assess import assess_bill
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


@pytest.mark.parametrize(
    "make", [jeugdwet_regional, lokale_meldpunten, bevoegdheden_burgemeester, rijksregister, waterschapswet_mede_namens]
)
def test_assessed_reports_validate(make) -> None:
    bill = make()
    report = build_report(bill, assess_bill(bill))
    validate_report(report)
    assessment = report["assessment"]
    for key in ("udo", "cosignature"):
        assert assessment[key]["recommended"] == (assessment[key]["verdict"] in ("yes", "already"))
    for key in ("layer_counts", "cooperation", "cosignature_grounds", "bes_financial", "toelichting", "review_notes", "rules"):
        assert key in assessment
    for provision in report["provisions"]:
        for finding in provision["findings"]:
            assert provision["text"][finding["start"]:finding["end"]] == finding["trigger"]


def test_schema_rejects_a_udo_verdict_of_already() -> None:
    bill = jeugdwet_regional()
    report = build_report(bill, assess_bill(bill))
    report["assessment"]["udo"]["verdict"] = "already"
    with pytest.raises(jsonschema.ValidationError):
        validate_report(report)
