"""Tasks of statutorily compulsory joint bodies beyond the veiligheidsregio, GGD and omgevingsdienst
(GUIDELINES §5a, form 7): the vervoerregio of Wp2000 art. 20(3) and the former plusregio, a contactgemeente
or centrumgemeente acting for its region, the regioburgemeester. Every text is written for these tests."""

from __future__ import annotations

import pytest

from tests.analyse.conftest import rules
from wetscan.model import Definition


@pytest.mark.parametrize(
    "text",
    [
        "Het dagelijks bestuur van een openbaar lichaam als bedoeld in artikel 20, derde lid, van de Wet personenvervoer "
        "2000 stelt elke vier jaar een regionaal mobiliteitsplan vast.",
        "Het algemeen bestuur van een voormalige plusregio kan de verordening wijzigen of intrekken.",
        "Burgemeester en wethouders van de contactgemeente zenden jaarlijks een overzicht van de meldingen aan Onze Minister.",
        "De contactgemeente draagt er zorg voor dat de jongeren in alle gemeenten van de regio het programma kunnen volgen.",
        "Het college van de centrumgemeente verdeelt de middelen voor de opvang over de gemeenten in de regio.",
        "De regioburgemeester stelt jaarlijks een verslag op van de inzet van de politie in de regio.",
    ],
)
def test_task_of_a_compulsory_joint_body(analyse, text: str) -> None:
    provision = analyse(text)
    assert provision.mandatory_cooperation
    assert "gemeente" in provision.layers
    assert "R22" in rules(provision)


def test_joint_body_named_through_an_earlier_definition(analyse) -> None:
    definitions = {
        "openbaar lichaam": Definition("openbaar lichaam", "een openbaar lichaam als bedoeld in artikel 20, derde lid, "
                                       "van de Wet personenvervoer 2000", "artikel 1"),
        "dagelijks bestuur": Definition("dagelijks bestuur", "het dagelijks bestuur van een openbaar lichaam", "artikel 1"),
    }
    provision = analyse("Het dagelijks bestuur kan een deel van de bijdrage reserveren voor latere jaren.", definitions)
    assert provision.mandatory_cooperation
    assert provision.layers == ["gemeente"]


def test_a_voluntary_joint_body_through_a_definition_stays_voluntary(analyse) -> None:
    definitions = {
        "openbaar lichaam": Definition("openbaar lichaam", "een openbaar lichaam ingesteld bij gemeenschappelijke "
                                       "regeling", "artikel 1"),
        "dagelijks bestuur": Definition("dagelijks bestuur", "het dagelijks bestuur van een openbaar lichaam", "artikel 1"),
    }
    provision = analyse("Het dagelijks bestuur kan een deel van de bijdrage reserveren voor latere jaren.", definitions)
    assert not provision.mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        # a citation title that names the body
        "Deze wet wordt aangehaald als: Wet opheffing vervoerregio's.",
        # an actorless calculation done for the body, not by it
        "De bijdrage wordt voor iedere vervoerregio afzonderlijk berekend volgens de formule in de bijlage.",
        # a formula that mentions the body
        "De uitkering wordt berekend als het aandeel van de gemeente die behoort tot de centrumgemeenten, vermenigvuldigd "
        "met het beschikbare bedrag.",
    ],
)
def test_a_compulsory_joint_body_only_mentioned(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


def test_only_informing_a_contactgemeente_is_no_cooperation(analyse) -> None:
    provision = analyse("Het college zendt een afschrift van het besluit aan burgemeester en wethouders van de contactgemeente.")
    assert not provision.mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        "De raad kan niet overdragen de bevoegdheid tot de instelling van de gezamenlijke rekenkamer.",
        "De colleges kunnen niet volstaan met het aanwijzen van een centrumgemeente.",
    ],
)
def test_setting_up_or_designating_the_body_is_no_task_of_it(analyse, text: str) -> None:
    assert "R22" not in rules(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "De kringraad stelt jaarlijks het jaarverslag van de kring vast.",
        "Het bestuur van de RMC-regio zendt het verslag aan Onze Minister.",
    ],
)
def test_organs_of_a_compulsory_region(analyse, text: str) -> None:
    provision = analyse(text)
    assert provision.mandatory_cooperation and "R22" in rules(provision)


def test_identical_decisions_of_several_provinces_are_agreement(analyse) -> None:
    provision = analyse("Gedeputeerde staten van de betrokken provincies nemen gelijkluidende besluiten over de begrenzing.")
    assert provision.mandatory_cooperation and "R21" in rules(provision)


def test_joint_consent_of_the_provinces(analyse) -> None:
    provision = analyse("Het reglement behoeft de goedkeuring van Onze Minister en gedeputeerde staten van de provincies.")
    assert provision.mandatory_cooperation and "R21" in rules(provision)


@pytest.mark.parametrize(
    "text",
    [
        # each organ consents for its own territory
        "Het ontwerp behoeft de instemming van de raden van de betrokken gemeenten.",
        # the members of a voluntary joint body approve its acts
        "De wijziging van de regeling behoeft de goedkeuring van de raden van de deelnemende gemeenten.",
        # one province
        "Het besluit behoeft de goedkeuring van gedeputeerde staten van de provincie.",
    ],
)
def test_consent_that_binds_no_co_governments_together(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


def test_consent_of_a_compulsory_joint_body_is_its_power(analyse) -> None:
    provision = analyse("Het calamiteitenplan behoeft de instemming van het bestuur van de veiligheidsregio.")
    assert provision.mandatory_cooperation and "R22" in rules(provision)


def test_consent_of_one_provincie_is_no_cooperation(analyse) -> None:
    assert not analyse("Het beheerplan behoeft de instemming van gedeputeerde staten.").mandatory_cooperation


def test_a_rule_for_every_concessieverlener_binds_the_vervoerregio(analyse) -> None:
    provision = analyse("De concessieverleners zijn bevoegd bijdragen te verlenen voor het in de concessie omschreven vervoer.")
    assert provision.mandatory_cooperation and "gemeente" in provision.layers


def test_secrecy_of_former_members_is_personal(analyse) -> None:
    provision = analyse("Leden en gewezen leden van de gezamenlijke rekenkamer zijn verplicht tot geheimhouding van hetgeen "
                        "hun in die hoedanigheid vertrouwelijk ter kennis is gekomen.")
    assert not provision.mandatory_cooperation
