"""Importing reports, recording decisions append-only, and keeping them across report versions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.review.reports import MELDPUNT, meldpunt_report, newer_version, quiet_report
from wetscan.errors import InputError
from wetscan.review import schema, store
from wetscan.review.importer import import_report, load_report, report_files


def _import(engine: sa.Engine, report: dict, name: str = "report.json"):
    with engine.begin() as connection:
        return import_report(connection, report, name)


def _key(engine: sa.Engine, document_id: int, provision_index: int) -> str:
    with engine.begin() as connection:
        return store.bill_view(connection, document_id).finding_keys[(provision_index, 0)]


def test_import_creates_document_then_skips_identical_report(engine: sa.Engine) -> None:
    first = _import(engine, meldpunt_report())
    again = _import(engine, meldpunt_report())
    assert (first.status, first.version, first.findings) == ("new", 1, 3)
    assert (again.status, again.version, again.document_id) == ("unchanged", 1, first.document_id)
    with engine.begin() as connection:
        rows = store.queue(connection)
    assert [(row.title, row.udo_verdict, row.cosignature_verdict, row.fvw_status, row.status) for row in rows] == [
        ("Wet lokale meldpunten woonoverlast", "yes", "yes", "missing", "new")
    ]


def test_same_file_under_another_path_is_the_same_document(engine: sa.Engine) -> None:
    first = _import(engine, meldpunt_report(path="a/wet.pdf"))
    moved = meldpunt_report(path="b/wet.pdf")
    second = _import(engine, moved)
    assert second.document_id == first.document_id and second.version == 2


def test_decisions_are_appended_never_overwritten(engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report()).document_id
    key = _key(engine, document_id, 1)
    with engine.begin() as connection:
        store.record_decision(connection, document_id, "finding", key, "agree", "", "fenna")
        store.record_decision(connection, document_id, "finding", key, "disagree", "Geen nieuwe taak.", "joost")
        view = store.bill_view(connection, document_id)
        count = connection.execute(sa.select(sa.func.count()).select_from(schema.decision)).scalar_one()
    assert count == 2
    assert [item["decision"] for item in view.histories[("finding", key)]] == ["agree", "disagree"]
    current = view.current[("finding", key)]
    assert (current["decision"], current["reviewer"], current["report_version"]) == ("disagree", "joost", 1)


def test_queue_status_follows_decisions(engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report()).document_id
    _import(engine, quiet_report())
    with engine.begin() as connection:
        store.record_decision(connection, document_id, "verdict", "udo", "agree", "", "fenna")
        statuses = {row.document_id: (row.status, row.reviewer) for row in store.queue(connection)}
        assert statuses[document_id] == ("in review", "fenna")
        store.record_final(connection, document_id, "yes", "yes", "Medebewind en verplichte samenwerking.", "fenna")
        statuses = {row.document_id: row.status for row in store.queue(connection)}
    assert statuses[document_id] == "done"
    assert sorted(statuses.values()) == ["done", "new"]


@pytest.mark.parametrize(
    ("target_type", "target_key", "decision", "message"),
    [
        ("finding", "artikel 9 | R01 | 0-4", "agree", "heeft geen bevinding"),
        ("verdict", "udo", "maybe", "de beslissing moet een van"),
        ("verdict", "nonsense", "agree", "kan niet worden beslist"),
    ],
)
def test_invalid_decisions_are_refused(
    engine: sa.Engine, target_type: str, target_key: str, decision: str, message: str
) -> None:
    document_id = _import(engine, meldpunt_report()).document_id
    with engine.begin() as connection, pytest.raises(store.ReviewError, match=message):
        store.record_decision(connection, document_id, target_type, target_key, decision, "", "fenna")


def test_final_decision_needs_a_motivation(engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report()).document_id
    with engine.begin() as connection, pytest.raises(store.ReviewError, match="gemotiveerd"):
        store.record_final(connection, document_id, "yes", "no", "  ", "fenna")


def test_newer_report_keeps_decisions_where_finding_still_exists_and_marks_the_rest_stale(engine: sa.Engine) -> None:
    old = meldpunt_report()
    document_id = _import(engine, old).document_id
    meldpunt_key, samenwerking_key, aanwijzing_key = (_key(engine, document_id, i) for i in (1, 2, 3))
    with engine.begin() as connection:
        for key, value in ((meldpunt_key, "agree"), (samenwerking_key, "disagree"), (aanwijzing_key, "agree")):
            store.record_decision(connection, document_id, "finding", key, value, "", "fenna")
        store.record_decision(connection, document_id, "verdict", "cosignature", "agree", "", "fenna")
    # Redraft: the meldpunt lid gains words before the trigger (its span moves), article 4 is dropped.
    reworded = MELDPUNT.replace("Het college", "Het college van elke gemeente")
    result = _import(engine, newer_version(old, "versie 2", reworded))
    assert (result.status, result.version, result.findings, result.reattached) == ("new_version", 2, 2, 2)
    with engine.begin() as connection:
        view = store.bill_view(connection, document_id)
    assert view.version == 2
    assert view.finding_keys[(1, 0)] == meldpunt_key  # matched on provision, rule and trigger text
    assert view.finding_keys[(2, 0)] == samenwerking_key  # matched on provision, rule and span
    assert view.current[("finding", meldpunt_key)]["decision"] == "agree"
    assert not view.current[("finding", meldpunt_key)]["stale"]
    assert [(item["target_key"], item["decision"]) for item in view.stale] == [(aanwijzing_key, "agree")]
    assert not view.current[("verdict", "cosignature")]["stale"]


def test_changed_verdict_makes_its_decision_stale(engine: sa.Engine) -> None:
    old = meldpunt_report()
    document_id = _import(engine, old).document_id
    with engine.begin() as connection:
        store.record_decision(connection, document_id, "verdict", "udo", "agree", "", "fenna")
    newer = newer_version(old, "versie 2", MELDPUNT)
    newer["assessment"]["udo"]["verdict"] = "possible"
    newer["assessment"]["udo"]["recommended"] = False
    _import(engine, newer)
    with engine.begin() as connection:
        view = store.bill_view(connection, document_id)
    assert [(item["target_key"], item["target_snapshot"]) for item in view.stale] == [("udo", "yes")]


def test_report_files_and_load_errors(tmp_path: Path) -> None:
    reports = tmp_path / "results" / "reports"
    (reports / "sub").mkdir(parents=True)
    (reports / "a.json").write_text(json.dumps(meldpunt_report()), encoding="utf-8")
    (reports / "sub" / "b.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "results" / "summary.csv").write_text("path\n", encoding="utf-8")
    found = report_files(tmp_path / "results")
    assert [p.name for p in found] == ["a.json", "b.json"]
    assert load_report(found[0])["title"] == "Wet lokale meldpunten woonoverlast"
    with pytest.raises(InputError, match=r"b\.json: geen wetscan-rapport"):
        load_report(found[1])
    broken = meldpunt_report()
    broken["provisions"][1]["findings"][0]["end"] = 999
    (tmp_path / "c.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(InputError, match="wijst buiten de tekst van de bepaling"):
        load_report(tmp_path / "c.json")
    (tmp_path / "d.json").write_text(json.dumps({"schema_version": "1"}), encoding="utf-8")
    with pytest.raises(InputError, match="schema v1"):
        load_report(tmp_path / "d.json")
    with pytest.raises(InputError, match="bestaat niet"):
        report_files(tmp_path / "missing")


def test_folder_import_takes_the_older_report_first_and_never_twice(tmp_path: Path, engine: sa.Engine) -> None:
    reports = tmp_path / "results" / "reports"
    reports.mkdir(parents=True)
    old = meldpunt_report()
    newer = newer_version(old, "versie 2", MELDPUNT)
    # Batch reports are named by sha256: here the newer report sorts first by name.
    (reports / "aaa.json").write_text(json.dumps(newer), encoding="utf-8")
    (reports / "bbb.json").write_text(json.dumps(old), encoding="utf-8")
    (reports / ".ccc.json").write_text("half a report", encoding="utf-8")
    os.utime(reports / "bbb.json", (1_000_000_000, 1_000_000_000))
    files = report_files(tmp_path / "results")
    assert [p.name for p in files] == ["bbb.json", "aaa.json"]
    first = [_import(engine, load_report(p), p.name) for p in files]
    again = [_import(engine, load_report(p), p.name) for p in files]
    assert [(r.status, r.version) for r in first] == [("new", 1), ("new_version", 2)]
    assert [(r.status, r.version) for r in again] == [("unchanged", 1), ("unchanged", 2)]
