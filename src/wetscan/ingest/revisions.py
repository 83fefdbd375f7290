"""Tracked changes and comments in a draft: which text is scanned, and what the report says.

Drafts circulate in Word (or LibreOffice) with *wijzigingen bijhouden* switched on: an insertion
or deletion stays visible until someone accepts or rejects it. wetscan reads the text with all
changes accepted (``"proposed"``, the draft as it would read once the changes are taken over) or
all rejected (``"original"``, the text before them), and says which in the report, with the
number of changes; comments in the margin are never text of the bill, so they are left out and
counted. Readers put three metadata keys on the document: ``revisions``, ``tracked_changes`` and
``comments``.
"""

from __future__ import annotations

from typing import Literal, get_args

from wetscan.model import Document
from wetscan.i18n import ngettext

Revisions = Literal["proposed", "original"]
REVISIONS: tuple[str, ...] = get_args(Revisions)


def revision_metadata(changes: int, comments: int, revisions: Revisions) -> dict[str, str]:
    """The metadata a reader records for tracked changes and comments."""
    return {"revisions": revisions, "tracked_changes": str(changes), "comments": str(comments)}


def revision_notes(document: Document) -> list[str]:
    """What the report says about tracked changes and comments ("scanned with 14 tracked changes
    accepted"); nothing for a document without them."""
    meta = document.metadata
    notes = []
    changes = int(meta.get("tracked_changes", "0") or 0)
    if changes:
        if meta.get("revisions", "proposed") == "proposed":
            said = ngettext("scanned with {count} tracked change accepted", "scanned with {count} tracked changes accepted",
                            changes)
        else:
            said = ngettext("scanned with {count} tracked change rejected (original text)",
                            "scanned with {count} tracked changes rejected (original text)", changes)
        notes.append(said.format(count=changes))
    comments = int(meta.get("comments", "0") or 0)
    if comments:
        notes.append(ngettext("{count} comment in the document ignored", "{count} comments in the document ignored",
                              comments).format(count=comments))
    return notes
