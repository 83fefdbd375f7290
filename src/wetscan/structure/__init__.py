"""structure: Document -> Bill (parts, articles, leden, onderdelen, amendments, definitions)."""

from __future__ import annotations

from wetscan.model import Bill, Document


def parse_document(document: Document) -> Bill:
    """Recover the legal structure of ``document`` and return its provisions."""
    raise NotImplementedError("structure is being built (issue 2)")
