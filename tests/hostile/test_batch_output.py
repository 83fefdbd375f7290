"""A batch run's output folder: one run at a time, unique temporary names, and a one-line cause
when the folder cannot be written (read-only, disk full) instead of an internal error."""

from __future__ import annotations

import errno
import os
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from wetscan.batch import store as store_module
from wetscan.batch.store import SUMMARY_COLUMNS, ResultStore
from wetscan.cli.app import app

runner = CliRunner()

BILL = """Regels over meldpunten voor woonoverlast (Wet meldpunten woonoverlast)

Artikel 1
Het college van burgemeester en wethouders richt een meldpunt voor woonoverlast in.

Artikel 2
Deze wet treedt in werking met ingang van 1 januari 2027.
"""


@pytest.fixture
def bill(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "wet.txt"
    path.parent.mkdir()
    path.write_text(BILL, encoding="utf-8")
    return path


def _one_line_error(result, *parts: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("wetscan:")]
    assert len(errors) == 1, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    for part in parts:
        assert part in errors[0], errors[0]


def test_a_second_run_into_a_busy_folder_is_refused(bill: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ResultStore(out).exclusive():  # the first run, still working
        refused = runner.invoke(app, ["batch", str(bill), "--out", str(out)])
    _one_line_error(refused, str(out), "another wetscan batch run is writing to this folder")
    assert not (out / "summary.csv").exists()  # the first run's summary is not overwritten
    done = runner.invoke(app, ["batch", str(bill), "--out", str(out)])
    assert done.exit_code == 0, done.output


def test_concurrent_summary_writers_never_share_a_temporary_file(tmp_path: Path) -> None:
    rows = [{**dict.fromkeys(SUMMARY_COLUMNS), "path": f"wet-{n}.txt", "sha256": f"{n:064d}", "layers": ["gemeente"],
             "seconds": 0.1} for n in range(200)]
    failures: list[BaseException] = []

    def write_many() -> None:
        try:
            for _ in range(15):
                ResultStore(tmp_path).write_summary(rows)
        except BaseException as error:  # handed to the test below
            failures.append(error)

    writers = [threading.Thread(target=write_many) for _ in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert failures == []
    assert len(pd.read_csv(tmp_path / "summary.csv")) == 200 and len(pd.read_parquet(tmp_path / "summary.parquet")) == 200
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_full_disk_is_one_line_naming_the_file(bill: Path, tmp_path: Path, monkeypatch) -> None:
    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module.os, "fsync", disk_full)
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(bill), "--out", str(out)])
    _one_line_error(result, str(out / "reports"), ".json", "no space left on device")
    assert not list(out.rglob("*.tmp"))


def test_a_read_only_folder_is_one_line_naming_it(bill: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    ResultStore(out).prepare()  # results of an earlier run, now on a read-only mount

    def read_only(*args: object, dir: str, **options: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), dir)

    monkeypatch.setattr(store_module.tempfile, "mkstemp", read_only)
    result = runner.invoke(app, ["batch", str(bill), "--out", str(out)])
    _one_line_error(result, str(out), "cannot write the batch results (read-only file system)")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux sysfs")
def test_a_folder_nobody_may_create_is_one_line(bill: Path) -> None:
    out = Path("/sys/wetscan-hostile-output-test")
    result = runner.invoke(app, ["batch", str(bill), "--out", str(out)])
    _one_line_error(result, str(out), "cannot write the batch results (operation not permitted)")
