"""Run the whole chain on one file: ingest -> structure -> analyse -> amend -> assess.

This is the one function the CLI, the batch runner and the review importer call, so that
every entry point produces the same report for the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wetscan.amend import LawLibrary, consolidate
from wetscan.analyse import analyse_bill
from wetscan.assess import assess_bill
from wetscan.ingest import read_document
from wetscan.model import Assessment, Bill
from wetscan.structure import parse_document


@dataclass
class ScanResult:
    bill: Bill
    assessment: Assessment


def attach_memorandum(bill: Bill, memorandum: Bill) -> None:
    """Add the explanatory memorandum parsed from a separate file to ``bill``.

    Official publications print the voorstel van wet (Kamerstuk nr. 2) and the memorie van
    toelichting (nr. 3) as separate documents; the assessment needs both. Memorandum provisions
    keep their ids, made unique against the bill's own.
    """
    taken = {provision.id for provision in bill.provisions}
    for provision in memorandum.provisions:
        if provision.part != "explanatory_memorandum":
            continue
        base, number = provision.id, 2
        while provision.id in taken:
            provision.id = f"{base} ({number})"
            number += 1
        taken.add(provision.id)
        bill.provisions.append(provision)
    bill.memorandum.extend(memorandum.memorandum)


def scan(
    path: str | Path,
    rules: Path | None = None,
    toelichting: str | Path | None = None,
    current: list[Path] | None = None,
) -> ScanResult:
    """Read, parse, analyse and assess the bill at ``path``.

    ``toelichting`` names a separate file holding the bill's explanatory memorandum, when the
    bill itself does not contain it. ``current`` names files with the current text of the laws
    the bill amends (``--current``); the folder in ``WETSCAN_LAW_DIR`` is searched as well. Raises :class:`wetscan.errors.InputError` (one-line message)
    when a file cannot be read.
    """
    document = read_document(path)
    bill = parse_document(document)
    if toelichting is not None:
        attach_memorandum(bill, parse_document(read_document(toelichting)))
    analyse_bill(bill)
    amended_laws = consolidate(bill, LawLibrary.from_env(current))
    assessment = assess_bill(bill, rules=rules, amended_laws=amended_laws)
    return ScanResult(bill=bill, assessment=assessment)
