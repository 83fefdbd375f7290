"""Batch scanning: discovery, fault isolation, resumability, parallel and Dask engines."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from wetscan.batch.inputs import InputNotFound, discover
from wetscan.batch.runner import BatchOptions, run_batch
from wetscan.batch.store import SUMMARY_COLUMNS
from wetscan.batch.worker import DocumentTimeout, call_with_time_limit
from wetscan.cli.app import app

runner = CliRunner()


def test_discover_folders_globs_and_lists(consultation: Path, tmp_path: Path, good_names: set, bad_names: set) -> None:
    everything = discover([str(consultation)])
    assert {p.name for p in everything} == good_names | bad_names
    texts = discover([str(consultation / "**" / "*.txt")])
    assert {p.name for p in texts} == {p.name for p in everything if p.suffix == ".txt"}
    assert texts == sorted(texts, key=str)
    listing = tmp_path / "lijst.txt"
    listing.write_text(f"# twee documenten\n{consultation / 'wetsvoorstel.txt'}\nconsultaties/leeg.docx\n")
    assert {p.name for p in discover([f"@{listing}"])} == {"wetsvoorstel.txt", "leeg.docx"}
    out = consultation / "results"
    (out / "reports").mkdir(parents=True)
    (out / "reports" / "oud.json").write_text("{}")
    assert all(out not in p.parents for p in discover([str(consultation)], exclude=out))
    with pytest.raises(InputNotFound):
        discover([str(consultation / "bestaat-niet.pdf")])


def test_every_good_document_reported_every_bad_one_an_error_row(
    consultation: Path, tmp_path: Path, good_names: set, bad_names: set
) -> None:
    out = tmp_path / "results"
    result = run_batch(discover([str(consultation)]), BatchOptions(out=out))
    table = pd.read_parquet(out / "summary.parquet")
    assert list(table.columns) == SUMMARY_COLUMNS
    by_name = {Path(row.path).name: row for row in table.itertuples()}
    assert set(by_name) == good_names | bad_names
    for name in good_names:
        row = by_name[name]
        assert row.error is None or pd.isna(row.error), row.error
        report = json.loads((out / "reports" / f"{row.sha256}.json").read_text())
        assert report["schema_version"] == "1" and report["source"]["sha256"] == row.sha256
    for name in bad_names:
        error = by_name[name].error
        assert isinstance(error, str) and name in error and "\n" not in error
    assert by_name["wetsvoorstel.txt"].sha256 == by_name["kopie-van-wetsvoorstel.txt"].sha256
    assert by_name["wetsvoorstel.txt"].provisions == 5
    assert by_name["brief.txt"].provisions == 0
    assert result.failed == len(bad_names)
    assert result.scanned == len(good_names | bad_names) - 1  # identical files are analysed once
    assert not list(out.rglob("*.tmp"))

    again = run_batch(discover([str(consultation)]), BatchOptions(out=out))
    assert again.scanned == 0 and again.reused == len(good_names | bad_names)
    pd.testing.assert_frame_equal(again.table.drop(columns="seconds"), result.table.drop(columns="seconds"))

    forced = run_batch(discover([str(consultation / "wetsvoorstel.txt")]), BatchOptions(out=out, force=True))
    assert forced.scanned == 1


def test_missing_report_means_the_document_is_scanned_again(consultation: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    paths = discover([str(consultation / "wetsvoorstel.txt"), str(consultation / "reacties")])
    first = run_batch(paths, BatchOptions(out=out))
    sha = first.table.loc[first.table["path"].str.endswith("wetsvoorstel.txt"), "sha256"].item()
    (out / "reports" / f"{sha}.json").unlink()  # as if the run was interrupted before the report landed
    second = run_batch(paths, BatchOptions(out=out))
    assert second.scanned == 1 and second.reused == 2


@pytest.mark.slow
def test_two_workers_give_the_same_table_in_input_order(consultation: Path, tmp_path: Path) -> None:
    paths = discover([str(consultation)])
    one = run_batch(paths, BatchOptions(out=tmp_path / "one"))
    two = run_batch(paths, BatchOptions(out=tmp_path / "two", workers=2))
    assert list(two.table["path"]) == [str(p) for p in paths]
    pd.testing.assert_frame_equal(one.table.drop(columns="seconds"), two.table.drop(columns="seconds"))


@pytest.mark.slow
def test_dask_local_cluster_with_two_worker_processes(consultation: Path, tmp_path: Path) -> None:
    paths = discover([str(consultation)])
    local = run_batch(paths, BatchOptions(out=tmp_path / "local"))
    dask = run_batch(paths, BatchOptions(out=tmp_path / "dask", engine="dask", workers=2, send_bytes=True))
    pd.testing.assert_frame_equal(local.table.drop(columns="seconds"), dask.table.drop(columns="seconds"))


def test_time_limit_in_main_thread_and_in_worker_threads() -> None:
    assert call_with_time_limit(lambda: 42, 5) == 42
    with pytest.raises(DocumentTimeout):
        call_with_time_limit(lambda: time.sleep(3), 0.2)
    outcome: dict = {}

    def in_thread() -> None:
        try:
            call_with_time_limit(lambda: time.sleep(3), 0.2)
        except DocumentTimeout:
            outcome["timed_out"] = True

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    assert outcome == {"timed_out": True}
    with pytest.raises(ZeroDivisionError):
        call_with_time_limit(lambda: 1 / 0, 5)


def test_cli_batch_exit_codes_and_summary(consultation: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    result = runner.invoke(app, ["batch", str(consultation), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "4 documenten mislukt" in result.output
    good = runner.invoke(app, ["batch", str(consultation / "reacties"), "--out", str(out)])
    assert good.exit_code == 0, good.output
    assert runner.invoke(app, ["batch", str(consultation / "geen"), "--out", str(out)]).exit_code == 2
    assert runner.invoke(app, ["batch", str(consultation), "--out", str(out), "--scheduler", "tcp://x:1"]).exit_code == 2

    summary = runner.invoke(app, ["summary", str(out), "--all", "--xlsx", str(tmp_path / "overzicht.xlsx")])
    assert summary.exit_code == 0, summary.output
    assert "overzicht.xlsx" in summary.output
    sheet = pd.read_excel(tmp_path / "overzicht.xlsx")
    assert len(sheet) == 2 and set(sheet.columns) >= {"path", "udo_verdict", "cosignature_score"}
    assert runner.invoke(app, ["summary", str(tmp_path / "leeg")]).exit_code == 2
