"""Items 1, 2 and 10 of issue 15: Word packages that try to take the machine's memory.

* a ``document.xml`` of hundreds of megabytes of empty paragraphs (within the unpacked-size
  check) took 10 GB and 8 minutes: it is now pull-parsed before python-docx builds a tree, and
  refused at the paragraph / element / text limits;
* a member whose ZIP header understates its size was inflated whole (2.3 GB) before the CRC
  check refused it: members are now read through a stream that stops past the declared size;
* a DTD with entities was accepted (its text silently lost) and an entity bomb was "damaged
  Word document": both are refused as hostile, as in plain XML.
"""

from __future__ import annotations

import tracemalloc
import zlib

import pytest

from tests.hostile.conftest import check_refuses, document_xml, paragraph, understate_size, write_docx
from wetscan.errors import HostileFile, LimitExceeded
from wetscan.ingest import read_document
from wetscan.ingest.limits import MAX_DOCX_PARAGRAPHS

ARTICLE = paragraph("Artikel 1") + paragraph("Het college stelt jaarlijks een plan vast.")


def test_ordinary_package_still_reads(tmp_path):
    document = read_document(write_docx(tmp_path / "wet.docx", document_xml(ARTICLE)))
    assert [block.text for block in document.blocks] == ["Artikel 1", "Het college stelt jaarlijks een plan vast."]


def test_empty_paragraphs_beyond_the_limit_are_refused(tmp_path):
    """Just over the paragraph limit, as the empty ``<w:p/>`` of the probe (which had 75 million)."""
    body = ARTICLE + "<w:p/>" * MAX_DOCX_PARAGRAPHS
    check_refuses(write_docx(tmp_path / "leeg.docx", document_xml(body)), f"more than {MAX_DOCX_PARAGRAPHS:,} paragraphs")


def test_paragraph_check_streams_the_part(tmp_path, monkeypatch):
    """The part is pull-parsed and dropped as it goes: what Python holds stays flat until the refusal."""
    monkeypatch.setattr("wetscan.ingest.package.MAX_DOCX_PARAGRAPHS", 20_000)
    path = write_docx(tmp_path / "leeg.docx", document_xml(ARTICLE + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 40_000))
    tracemalloc.start()
    try:
        with pytest.raises(LimitExceeded, match="more than 20,000 paragraphs"):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, f"the package check held {peak / 2**20:.0f} MB"


def test_too_many_xml_elements_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.package.MAX_DOCX_ELEMENTS", 1_000)
    body = ARTICLE + "<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>" * 300
    check_refuses(write_docx(tmp_path / "knopen.docx", document_xml(body)), "more than 1,000 XML elements")


def test_too_much_text_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.package.MAX_DOCUMENT_CHARS", 10_000)
    body = ARTICLE + paragraph("Het college stelt een plan vast. " * 400)
    check_refuses(write_docx(tmp_path / "tekst.docx", document_xml(body)), "of text limit")


def test_member_that_understates_its_size_is_refused_in_bounded_memory(tmp_path):
    """The header declares 2 KB; the deflate stream holds 64 MB. Reading stops just past 2 KB."""
    filler = b"<w:p/>" * (64 * 2**20 // 6)
    path = write_docx(tmp_path / "liegt.docx", document_xml(ARTICLE + filler.decode()))
    assert len(zlib.compress(filler)) < 2**20  # the file itself stays small
    understate_size(path, "word/document.xml", 2048)
    tracemalloc.start()
    try:
        with pytest.raises(HostileFile, match="unpacks to more than the 2,048 bytes its ZIP header declares"):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20, f"reading the member held {peak / 2**20:.0f} MB"
    check_refuses(path, "word/document.xml", "zip bomb refused")


def test_docx_with_a_dtd_and_entities_is_refused_like_xml(tmp_path):
    prolog = '<!DOCTYPE w:document [<!ENTITY organ "Het college">]>'
    body = ARTICLE + paragraph("&organ; stelt een plan vast.")
    path = write_docx(tmp_path / "entiteit.docx", document_xml(body, prolog))
    with pytest.raises(HostileFile, match="declares a DTD"):
        read_document(path)
    check_refuses(path, "word/document.xml", "declares a DTD")


def test_docx_with_an_external_dtd_is_refused(tmp_path):
    prolog = '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/dtd">'
    check_refuses(write_docx(tmp_path / "extern.docx", document_xml(ARTICLE, prolog)), "declares a DTD")


def test_docx_entity_bomb_is_refused_as_hostile(tmp_path):
    entities = '<!ENTITY lol "lollollollollol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10))
    path = write_docx(tmp_path / "bom.docx", document_xml(ARTICLE + paragraph("&lol9;"), f"<!DOCTYPE w:document [{entities}]>"))
    message = check_refuses(path)
    assert "damaged" not in message and "entity expansion" in message
