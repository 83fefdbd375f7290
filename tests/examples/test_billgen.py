"""billgen renders what the readers will meet: Word numbering, page furniture, footnotes, hyphens."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from lxml import etree
from reportlab.pdfbase.pdfmetrics import stringWidth

from tools.billgen.hyphenate import break_points, syllable_breaks
from tools.billgen.printed import Para
from tools.billgen.render import render
from tools.billgen.render_pdf import KAMERSTUK, Layout
from tools.billgen.spec import load_bill
from tools.billgen.synthetic import generate_batch, synthetic_bill

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def amendment(tmp_path_factory) -> tuple:
    bill = load_bill(EXAMPLES / "src" / "wijziging-jeugdwet-regionale-samenwerking.yaml")
    folder = tmp_path_factory.mktemp("amendment")
    render(bill, folder, ["pdf", "docx", "xml"])
    return bill, folder


@pytest.fixture(scope="module")
def consultation(tmp_path_factory) -> tuple:
    bill = load_bill(EXAMPLES / "src" / "wet-lokale-meldpunten.yaml")
    folder = tmp_path_factory.mktemp("consultation")
    render(bill, folder, ["pdf"])
    return bill, folder


# -- hyphenation --------------------------------------------------------------------------------


def test_syllable_breaks_follow_dutch_onsets():
    hyphenated = ["-".join(_split("gemeenschappelijke")), "-".join(_split("bestuur"))]
    assert hyphenated == ["ge-meen-schap-pe-lij-ke", "be-stuur"]


def _split(word: str) -> list[str]:
    cuts = [0, *syllable_breaks(word), len(word)]
    return [word[a:b] for a, b in zip(cuts, cuts[1:])]


def test_compound_breaks_at_its_own_hyphen_without_adding_one():
    assert ("Staten-", "Generaal") in break_points("Staten-Generaal")
    assert ("Staten-", "Generaal,") in break_points("Staten-Generaal,")


def test_justified_lines_fill_the_width_and_break_compounds_at_their_hyphen():
    text = " ".join(["het overleg met de Staten-Generaal over de gemeenschappelijke regelingen"] * 12)
    lines = Layout(KAMERSTUK)._lines(Para(text))
    words = [[w.text for w in line.words] for line in lines]
    assert any(a[-1] == "Staten-" and b[0].startswith("Generaal") for a, b in zip(words, words[1:]))
    assert any(re.search(r"[a-z]-$", a[-1]) and not a[-1].endswith("Staten-") for a in words)
    space = stringWidth(" ", "Times-Roman", 10.5)
    for line in lines:
        natural = sum(w.width() for w in line.words) + space * (len(line.words) - 1)
        assert natural <= line.width + 0.01


# -- PDF ----------------------------------------------------------------------------------------


def test_kamerstuk_pdf_has_running_header_and_page_numbers(amendment):
    bill, folder = amendment
    with pdfplumber.open(folder / f"{bill.name}.pdf") as pdf:
        assert len(pdf.pages) >= 4
        parts = []
        for number, page in enumerate(pdf.pages, start=1):
            lines = page.extract_text().splitlines()
            assert re.fullmatch(r"Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr\. [23]", lines[0])
            assert lines[-1] == str(number)
            parts.append(lines[0][-1])
    assert parts[0] == "2" and parts[-1] == "3"


def test_kamerstuk_pdf_has_footnotes_at_the_foot_and_superscript_markers(amendment):
    bill, folder = amendment
    with pdfplumber.open(folder / f"{bill.name}.pdf") as pdf:
        memo_page = next(p for p in pdf.pages if "MEMORIE VAN TOELICHTING" in p.extract_text())
        sizes = {round(c["size"], 1) for c in memo_page.chars}
        assert 6.5 in sizes  # superscript markers in the text and before the notes
        times = [c for c in memo_page.chars if c["fontname"].startswith("Times")]
        note_chars = [c for c in times if round(c["size"], 1) == 8.0]
        body_chars = [c for c in times if round(c["size"], 1) == 10.5]
        assert note_chars and min(c["top"] for c in note_chars) > max(c["top"] for c in body_chars)


def test_kamerstuk_pdf_hyphenates_words_across_line_ends(amendment):
    bill, folder = amendment
    with pdfplumber.open(folder / f"{bill.name}.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    breaks = re.findall(r"([a-zë]+)-\n([a-zë]+)", text)
    assert len(breaks) >= 5
    source = (EXAMPLES / "src" / f"{bill.name}.yaml").read_text(encoding="utf-8")
    assert all(head + tail in source for head, tail in breaks)


def test_an_article_runs_over_a_page_break(amendment):
    bill, folder = amendment
    with pdfplumber.open(folder / f"{bill.name}.pdf") as pdf:
        second = pdf.pages[1].extract_text().splitlines()
    assert not second[1].startswith(("Artikel", "ARTIKEL"))


def test_consultation_pdf_has_line_numbers_and_x_van_y(consultation):
    bill, folder = consultation
    with pdfplumber.open(folder / f"{bill.name}.pdf") as pdf:
        total = len(pdf.pages)
        numbers = []
        for index, page in enumerate(pdf.pages, start=1):
            lines = page.extract_text().splitlines()
            assert lines[0] == f"Versie voor internetconsultatie {bill.date}"
            assert lines[-1].endswith(f"{index} van {total}")
            margin = [w for w in page.extract_words() if w["x1"] < 72 and 60 < w["top"] < page.height - 60]
            numbers += [int(w["text"]) for w in sorted(margin, key=lambda w: w["top"])]
    assert numbers[:5] == [1, 2, 3, 4, 5]
    assert numbers == sorted(numbers) and len(numbers) > 100


# -- DOCX ---------------------------------------------------------------------------------------


def test_docx_numbers_leden_and_onderdelen_with_word_numbering(amendment):
    bill, folder = amendment
    path = folder / f"{bill.name}.docx"
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) >= 16
    texts = [p.text for p in numbered]
    assert "De colleges zenden het regionaal expertiseplan" in " ".join(texts)
    assert not any(re.match(r"(\d+\.|[a-z]\.|\d°)\s", t) for t in texts), "numbers must not be in the text"
    levels = {p._p.pPr.numPr.ilvl.val for p in numbered}
    assert levels == {0, 1, 2}

    with zipfile.ZipFile(path) as archive:
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    nums = {int(n.get(f"{W}numId")): n for n in numbering.iter(f"{W}num")}
    abstract_id = nums[next(iter(num_ids))].find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id)
    formats = [(lvl.find(f"{W}numFmt").get(f"{W}val"), lvl.find(f"{W}lvlText").get(f"{W}val"))
               for lvl in abstract.iter(f"{W}lvl")]
    assert formats == [("decimal", "%1."), ("lowerLetter", "%2."), ("decimal", "%3°"), ("lowerRoman", "%4.")]
    starts = {int(s.get(f"{W}val")) for n in num_ids for s in nums[n].iter(f"{W}startOverride")}
    assert 5 in starts  # the quoted "5." added to artikel 7.4.4 starts its own list at 5


def test_docx_has_consultation_header_and_real_footnotes(amendment):
    bill, folder = amendment
    path = folder / f"{bill.name}.docx"
    document = docx.Document(str(path))
    assert document.sections[0].header.paragraphs[0].text.startswith("Versie voor internetconsultatie")
    with zipfile.ZipFile(path) as archive:
        footnotes = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    notes = [n for n in footnotes.iter(f"{W}footnote") if int(n.get(f"{W}id")) > 0]
    assert len(notes) == 2 and len(list(body.iter(f"{W}footnoteReference"))) == 2


# -- XML ----------------------------------------------------------------------------------------


def test_bill_xml_has_official_publication_shapes(amendment):
    bill, folder = amendment
    root = etree.parse(str(folder / f"{bill.name}.xml")).getroot()
    assert root.tag == "officiele-publicatie"
    wettekst = root.find("kamerstuk/stuk/voorstel-wet/wettekst")
    first = wettekst.find("wijzig-artikel")
    assert first.findtext("kop/nr") == "I"
    assert first.findtext("wat") == "De Jeugdwet wordt als volgt gewijzigd:"
    letters = [lid.findtext("lidnr") for lid in first.findall("wijzig-lid")]
    assert letters == list("ABCDEF")
    part_b = first.findall("wijzig-lid")[1]
    assert [a.findtext("kop/nr") for a in part_b.findall("wijziging/artikel")] == ["2.8a", "2.8b"]
    assert first.findall("wijzig-lid")[3].find("wijziging") is None  # D only replaces words
    sub = root.xpath(".//artikel[kop/nr='2.8a']/lid[3]/lijst/li[3]/lijst/li/li.nr")
    assert [s.text for s in sub] == ["1°", "2°"]


def test_memorandum_xml_is_a_separate_kamerstuk_with_notes(amendment):
    bill, folder = amendment
    root = etree.parse(str(folder / f"{bill.name}.toelichting.xml")).getroot()
    assert root.findtext("kamerstuk/stuk/stuknr/ondernummer") == "3"
    divisies = root.findall("kamerstuk/stuk/algemeen/vrije-tekst/tekst/divisie")
    assert [d.findtext("kop/titel") for d in divisies] == ["ALGEMEEN DEEL", "ARTIKELSGEWIJS"]
    titles = [k.text for k in root.iter("titel")]
    assert "Financiële gevolgen voor gemeenten" in titles
    assert [n.text for n in root.iter("noot.nr")] == ["1", "2"]


# -- synthetic bills ----------------------------------------------------------------------------


def test_synthetic_bill_is_deterministic_and_varied():
    first, again = synthetic_bill(7, articles=30, kind="new_law"), synthetic_bill(7, articles=30, kind="new_law")
    other = synthetic_bill(8, articles=30, kind="new_law")
    assert first == again
    assert first != other
    assert len(first.articles()) >= 30


def test_generate_batch_writes_mixed_formats(tmp_path):
    paths = generate_batch(tmp_path, 12, seed=3)
    assert len(paths) == 12 and len(set(paths)) == 12
    assert {p.suffix for p in paths} >= {".pdf", ".xml", ".docx"}
    assert all(p.stat().st_size > 500 for p in paths)
    assert generate_batch(tmp_path / "again", 12, seed=3)[0].read_bytes()[:4] == paths[0].read_bytes()[:4]


# -- the committed examples are what their sources render to ----------------------------------


@pytest.mark.parametrize("source", sorted((EXAMPLES / "src").glob("*.yaml")), ids=lambda p: p.stem)
def test_committed_examples_match_their_sources(source: Path, tmp_path):
    """Run ``python -m tools.billgen.render_examples`` after editing a source."""
    import pypdfium2

    bill = load_bill(source)
    for path in render(bill, tmp_path, [f for f in bill.formats if f != "docx"]):
        committed = EXAMPLES / path.name
        if path.suffix == ".pdf":
            fresh, old = pypdfium2.PdfDocument(path), pypdfium2.PdfDocument(committed)
            assert [p.get_textpage().get_text_range() for p in fresh] == \
                [p.get_textpage().get_text_range() for p in old], path.name
        elif path.suffix == ".odt":  # zip and meta timestamps differ; the text must not
            from wetscan.ingest import read_document

            assert read_document(path).blocks == read_document(committed).blocks, path.name
        else:
            assert path.read_bytes() == committed.read_bytes(), path.name
    if "docx" in bill.formats:
        fresh = docx.Document(str(render(bill, tmp_path, ["docx"])[0]))
        old = docx.Document(str(EXAMPLES / f"{bill.name}.docx"))
        assert [p.text for p in fresh.paragraphs] == [p.text for p in old.paragraphs]


def test_amvb_xml_is_a_staatsblad_with_its_nota_inside(tmp_path):
    bill = load_bill(EXAMPLES / "src" / "besluit-jeugdregios.yaml")
    paths = render(bill, tmp_path, ["xml"])
    assert [p.name for p in paths] == ["besluit-jeugdregios.xml"]
    root = etree.parse(str(paths[0])).getroot()
    besluit = root.find("staatsblad/wet-besluit")
    assert [child.tag for child in besluit] == ["aanhef", "wettekst", "wetsluiting", "nota-toelichting"]
    voordracht = besluit.find("aanhef/considerans/considerans.al").text
    assert "mede namens Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties" in voordracht
    assert besluit.findtext("aanhef/afkondiging/al") == "Hebben goedgevonden en verstaan:"
    assert besluit.findtext("nota-toelichting/kop/titel") == "NOTA VAN TOELICHTING"
    assert besluit.find("nota-toelichting/divisie/divisie/kop/titel").text == "Inleiding"


@pytest.mark.parametrize("source", sorted((EXAMPLES / "src" / "consultaties").glob("*.yaml")), ids=lambda p: p.stem)
def test_committed_consultation_folders_match_their_sources(source: Path, tmp_path):
    """Run ``python -m tools.billgen.consultation`` after editing a consultation or bill source."""
    from tools.billgen.consultation import render_consultation
    from wetscan.ingest import read_document

    for path in render_consultation(source, tmp_path):
        committed = EXAMPLES / path.parent.name / path.name
        assert [b.text for b in read_document(path).blocks] == [b.text for b in read_document(committed).blocks], path.name
