"""Item 3 of issue 15: heading-less text and over-long provisions.

One megabyte of text under a single article heading took 421 s (the analysis rebuilt the whole
text for every clause, and set sentence starts one token at a time, each checking the whole
doc); lines of a long paragraph were joined one at a time. The chain is now linear (see
``benchmarks/hostile_linear.py`` for the timing); here: over-long provisions and documents are
refused with one line, and the rewritten linear steps still give the same results.
"""

from __future__ import annotations

import pytest

from tests.hostile.conftest import check_refuses, prose
from wetscan.analyse.pipeline import load_pipeline, process
from wetscan.errors import LimitExceeded
from wetscan.ingest import read_document
from wetscan.ingest.limits import MAX_HTML_TAGS, MAX_PROVISION_CHARS
from wetscan.model import Block, Document
from wetscan.structure import parse_document
from wetscan.structure.units import Line, segment


def test_provision_longer_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "een-artikel.txt"
    path.write_text("Artikel 1\n\n" + prose(MAX_PROVISION_CHARS + 1000) + "\n", encoding="utf-8")
    message = check_refuses(path, "artikel 1 holds", f"{MAX_PROVISION_CHARS:,} characters one provision may hold")
    assert "article headings missing" in message


def test_one_line_html_page_beyond_the_text_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.MAX_DOCUMENT_CHARS", 50_000)
    path = tmp_path / "een-regel.html"
    path.write_text(f"<!DOCTYPE html><html><body><p>{prose(60_000)}</p></body></html>", encoding="utf-8")
    check_refuses(path, "characters of text, more than the 50,000 characters limit")


def test_long_memorandum_text_is_not_held_to_the_provision_limit():
    """Only provisions of the bill text go through the analysis; a long memorandum section is fine."""
    blocks = [Block("Artikel 1"), Block("Het college stelt een plan vast."), Block("MEMORIE VAN TOELICHTING"),
              Block("Algemeen"), Block(prose(MAX_PROVISION_CHARS + 10, "\n"))]
    bill = parse_document(Document(path="wet.txt", sha256="0", format="txt", blocks=blocks))
    assert any(p.part == "explanatory_memorandum" for p in bill.provisions)


def test_heading_less_lines_join_into_one_unit_in_order():
    lines = [Line(f"regel {i} van de tekst", None, block_start=False, heading=False, part=None, quoted=None) for i in range(2000)]
    units = segment(lines)
    assert len(units) == 1
    assert units[0].text == " ".join(line.text for line in lines)
    assert len(units[0].lines) == 2000


def test_long_provision_under_the_limit_is_analysed_clause_by_clause():
    """Every sentence of a long heading-less provision is still a clause with its addressee."""
    doc = process([prose(30_000)])[0]
    assert len(doc._.clauses) >= 30_000 // 110
    assert sum(1 for clause in doc._.clauses if clause.addressees) >= len(doc._.clauses) // 2


def test_editorial_note_is_still_skipped_in_a_long_provision():
    text = "Treedt in werking op een nader te bepalen tijdstip Het college zendt het verslag aan de raad. " + prose(5_000)
    doc = process([text])[0]
    assert doc[doc._.clauses[0].start].text == "Het"


@pytest.mark.parametrize("text", [
    "1. Het college stelt een plan vast; a. de gemeente, b. de provincie.\n2. Gedeputeerde Staten zenden het plan aan Onze Minister.",
    "a.\nb.\n1 .\nHet college doet dit. Onze Minister; en Gedeputeerde Staten. 2. 3. De raad stelt regels.",
])
def test_sentence_constraints_are_set_for_the_whole_doc_at_once(text):
    """The legal sentence rules forbid a break after ';', a label or an abbreviation, as before."""
    nlp = load_pipeline()
    doc = nlp.get_pipe("wetscan_legal_sentences")(nlp.make_doc(text))
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in (";", ":", ","):
            assert token.is_sent_start is False or token.is_space
    parsed = nlp(text)
    assert all(not sentence.text.startswith((";", "b.")) for sentence in parsed.sents)


def test_document_limit_counts_all_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.MAX_DOCUMENT_CHARS", 1_000)
    path = tmp_path / "regels.txt"
    path.write_text(prose(2_000, "\n"), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="characters of text, more than the 1,000 characters limit"):
        read_document(path)


def test_html_page_with_too_many_tags_is_refused_before_parsing(tmp_path):
    """The HTML parser takes about a minute per million tags: refused by a count of ``<``."""
    path = tmp_path / "labels.html"
    path.write_text("<html><body>" + "<b>x</b>" * (MAX_HTML_TAGS // 2 + 1) + "</body></html>", encoding="utf-8")
    check_refuses(path, f"more than the {MAX_HTML_TAGS:,} limit")


def test_text_file_beyond_the_text_limit_is_refused_before_decoding(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.MAX_DOCUMENT_CHARS", 1_000)
    path = tmp_path / "lang.txt"
    path.write_text(prose(5_000), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="more than the 1,000 characters of text limit"):
        read_document(path)


def test_bill_text_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.structure.MAX_BILL_CHARS", 2_000)
    path = tmp_path / "veel-artikelen.txt"
    path.write_text("".join(f"Artikel {n}\n{prose(300)}\n" for n in range(1, 11)), encoding="utf-8")
    check_refuses(path, "the provisions of the bill hold", "more than the 2,000 characters limit")
