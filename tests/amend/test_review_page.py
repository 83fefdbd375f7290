"""The review web app shows what an amending bill changes: a badge per provision and, for a changed
one, its current and its new text side by side; repealed provisions (no findings of their own) too."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wetscan.report.json_report import build_report
from wetscan.review.app import Settings, create_app
from wetscan.review.db import open_engine
from wetscan.review.importer import import_report
from wetscan.scan import scan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
def test_bill_page_shows_changes_side_by_side(tmp_path: Path) -> None:
    result = scan(EXAMPLES / "wijziging-wet-lokale-energieloketten.xml",
                  current=[EXAMPLES / "laws" / "wet-lokale-energieloketten.xml"])
    report = build_report(result.bill, result.assessment)
    engine = open_engine(str(tmp_path / "review.sqlite"))
    with engine.begin() as connection:
        document_id = import_report(connection, report, "r.json").document_id
    app = create_app(Settings(engine=engine, local_reviewer="fenna"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        html = client.get(f"/bills/{document_id}").text
        stylesheet = client.get("/static/change.css")
    engine.dispose()
    assert "change-widened" in html and "change-narrowed" in html and "change-repealed" in html
    assert 'class="change-sides"' in html and "binnen acht weken" in html  # the current text of artikel 3
    assert "Gedeputeerde staten stellen elke vier jaar" in html  # the repealed provincie task
    assert '/static/change.css' in html  # one stylesheet for changes, shared with the HTML report
    assert stylesheet.status_code == 200 and ".change-sides" in stylesheet.text
