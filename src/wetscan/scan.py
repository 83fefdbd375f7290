"""Run the whole chain on one file: ingest -> structure -> analyse -> assess.

This is the one function the CLI, the batch runner and the review importer call, so that
every entry point produces the same report for the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wetscan.analyse import analyse_bill
from wetscan.assess import assess_bill
from wetscan.ingest import read_document
from wetscan.model import Assessment, Bill
from wetscan.structure import parse_document


@dataclass
class ScanResult:
    bill: Bill
    assessment: Assessment


def scan(path: str | Path, rules: Path | None = None) -> ScanResult:
    """Read, parse, analyse and assess the bill at ``path``.

    Raises :class:`wetscan.errors.InputError` (one-line message) when the file cannot be read.
    """
    document = read_document(path)
    bill = parse_document(document)
    analyse_bill(bill)
    assessment = assess_bill(bill, rules=rules)
    return ScanResult(bill=bill, assessment=assessment)
