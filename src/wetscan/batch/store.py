"""Where a batch run keeps its results, and how it knows what is already done.

Layout of the output folder::

    results/
      reports/<sha256>.json    one JSON report (schema version 1) per distinct document
      outcomes/<sha256>.json   what scanning that document gave: summary fields, error, seconds
      profiles/<sha256>.<revisions>.json   its role and what pairing needs (see batch.consultations)
      summary.parquet          one row per input path (identical files share a report)
      summary.csv

Each row names the document's ``consultation``, its ``role`` (bill, memorandum, decentral,
consolidated, other), the ``memorandum`` file assessed with a bill (empty when none) and
``role_reason`` (why it has that role, or how it was paired); verdict columns are empty for
documents that are no bill.

Documents are keyed by the SHA-256 of their bytes, so a renamed or copied file is not scanned
again. Files are written to a temporary name and renamed into place (atomic on POSIX), so an
interrupted run never leaves a half-written report: at most the documents in flight are lost.
Temporary names are unique (``tempfile.mkstemp``), so no two writers ever share one.

One folder takes **one run at a time**: a run holds an exclusive lock on ``.wetscan-batch.lock``
in the folder while it works, and a second run into the same folder is refused with one line
(it would otherwise replace the summary with its own inputs only). The summary therefore always
lists the inputs of the last completed run; reports of earlier runs stay and are reused.

A folder that cannot be written (read-only, full, no permission) stops the run with an
:class:`OutputError` naming the path and the cause.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from wetscan.errors import WetscanError
from wetscan.i18n import N_, _
from wetscan.model import LAYERS
from wetscan.report.sanitise import spreadsheet_table

SUMMARY_COLUMNS = [
    "path", "consultation", "role", "memorandum", "role_reason", "sha256", "format", "title", "pages", "provisions", "layers",
    *[f"{layer}_provisions" for layer in LAYERS],
    "mandatory_cooperation", "udo_verdict", "udo_score", "cosignature_verdict", "cosignature_score",
    "fvw_art2_status", "error", "seconds",
]


LOCK_NAME = ".wetscan-batch.lock"
#: Causes of a failed write, as a person would say them (errno -> words).
WRITE_FAILURES = {
    errno.EROFS: N_("read-only file system"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.ENOSPC: N_("no space left on device"),
    errno.EDQUOT: N_("disk quota exceeded"),
    errno.EFBIG: N_("file too large"),
    errno.EIO: N_("input/output error"),
    errno.ENOTDIR: N_("a file is in the way of a folder"),
    errno.ENOENT: "no such file or folder",
}


class OutputError(WetscanError):
    """The output folder cannot be written: read-only, full, no permission, ..."""


class OutputBusy(WetscanError):
    """Another batch run is writing to the same output folder."""


def write_failure(error: OSError, path: Path) -> OutputError:
    """One line for a failed write: the path (the one the system names, else ``path``) and why."""
    where = error.filename or path
    known = WRITE_FAILURES.get(error.errno)
    cause = _(known) if known else error.strerror or str(error) or type(error).__name__
    return OutputError(_("{path}: cannot write the batch results ({reason})").format(path=where, reason=cause))


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn an :class:`OSError` raised while writing ``path`` into an :class:`OutputError`."""
    try:
        yield
    except OSError as error:
        raise write_failure(error, path) from error


def replace_atomically(final: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary)`` on a fresh, uniquely named file next to ``final``, then rename it
    over ``final`` (atomic on POSIX): readers see the old or the whole new file, never a part."""
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see either the old or the whole new file."""

    def _write(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())

    replace_atomically(path, _write)


class ResultStore:
    """The output folder of a batch run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.reports = root / "reports"
        self.outcomes = root / "outcomes"

    def prepare(self) -> None:
        with writing(self.root):
            self.reports.mkdir(parents=True, exist_ok=True)
            self.outcomes.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Prepare the folder and hold it for one run; raise :class:`OutputBusy` when another run
        holds it. The lock is the kernel's (``flock``): it ends with the process, however that ends."""
        self.prepare()
        with writing(self.root / LOCK_NAME):
            handle = open(self.root / LOCK_NAME, "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise OutputBusy(_("{folder}: another wetscan batch run is writing to this folder; wait for it to "
                               "finish or choose another --out").format(folder=self.root)) from None
        try:
            yield
        finally:
            handle.close()

    def report_path(self, sha256: str) -> Path:
        return self.reports / f"{sha256}.json"

    def outcome_path(self, sha256: str) -> Path:
        return self.outcomes / f"{sha256}.json"

    def load_outcome(self, sha256: str) -> dict[str, Any] | None:
        """The recorded outcome for a document, or None when it still has to be scanned.

        A successful outcome only counts when its report is there too (complete run of that file).
        """
        try:
            outcome = json.loads(self.outcome_path(sha256).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None
        if outcome.get("error") is None and not self.report_path(sha256).exists():
            return None
        return outcome

    def save(self, outcome: dict[str, Any], report: dict[str, Any] | None) -> None:
        """Record one document: the report first, then the outcome that vouches for it."""
        sha256 = outcome["sha256"]
        if report is not None:
            with writing(self.report_path(sha256)):
                atomic_write_text(self.report_path(sha256), json.dumps(report, ensure_ascii=False, indent=1))
        with writing(self.outcome_path(sha256)):
            atomic_write_text(self.outcome_path(sha256), json.dumps(outcome, ensure_ascii=False))

    def write_summary(self, rows: list[dict[str, Any]]) -> pd.DataFrame:
        """Write ``summary.parquet`` and ``summary.csv`` (rows in input order) and return the table.

        Failed documents have no layers: Parquet stores an empty list, CSV joins layers with ';'.
        Parquet keeps the data as it is; the CSV is for spreadsheets, so no cell in it is a live
        formula or holds a control character (:func:`wetscan.report.sanitise.spreadsheet_table`).
        """
        table = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
        layers = table["layers"].map(lambda value: list(value) if isinstance(value, list) else [])
        table_to_parquet = table.assign(layers=layers)
        table_to_csv = spreadsheet_table(table.assign(layers=layers.map(";".join)))
        for name, write in (("summary.parquet", lambda path: table_to_parquet.to_parquet(path, index=False)),
                            ("summary.csv", lambda path: table_to_csv.to_csv(path, index=False))):
            with writing(self.root / name):
                replace_atomically(self.root / name, write)
        return table

    def read_summary(self) -> pd.DataFrame:
        parquet = self.root / "summary.parquet"
        if parquet.exists():
            return pd.read_parquet(parquet)
        csv = self.root / "summary.csv"
        if csv.exists():
            return pd.read_csv(csv)
        raise FileNotFoundError(_("{folder}: no summary.parquet or summary.csv (run wetscan batch first)").format(
            folder=self.root))
