"""Item 6 of issue 15: pages stored on their side (``/Rotate 90`` or ``270``) with text that looks upright.

PDFium reports glyph boxes in the page's stored coordinates, where such text runs up or down the
page; read unturned, every glyph was a line of its own ("r", "e", "t", ...) and the articles were
lost while wetscan still exited 0. The boxes are now turned as the page is shown.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from wetscan.ingest import read_document
from wetscan.structure import parse_document

SHOWN_WIDTH, SHOWN_HEIGHT = A4
PAGES = [
    ["Artikel 1", "Het college stelt jaarlijks een plan vast.", "Artikel 2",
     "Gedeputeerde Staten zenden het plan binnen acht weken aan Onze Minister."],
    ["Artikel 3", "Het dagelijks bestuur van het waterschap kan nadere regels stellen.",
     "Artikel 4", "Deze wet treedt in werking met ingang van 1 januari 2027."],
]


def draw_upright(pdf: canvas.Canvas, rotation: int, lines: list[str]) -> None:
    """Write ``lines`` so that they read upright once the page is turned by ``rotation``.

    reportlab stores a page turned by 90 or 270 degrees on its side (width and height swapped),
    so the text is drawn turned the other way: up the stored page for 90, down it for 270.
    """
    stored_width, stored_height = (SHOWN_HEIGHT, SHOWN_WIDTH) if rotation in (90, 270) else (SHOWN_WIDTH, SHOWN_HEIGHT)
    pdf.setPageRotation(rotation)
    pdf.setFont("Helvetica", 11)
    for number, text in enumerate(lines):
        x, baseline = 72.0, 90.0 + 18.0 * number  # as shown: from the left, from the top
        stored = {
            0: (x, stored_height - baseline, 0),
            90: (baseline, x, 90),
            180: (stored_width - x, baseline, 180),
            270: (stored_width - baseline, stored_height - x, -90),
        }[rotation]
        pdf.saveState()
        pdf.translate(stored[0], stored[1])
        pdf.rotate(stored[2])
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.showPage()


def write_rotated_pdf(path: Path, rotations: list[int]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for rotation, lines in zip(rotations, PAGES):
        draw_upright(pdf, rotation, lines)
    pdf.save()
    return path


@pytest.mark.parametrize("rotation", [90, 270, 180])
def test_turned_page_is_read_in_reading_order(tmp_path, rotation):
    path = write_rotated_pdf(tmp_path / f"gedraaid-{rotation}.pdf", [rotation, rotation])
    assert pypdfium2.PdfDocument(str(path))[0].get_rotation() == rotation
    for layer in ("pdfium", "pdfplumber"):  # pdfminer already turns the boxes; both layers agree
        document = read_document(path, text_layer=layer)
        assert [block.text for block in document.blocks] == PAGES[0] + PAGES[1], layer


def test_articles_on_a_turned_page_next_to_an_upright_one_are_found(tmp_path):
    path = write_rotated_pdf(tmp_path / "gemengd.pdf", [0, 90])
    bill = parse_document(read_document(path))
    assert [provision.id for provision in bill.provisions] == ["artikel 1", "artikel 2", "artikel 3", "artikel 4"]
    assert bill.provisions[2].text == "Het dagelijks bestuur van het waterschap kan nadere regels stellen."
