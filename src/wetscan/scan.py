"""Run the whole chain on one file: ingest -> structure -> analyse -> assess.

This is the one function the CLI, the batch runner and the review importer call, so that
every entry point produces the same report for the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wetscan.analyse import analyse_bill
from wetscan.assess import assess_bill
from wetscan.assess.rules import load_rules
from wetscan.ingest import read_document
from wetscan.learned import DEFAULT_READER, read_bill, reader_available
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
    reader: str | None = None,
    encoder: Path | None = None,
) -> ScanResult:
    """Read, parse, analyse and assess the bill at ``path``.

    ``toelichting`` names a separate file holding the bill's explanatory memorandum, when the
    bill itself does not contain it. ``reader`` is ``rules``, ``model`` or ``combined`` (default:
    the shipped default when a trained reader is present, else ``rules``); ``encoder`` a trained
    reader folder other than the shipped one. Raises :class:`wetscan.errors.InputError` (one-line
    message) when a file cannot be read.
    """
    document = read_document(path)
    bill = parse_document(document)
    if toelichting is not None:
        attach_memorandum(bill, parse_document(read_document(toelichting)))
    analyse_bill(bill)
    mode = reader or (DEFAULT_READER if reader_available(encoder) else "rules")
    if mode != "rules":
        read_bill(bill, mode, encoder, load_rules(rules).reader)
    assessment = assess_bill(bill, rules=rules)
    return ScanResult(bill=bill, assessment=assessment)
