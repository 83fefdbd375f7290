"""Word documents: body order, tables, headers left out, automatic numbering recovered."""

from __future__ import annotations

from ingest_fixtures import numbering_xml, write_docx

from wetscan.ingest import read_document

#: Abstract list 1: leden "1." with onderdelen "a." below; list 2: "1°" sub-items; list 3: bullets.
NUMBERING = numbering_xml(
    abstracts={
        1: [("decimal", "%1.", 1), ("lowerLetter", "%2.", 1), ("decimal", "%3°", 1)],
        2: [("upperLetter", "%1", 1)],
        3: [("bullet", "\u2022", 1)],
        4: [("upperRoman", "ARTIKEL %1", 1)],
        5: [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)],
    },
    nums={1: (1, {}), 2: (1, {0: 1}), 3: (2, {}), 4: (3, {}), 5: (4, {}), 6: (5, {})},
)


def test_automatic_numbering_is_written_into_the_text(tmp_path):
    path = write_docx(tmp_path / "concept.docx", [
        ("Artikel 1", None, "Heading 2"),
        ("Het college stelt een plan vast.", (1, 0), None),
        ("Het plan bevat:", (1, 0), None),
        ("de doelen;", (1, 1), None),
        ("de middelen, waaronder:", (1, 1), None),
        ("personeel;", (1, 2), None),
        ("Gedeputeerde Staten keuren het plan goed.", (1, 0), None),
        ("Artikel 2", None, "Heading 2"),
        ("Het waterschap werkt mee.", (2, 0), None),  # restarts: numId 2 overrides the start
        ("Het waterschap deelt gegevens.", (2, 0), None),
    ], numbering=NUMBERING, header="Versie voor internetconsultatie", title="Wet regionale plannen")
    document = read_document(path)
    assert document.format == "docx"
    assert document.title == "Wet regionale plannen"
    assert [block.text for block in document.blocks] == [
        "Artikel 1",
        "1. Het college stelt een plan vast.",
        "2. Het plan bevat:",
        "a. de doelen;",
        "b. de middelen, waaronder:",
        "1° personeel;",
        "3. Gedeputeerde Staten keuren het plan goed.",
        "Artikel 2",
        "1. Het waterschap werkt mee.",
        "2. Het waterschap deelt gegevens.",
    ]
    assert document.blocks[0].kind == "heading"
    assert "internetconsultatie" not in document.text


def test_amendment_letters_roman_articles_bullets_and_multilevel_labels(tmp_path):
    path = write_docx(tmp_path / "wijziging.docx", [
        ("WIJZIGING VAN DE GEMEENTEWET", (5, 0), None),
        ("De Gemeentewet wordt als volgt gewijzigd:", None, None),
        ("Artikel 5 vervalt.", (3, 0), None),
        ("Artikel 6 wordt als volgt gewijzigd:", (3, 0), None),
        ("een opsommingsteken", (4, 0), None),
        ("Hoofdstuk", (6, 0), None),
        ("Paragraaf", (6, 1), None),
    ], numbering=NUMBERING)
    assert [block.text for block in read_document(path).blocks] == [
        "ARTIKEL I WIJZIGING VAN DE GEMEENTEWET",
        "De Gemeentewet wordt als volgt gewijzigd:",
        "A Artikel 5 vervalt.",
        "B Artikel 6 wordt als volgt gewijzigd:",
        "– een opsommingsteken",
        "1. Hoofdstuk",
        "1.1 Paragraaf",
    ]


def test_tables_are_read_in_body_order(tmp_path):
    path = write_docx(tmp_path / "tabel.docx", [("Bijlage bij artikel 3", None, None)],
                      table=[["Gemeente", "Bijdrage"], ["Utrecht", "€ 10"]])
    assert [block.text for block in read_document(path).blocks] == [
        "Bijlage bij artikel 3", "Gemeente | Bijdrage", "Utrecht | € 10",
    ]


def test_docx_with_wrong_extension_is_detected(tmp_path):
    path = write_docx(tmp_path / "concept.pdf", [("Artikel 1", None, None)])
    assert read_document(path).format == "docx"


def test_numbering_inherited_from_the_paragraph_style(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    path = write_docx(tmp_path / "stijl.docx", [("Artikel 1", None, None)], numbering=NUMBERING)
    document = docx.Document(str(path))
    style = document.styles.add_style("Lid", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    ))
    document.add_paragraph("De raad stelt een verordening vast.", style="Lid")
    document.add_paragraph("De verordening wordt bekendgemaakt.", style="Lid")
    document.save(str(path))
    assert [block.text for block in read_document(path).blocks] == [
        "Artikel 1", "1. De raad stelt een verordening vast.", "2. De verordening wordt bekendgemaakt.",
    ]
