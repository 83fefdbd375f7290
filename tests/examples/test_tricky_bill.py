"""A bill full of the cases that trip parsers, rendered to every format, must parse the same.

Unlike the examples, this bill exists only in the test: article numbers "2a" and "1.2.3",
a lid inserted later ("1a"), three levels of onderdelen, footnotes inside articles, nested
hoofdstuk/afdeling/paragraaf, an amending article with and without lettered onderdelen, and
articles long enough to run over page breaks in both PDF layouts.
"""

from __future__ import annotations

import pytest
import yaml

from tools.billgen.render import render
from tools.billgen.spec import bill_from_dict
from tools.billgen.truth import expected_provisions
from wetscan.ingest import read_document
from wetscan.structure import parse_document

LONG = ("Het college beslist op een aanvraag binnen acht weken na ontvangst daarvan en kan deze termijn "
        "eenmaal met ten hoogste acht weken verdagen, indien de aanvraag naar zijn oordeel ingewikkeld is "
        "of de belangen van derden daartoe aanleiding geven. ")

ARTICLE_NOTE = "[^Zie ook artikel 5.2 van de Waterwet.]"

SOURCE = f"""
title: Regels over de registratie van evenementen op het water (Wet evenementen op het water)
dossier: "36 300"
body:
  - chapter:
      number: "1"
      title: Algemeen
      body:
        - afdeling:
            number: "1.2"
            title: Reikwijdte
            body:
              - article:
                  number: 1.2.3
                  title: Toepassingsbereik
                  text: "Deze wet is van toepassing op evenementen op het water."
  - chapter:
      number: "2"
      title: Taken
      body:
        - article:
            number: "2"
            leden:
              - "{LONG * 3}"
              - number: "1a"
                text: "In afwijking van het eerste lid beslist het college binnen vier weken over:"
                items:
                  - "een evenement met minder dan honderd deelnemers;"
                  - text: "een evenement op:"
                    items:
                      - "een kanaal;"
                      - text: "een meer, voor zover het gaat om:"
                        items: ["zeilwedstrijden;", "roeiwedstrijden."]
              - number: "2"
                text: "Gedeputeerde staten stellen jaarlijks een overzicht vast van de evenementen.{ARTICLE_NOTE}"
        - article:
            number: "2a"
            title: Spoedeisende gevallen
            text: "{LONG * 4}"
  - amending_article:
      number: I
      law: Waterwet
      intro: "De Waterwet wordt als volgt gewijzigd:"
      parts:
        - label: A
          instruction: "Na artikel 6.5 wordt een artikel ingevoegd, luidende:"
          articles:
            - number: 6.5a
              leden: ["Het dagelijks bestuur van het waterschap kan een evenement verbieden.", "{LONG * 2}"]
        - label: B
          instruction: "In artikel 6.6, tweede lid, wordt «acht weken» vervangen door «zes weken»."
  - amending_article:
      number: II
      law: Gemeentewet
      intro: null
      parts:
        - instruction: "Aan artikel 174 van de Gemeentewet wordt een lid toegevoegd, luidende:"
          leden:
            - number: "4"
              text: "De burgemeester is belast met het toezicht op evenementen op het water."
  - article:
      number: III
      text: "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."
closing:
  - "Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de hand zullen houden."
signature: ["Gegeven", "De Minister van Infrastructuur en Waterstaat,"]
memorandum:
  general:
    - number: 1
      heading: Inleiding
      paragraphs: ["Evenementen op het water nemen toe.[^Kamerstukken II 2024/25, 36 000, nr. 1.]"]
"""

def _bill(layout: str, article_notes: bool = True):
    """The bill in a PDF layout. Plain text cannot mark a footnote as one (it prints "[1]"),
    so the plain-text rendering leaves out the footnote inside an article."""
    raw = yaml.safe_load(SOURCE if article_notes else SOURCE.replace(ARTICLE_NOTE, ""))
    raw["layout"] = layout
    return bill_from_dict(raw, f"lastig-{layout}")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tricky")
    paths = render(_bill("kamerstuk"), folder, ["xml", "pdf", "docx", "html"])
    paths += render(_bill("kamerstuk", article_notes=False), folder, ["txt"])
    paths += render(_bill("consultation"), folder, ["pdf"])
    return [p for p in paths if not p.name.endswith(".toelichting.xml")]


def _bill_provisions(path):
    return [(p.id, p.article, p.paragraph, p.amends, p.text)
            for p in parse_document(read_document(path)).provisions if p.part == "bill"]


def test_tricky_bill_source_is_recovered_from_xml(rendered):
    parsed = {(article, paragraph, text) for _, article, paragraph, _, text in _bill_provisions(rendered[0])}
    for expected in expected_provisions(_bill("kamerstuk")):
        assert (expected.article, expected.paragraph, expected.text) in parsed, expected


@pytest.mark.parametrize("index", range(1, 6), ids=["pdf", "docx", "html", "txt", "pdf-consultation"])
def test_tricky_bill_parses_the_same_in_every_format(rendered, index):
    reference = _bill_provisions(rendered[0])
    actual = _bill_provisions(rendered[index])
    missing = [p for p in reference if p not in actual]
    extra = [p for p in actual if p not in reference]
    assert not missing and not extra, f"{rendered[index].name}: missing {missing[:2]}, extra {extra[:2]}"
