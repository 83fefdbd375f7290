"""Tricky shapes of Dutch legislative text."""

from __future__ import annotations

import pytest

from tests.structure.helpers import ids, lines_document, parse_lines
from wetscan.model import Block, Document
from wetscan.structure import parse_document
from wetscan.structure.numbering import lid_citation, ordinal_word
from wetscan.structure.headings import article_heading


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Artikel 4a", ("4a", None)),
        ("ARTIKEL I", ("I", None)),
        ("Artikel IIIA", ("IIIA", None)),
        ("Artikel 1.2.3", ("1.2.3", None)),
        ("Artikel 10:1", ("10:1", None)),
        ("Artikel 41quater", ("41quater", None)),
        ("Artikel 3. Taak van het college", ("3", "Taak van het college")),
        ("Artikel 3 (taak van het college)", ("3", "(taak van het college)")),
        ("Artikel 1.1 Begripsbepalingen", ("1.1", "Begripsbepalingen")),
        ("Enig artikel", ("enig", None)),
        ("Artikel 4a is van toepassing op besluiten van het college.", None),
        ("Artikel 4a van de Gemeentewet is niet van toepassing.", None),
        ("artikel 4a", None),
    ],
)
def test_article_headings(line, expected):
    assert article_heading(line) == expected


@pytest.mark.parametrize(
    ("number", "citation"),
    [("1", "eerste lid"), ("3", "derde lid"), ("8", "achtste lid"), ("11", "elfde lid"),
     ("20", "twintigste lid"), ("21", "eenentwintigste lid"), ("22", "tweeëntwintigste lid"),
     ("33", "drieëndertigste lid"), ("2a", "lid 2a")],
)
def test_lid_citations(number, citation):
    assert lid_citation(number) == citation


def test_ordinals_stop_at_ninety_nine():
    assert ordinal_word(99) == "negenennegentigste"
    assert ordinal_word(100) is None
    assert lid_citation("100") == "lid 100"


def test_title_on_the_line_after_the_heading():
    bill = parse_lines(
        "Artikel 3",
        "Taak van het college",
        "1. Het college houdt een register bij.",
        "2. Het register is openbaar.",
        "Artikel 4",
        "Inwerkingtreding",
        "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
    )
    assert ids(bill) == ["artikel 3, eerste lid", "artikel 3, tweede lid", "artikel 4"]
    assert bill.provision("artikel 4").text.startswith("Deze wet treedt")


def test_a_wrapped_sentence_is_not_a_title():
    bill = parse_lines(
        "Artikel 4",
        "Onze Minister en de colleges van burgemeester en wethouders van de",
        "Gemeenten Bonaire en Saba treffen de nodige voorzieningen.",
    )
    assert bill.provision("artikel 4").text == (
        "Onze Minister en de colleges van burgemeester en wethouders van de "
        "Gemeenten Bonaire en Saba treffen de nodige voorzieningen."
    )


def test_numbers_after_a_colon_are_an_enumeration_not_leden():
    bill = parse_lines(
        "Artikel 5",
        "In deze regeling wordt verstaan onder:",
        "1. college: het college van burgemeester en wethouders;",
        "2. plan: het plan, bedoeld in artikel 6.",
    )
    assert ids(bill) == ["artikel 5"]
    assert bill.definitions["plan"].meaning == "het plan, bedoeld in artikel 6"


def test_a_number_after_a_reference_word_continues_the_sentence():
    bill = parse_lines(
        "Artikel 7",
        "1. Het college neemt een besluit als bedoeld in artikel",
        "12. De aanvrager wordt daarvan op de hoogte gesteld.",
        "2. Het besluit wordt bekendgemaakt.",
    )
    assert ids(bill) == ["artikel 7, eerste lid", "artikel 7, tweede lid"]
    assert bill.provision("artikel 7, eerste lid").text.endswith("in artikel 12. De aanvrager wordt daarvan op de hoogte gesteld.")


