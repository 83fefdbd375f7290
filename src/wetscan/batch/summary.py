"""The analyst's view of a batch: which documents are flagged, most urgent first."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from wetscan.batch.store import replace_atomically, writing
from wetscan.report.sanitise import spreadsheet_table

FLAGGING_VERDICTS = {"yes", "possible", "already"}


def flagged(table: pd.DataFrame, include_all: bool = False) -> pd.DataFrame:
    """Documents with a UDO or co-signature flag (or all, with ``include_all``), highest score first.

    Failed documents are kept at the bottom so they are not forgotten.
    """
    table = table.copy()
    table["score"] = table[["udo_score", "cosignature_score"]].astype(float).max(axis=1).fillna(0.0)
    if not include_all:
        is_flagged = (table["udo_verdict"].isin(FLAGGING_VERDICTS)
                      | table["cosignature_verdict"].isin(FLAGGING_VERDICTS)
                      | table["error"].notna())
        table = table[is_flagged]
    table["failed"] = table["error"].notna()
    table = table.sort_values(["failed", "score", "path"], ascending=[True, False, True], kind="stable")
    return table.drop(columns=["failed"]).reset_index(drop=True)


def write_xlsx(table: pd.DataFrame, path: Path) -> None:
    """Write the table as an Excel workbook (one sheet), lists joined with ';'.

    No cell is a live formula, and control characters (which openpyxl refuses mid-write) are made
    visible first (:func:`wetscan.report.sanitise.spreadsheet_table`). The workbook is written to a
    temporary file and renamed into place: a failure never leaves a truncated ``.xlsx`` behind.
    An unwritable ``path`` raises :class:`wetscan.batch.store.OutputError`.
    """
    export = table.copy()
    if "layers" in export:
        export["layers"] = export["layers"].map(
            lambda v: ";".join(v) if isinstance(v, (list, tuple)) or hasattr(v, "tolist") else (v or ""))
    export = spreadsheet_table(export)
    with writing(path):
        replace_atomically(path, lambda temporary: export.to_excel(temporary, index=False, sheet_name="wetscan",
                                                                   engine="openpyxl"))
