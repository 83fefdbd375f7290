"""A consultation folder as analysts meet it: good bills, a letter, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD_BILL = """Regels over de regionale aanpak van laaggeletterdheid (Wet regionale aanpak laaggeletterdheid)

Artikel 1
In deze wet wordt verstaan onder:
college: college van burgemeester en wethouders;
Onze Minister: Onze Minister van Onderwijs, Cultuur en Wetenschap.

Artikel 2
1. Het college draagt zorg voor een aanbod van cursussen voor volwassenen die moeite hebben met lezen en schrijven.
2. De colleges van de gemeenten binnen een arbeidsmarktregio werken samen bij de inkoop van het aanbod, bedoeld in het eerste lid.

Artikel 3
De raad stelt bij verordening regels over de toegang tot het aanbod.

Artikel 4
Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.
"""

SECOND_BILL = """Regels over het vaarwegenregister (Wet vaarwegenregister)

Artikel 1
Onze Minister houdt een register bij van de vaarwegen in beheer bij het Rijk.

Artikel 2
Deze wet treedt in werking met ingang van 1 januari 2027.
"""

LETTER = """Geachte heer, mevrouw,

Hierbij ontvangt u onze reactie op de internetconsultatie. Wij hebben geen opmerkingen.

Met vriendelijke groet,
De secretaris
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<officiele-publicatie><kamerstuk>&lol3;</kamerstuk></officiele-publicatie>
"""


def _encrypted_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    document = canvas.Canvas(str(path), encrypt="geheim")
    document.drawString(72, 720, "Artikel 1 Het college stelt een plan vast.")
    document.save()


@pytest.fixture()
def consultation(tmp_path: Path) -> Path:
    folder = tmp_path / "consultaties"
    (folder / "reacties" / "2026").mkdir(parents=True)
    (folder / "wetsvoorstel.txt").write_text(GOOD_BILL, encoding="utf-8")
    (folder / "kopie-van-wetsvoorstel.txt").write_text(GOOD_BILL, encoding="utf-8")
    (folder / "reacties" / "2026" / "vaarwegen.txt").write_text(SECOND_BILL, encoding="utf-8")
    (folder / "reacties" / "brief.txt").write_text(LETTER, encoding="utf-8")
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)) * 4)
    (folder / "leeg.docx").write_bytes(b"")
    (folder / "entiteiten.xml").write_text(BILLION_LAUGHS, encoding="utf-8")
    _encrypted_pdf(folder / "beveiligd.pdf")
    return folder


@pytest.fixture()
def good_names() -> set[str]:
    """The documents in :func:`consultation` that must get a report (the letter too: 0 provisions)."""
    return {"wetsvoorstel.txt", "kopie-van-wetsvoorstel.txt", "vaarwegen.txt", "brief.txt"}


@pytest.fixture()
def bad_names() -> set[str]:
    """The documents in :func:`consultation` that must become error rows."""
    return {"kapot.pdf", "leeg.docx", "entiteiten.xml", "beveiligd.pdf"}