def test_an_implausible_lid_number_is_text():
    bill = parse_lines(
        "Artikel 8",
        "1. Het college stelt uiterlijk in het jaar",
        "20. De raad stelt het plan vast.",
    )
    assert ids(bill) == ["artikel 8, eerste lid"]


def test_bwb_style_lid_numbers_without_a_dot():
    bill = parse_lines("Artikel 9", "1 Het college houdt een register bij.", "2 Het register is openbaar.")
    assert ids(bill) == ["artikel 9, eerste lid", "artikel 9, tweede lid"]
    assert bill.provision("artikel 9, tweede lid").text == "Het register is openbaar."


def test_whitespace_is_normalised():
    document = Document(
        path="x.docx",
        sha256="0" * 64,
        format="docx",
        blocks=[Block(text="Artikel 1", kind="heading"), Block(text="Het\tcollege\u00a0 houdt  een\nregister bij. ")],
    )
    assert parse_document(document).provision("artikel 1").text == "Het college houdt een register bij."


def test_document_title_wins_and_empty_document_gives_empty_bill():
    bill = parse_document(lines_document("Artikel 1", "Deze wet treedt in werking.", title="Wet van de test"))
    assert bill.title == "Wet van de test"
    empty = parse_document(lines_document())
    assert (empty.provisions, empty.definitions, empty.memorandum, empty.title) == ([], {}, [], None)


def test_repeated_citations_get_a_suffix():
    bill = parse_lines("Artikel 1", "Eerste tekst.", "Artikel 1", "Tweede tekst.")
    assert ids(bill) == ["artikel 1", "artikel 1 (2)"]


def test_single_sentence_definitions():
    bill = parse_lines(
        "Artikel 2",
        "Onder college wordt in dit hoofdstuk verstaan: het college van gedeputeerde staten.",
        "Artikel 3",
        "In deze wet wordt onder raad mede verstaan: het algemeen bestuur van een waterschap.",
    )
    assert bill.definitions["college"].meaning == "het college van gedeputeerde staten"
    assert bill.definitions["raad"].meaning == "het algemeen bestuur van een waterschap"


def test_enig_artikel():
    bill = parse_lines("Enig artikel", "De Wet op de lokale rekenkamers vervalt met ingang van 1 januari 2027.")
    assert ids(bill) == ["enig artikel"]
    assert bill.provisions[0].article == "enig"


def test_memorandum_onderdelen_under_an_article_heading():
    bill = parse_lines(
        "Artikel 1",
        "Deze wet treedt in werking.",
        "NOTA VAN TOELICHTING",
        "Algemeen",
        "Dit besluit regelt de verdeling van de middelen over de provincies.",
        "Artikelsgewijs",
        "Artikel I",
        "Onderdeel B (artikel 2.15)",
        "Dit onderdeel beperkt de beleidsvrijheid van de gemeenten.",
        "Artikelen 3 tot en met 5",
        "Deze artikelen spreken voor zich.",
    )
    sections = {section.heading: section for section in bill.memorandum}
    assert sections["Artikel I, onderdeel B (artikel 2.15)"].explains == ["I", "2.15"]
    assert sections["Artikelen 3 tot en met 5"].explains == ["3", "4", "5"]
    assert bill.provision("toelichting, artikel I, onderdeel B (artikel 2.15)").part == "explanatory_memorandum"
    assert bill.provision("toelichting, Algemeen").article == "algemeen"
    assert [p.id for p in bill.provisions if p.part == "bill"] == ["artikel 1"]


def test_part_hints_from_the_reader_decide_the_memorandum():
    blocks = [
        Block(text="Artikel 1", kind="heading", part="bill"),
        Block(text="Het college houdt een register bij.", part="bill"),
        Block(text="Algemeen", kind="heading", part="explanatory_memorandum"),
        Block(text="Artikel 1 verplicht het college een register bij te houden.", part="explanatory_memorandum"),
    ]
    bill = parse_document(Document(path="x.xml", sha256="0" * 64, format="xml", blocks=blocks))
    assert [(p.id, p.part) for p in bill.provisions] == [
        ("artikel 1", "bill"),
        ("toelichting, Algemeen", "explanatory_memorandum"),
    ]


