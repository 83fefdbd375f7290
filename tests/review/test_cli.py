"""``wetscan review import|export|serve|user`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from tests.review.reports import MELDPUNT, meldpunt_report, newer_version, quiet_report
from wetscan.cli.app import app
from wetscan.evaluate.annotations import parse_annotation
from wetscan.review import store
from wetscan.review.db import open_engine

runner = CliRunner()


def _results(folder: Path) -> Path:
    reports = folder / "results" / "reports"
    reports.mkdir(parents=True)
    (reports / "meldpunt.json").write_text(json.dumps(meldpunt_report()), encoding="utf-8")
    (reports / "archief.json").write_text(json.dumps(quiet_report()), encoding="utf-8")
    return folder / "results"


def test_import_review_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "review.sqlite")
    results = _results(tmp_path)
    (results / "reports" / "kapot.json").write_text("{", encoding="utf-8")
    imported = runner.invoke(app, ["review", "import", str(results), "--db", db])
    assert imported.exit_code == 1
    assert "2 nieuw(e) wetsvoorstel(len)" in imported.stdout and "1 mislukt" in imported.stdout
    assert "kapot.json: geen JSON" in imported.stderr and "Traceback" not in imported.output

    engine = open_engine(db)
    with engine.begin() as connection:
        document_id = next(row.document_id for row in store.queue(connection) if row.udo_verdict == "yes")
        keys = store.bill_view(connection, document_id).finding_keys
        store.record_decision(connection, document_id, "finding", keys[(1, 0)], "agree", "Klopt.", "fenna")
        store.record_decision(
            connection, document_id, "finding", keys[(2, 0)], "disagree", "Vrijwillige samenwerking.", "fenna"
        )
        store.record_decision(connection, document_id, "finding", keys[(3, 0)], "unsure", "", "fenna")
        store.record_final(connection, document_id, "yes", "no", "Taak, maar geen verplichte samenwerking.", "fenna")

    csv_path = tmp_path / "decisions.csv"
    exported = runner.invoke(app, ["review", "export", "--db", db, "--out", str(csv_path)])
    assert exported.exit_code == 0, exported.output
    table = pd.read_csv(csv_path)
    assert list(table["Beslissing"].fillna("")) == ["eens", "oneens", "onzeker", ""]
    assert list(table["Beoordelaar"]) == ["fenna"] * 4
    assert set(table["Actueel"]) == {"ja"} and set(table["Verouderd"]) == {"nee"}
    assert table.loc[3, "UDO nodig"] == "ja" and table.loc[3, "Medeondertekening BZK nodig"] == "nee"

    jsonl = tmp_path / "review.jsonl"
    exported = runner.invoke(app, ["review", "export", "--db", db, "--out", str(jsonl), "--format", "annotations"])
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    annotations = [parse_annotation(record, "review.jsonl") for record in records]
    # Article 4 was judged "unsure": not exported. Article 3's cooperation finding was rejected.
    assert [(a.article, a.lid, sorted(a.layers), a.norm_type, a.mandatory_cooperation) for a in annotations] == [
        ("2", "1", ["gemeente"], "obligation", False),
        ("3", None, [], "obligation", False),
    ]
    assert records[0]["law"] == "bill_wet_lokale_meldpunten_woonoverlast"
    assert records[0]["text"] == MELDPUNT and records[0]["provision_id"] == "artikel 2, eerste lid"
    assert records[1]["reviewer"] == "fenna" and records[1]["review"]["decisions"][0]["decision"] == "disagree"
    assert records[1]["note"] == "Vrijwillige samenwerking."


def test_reimport_of_newer_report_reports_reattached_decisions(tmp_path: Path) -> None:
    db = str(tmp_path / "review.sqlite")
    old = meldpunt_report()
    first = tmp_path / "v1.json"
    first.write_text(json.dumps(old), encoding="utf-8")
    assert runner.invoke(app, ["review", "import", str(first), "--db", db]).exit_code == 0
    second = tmp_path / "v2.json"
    second.write_text(json.dumps(newer_version(old, "versie 2", MELDPUNT)), encoding="utf-8")
    result = runner.invoke(app, ["review", "import", str(second), "--db", db])
    assert result.exit_code == 0
    assert "versie 2 van wetsvoorstel 1; 2 van 2 bevindingen behielden hun beoordeling" in result.stdout


def test_serve_refuses_a_non_local_bind_without_login(tmp_path: Path) -> None:
    db = str(tmp_path / "review.sqlite")
    result = runner.invoke(app, ["review", "serve", "--db", db, "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "luisteren op 0.0.0.0 geweigerd: er is geen inlog ingesteld" in result.stderr


def test_user_add_checks_the_password(tmp_path: Path) -> None:
    db = str(tmp_path / "review.sqlite")
    short = runner.invoke(app, ["review", "user", "add", "annelies", "--db", db, "--password", "kort"])
    assert short.exit_code == 2 and "ten minste 10 tekens" in short.stderr
    ok = runner.invoke(app, ["review", "user", "add", "annelies", "--db", db], input="een lang wachtwoord\n" * 2)
    assert ok.exit_code == 0 and "annelies" in ok.stdout


def test_import_of_a_missing_path_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", "import", str(tmp_path / "nergens"), "--db", str(tmp_path / "r.sqlite")])
    assert result.exit_code == 2 and "nergens: bestand of map bestaat niet" in result.stderr
