"""PDF reading: furniture removal, dehyphenation, page breaks, footnotes, both text layers."""

from __future__ import annotations

import pytest
from ingest_fixtures import KAMERSTUK_HEADER, write_pdf, write_two_column_pdf, wrap

from wetscan.ingest import TEXT_LAYERS, read_document

ARTICLE_2_LID_1 = (
    "1. Het college van burgemeester en wethouders draagt zorg voor de uitvoering van deze wet en stelt "
    "daartoe ten minste eenmaal per jaar een uitvoeringsprogramma vast, waarin het aangeeft op welke wijze "
    "de taken, bedoeld in artikel 1, in samenwerking met andere gemeenten en met de waterschappen worden "
    "uitgevoerd en welke middelen daarvoor beschikbaar zijn."
)


def kamerstuk_pages() -> list[list[str]]:
    """Two pages of a bill; lid 1 of artikel 2 runs over the page break."""
    lines = wrap(["Artikel 1", "In deze wet wordt verstaan onder:"]) + [
        "a. college: het college van burgemeester en wethouders;",
        "b. regeling: een regeling als bedoeld in de Wet gemeen-",
        "schappelijke regelingen, vastgesteld door de Staten-",
        "Generaal, met inbegrip van de gezondheids-",
        "en welzijnszorg in de provincie Noord-",
        "Holland.",
        "Artikel 2",
    ]
    lid = wrap([ARTICLE_2_LID_1])
    page_one = lines + lid[:2]
    page_two = lid[2:] + wrap(["2. Gedeputeerde Staten houden toezicht op de uitvoering."])
    return [page_one, page_two]


@pytest.fixture(params=TEXT_LAYERS)
def text_layer(request) -> str:
    return request.param


@pytest.fixture
def kamerstuk_pdf(tmp_path):
    return write_pdf(
        tmp_path / "kamerstuk.pdf",
        kamerstuk_pages(),
        header=KAMERSTUK_HEADER,
        page_numbers=True,
        footnotes={0: ["1 Kamerstukken II 2024/25, 36 000, nr. 3.", "2 Stb. 2014, 105."]},
        note_refs={(0, 1): "1"},
        title="Wet gemeentelijke uitvoeringsprogramma's",
    )


def texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def test_kamerstuk_blocks(kamerstuk_pdf, text_layer):
    document = read_document(kamerstuk_pdf, text_layer=text_layer)
    assert document.format == "pdf"
    assert document.pages == 2
    assert document.title == "Wet gemeentelijke uitvoeringsprogramma's"
    assert texts(document) == [
        "Artikel 1",
        "In deze wet wordt verstaan onder:",
        "a. college: het college van burgemeester en wethouders;",
        "b. regeling: een regeling als bedoeld in de Wet gemeenschappelijke regelingen, vastgesteld door de "
        "Staten-Generaal, met inbegrip van de gezondheids- en welzijnszorg in de provincie Noord-Holland.",
        "Artikel 2",
        ARTICLE_2_LID_1,
        "2. Gedeputeerde Staten houden toezicht op de uitvoering.",
    ]
    assert [block.page for block in document.blocks] == [1, 1, 1, 1, 1, 1, 2]
    assert len(document.sha256) == 64


def test_running_header_page_numbers_and_footnotes_are_removed(kamerstuk_pdf):
    text = read_document(kamerstuk_pdf).text
    assert "vergaderjaar" not in text
    assert "Kamerstukken II" not in text
    assert "Stb." not in text
    assert "onder:1" not in text  # the superscript footnote reference
    assert not any(block.text.isdigit() for block in read_document(kamerstuk_pdf).blocks)


def test_text_layers_give_identical_blocks(kamerstuk_pdf):
    by_layer = [read_document(kamerstuk_pdf, text_layer=layer).blocks for layer in TEXT_LAYERS]
    assert by_layer[0] == by_layer[1]


def test_unknown_text_layer_is_refused(kamerstuk_pdf):
    with pytest.raises(ValueError, match="tekstlaag"):
        read_document(kamerstuk_pdf, text_layer="ocr")


def consultation_article(number: int) -> list[str]:
    return [
        f"Artikel {number}",
        "1. Provinciale staten stellen bij verordening regels over de wijze waarop gemeenten en waterschappen "
        "samenwerken bij de aanleg en het beheer van regionale waterkeringen.",
        "2. De verordening bevat in ieder geval regels over:",
        "a. de verdeling van de kosten;",
        "b. de geschillenbeslechting.",
    ]


@pytest.mark.parametrize("every", [1, 5])
def test_consultation_draft_margin_line_numbers_and_footer(tmp_path, text_layer, every):
    articles = [consultation_article(number) for number in range(1, 9)]
    pages = [wrap(articles[0] + articles[1] + articles[2] + articles[3]), wrap(articles[4] + articles[5] + articles[6] + articles[7])]
    pdf = write_pdf(tmp_path / "consultatie.pdf", pages, header="Versie voor internetconsultatie",
                    footer="Versie voor internetconsultatie 1 maart 2026", margin_numbers=every)
    document = read_document(pdf, text_layer=text_layer)
    assert texts(document) == [paragraph for article in articles for paragraph in article]


def test_numbered_list_in_text_column_is_not_taken_for_margin_numbers(tmp_path):
    lines = ["Artikel 5"] + [f"{number} Het college doet mededeling van besluit {number}." for number in range(1, 8)]
    document = read_document(write_pdf(tmp_path / "lijst.pdf", [lines]))
    assert texts(document)[1] == "1 Het college doet mededeling van besluit 1."


def test_lone_amendment_onderdeel_letters_stay_separate(tmp_path):
    lines = [
        "ARTIKEL I",
        "De Gemeentewet wordt als volgt gewijzigd:",
        "A",
        "In artikel 3 wordt «kan» vervangen door «draagt zorg voor».",
        "B",
        "Na artikel 4 wordt een artikel ingevoegd, luidende:",
        "Artikel 4a",
        "Het college stelt jaarlijks een uitvoeringsplan vast.",
    ]
    assert texts(read_document(write_pdf(tmp_path / "wijziging.pdf", [lines]))) == lines


def test_two_column_page_is_read_column_by_column(tmp_path, text_layer):
    left = ["Artikel 1", "De minister stelt regels over", "de verdeling van de middelen.", "Artikel 2",
            "Gedeputeerde staten zenden", "jaarlijks een verslag."]
    right = ["Artikel 3", "Het college werkt samen met", "de colleges van andere", "gemeenten.", "Artikel 4",
             "Deze regeling treedt in werking."]
    pdf = write_two_column_pdf(tmp_path / "staatscourant.pdf", "Regeling verdeling middelen regionale samenwerking", left, right)
    text = read_document(pdf, text_layer=text_layer).text
    assert text.index("Artikel 2") < text.index("Artikel 3") < text.index("Artikel 4")
    assert "Regeling verdeling middelen" in text.split("\n")[0]
