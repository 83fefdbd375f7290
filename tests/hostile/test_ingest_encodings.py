"""Item 10 of issue 15: UTF-16 text saved without a byte-order mark was "unsupported format".

It is recognised by the zero high byte of nearly every character and read like any text file;
markup in UTF-16 is recognised as markup. Binary data with zero bytes stays refused.
"""

from __future__ import annotations

import random

import pytest

from tests.hostile.conftest import check_refuses
from wetscan.errors import UnsupportedFormat
from wetscan.ingest import read_document

BILL = "Artikel 1\n\nHet college van burgemeester en wethouders stelt jaarlijks een “plan” vast. Café.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_text_with_or_without_bom_is_read(tmp_path, encoding):
    path = tmp_path / "wet.txt"
    path.write_bytes(BILL.encode(encoding))
    document = read_document(path)
    assert document.format == "txt"
    assert [block.text for block in document.blocks] == ["Artikel 1", BILL.split("\n")[2]]


def test_utf16_html_without_bom_is_read_as_html(tmp_path):
    path = tmp_path / "wet.html"
    path.write_bytes("<html><body><h1>Artikel 1</h1><p>Het college stelt een plan vast.</p></body></html>".encode("utf-16-le"))
    document = read_document(path)
    assert document.format == "html"
    assert [block.text for block in document.blocks] == ["Artikel 1", "Het college stelt een plan vast."]


def test_binary_with_zero_bytes_is_still_unsupported(tmp_path):
    generator = random.Random(15)
    path = tmp_path / "plaatje.bin"
    path.write_bytes(bytes(generator.choice([0, generator.randrange(256)]) for _ in range(4096)))
    with pytest.raises(UnsupportedFormat):
        read_document(path)
    check_refuses(path, "unsupported file format")
