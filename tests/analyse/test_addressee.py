"""Addressee: the organ the norm binds or empowers, not merely the first organ named."""

from __future__ import annotations

import pytest

from tests.analyse.conftest import rules
from wetscan.analyse import explain_text


def test_minister_giving_an_instruction_is_the_addressee(analyse) -> None:
    provision = analyse("Onze Minister kan het college een aanwijzing geven indien het college zijn taak verwaarloost.")
    assert provision.norm_type == "power"
    assert provision.layers == []
    assert {"R20", "R12"} <= rules(provision)
    supervision = next(f for f in provision.findings if f.rule == "R12")
    assert supervision.layer == "gemeente"


def test_organ_after_na_overleg_met_is_no_addressee(analyse) -> None:
    provision = analyse(
        "Gedeputeerde staten stellen na overleg met de colleges van burgemeester en wethouders een programma vast."
    )
    assert provision.layers == ["provincie"]
    assert not provision.mandatory_cooperation


def test_inversion_puts_the_subject_after_the_verb(analyse) -> None:
    provision = analyse("Bij verordening stelt de raad regels over de hoogte van de vergoeding.")
    assert provision.layers == ["gemeente"]
    assert "R03" in rules(provision)


def test_passive_agent_is_the_addressee(analyse) -> None:
    provision = analyse("Door gedeputeerde staten wordt jaarlijks een verslag vastgesteld.")
    assert provision.layers == ["provincie"]


def test_subject_of_a_passive_undergoes_the_act(analyse) -> None:
    provision = analyse("De burgemeester wordt door Onze Minister geïnformeerd over de uitkomst.")
    assert provision.layers == []


def test_competence_resting_with_an_organ(analyse) -> None:
    # GUIDELINES §1: "berust bij" assigns the competence as a task
    provision = analyse("De bevoegdheid tot het verlenen van een vergunning berust bij gedeputeerde staten.")
    assert provision.norm_type == "obligation" and provision.layers == ["provincie"]


def test_private_party_with_a_duty_towards_the_gemeente(analyse) -> None:
    provision = analyse("De aanvrager verstrekt aan burgemeester en wethouders de gegevens over het evenement.")
    assert provision.norm_type == "obligation" and provision.layers == []


def test_coordinated_organs_are_all_addressed(analyse) -> None:
    provision = analyse("Gedeputeerde staten en burgemeester en wethouders dragen zorg voor de handhaving.")
    assert provision.layers == ["gemeente", "provincie"]


def test_pronoun_refers_back_to_the_organ(analyse) -> None:
    provision = analyse("Indien de raad een ombudsman instelt, zendt hij het besluit aan de Nationale ombudsman.")
    assert provision.layers == ["gemeente"]


def test_national_actor_gives_no_layer(analyse) -> None:
    provision = analyse("De inspectie houdt toezicht op de naleving van deze wet.")
    assert provision.layers == [] and "R20" in rules(provision)


def test_waterschap_and_bes_organs(analyse) -> None:
    assert "R19" in rules(analyse("Het dagelijks bestuur van het waterschap stelt een calamiteitenplan vast."))
    assert "R18" in rules(analyse("Het bestuurscollege stelt een register in."))


def test_explanation_trace() -> None:
    explanation = explain_text("Onze Minister kan het college een aanwijzing geven.")
    assert [organ.text for organ in explanation.organs] == ["Onze Minister", "college"]
    college = explanation.organs[1]
    assert college.method == "default" and college.layers == ["gemeente"]
    (clause,) = explanation.clauses
    assert clause.norm_type == "power" and clause.addressee == ["Onze Minister"]
    assert clause.trigger == "kan" and clause.addressee_reason


def test_organ_acting_together_with_the_addressee(analyse) -> None:
    provision = analyse("Onze Minister draagt tezamen met gedeputeerde staten zorg voor het herstel van de natuur.")
    assert provision.layers == ["provincie"]


def test_subject_after_a_subordinate_clause_without_comma(analyse) -> None:
    provision = analyse("Indien een lid van het algemeen bestuur lid is van een beroepsvereniging vergoedt het waterschap de contributie.")
    assert provision.layers == ["waterschap"]


def test_maker_of_the_instrument_is_the_agent(analyse) -> None:
    provision = analyse("Bij besluit van gedeputeerde staten kan een gebied worden aangewezen als stiltegebied.")
    assert provision.norm_type == "power" and provision.layers == ["provincie"]


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        ("De bevoegdheid tot het maken van provinciale verordeningen blijft gehandhaafd.", ["provincie"]),
        ("De overige bevoegdheden komen toe aan de burgemeester.", ["gemeente"]),
    ],
)
def test_holder_of_a_competence(analyse, text: str, layers: list[str]) -> None:
    provision = analyse(text)
    assert provision.norm_type == "power" and provision.layers == layers


def test_referring_participle_before_the_organ_keeps_it_the_subject(analyse) -> None:
    provision = analyse("De in artikel 12, derde lid, bedoelde gemeenteambtenaar zendt het proces-verbaal aan de raad.")
    assert provision.layers == ["gemeente"]


def test_co_governments_acting_together_with_the_addressee_share_its_power(analyse) -> None:
    provision = analyse(
        "Burgemeester en wethouders kunnen tezamen met gedeputeerde staten een gezamenlijke uitvoeringsagenda vaststellen."
    )
    assert provision.layers == ["gemeente", "provincie"]


def test_organ_of_a_bes_samenwerkingslichaam_is_openbaar_lichaam(analyse) -> None:
    provision = analyse("Het dagelijks bestuur van het samenwerkingslichaam zendt de begroting aan de eilandsraden.")
    assert provision.layers == ["openbaar_lichaam"]