def test_a_provision_starts_on_the_page_of_its_first_line():
    document = Document(
        path="x.pdf",
        sha256="0" * 64,
        format="pdf",
        blocks=[
            Block(text="Artikel 12", page=3),
            Block(text="1. Het college stelt een verordening vast.", page=3),
            Block(text="2. Gedeputeerde staten houden toezicht op de uitvoering van", page=3),
            Block(text="de verordening.", page=4),
        ],
        pages=4,
    )
    lid = parse_document(document).provision("artikel 12, tweede lid")
    assert (lid.page, lid.text) == (3, "Gedeputeerde staten houden toezicht op de uitvoering van de verordening.")


def test_division_title_on_its_own_line_and_an_unpunctuated_article():
    bill = parse_lines(
        "HOOFDSTUK 2",
        "Taken van de gemeente",
        "Artikel 3",
        "Deze wet kan worden aangehaald als «Wet lokale taken»",
        "Artikel 4",
        "Advies van de raad over de begroting en de",
        "verordeningen",
        "1. De raad adviseert over de begroting.",
    )
    assert ids(bill) == ["artikel 3", "artikel 4, eerste lid"]
    assert bill.provision("artikel 3").headings == ["HOOFDSTUK 2 Taken van de gemeente"]
    assert bill.provision("artikel 3").text == "Deze wet kan worden aangehaald als «Wet lokale taken»"
    assert bill.provision("artikel 4, eerste lid").text == "De raad adviseert over de begroting."


def test_ministerial_regulation_front_and_closing():
    bill = parse_lines(
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,",
        "Gelet op artikel 17 van de Financiële-verhoudingswet;",
        "Besluit:",
        "Artikel 1",
        "Gemeenten verstrekken jaarlijks voor 1 mei de gegevens over de uitkering aan Onze Minister.",
        "Artikel 2",
        "Deze regeling treedt in werking met ingang van 1 januari 2027.",
        "Deze regeling zal met de toelichting in de Staatscourant worden geplaatst.",
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,",
        "Toelichting",
        "Deze regeling vraagt gegevens van gemeenten.",
    )
    assert [p.id for p in bill.provisions] == ["artikel 1", "artikel 2", "toelichting"]
    assert bill.title is None
    assert bill.preamble.startswith("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    assert "in de Staatscourant worden geplaatst" in bill.preamble


def test_lid_and_onderdeel_numbers_on_a_line_of_their_own():
    bill = parse_lines(
        "Artikel 6",
        "1.",
        "Het college stelt een plan vast met daarin:",
        "a.",
        "de doelen;",
        "b.",
        "de middelen.",
        "2.",
        "Het plan wordt openbaar gemaakt.",
    )
    assert ids(bill) == ["artikel 6, eerste lid", "artikel 6, tweede lid"]
    assert bill.provision("artikel 6, eerste lid").text == "Het college stelt een plan vast met daarin: a. de doelen; b. de middelen."


def test_part_label_on_its_own_line_is_not_part_of_the_title() -> None:
    from wetscan.model import Block, Document
    from wetscan.structure import parse_document

    lines = ["Regels over lokale meldpunten (Wet lokale meldpunten)", "VOORSTEL VAN WET",
             "Artikel 1", "Het college draagt zorg voor een meldpunt."]
    bill = parse_document(Document(path="x.txt", sha256="0" * 64, format="txt", blocks=[Block(t) for t in lines]))
    assert bill.title == "Regels over lokale meldpunten (Wet lokale meldpunten)"
    assert [p.id for p in bill.provisions if p.part == "bill"] == ["artikel 1"]
