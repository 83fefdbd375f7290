"""ingest: bytes -> Document (text blocks in reading order, page furniture removed)."""

from __future__ import annotations

from pathlib import Path

from wetscan.model import Document


def read_document(path: str | Path) -> Document:
    """Detect the format of ``path`` from its content and read it into a :class:`Document`."""
    raise NotImplementedError("ingest is being built (issue 2)")
