"""Small helpers to build Documents from text written in the tests."""

from __future__ import annotations

from wetscan.model import Block, Document
from wetscan.structure import parse_document


def lines_document(*lines: str, title: str | None = None) -> Document:
    """One block per line, all on page 1 (as a PDF reader gives them)."""
    return Document(
        path="test.pdf",
        sha256="0" * 64,
        format="pdf",
        blocks=[Block(text=line, page=1) for line in lines],
        pages=1,
        title=title,
    )


def parse_lines(*lines: str):
    return parse_document(lines_document(*lines))


def ids(bill) -> list[str]:
    return [provision.id for provision in bill.provisions]
