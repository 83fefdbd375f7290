"""The bundled example bills (examples/, rendered by tools/billgen) read cleanly in every format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wetscan.ingest import read_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = sorted(path for path in EXAMPLES.glob("*.*") if path.suffix in (".pdf", ".xml", ".docx", ".html", ".txt"))
FURNITURE = re.compile(r"Versie voor internetconsultatie|vergaderjaar 20\d\d|^\d+ van \d+$", re.MULTILINE)
#: A margin line number left in front of a PDF line ("15 Kadasterwet;"), not a dossier number.
MARGIN_NUMBER = re.compile(r"^\d{1,3} (?!\d)\S", re.MULTILINE)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_example_reads_without_furniture(path):
    document = read_document(path)
    assert document.format == path.suffix.lstrip(".")
    assert document.blocks
    assert not FURNITURE.search(document.text), FURNITURE.search(document.text).group(0)
    if document.format == "pdf":
        assert not MARGIN_NUMBER.search(document.text), MARGIN_NUMBER.search(document.text).group(0)


def test_pdf_text_layers_agree_on_an_example():
    pdf = EXAMPLES / "wet-lokale-meldpunten.pdf"
    assert read_document(pdf).blocks == read_document(pdf, text_layer="pdfplumber").blocks


def test_same_bill_reads_to_the_same_lines_from_pdf_docx_and_text():
    name = "wet-rijksregister-vaartuigen"
    texts = [[block.text for block in read_document(EXAMPLES / f"{name}.{ext}").blocks] for ext in ("pdf", "docx", "txt")]
    assert texts[0] == texts[1] == texts[2]
