"""The review workspace takes a consultation's bill with its memorandum as one bill."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from wetscan.cli.app import app
from wetscan.review import store
from wetscan.review.db import open_engine
from wetscan.scan import scan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONSULTATION = EXAMPLES / "consultatie-wet-lokale-energieloketten"
runner = CliRunner()


def test_bill_and_memorandum_become_one_bill_other_documents_are_skipped(tmp_path: Path) -> None:
    bill = CONSULTATION / "concept-wetsvoorstel-energieloketten.docx"
    memorandum = CONSULTATION / "memorie-van-toelichting.pdf"
    reports = tmp_path / "reports"
    reports.mkdir()
    paired = scan(bill, toelichting=memorandum).report()
    (reports / "wetsvoorstel.json").write_text(json.dumps(paired), encoding="utf-8")
    for name in ("memorie-van-toelichting.pdf", "consultatievragen.docx"):
        (reports / f"{name}.json").write_text(json.dumps(scan(CONSULTATION / name).report()), encoding="utf-8")

    db = str(tmp_path / "review.sqlite")
    imported = runner.invoke(app, ["review", "import", str(reports), "--db", db])
    assert imported.exit_code == 0, imported.output
    assert "1 nieuw(e) wetsvoorstel(len)" in imported.stdout and "2 overgeslagen" in imported.stdout

    with open_engine(db).begin() as connection:
        rows = store.queue(connection)
        assert len(rows) == 1 and rows[0].fvw_status == "found"
        view = store.bill_view(connection, rows[0].document_id)
    assert view.report["document"]["memorandum"] == str(memorandum)
    assert any(p["part"] == "explanatory_memorandum" for p in view.report["provisions"])
