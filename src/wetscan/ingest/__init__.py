"""ingest: bytes -> Document (text blocks in reading order, page furniture removed).

``read_document(path)`` reads a PDF, XML, DOCX, ODT, HTML or plain-text file, recognising the format
from the content rather than the extension. Every reader hands the structure parser the lines
as a reader would see them printed: numbers that the source keeps outside the text (Word
automatic numbering, XML ``lidnr``/``li.nr``) are written into the block text, page furniture
(running headers and footers, page numbers, margin line numbers, footnotes) is left out, and
words hyphenated across a line end are repaired.

Bad input raises one of the :mod:`wetscan.errors` input errors with a one-line message.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from wetscan.errors import EmptyDocument, InputError, LimitExceeded
from wetscan.ingest.detect import detect_format, with_utf16_bom
from wetscan.ingest.docx_reader import read_docx
from wetscan.ingest.html_reader import read_html
from wetscan.ingest.limits import MAX_DOCUMENT_CHARS, MAX_FILE_BYTES, characters, megabytes
from wetscan.ingest.odt_reader import read_odt
from wetscan.ingest.pdf import TEXT_LAYERS, TextLayer, read_pdf
from wetscan.ingest.revisions import REVISIONS, Revisions
from wetscan.ingest.text import read_text
from wetscan.ingest.xml_reader import read_xml
from wetscan.model import Document
from wetscan.i18n import _

__all__ = ["read_document", "TEXT_LAYERS", "TextLayer", "REVISIONS", "Revisions"]


def read_document(path: str | Path, *, text_layer: TextLayer = "pdfium", revisions: Revisions = "proposed") -> Document:
    """Detect the format of ``path`` from its content and read it into a :class:`Document`.

    ``text_layer`` chooses how a PDF's text is extracted: ``"pdfium"`` (fast, the default) or
    ``"pdfplumber"`` (pdfminer's layout analysis, much slower). Both feed the same layout
    logic, so they give the same blocks; the option exists for benchmarks and cross-checks.
    Other formats ignore it. ``revisions`` chooses the text of a Word or OpenDocument draft with
    tracked changes: all accepted ("proposed", the default) or all rejected ("original").
    """
    name = str(path)
    document = _read_document(name, text_layer, revisions)
    size = sum(len(block.text) for block in document.blocks)
    if size > MAX_DOCUMENT_CHARS:
        raise LimitExceeded(name, _("the document holds {characters} of text, more than the {limit} limit").format(
            characters=characters(size), limit=characters(MAX_DOCUMENT_CHARS)))
    return document


def _read_document(name: str, text_layer: TextLayer, revisions: Revisions) -> Document:
    data = _read_bytes(name)
    digest = hashlib.sha256(data).hexdigest()
    data = with_utf16_bom(data)
    fmt = detect_format(name, data)
    if fmt == "pdf":
        pdf = read_pdf(name, data, text_layer=text_layer)
        return Document(path=name, sha256=digest, format="pdf", blocks=pdf.blocks, pages=pdf.pages,
                        title=pdf.title, metadata=pdf.metadata)
    if fmt == "xml":
        xml = read_xml(name, data)
        return Document(path=name, sha256=digest, format="xml", blocks=xml.blocks, title=xml.title,
                        metadata=xml.metadata)
    if fmt == "docx":
        docx = read_docx(name, data, revisions=revisions)
        return Document(path=name, sha256=digest, format="docx", blocks=docx.blocks, title=docx.title,
                        metadata=docx.metadata)
    if fmt == "odt":
        odt = read_odt(name, data, revisions=revisions)
        return Document(path=name, sha256=digest, format="odt", blocks=odt.blocks, title=odt.title,
                        metadata=odt.metadata)
    if fmt == "html":
        html = read_html(name, data)
        return Document(path=name, sha256=digest, format="html", blocks=html.blocks, title=html.title)
    if len(data) > 4 * MAX_DOCUMENT_CHARS:  # even at four bytes a character: too much text, known before decoding
        raise LimitExceeded(name, _("the document holds more than the {characters} of text limit").format(
            characters=characters(MAX_DOCUMENT_CHARS)))
    blocks = read_text(data)
    if not blocks:
        raise EmptyDocument(name, _("the file contains no text"))
    return Document(path=name, sha256=digest, format="txt", blocks=blocks)


def _read_bytes(path: str) -> bytes:
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LimitExceeded(path, _("file is {size}, larger than the {limit} limit").format(
                size=megabytes(size), limit=megabytes(MAX_FILE_BYTES)))
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(path, _("file not found")) from None
    except IsADirectoryError:
        raise InputError(path, _("is a directory, not a file")) from None
    except PermissionError:
        raise InputError(path, _("permission denied")) from None
    except OSError as error:
        raise InputError(path, _("cannot be read ({error})").format(error=error.strerror or error)) from None
    if not data.strip():
        raise EmptyDocument(path, _("the file is empty"))
    return data
