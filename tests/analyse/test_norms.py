"""Norm type per provision (domain.md §3): markers, negation, passives, present-tense duties."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "norm_type"),
    [
        ("Het college draagt zorg voor de opvang van dak- en thuislozen.", "obligation"),
        ("Gedeputeerde staten stellen elke vier jaar een programma vast.", "obligation"),
        ("De raad is verplicht een rekenkamer in te stellen.", "obligation"),
        ("Het plan wordt door het college binnen zes weken vastgesteld.", "obligation"),
        ("De burgemeester kan een tijdelijk huisverbod opleggen.", "power"),
        ("Het dagelijks bestuur is bevoegd een last onder dwangsom op te leggen.", "power"),
        ("Het is verboden zonder vergunning een evenement te organiseren.", "prohibition"),
        ("Het college is niet bevoegd af te wijken van het plan.", "prohibition"),
        ("De burgemeester kan geen ontheffing verlenen.", "prohibition"),
        ("Het college behoeft geen nieuw plan vast te stellen.", "permission"),
        ("De raad is niet verplicht een commissie in te stellen.", "permission"),
        ("Bij algemene maatregel van bestuur worden regels gesteld over de inrichting van het register.", "delegation"),
        ("Bij ministeriële regeling kunnen nadere regels worden gesteld over de aanvraag.", "delegation"),
        ("Onze Minister stelt nadere regels over de verantwoording.", "delegation"),
        ("In deze wet wordt verstaan onder college: college van burgemeester en wethouders.", "definition"),
        ("Artikel 5 van de Wet op de opvang wordt als volgt gewijzigd.", "amendment"),
        ("Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.", "transitional"),
        ("Deze wet wordt aangehaald als: Wet lokale opvang.", "transitional"),
        ("Voor de toepassing van dit artikel wordt als woning aangemerkt een zelfstandige woonruimte.", "definition"),
        ("Een verzameluitkering is een specifieke uitkering aan gemeenten per ministerie.", "definition"),
        ("Het college gaat niet over tot sluiting dan nadat de raad is gehoord.", "prohibition"),
        ("De raad bestaat uit negen leden.", "other"),
        ("Er is een landelijk register van meldpunten.", "other"),
        ("Artikel 4 is van overeenkomstige toepassing.", "other"),
    ],
)
def test_norm_type(analyse, text: str, norm_type: str) -> None:
    assert analyse(text).norm_type == norm_type


def test_lid_number_and_enumeration_belong_to_the_provision(analyse) -> None:
    text = "1. Het college stelt een plan vast dat in ieder geval bevat:\na. de doelen;\nb. de middelen."
    provision = analyse(text)
    assert provision.norm_type == "obligation" and provision.layers == ["gemeente"]


def test_duty_outweighs_power_of_the_same_organ(analyse) -> None:
    provision = analyse("Het college kan advies vragen. Het college beslist binnen acht weken.")
    assert provision.norm_type == "obligation"


def test_conditional_duty_after_subordinate_clause(analyse) -> None:
    provision = analyse("Indien de raad een verordening heeft vastgesteld, zendt het college deze aan Onze Minister.")
    assert provision.norm_type == "obligation"
    assert provision.layers == ["gemeente"]


def test_duties_listed_in_onderdelen(analyse) -> None:
    provision = analyse("Het college:\na. stelt een plan vast;\nb. verstrekt jaarlijks gegevens aan Onze Minister.")
    assert provision.norm_type == "obligation" and provision.layers == ["gemeente"]


def test_kan_with_a_private_party_as_subject_is_a_permission(analyse) -> None:
    provision = analyse("Tegen de weigering van de ontheffing kan een belanghebbende bezwaar maken bij het college.")
    assert provision.norm_type == "permission"
    assert provision.layers == []


def test_consent_of_a_co_government_is_its_power(analyse) -> None:
    provision = analyse(
        "Het voorstel tot grenswijziging behoeft de instemming van gedeputeerde staten en van de raden van de "
        "betrokken gemeenten."
    )
    assert provision.norm_type == "power"
    assert provision.layers == ["gemeente", "provincie"]


def test_consent_of_a_minister_gives_no_layer(analyse) -> None:
    provision = analyse("Het voorstel tot grenswijziging behoeft de instemming van Onze Minister.")
    assert provision.layers == []


def test_condition_that_a_co_government_decides_is_its_power(analyse) -> None:
    provision = analyse(
        "Het tweede lid is niet van toepassing wanneer gedeputeerde staten besluiten dat de kosten ten laste van de provincie komen."
    )
    assert provision.norm_type == "power"
    assert provision.layers == ["provincie"]


def test_decisions_as_a_noun_after_a_condition_give_no_power(analyse) -> None:
    provision = analyse(
        "Indien het college een register heeft ingesteld, treden besluiten van het college in werking na plaatsing daarin."
    )
    assert provision.norm_type != "power"


def test_editorial_note_before_a_lid_is_no_commencement_clause(analyse) -> None:
    provision = analyse("Treedt in werking op een nader te bepalen tijdstip Het college zendt het verslag aan de raad.")
    assert provision.norm_type == "obligation"
    assert provision.layers == ["gemeente"]


def test_commencement_clause_stays_transitional(analyse) -> None:
    assert analyse("Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.").norm_type == "transitional"


def test_attendance_of_an_official_is_a_duty(analyse) -> None:
    provision = analyse("De gemeentesecretaris is bij de vergaderingen van het college aanwezig.")
    assert provision.norm_type == "obligation"
    assert provision.layers == ["gemeente"]


def test_value_fixed_by_a_calculation_is_a_definition(analyse) -> None:
    provision = analyse("De bijdrage per inwoner is het product van het basisbedrag en de factor, bedoeld in het tweede lid.")
    assert provision.norm_type == "definition"
