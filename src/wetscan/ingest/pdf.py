"""PDF bills into blocks: text layer, lines, page furniture removed, paragraphs joined.

The text is read with PDFium (pypdfium2) by default; ``text_layer="pdfplumber"`` reads the same
characters through pdfminer instead (much slower; for benchmarks and cross-checks). Both feed
the same line, furniture and paragraph logic, so they give the same blocks.

Kamerstukken carry a running header ("Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr. 2"),
page numbers and footnotes; internet-consultation drafts exported from Word carry a header or
footer ("Versie voor internetconsultatie") and sometimes line numbers in the margin. All of
that is removed (see :mod:`wetscan.ingest.pdf_furniture`). Two-column pages are read column
by column (:mod:`wetscan.ingest.pdf_columns`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2 as pdfium

from wetscan.errors import CorruptFile, EmptyDocument, EncryptedFile, LimitExceeded
from wetscan.ingest.limits import MAX_PDF_PAGES
from wetscan.ingest.pdf_blocks import lines_to_blocks
from wetscan.ingest.pdf_columns import reading_order
from wetscan.ingest.pdf_chars import TEXT_LAYERS, TextLayer, pdfium_pages, pdfplumber_pages
from wetscan.ingest.pdf_furniture import remove_furniture
from wetscan.ingest.pdf_lines import page_lines
from wetscan.model import Block
from wetscan.i18n import _

__all__ = ["TEXT_LAYERS", "TextLayer", "PdfResult", "read_pdf"]

#: Metadata keys of the PDF information dictionary copied into Document.metadata.
METADATA_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate")


@dataclass
class PdfResult:
    blocks: list[Block]
    pages: int
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def read_pdf(path: str, data: bytes, text_layer: TextLayer = "pdfium") -> PdfResult:
    if text_layer not in TEXT_LAYERS:
        raise ValueError(_("unknown PDF text layer {text_layer}; choose one of {text_layers}").format(
            text_layer=repr(text_layer), text_layers=', '.join(TEXT_LAYERS)))
    pdf = _open(path, data)
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise EmptyDocument(path, _("the PDF has no pages"))
        if page_count > MAX_PDF_PAGES:
            raise LimitExceeded(path, _("PDF has {page_count} pages, more than the {limit}-page limit").format(
                page_count=page_count, limit=MAX_PDF_PAGES))
        info = {key: value for key, value in pdf.get_metadata_dict(skip_empty=True).items() if key in METADATA_KEYS}
        try:
            pages = pdfium_pages(pdf) if text_layer == "pdfium" else pdfplumber_pages(data)
        except pdfium.PdfiumError as error:
            raise CorruptFile(path, _("damaged PDF ({error})").format(error=error)) from None
        except Exception as error:  # pdfminer raises many unrelated types on damaged files
            if text_layer == "pdfium":
                raise
            raise CorruptFile(path, _("damaged PDF ({error}: {detail})").format(
                error=type(error).__name__, detail=error)) from None
    finally:
        pdf.close()
    if not any(char.text.strip() for page in pages for char in page.chars):
        raise EmptyDocument(path, _("the PDF has no text layer (a scan?); run OCR on it first"))
    lines = [reading_order(page) for page in remove_furniture([page_lines(page) for page in pages])]
    blocks = lines_to_blocks(lines)
    title = info.get("Title", "").strip() or None
    return PdfResult(blocks=blocks, pages=page_count, title=title, metadata={k.lower(): v for k, v in info.items()})


def _open(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise EncryptedFile(path, _("the PDF is encrypted (password-protected); save an unprotected copy")) from None
        raise CorruptFile(path, _("damaged or truncated PDF ({error})").format(error=message)) from None
