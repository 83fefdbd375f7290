"""Numbering the readers met in real law, on texts written here in the same shape, in XML, PDF, DOCX.

* Kieswet-style article numbers: a chapter letter, a space and a number ("Artikel A 1",
  "Artikel Ya 17", "Artikel Q 12a") are whole article numbers, not article "A" plus text;
* an unnumbered article under its own heading (like the Grondwet's "Algemene bepaling") is an
  article of its own, not glued onto the article before it;
* Word numbering that runs on across articles (the list never restarted): each article's leden
  start at 1 again, and the bill carries a note saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.ingest_fixtures import numbering_xml, wrap, write_docx, write_pdf
from wetscan.ingest import read_document
from wetscan.structure import parse_document

TITLE = "Regels over de verkiezing van de leden van de dorpsraden (Wet dorpsraden)"
#: (article heading, [leden]) — a text written for this test in Kieswet style.
ARTICLES = [
    ("Artikel A 1", ["Deze wet is van toepassing op de verkiezing van de leden van een dorpsraad.",
                     "Het college draagt zorg voor de organisatie van de verkiezing."]),
    ("Artikel Ya 17", ["Het college zendt binnen vier weken na de stemming een verslag aan Onze Minister."]),
    ("Artikel Q 12a", ["De burgemeester kan een ander stembureau aanwijzen.",
                       "De raad stelt bij verordening regels over de stembureaus."]),
    ("Algemene bepaling", ["Deze wet waarborgt de inspraak van de inwoners van een dorp."]),
]
EXPECTED_IDS = [
    "artikel A 1, eerste lid", "artikel A 1, tweede lid", "artikel Ya 17",
    "artikel Q 12a, eerste lid", "artikel Q 12a, tweede lid", "Algemene bepaling",
]


def _xml(path: Path) -> Path:
    articles = []
    for heading, leden in ARTICLES:
        if heading.startswith("Artikel"):
            kop = f"<kop><label>Artikel</label><nr>{heading.split(' ', 1)[1]}</nr></kop>"
        else:
            kop = f"<kop><titel>{heading}</titel></kop>"
        if len(leden) == 1:
            body = f"<al>{leden[0]}</al>"
        else:
            body = "".join(f"<lid><lidnr>{i}</lidnr><al>{text}</al></lid>" for i, text in enumerate(leden, 1))
        articles.append(f"<artikel>{kop}{body}</artikel>")
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><toestand bwb-id="BWBR9999999"><wetgeving soort="wet">'
        f"<citeertitel>Wet dorpsraden</citeertitel><wet-besluit><wettekst>{''.join(articles)}</wettekst>"
        "</wet-besluit></wetgeving></toestand>", encoding="utf-8")
    return path


def _printed_lines() -> list[str]:
    lines = [TITLE]
    for heading, leden in ARTICLES:
        lines.append(heading)
        if len(leden) == 1:
            lines += wrap(leden)
        else:
            for number, text in enumerate(leden, 1):
                lines += wrap([f"{number}. {text}"])
    return lines


def _pdf(path: Path) -> Path:
    return write_pdf(path, [_printed_lines()])


def _docx(path: Path) -> Path:
    numbering = numbering_xml({1: [("decimal", "%1.", 1)]}, {n: (1, {0: 1}) for n in range(1, len(ARTICLES) + 1)})
    paragraphs: list = [(TITLE, None, None)]
    for index, (heading, leden) in enumerate(ARTICLES, start=1):
        paragraphs.append((heading, None, "Heading 3"))
        for text in leden:
            paragraphs.append((text, (index, 0) if len(leden) > 1 else None, None))
    return write_docx(path, paragraphs, numbering=numbering)


@pytest.mark.parametrize("write", [_xml, _pdf, _docx], ids=["xml", "pdf", "docx"])
def test_lettered_article_numbers_and_an_unnumbered_article(tmp_path: Path, write) -> None:
    path = write(tmp_path / f"dorpsraden.{write.__name__[1:]}")
    bill = parse_document(read_document(path))
    provisions = [p for p in bill.provisions if p.part == "bill"]
    assert [p.id for p in provisions] == EXPECTED_IDS
    assert [p.article for p in provisions][:3] == ["A 1", "A 1", "Ya 17"]
    unnumbered = provisions[-1]
    assert unnumbered.text == ARTICLES[-1][1][0]
    assert "inspraak" not in provisions[-2].text  # not glued onto artikel Q 12a


CONTINUED = [
    ("Artikel 1", ["Het college wijst een dorpsraad aan voor iedere kern.", "De raad stelt de grenzen van de kernen vast."]),
    ("Artikel 2", ["De dorpsraad adviseert het college over het beleid voor de kern.",
                   "Het college beslist binnen acht weken op een advies."]),
    ("Artikel 3", ["Deze wet treedt in werking met ingang van 1 januari 2028."]),
]


def _continued_docx(path: Path) -> Path:
    """One Word list for all leden of the bill, never restarted: artikel 2 prints "3." and "4."."""
    numbering = numbering_xml({1: [("decimal", "%1.", 1)]}, {1: (1, {})})
    paragraphs: list = [(TITLE, None, None)]
    for heading, leden in CONTINUED:
        paragraphs.append((heading, None, "Heading 3"))
        paragraphs += [(text, (1, 0) if len(leden) > 1 else None, None) for text in leden]
    return write_docx(path, paragraphs, numbering=numbering)


def _continued_pdf(path: Path) -> Path:
    lines, number = [TITLE], 0
    for heading, leden in CONTINUED:
        lines.append(heading)
        for text in leden:
            if len(leden) > 1:
                number += 1
                text = f"{number}. {text}"
            lines += wrap([text])
    return write_pdf(path, [lines])


@pytest.mark.parametrize("write", [_continued_docx, _continued_pdf], ids=["docx", "pdf"])
def test_lid_numbering_continued_across_articles_restarts_per_article(tmp_path: Path, write) -> None:
    path = write(tmp_path / f"doorlopend.{write.__name__.rsplit('_', 1)[1]}")
    document = read_document(path)
    assert "3. De dorpsraad adviseert" in document.text  # as Word printed it
    bill = parse_document(document)
    assert [p.id for p in bill.provisions] == [
        "artikel 1, eerste lid", "artikel 1, tweede lid", "artikel 2, eerste lid", "artikel 2, tweede lid", "artikel 3",
    ]
    assert bill.provision("artikel 2, tweede lid").text == CONTINUED[1][1][1]
    assert bill.notes == [
        "artikel 2: de nummering van de leden loopt door vanaf het vorige artikel (3–4, een lijst die nooit opnieuw "
        "begint); leden vanaf 1 hernummerd"
    ]


def test_leden_after_a_restarted_list_are_left_alone(tmp_path: Path) -> None:
    """A lid 3 after an article whose last lid was 1 is no continuation: nothing is renumbered."""
    lines = [TITLE, "Artikel 1", "Het college wijst een dorpsraad aan.", "Artikel 2", "3. Het college beslist binnen acht weken.",
             "4. De raad stelt regels."]
    bill = parse_document(read_document(write_pdf(tmp_path / "gat.pdf", [lines])))
    assert [p.paragraph for p in bill.provisions] == [None, "3", "4"]
    assert bill.notes == []
