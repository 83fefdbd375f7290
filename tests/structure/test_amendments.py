"""Amending articles: quoted articles and leden, text replacements, several amended laws."""

from __future__ import annotations

import pytest

from tests.structure.bills import AMENDING_BILL, by_line, by_paragraph
from wetscan.structure import parse_document


@pytest.fixture(scope="module", params=["hints", "paragraph", "line"])
def bill(request):
    if request.param == "hints":
        return parse_document(by_paragraph(AMENDING_BILL, quoted_hints=True))
    if request.param == "paragraph":
        return parse_document(by_paragraph(AMENDING_BILL))
    return parse_document(by_line(AMENDING_BILL))


def test_quoted_article_with_leden(bill):
    lid = bill.provision("artikel I, onderdeel B, artikel 2.8, eerste lid")
    assert (lid.article, lid.paragraph, lid.amends) == ("2.8", "1", "Jeugdwet")
    assert lid.instruction == "Artikel 2.8 komt te luiden:"
    assert lid.kind == "provision"
    assert lid.text.startswith("Het college stelt in samenwerking")
    assert bill.provision("artikel I, onderdeel B, artikel 2.8, tweede lid").paragraph == "2"


def test_inserted_article_without_leden(bill):
    article = bill.provision("artikel I, onderdeel C, artikel 2.8a")
    assert (article.article, article.paragraph, article.amends) == ("2.8a", None, "Jeugdwet")
    assert article.instruction == "Na artikel 2.8 wordt een artikel ingevoegd, luidende:"
    assert "gemeenschappelijke regeling" in article.text


def test_lid_inserted_by_numbered_sub_instruction(bill):
    lid = bill.provision("artikel I, onderdeel D, artikel 2.9, lid 2a")
    assert (lid.article, lid.paragraph) == ("2.9", "2a")
    assert lid.instruction == "2. Na het tweede lid wordt een lid ingevoegd, luidende:"


def test_lid_added_to_an_article(bill):
    lid = bill.provision("artikel I, onderdeel E, artikel 2.10, derde lid")
    assert (lid.article, lid.paragraph, lid.amends) == ("2.10", "3", "Jeugdwet")
    assert lid.text.startswith("Gedeputeerde staten kunnen het college een aanwijzing geven")


def test_pure_text_replacements_are_amendments(bill):
    replaced = bill.provision("artikel I, onderdeel D")
    assert replaced.kind == "amendment"
    assert replaced.article == "I"
    assert "«kan» vervangen door «draagt zorg voor»" in replaced.text
    assert "Het derde lid vervalt." in replaced.text
    assert "Het college verstrekt" not in replaced.text
    repeal = bill.provision("artikel I, onderdeel F")
    assert (repeal.kind, repeal.text, repeal.amends) == ("amendment", "Artikel 7.4 vervalt.", "Jeugdwet")


def test_quoted_fragment_and_its_definition(bill):
    fragment = bill.provision("artikel I, onderdeel A")
    assert fragment.article == "1.1"
    assert fragment.text == "jeugdregio: samenwerkingsverband van gemeenten als bedoeld in artikel 2.8a."
    assert bill.definitions["jeugdregio"].provision_id == "artikel I, onderdeel A"


def test_several_amended_laws(bill):
    replacement = bill.provision("artikel II")
    assert (replacement.kind, replacement.amends, replacement.article) == ("amendment", "Gemeentewet", "II")
    inserted = bill.provision("artikel III, artikel 124ba, eerste lid")
    assert (inserted.article, inserted.paragraph, inserted.amends) == ("124ba", "1", "Gemeentewet")


def test_non_amending_roman_article_is_a_normal_provision(bill):
    commencement = bill.provision("artikel IV")
    assert (commencement.kind, commencement.amends, commencement.article) == ("provision", None, "IV")


def test_no_envelope_text_leaks_into_quoted_provisions(bill):
    for provision in bill.provisions:
        if provision.instruction:
            assert "luidende" not in provision.text
            assert "wordt als volgt gewijzigd" not in provision.text


def test_co_signature_formula_is_in_the_preamble(bill):
    assert "mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties" in bill.preamble


def test_memorandum_of_an_amending_bill(bill):
    by_heading = {section.heading: section for section in bill.memorandum}
    assert by_heading["Artikel I, onderdeel B"].explains == ["I"]
    assert by_heading["Artikel III, onderdeel A (artikel 124ba)"].explains == ["III", "124ba"]
    assert bill.provision("toelichting, artikel I, onderdeel B").article == "I"
