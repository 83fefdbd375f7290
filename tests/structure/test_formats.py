"""The same bill read paragraph by paragraph (XML, DOCX) or line by line (PDF) gives the same
provisions."""

from __future__ import annotations

import pytest

from tests.structure.bills import AMENDING_BILL, NEW_LAW, by_line, by_paragraph
from wetscan.structure import parse_document


def _signature(bill):
    return [(p.id, p.article, p.paragraph, p.amends, p.part, p.kind, p.text) for p in bill.provisions]


@pytest.mark.parametrize("text", [NEW_LAW, AMENDING_BILL], ids=["new-law", "amending"])
@pytest.mark.parametrize("width", [40, 60, 95])
def test_line_and_paragraph_input_agree(text, width):
    assert _signature(parse_document(by_line(text, width=width))) == _signature(parse_document(by_paragraph(text)))


def test_quoted_hints_and_inference_agree():
    hinted = parse_document(by_paragraph(AMENDING_BILL, quoted_hints=True))
    inferred = parse_document(by_paragraph(AMENDING_BILL))
    assert _signature(hinted) == _signature(inferred)


def test_definitions_agree():
    assert parse_document(by_line(NEW_LAW, width=45)).definitions == parse_document(by_paragraph(NEW_LAW)).definitions
