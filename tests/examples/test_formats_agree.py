"""The example bills parse to the same provisions whatever format they come in.

Each example in ``examples/`` is rendered from one YAML source into several formats (see
``examples/README.md``). Reading any of them with ``read_document`` + ``parse_document`` must give
the same provisions (id, article, paragraph, amends, part, text), and those provisions must contain
what the source says (billgen's ground truth, ``tools/billgen/truth.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.billgen.spec import load_bill
from tools.billgen.truth import expected_provisions
from wetscan.ingest import read_document
from wetscan.structure import parse_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SOURCES = sorted((EXAMPLES / "src").glob("*.yaml"))
FORMATS = ("xml", "pdf", "docx", "odt", "html", "txt")


def _rendered(source: Path) -> list[Path]:
    return [EXAMPLES / f"{source.stem}.{fmt}" for fmt in FORMATS if (EXAMPLES / f"{source.stem}.{fmt}").exists()]


def _provisions(path: Path) -> list[tuple]:
    """The provisions of the bill text (the bill XML holds no toelichting; see the test below)."""
    bill = parse_document(read_document(path))
    return [(p.id, p.article, p.paragraph, p.amends, p.part, p.text) for p in bill.provisions if p.part == "bill"]


PAIRS = [
    pytest.param(source, path, id=path.name)
    for source in SOURCES
    for path in _rendered(source)[1:]
]


def test_every_example_has_at_least_two_formats():
    assert SOURCES, "no example sources found"
    for source in SOURCES:
        assert len(_rendered(source)) >= 2, source.stem


@pytest.mark.parametrize(("source", "path"), PAIRS)
def test_format_gives_same_provisions_as_the_first(source: Path, path: Path):
    reference_path = _rendered(source)[0]
    reference = _provisions(reference_path)
    actual = _provisions(path)
    missing = [p for p in reference if p not in actual]
    extra = [p for p in actual if p not in reference]
    assert not missing and not extra, (
        f"{path.name} vs {reference_path.name}:\n"
        f"  only in {reference_path.name}: {missing[:3]}\n  only in {path.name}: {extra[:3]}"
    )
    assert actual == reference  # same order as well


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.name) for s in SOURCES for p in _rendered(s)]
)
def test_provisions_contain_the_source_text(path: Path):
    source = EXAMPLES / "src" / f"{path.name.split('.')[0]}.yaml"
    bill = parse_document(read_document(path))
    ids = [p.id for p in bill.provisions]
    assert len(ids) == len(set(ids)), "provision ids must be unique"
    parsed = {(p.article, p.paragraph, (p.amends or "").removeprefix("de ") or None, p.text)
              for p in bill.provisions if p.part == "bill"}
    for expected in expected_provisions(load_bill(source)):
        key = (expected.article, expected.paragraph, expected.amends, expected.text)
        assert key in parsed, f"{path.name}: not recovered: {key}"


def _memorandum_files(source: Path) -> list[Path]:
    """Files holding the toelichting: every rendering except a Kamerstuk bill XML, plus its own XML.

    An AMvB's XML is a Staatsblad publication with the nota van toelichting inside.
    """
    amvb = load_bill(source).kind == "amvb"
    files = [p for p in _rendered(source) if p.suffix != ".xml" or amvb]
    memo_xml = EXAMPLES / f"{source.stem}.toelichting.xml"
    return files + ([memo_xml] if memo_xml.exists() else [])


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.name) for s in SOURCES for p in _memorandum_files(s)]
)
def test_memorandum_is_recognised(path: Path):
    """The toelichting's sections are found, with the financial section exactly when written."""
    spec = load_bill(EXAMPLES / "src" / f"{path.name.split('.')[0]}.yaml")
    bill = parse_document(read_document(path))
    headings = [section.heading for section in bill.memorandum]
    assert any("Inleiding" in h for h in headings), f"{path.name}: {headings}"
    financial = any("Financiële gevolgen" in s.heading for s in spec.memorandum.general)
    assert any("Financiële gevolgen" in h for h in headings) == financial, f"{path.name}: {headings}"
    texts = " ".join(section.text for section in bill.memorandum)
    assert "Kamerstukken II" not in texts or path.suffix in (".html", ".txt", ".docx", ".xml"), (
        f"{path.name}: a footnote from the foot of a PDF page ended up in the running text"
    )


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.name) for s in SOURCES for p in _rendered(s) if p.suffix == ".pdf"]
)
def test_pdf_provisions_know_the_page_they_start_on(path: Path):
    import pdfplumber

    def letters(text: str) -> str:  # compare letters only: hyphenation and line breaks vanish
        return "".join(ch for ch in text if ch.isalpha())

    with pdfplumber.open(path) as pdf:
        pages = [letters(page.extract_text() or "") for page in pdf.pages]
    bill = parse_document(read_document(path))
    for provision in bill.provisions:
        if provision.part != "bill":
            continue
        assert provision.page is not None, provision.id
        opening = letters(" ".join(provision.text.split()[:8]))
        assert opening in pages[provision.page - 1], f"{provision.id} does not start on page {provision.page}"


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.name) for s in SOURCES for p in _memorandum_files(s)]
)
def test_article_by_article_sections_are_linked_to_their_articles(path: Path):
    spec = load_bill(EXAMPLES / "src" / f"{path.name.split('.')[0]}.yaml")
    bill = parse_document(read_document(path))
    linked = {section.heading: section.explains for section in bill.memorandum if section.explains}
    for section in spec.memorandum.articles:
        article = section.heading.split()[1].rstrip(",")  # "Artikel I, onderdeel B" -> "I"
        assert article in linked.get(section.heading, []), f"{path.name}: {section.heading} -> {linked}"
