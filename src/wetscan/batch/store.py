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
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from wetscan.model import LAYERS

SUMMARY_COLUMNS = [
    "path", "consultation", "role", "memorandum", "role_reason", "sha256", "format", "title", "pages", "provisions", "layers",
    *[f"{layer}_provisions" for layer in LAYERS],
    "mandatory_cooperation", "udo_verdict", "udo_score", "cosignature_verdict", "cosignature_score",
    "fvw_art2_status", "error", "seconds",
]


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see either the old or the whole new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ResultStore:
    """The output folder of a batch run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.reports = root / "reports"
        self.outcomes = root / "outcomes"

    def prepare(self) -> None:
        self.reports.mkdir(parents=True, exist_ok=True)
        self.outcomes.mkdir(parents=True, exist_ok=True)

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
            atomic_write_text(self.report_path(sha256), json.dumps(report, ensure_ascii=False, indent=1))
        atomic_write_text(self.outcome_path(sha256), json.dumps(outcome, ensure_ascii=False))

    def write_summary(self, rows: list[dict[str, Any]]) -> pd.DataFrame:
        """Write ``summary.parquet`` and ``summary.csv`` (rows in input order) and return the table.

        Failed documents have no layers: Parquet stores an empty list, CSV joins layers with ';'.
        """
        table = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
        layers = table["layers"].map(lambda value: list(value) if isinstance(value, list) else [])
        table_to_parquet = table.assign(layers=layers)
        table_to_csv = table.assign(layers=layers.map(";".join))
        self._replace(self.root / "summary.parquet", lambda path: table_to_parquet.to_parquet(path, index=False))
        self._replace(self.root / "summary.csv", lambda path: table_to_csv.to_csv(path, index=False))
        return table

    @staticmethod
    def _replace(final: Path, write: Callable[[Path], None]) -> None:
        """Write through a temporary file and rename it over ``final`` (atomic on POSIX)."""
        temporary = final.with_name(f".{final.name}.tmp")
        write(temporary)
        os.replace(temporary, final)

    def read_summary(self) -> pd.DataFrame:
        parquet = self.root / "summary.parquet"
        if parquet.exists():
            return pd.read_parquet(parquet)
        csv = self.root / "summary.csv"
        if csv.exists():
            return pd.read_csv(csv)
        raise FileNotFoundError(f"{self.root}: no summary.parquet or summary.csv (run wetscan batch first)")
