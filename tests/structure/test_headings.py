"""``provision.headings``: the hoofdstuk/afdeling/paragraaf headings above a provision, in every format.

The context pass reads a chapter heading ("Hoofdstuk 2 Taken van de gemeente") as the subject of
the provisions under it, so every reader must hand the structure parser the headings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.structure.helpers import parse_lines
from wetscan.ingest import read_document
from wetscan.structure import parse_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: The example bill with chapters and paragraphs, rendered in every input format.
CHAPTERED = "wet-lokale-meldpunten"
FORMATS = ("xml", "pdf", "docx", "html", "txt")


def _headings(path: Path) -> dict[str, list[str]]:
    bill = parse_document(read_document(path))
    return {p.id: p.headings for p in bill.provisions if p.part == "bill"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_fills_the_headings_of_every_provision(fmt: str) -> None:
    path = EXAMPLES / f"{CHAPTERED}.{fmt}"
    if not path.exists():
        pytest.skip(f"{path.name} is not rendered")
    headings = _headings(path)
    assert headings and all(headings.values()), [pid for pid, h in headings.items() if not h]
    assert headings["artikel 2.1, eerste lid"] == ["Hoofdstuk 2 Taken van de gemeente", "§ 2.1 Het meldpunt"]
    assert headings["artikel 1.1"] == ["Hoofdstuk 1 Algemene bepalingen"]


def test_all_formats_give_the_same_headings() -> None:
    rendered = [EXAMPLES / f"{CHAPTERED}.{fmt}" for fmt in FORMATS if (EXAMPLES / f"{CHAPTERED}.{fmt}").exists()]
    assert len(rendered) >= 2
    reference = _headings(rendered[0])
    for path in rendered[1:]:
        assert _headings(path) == reference, path.name


def test_a_new_paragraph_replaces_the_previous_one_under_the_same_chapter() -> None:
    bill = parse_lines(
        "Hoofdstuk 3. Taken van de provincie",
        "§ 3.1 Het programma",
        "Artikel 3.1",
        "Gedeputeerde staten stellen een programma vast.",
        "§ 3.2 De ontheffing",
        "Artikel 3.2",
        "De ontheffing wordt binnen acht weken verleend.",
    )
    assert [p.headings for p in bill.provisions] == [
        ["Hoofdstuk 3 Taken van de provincie", "§ 3.1 Het programma"],
        ["Hoofdstuk 3 Taken van de provincie", "§ 3.2 De ontheffing"],
    ]
