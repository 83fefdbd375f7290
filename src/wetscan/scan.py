"""Run the whole chain on one file: ingest -> structure -> analyse -> amend -> assess.

This is the one function the CLI, the batch runner and the review importer call, so that
every entry point produces the same report for the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wetscan.amend import LawLibrary, consolidate
from wetscan.analyse import analyse_bill
from wetscan.analyse.context.parent import parent_title
from wetscan.assess import assess_bill
from wetscan.assess.rules import load_rules
from wetscan.ingest import read_document
from wetscan.ingest.revisions import Revisions, revision_notes
from wetscan.ingest.role import RoleDecision, decide_role
from wetscan.learned import DEFAULT_READER, read_bill, reader_available
from wetscan.model import Assessment, Bill
from wetscan.structure import parse_document
from wetscan.i18n import _
from wetscan.vocabulary import role_name


@dataclass
class ScanResult:
    """A scanned document. ``assessment`` is None for a document that is no bill (see ``role``)
    unless it was scanned as a bill anyway; ``memorandum`` is the path of a paired memorandum."""

    bill: Bill
    assessment: Assessment | None
    role: RoleDecision | None = None
    memorandum: str | None = None
    memorandum_sha256: str | None = None
    notes: list[str] = field(default_factory=list)

    def document(self) -> dict[str, Any]:
        """The report's ``document`` section: role, reason, evidence, paired memorandum, notes."""
        role = self.role
        return {
            "role": role.role if role else "bill",
            "reason": role.reason if role else _("scanned as a bill"),
            "evidence": list(role.evidence) if role else [],
            "memorandum": self.memorandum,
            "memorandum_sha256": self.memorandum_sha256,
            "notes": list(self.notes),
        }

    def report(self) -> dict[str, Any]:
        """The JSON report (schema version 1) with the document section."""
        from wetscan.report.json_report import build_report

        return build_report(self.bill, self.assessment, document=self.document())


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
    *,
    as_bill: bool = False,
    revisions: Revisions = "proposed",
    reader: str | None = None,
    encoder: Path | None = None,
) -> ScanResult:
    """Read, parse, analyse and assess the bill at ``path``.

    ``toelichting`` names a separate file holding the bill's explanatory memorandum, when the
    bill itself does not contain it. ``current`` names files with the current text of the laws
    the bill amends (``--current``); the folder in ``WETSCAN_LAW_DIR`` is searched as well. The
    document's role is decided first (see
    :mod:`wetscan.ingest.role`): a document that is no bill is parsed but neither analysed nor
    assessed, unless ``as_bill`` asks to scan it anyway. ``revisions`` chooses the text of a
    Word document with tracked changes: all accepted ("proposed") or all rejected ("original").
    ``reader`` is ``rules``, ``model`` or ``combined`` (default: the shipped default when a trained
    reader is present, else ``rules``); ``encoder`` a trained reader folder other than the shipped one.
    Raises :class:`wetscan.errors.InputError` (one-line message) when a file cannot be read.
    """
    document = read_document(path, revisions=revisions)
    role = decide_role(document)
    bill = parse_document(document)
    notes = revision_notes(document) + list(bill.notes)
    if not (role.is_bill or as_bill):
        return ScanResult(bill=bill, assessment=None, role=role, notes=notes)
    if not role.is_bill:
        notes.append(_("scanned as a bill on request (its role is {role}: {reason})").format(
            role=role_name(role.role), reason=role.reason))
    memorandum = None
    if toelichting is not None:
        memorandum = read_document(toelichting, revisions=revisions)
        attach_memorandum(bill, parse_document(memorandum))
        notes += [_("memorandum: {note}").format(note=note) for note in revision_notes(memorandum)]
    library = LawLibrary.from_env(current)
    bill.parent_law = library.parent_law(parent_title(bill.definitions, bill.provisions, bill.preamble))
    if bill.parent_law is not None:
        notes.append(_("read with the law it implements, the {title} ({where})").format(
            title=bill.parent_law.title, where=bill.parent_law.where))
    analyse_bill(bill)
    mode = reader or (DEFAULT_READER if reader_available(encoder) else "rules")
    if mode != "rules":
        read_bill(bill, mode, encoder, load_rules(rules).reader)
    amended_laws = consolidate(bill, library)
    assessment = assess_bill(bill, rules=rules, amended_laws=amended_laws)
    return ScanResult(bill=bill, assessment=assessment, role=role,
                      memorandum=str(toelichting) if toelichting is not None else None,
                      memorandum_sha256=memorandum.sha256 if memorandum else None, notes=notes)
