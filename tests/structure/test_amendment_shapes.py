"""More shapes of amendment instructions."""

from __future__ import annotations

from tests.structure.helpers import ids, parse_lines
from wetscan.model import Block, Document
from wetscan.structure import parse_document


def test_replaced_lid_and_numbered_sub_instructions():
    bill = parse_lines(
        "ARTIKEL I",
        "De Wet publieke gezondheid wordt als volgt gewijzigd:",
        "A",
        "Artikel 6 wordt als volgt gewijzigd:",
        "1. Het eerste lid komt te luiden:",
        "1. Het college draagt zorg voor de uitvoering van de jeugdgezondheidszorg.",
        "2. Het derde lid vervalt.",
        "3. Het vierde lid komt te luiden:",
        "Het college stelt daarbij in ieder geval regels over de toegang.",
        "B",
        "Artikel 7 vervalt.",
    )
    assert ids(bill) == [
        "artikel I, onderdeel A, artikel 6, eerste lid",
        "artikel I, onderdeel A, onder 3",
        "artikel I, onderdeel A",
        "artikel I, onderdeel B",
    ]
    replaced = bill.provision("artikel I, onderdeel A, artikel 6, eerste lid")
    assert (replaced.article, replaced.paragraph, replaced.amends) == ("6", "1", "Wet publieke gezondheid")
    unnumbered = bill.provision("artikel I, onderdeel A, onder 3")
    assert (unnumbered.article, unnumbered.paragraph) == ("6", "4")
    assert unnumbered.text == "Het college stelt daarbij in ieder geval regels over de toegang."
    assert bill.provision("artikel I, onderdeel A").text == "Artikel 6 wordt als volgt gewijzigd: 2. Het derde lid vervalt."


def test_inserted_chapter_with_articles():
    bill = parse_lines(
        "ARTIKEL I",
        "De Waterschapswet wordt als volgt gewijzigd:",
        "A",
        "Na hoofdstuk 4 wordt een hoofdstuk ingevoegd, luidende:",
        "Hoofdstuk 4a. Samenwerking bij wateroverlast",
        "Artikel 56a",
        "1. Het dagelijks bestuur en de colleges van de gemeenten in het beheersgebied werken samen bij",
        "de voorbereiding op wateroverlast.",
        "2. Het algemeen bestuur stelt een wateroverlastplan vast.",
        "Artikel 56b",
        "Onze Minister kan nadere regels stellen over het plan.",
        "ARTIKEL II",
        "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
    )
    assert ids(bill) == [
        "artikel I, onderdeel A, artikel 56a, eerste lid",
        "artikel I, onderdeel A, artikel 56a, tweede lid",
        "artikel I, onderdeel A, artikel 56b",
        "artikel II",
    ]
    lid = bill.provision("artikel I, onderdeel A, artikel 56a, eerste lid")
    assert lid.headings == ["Hoofdstuk 4a Samenwerking bij wateroverlast"]
    assert lid.text.endswith("werken samen bij de voorbereiding op wateroverlast.")
    assert bill.provision("artikel II").amends is None


def test_amending_decree_with_arabic_articles():
    bill = parse_lines(
        "Artikel 1",
        "Het Besluit Jeugdwet wordt als volgt gewijzigd:",
        "A",
        "Na artikel 2 wordt een artikel ingevoegd, luidende:",
        "Artikel 2a",
        "Het college verstrekt jaarlijks gegevens aan Onze Minister.",
        "Artikel 2",
        "Dit besluit treedt in werking met ingang van 1 januari 2027.",
    )
    assert ids(bill) == ["artikel 1, onderdeel A, artikel 2a", "artikel 2"]
    assert bill.provision("artikel 1, onderdeel A, artikel 2a").amends == "Besluit Jeugdwet"


