"""Scan one consultation folder in this process: every document's role, each bill with its memorandum.

This is what ``wetscan check DIR`` runs for a drafter (``wetscan batch`` does the same over many
folders, in parallel and resumable). The documents are profiled and paired as described in
:mod:`wetscan.batch.consultations` and :mod:`wetscan.batch.pairing`; every bill is then scanned
with its paired memorandum, so that the Fvw art. 2 section and the other toelichting checks are
looked for where they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wetscan.batch.consultations import Profile, profile
from wetscan.batch.inputs import discover
from wetscan.batch.pairing import Pairing, pair_consultation
from wetscan.errors import InputError, WetscanError
from wetscan.ingest.revisions import Revisions
from wetscan.scan import ScanResult, scan
from wetscan.i18n import _


@dataclass
class ConsultationScan:
    """The documents of one consultation folder, how they were paired, and the bills' scans."""

    name: str
    profiles: list[Profile]
    pairing: Pairing
    results: dict[Path, ScanResult] = field(default_factory=dict)
    errors: dict[Path, str] = field(default_factory=dict)

    def documents(self) -> list[dict[str, Any]]:
        """One row per document: path, role, reason (or pairing note), memorandum, error."""
        rows = []
        for found in self.profiles:
            memo = self.pairing.memorandum_of.get(found.path)
            rows.append({
                "path": str(found.path),
                "role": found.role,
                "reason": self.pairing.notes.get(found.path) or found.reason or None,
                "memorandum": str(memo) if memo else None,
                "error": self.errors.get(found.path) or found.error,
            })
        return rows

    def reports(self) -> list[dict[str, Any]]:
        """The reports of the bills, in the folder's order."""
        return [self.results[found.path].report() for found in self.profiles if found.path in self.results]


def scan_consultation(folder: Path, rules: Path | None = None, revisions: Revisions = "proposed") -> ConsultationScan:
    """Profile, pair and scan the documents in ``folder`` (and its sub-folders) as one consultation."""
    paths = discover([str(folder)])
    if not paths:
        raise InputError(str(folder), _("the folder holds no documents"))
    name = folder.resolve().name
    profiles = [profile(path, name, revisions) for path in paths]
    pairing = pair_consultation(profiles)
    outcome = ConsultationScan(name=name, profiles=profiles, pairing=pairing)
    for found in profiles:
        if found.role != "bill" or found.error is not None:
            continue
        memo = pairing.memorandum_of.get(found.path)
        try:
            outcome.results[found.path] = scan(found.path, rules=rules, toelichting=memo, revisions=revisions)
        except WetscanError as error:
            outcome.errors[found.path] = str(error)
    return outcome
