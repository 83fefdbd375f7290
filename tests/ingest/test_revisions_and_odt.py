"""Drafts as they really are: Word tracked changes and comments, and OpenDocument text.

The texts are written for these tests. Word files get their tracked changes from billgen's
``add_revisions`` (the same code that builds the consultation examples); ODT files are written
with odfdo, the library the reader uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from odfdo import Document as OdfDocument
from odfdo import Element

from tests.ingest.ingest_fixtures import numbering_xml, write_docx
from tools.billgen.tracked import add_revisions
from wetscan.errors import CorruptFile
from wetscan.ingest import read_document
from wetscan.ingest.revisions import revision_notes
from wetscan.scan import scan
from wetscan.structure import parse_document

LEDEN = ["Het college beslist binnen acht weken op een aanvraag.", "De raad stelt regels over de aanvraag."]


def _draft(path: Path) -> Path:
    numbering = numbering_xml({1: [("decimal", "%1.", 1)]}, {1: (1, {0: 1})})
    paragraphs = [("Regels over aanvragen (Wet aanvragen)", None, None), ("VOORSTEL VAN WET", None, None),
                  ("Artikel 1", None, "Heading 3")] + [(text, (1, 0), None) for text in LEDEN]
    write_docx(path, paragraphs, numbering=numbering)
    return add_revisions(path, [{"text": "binnen acht weken", "was": "binnen zes weken"},
                                {"text": " over de aanvraag", "was": ""}],
                         [{"at": "De raad stelt", "note": "Afstemmen met de VNG."}])


def test_tracked_changes_accepted_by_default_and_counted(tmp_path: Path) -> None:
    document = read_document(_draft(tmp_path / "concept.docx"))
    assert "1. Het college beslist binnen acht weken op een aanvraag." in document.text
    assert "zes weken" not in document.text and "Afstemmen" not in document.text
    assert document.metadata["tracked_changes"] == "3" and document.metadata["comments"] == "1"
    assert revision_notes(document) == ["gescand met 3 bijgehouden wijzigingen aanvaard", "1 opmerking in het document genegeerd"]


def test_original_text_with_all_changes_rejected(tmp_path: Path) -> None:
    document = read_document(_draft(tmp_path / "concept.docx"), revisions="original")
    assert "1. Het college beslist binnen zes weken op een aanvraag." in document.text
    assert "2. De raad stelt regels." in document.text
    assert revision_notes(document)[0] == "gescand met 3 bijgehouden wijzigingen verworpen (oorspronkelijke tekst)"


def test_the_report_says_what_was_done_with_the_changes(tmp_path: Path) -> None:
    report = scan(_draft(tmp_path / "concept.docx")).report()
    assert report["document"]["notes"][:2] == ["gescand met 3 bijgehouden wijzigingen aanvaard",
                                               "1 opmerking in het document genegeerd"]


# ---------------------------------------------------------------------------------------------
# OpenDocument text
# ---------------------------------------------------------------------------------------------

LIST_STYLE = ('<text:list-style style:name="Leden">'
              '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
              '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix="."/>'
              '</text:list-style>')


def _odt(path: Path, body: list[str]) -> Path:
    document = OdfDocument("text")
    document.body.clear()
    document.insert_style(Element.from_tag(LIST_STYLE), automatic=True)
    for xml in body:
        document.body.append(Element.from_tag(xml))
    document.save(str(path))
    return path


def _items(*texts: str, attributes: str = "") -> str:
    items = "".join(f"<text:list-item><text:p>{text}</text:p></text:list-item>" for text in texts)
    return f'<text:list text:style-name="Leden"{attributes}>{items}</text:list>'


def test_odt_list_numbering_restarts_per_list_and_continues_when_asked(tmp_path: Path) -> None:
    path = _odt(tmp_path / "wet.odt", [
        "<text:h text:outline-level=\"1\">Regels over aanvragen (Wet aanvragen)</text:h>",
        "<text:h text:outline-level=\"3\">Artikel 1</text:h>",
        '<text:list text:style-name="Leden"><text:list-item><text:p>Het college verstrekt:</text:p>'
        "<text:list><text:list-item><text:p>een register;</text:p></text:list-item>"
        "<text:list-item><text:p>een overzicht.</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>De raad stelt regels.</text:p></text:list-item></text:list>",
        "<text:h text:outline-level=\"3\">Artikel 2</text:h>",
        _items("Het college beslist binnen acht weken."),
        "<text:p>Een toelichtende zin.</text:p>",
        _items("De raad kan nadere regels stellen.", attributes=' text:continue-numbering="true"'),
    ])
    document = read_document(path)
    assert document.format == "odt"
    assert [block.text for block in document.blocks][2:] == [
        "1. Het college verstrekt:", "a. een register;", "b. een overzicht.", "2. De raad stelt regels.",
        "Artikel 2", "1. Het college beslist binnen acht weken.", "Een toelichtende zin.",
        "2. De raad kan nadere regels stellen.",
    ]
    bill = parse_document(document)
    assert bill.provision("artikel 1, eerste lid").text == "Het college verstrekt: a. een register; b. een overzicht."


def test_odt_tracked_changes_and_comments(tmp_path: Path) -> None:
    tracked = ('<text:tracked-changes>'
               '<text:changed-region text:id="c1"><text:insertion><office:change-info><dc:creator>x</dc:creator>'
               '<dc:date>2026-01-01T00:00:00</dc:date></office:change-info></text:insertion></text:changed-region>'
               '<text:changed-region text:id="c2"><text:deletion><office:change-info><dc:creator>x</dc:creator>'
               '<dc:date>2026-01-01T00:00:00</dc:date></office:change-info><text:p>zes</text:p></text:deletion>'
               '</text:changed-region></text:tracked-changes>')
    paragraph = ('<text:p>Het college beslist binnen <text:change text:change-id="c2"/>'
                 '<text:change-start text:change-id="c1"/>acht<text:change-end text:change-id="c1"/> weken.'
                 '<office:annotation><dc:creator>x</dc:creator><text:p>Haalbaar?</text:p></office:annotation></text:p>')
    path = _odt(tmp_path / "concept.odt", [tracked, "<text:h text:outline-level=\"3\">Artikel 1</text:h>", paragraph])
    proposed = read_document(path)
    assert proposed.blocks[-1].text == "Het college beslist binnen acht weken."
    assert revision_notes(proposed) == ["gescand met 2 bijgehouden wijzigingen aanvaard", "1 opmerking in het document genegeerd"]
    original = read_document(path, revisions="original")
    assert original.blocks[-1].text == "Het college beslist binnen zes weken."


def test_a_damaged_odt_is_one_line_error(tmp_path: Path) -> None:
    path = _odt(tmp_path / "kapot.odt", ["<text:p>Artikel 1</text:p>"])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile) as error:
        read_document(path)
    assert str(error.value).startswith(str(path)) and "\n" not in str(error.value)