def test_lettered_onderdelen_beyond_z_and_inserted_letters():
    lines = ["ARTIKEL I", "De Jeugdwet wordt als volgt gewijzigd:"]
    for letter in ("Y", "Z", "AA", "Ba"):
        lines += [letter, f"Artikel {len(lines)} vervalt."]
    bill = parse_lines(*lines)
    assert ids(bill) == [f"artikel I, onderdeel {letter}" for letter in ("Y", "Z", "AA", "Ba")]


def test_quoted_text_inside_one_block_per_paragraph_with_hints():
    blocks = [
        Block(text="ARTIKEL I", kind="heading", quoted=False),
        Block(text="De Gemeentewet wordt als volgt gewijzigd:", quoted=False),
        Block(text="A", quoted=False),
        Block(text="Aan artikel 108 wordt een lid toegevoegd, luidende:", quoted=False),
        Block(text="4. Een taak in medebewind wordt alleen bij wet opgedragen.", quoted=True),
        Block(text="ARTIKEL II", kind="heading", quoted=False),
        Block(text="Deze wet treedt in werking met ingang van 1 januari 2027.", quoted=False),
    ]
    document = Document(path="x.xml", sha256="0" * 64, format="xml", blocks=blocks)
    bill = parse_document(document)
    assert ids(bill) == ["artikel I, onderdeel A, artikel 108, vierde lid", "artikel II"]
    lid = bill.provision("artikel I, onderdeel A, artikel 108, vierde lid")
    assert (lid.article, lid.paragraph, lid.amends) == ("108", "4", "Gemeentewet")


def test_definitions_quoted_in_an_amendment():
    bill = parse_lines(
        "ARTIKEL I",
        "De Omgevingswet wordt als volgt gewijzigd:",
        "A",
        "Artikel 1.1 komt te luiden:",
        "Artikel 1.1",
        "In deze wet wordt verstaan onder:",
        "a. omgevingsdienst: openbaar lichaam als bedoeld in artikel 18.21;",
        "b. regio: gebied als bedoeld in artikel 18.22.",
    )
    definition = bill.definitions["omgevingsdienst"]
    assert definition.meaning == "openbaar lichaam als bedoeld in artikel 18.21"
    assert definition.provision_id == "artikel I, onderdeel A, artikel 1.1"


def test_onderdeel_letter_on_the_line_of_its_instruction():
    bill = parse_lines(
        "ARTIKEL I",
        "De Provinciewet wordt als volgt gewijzigd:",
        "A. Artikel 105 vervalt.",
        "B. Aan artikel 106 wordt een lid toegevoegd, luidende:",
        "3. Gedeputeerde staten zenden het plan aan Onze Minister.",
    )
    assert ids(bill) == ["artikel I, onderdeel A", "artikel I, onderdeel B, artikel 106, derde lid"]


def test_new_law_with_a_chapter_amending_other_laws():
    bill = parse_lines(
        "HOOFDSTUK 10. WIJZIGING VAN ANDERE WETTEN",
        "Artikel 10.3 (Gemeentewet)",
        "In de Gemeentewet worden de volgende wijzigingen aangebracht:",
        "A",
        "Na artikel 124b wordt een artikel ingevoegd, luidende:",
        "Artikel 124ba",
        "Onze Minister kan het college een aanwijzing geven.",
        "Artikel 10.4 (Jeugdwet)",
        "Artikel 2.9 van de Jeugdwet vervalt.",
        "Artikel 10.5",
        "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
    )
    assert ids(bill) == ["artikel 10.3, onderdeel A, artikel 124ba", "artikel 10.4", "artikel 10.5"]
    assert bill.provision("artikel 10.3, onderdeel A, artikel 124ba").amends == "Gemeentewet"
    repeal = bill.provision("artikel 10.4")
    assert (repeal.kind, repeal.amends) == ("amendment", "Jeugdwet")
    assert bill.provision("artikel 10.5").amends is None
    assert bill.provision("artikel 10.5").headings == ["HOOFDSTUK 10 WIJZIGING VAN ANDERE WETTEN"]
