"""Format detection, HTML and plain text, and every kind of bad input."""

from __future__ import annotations

import io
import zipfile

import pytest
from ingest_fixtures import write_docx, write_pdf, write_scanned_pdf

from wetscan.errors import CorruptFile, EmptyDocument, EncryptedFile, InputError, LimitExceeded, UnsupportedFormat
from wetscan.ingest import read_document
from wetscan.ingest.detect import detect_format
from wetscan.ingest.hyphenation import join_hyphenated, keep_hyphen
from wetscan.ingest.numbering import format_number

HTML = """<!DOCTYPE html>
<html><head><title>Consultatieversie Wet regionale plannen</title><style>p { color: red }</style>
<script>document.write("niet lezen")</script></head>
<body><nav>Home | Zoeken</nav>
<h2>Artikel 1</h2>
<p>Het college stelt een <b>plan</b> vast.</p>
<ol><li>Het plan bevat de doelen.</li>
<li><p>Het plan bevat:</p><ol type="a"><li>de middelen;</li><li>de termijnen.</li></ol></li></ol>
<table><tr><td>Gemeente</td><td>Bijdrage</td></tr></table>
<p>Zie de toelichting.<sup>1</sup></p>
<h4>Noten</h4><ol><li>Kamerstukken II 2024/25, 36 000, nr. 3.</li></ol>
<div class="footnotes"><p>2. Een tweede noot.</p></div>
<footer>Pagina 1</footer></body></html>
"""


def test_html(tmp_path):
    path = tmp_path / "consultatie.html"
    path.write_text(HTML, encoding="utf-8")
    document = read_document(path)
    assert document.format == "html"
    assert document.title == "Consultatieversie Wet regionale plannen"
    assert [(block.text, block.kind) for block in document.blocks] == [
        ("Artikel 1", "heading"),
        ("Het college stelt een plan vast.", "paragraph"),
        ("1. Het plan bevat de doelen.", "paragraph"),
        ("2. Het plan bevat:", "paragraph"),
        ("a. de middelen;", "paragraph"),
        ("b. de termijnen.", "paragraph"),
        ("Gemeente | Bijdrage", "paragraph"),
        ("Zie de toelichting.", "paragraph"),
    ]


def test_plain_text_cp1252_and_line_endings(tmp_path):
    path = tmp_path / "wet.txt"
    path.write_bytes("Artikel 1\r\nHet college draagt zorg voor de gemeen-\r\nschappelijke regeling.\r\n\r\nCo\u00f6rdinatie\r\n".encode("cp1252"))
    document = read_document(path)
    assert document.format == "txt"
    assert [block.text for block in document.blocks] == [
        "Artikel 1", "Het college draagt zorg voor de gemeenschappelijke regeling.", "Co\u00f6rdinatie",
    ]
    assert document.pages is None


def test_plain_text_pages_from_form_feeds(tmp_path):
    path = tmp_path / "wet.txt"
    path.write_text("Artikel 1\nDe raad stelt een verorde-\fning vast.\nArtikel 2\n", encoding="utf-8")
    assert [(block.text, block.page) for block in read_document(path).blocks] == [
        ("Artikel 1", 1), ("De raad stelt een verordening vast.", 1), ("Artikel 2", 2),
    ]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [
        ("gemeen-", "schappelijke regelingen", "gemeenschappelijke regelingen"),
        ("de Staten-", "Generaal", "de Staten-Generaal"),
        ("Noord-", "Holland", "Noord-Holland"),
        ("gezondheids-", "en welzijnszorg", "gezondheids- en welzijnszorg"),
        ("burge-", "meester", "burgemeester"),
    ],
)
def test_dehyphenation_both_ways(head, tail, joined):
    assert join_hyphenated(head, tail) == joined


def test_unknown_words_use_the_spelling_rules():
    assert keep_hyphen("Zuid", "Voorbeeldland")  # two capitalised parts: a name
    assert keep_hyphen("zoo", "olifantverblijfje")  # vowel clash
    assert not keep_hyphen("voorbeeldver", "ordeningsbepaling")


def test_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (1, 4, 14)] == ["I", "IV", "XIV"]


def test_detection_by_content_not_extension(tmp_path):
    pdf = write_pdf(tmp_path / "wet.xml", [["Artikel 1", "Deze wet treedt in werking."]])
    assert read_document(pdf).format == "pdf"
    html = tmp_path / "wet.pdf"
    html.write_text("<html><body><p>Artikel 1</p></body></html>", encoding="utf-8")
    assert read_document(html).format == "html"
    assert detect_format("x", b'<?xml version="1.0"?><cvdr xmlns="urn:x"><body/></cvdr>') == "xml"


# --------------------------------------------------------------------------------------------
# bad input: the right error, one line, naming the file
# --------------------------------------------------------------------------------------------


def assert_one_line(error: InputError, path) -> None:
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert "Traceback" not in message


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"], ids=["zero-bytes", "whitespace"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "leeg.pdf"
    path.write_bytes(content)
    with pytest.raises(EmptyDocument) as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_random_bytes_are_unsupported(tmp_path):
    path = tmp_path / "ruis.docx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UnsupportedFormat) as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_truncated_docx_is_corrupt(tmp_path):
    source = write_docx(tmp_path / "heel.docx", [("Artikel 1", None, None)])
    path = tmp_path / "kapot.docx"
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_zip_without_word_document_is_unsupported(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")
    path = tmp_path / "archief.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UnsupportedFormat, match="ZIP"):
        read_document(path)


def test_docx_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.package.MAX_DOCX_UNPACKED_BYTES", 1000)
    path = write_docx(tmp_path / "bom.docx", [("Artikel 1 " * 500, None, None)])
    with pytest.raises(LimitExceeded, match="uitgepakt is het Word-document") as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_truncated_pdf_is_corrupt(tmp_path):
    source = write_pdf(tmp_path / "heel.pdf", [["Artikel 1", "Deze wet treedt in werking."]] * 3)
    path = tmp_path / "afgebroken.pdf"
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_encrypted_pdf(tmp_path):
    path = write_pdf(tmp_path / "geheim.pdf", [["Artikel 1"]], encrypt="wachtwoord")
    with pytest.raises(EncryptedFile, match="encrypted") as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_encrypted_office_document(tmp_path):
    path = tmp_path / "geheim.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(EncryptedFile):
        read_document(path)


def test_scanned_pdf_without_text_layer(tmp_path):
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(EmptyDocument, match="geen tekstlaag") as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_pdf_page_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.pdf.MAX_PDF_PAGES", 2)
    path = write_pdf(tmp_path / "lang.pdf", [["Artikel 1"]] * 3)
    with pytest.raises(LimitExceeded, match="3 pagina's") as error:
        read_document(path)
    assert_one_line(error.value, path)


def test_file_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr("wetscan.ingest.MAX_FILE_BYTES", 10)
    path = tmp_path / "groot.txt"
    path.write_text("Artikel 1. Deze wet treedt in werking.", encoding="utf-8")
    with pytest.raises(LimitExceeded, match="limit"):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="bestand niet gevonden"):
        read_document(tmp_path / "bestaat-niet.pdf")
