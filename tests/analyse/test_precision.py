"""Layers the analysis must not give: readings that once made a co-government of someone else.

Every text is written for these tests in bill-drafting style; each negative case has a positive twin
showing that the true reading still fires.
"""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.model import Provision

SEVERAL_LAYERS = "Besluit bekendmaking van regelgeving van gemeenten, provincies en waterschappen"


def _law(title: str | None, *texts: str) -> list[Provision]:
    provisions = [Provision(id=f"artikel {i}", article=str(i), paragraph=None, text=text) for i, text in enumerate(texts, 1)]
    return analyse_provisions(provisions, None, title)


def test_document_about_several_layers_reads_only_the_layer_the_clause_names() -> None:
    (provision,) = _law(SEVERAL_LAYERS, "Het provinciaal blad wordt elektronisch uitgegeven op een door gedeputeerde staten aan te wijzen webadres.")
    assert provision.layers == ["provincie"]


def test_clause_naming_a_layer_outside_the_document_subject_takes_none() -> None:
    (provision,) = _law(SEVERAL_LAYERS, "Het eilandsblad wordt uitgegeven op een door het bestuurscollege te kiezen webadres.")
    assert provision.layers == []


def test_document_about_several_layers_still_covers_a_clause_that_names_none() -> None:
    (provision,) = _law(SEVERAL_LAYERS, "Het blad wordt kosteloos en doorlopend elektronisch uitgegeven.")
    assert provision.layers == ["gemeente", "provincie", "waterschap"]


def test_pronoun_opening_a_relative_clause_is_no_anaphor() -> None:
    (provision,) = _law(
        "Wet natuurbeheer openbare lichamen Bonaire, Sint Eustatius en Saba",
        "Zij die uit hoofde van hun beroep tot geheimhouding verplicht zijn, kunnen weigeren inlichtingen te geven.",
    )
    assert provision.layers == []


def test_plain_pronoun_still_continues_the_earlier_addressee() -> None:
    first, second = analyse_provisions([
        Provision(id="artikel 3, lid 1", article="3", paragraph="1", text="Het bestuurscollege houdt een register van stranden bij."),
        Provision(id="artikel 3, lid 2", article="3", paragraph="2", text="Zij kunnen daartoe gegevens opvragen bij de havenmeester."),
    ])
    assert first.layers == ["openbaar_lichaam"]
    assert second.layers == ["openbaar_lichaam"]


def test_chair_of_a_disciplinary_council_is_not_the_burgemeester() -> None:
    first, second = _law(
        "Wet op de beroepsorde van tolken",
        "De voorzitter van de raad van discipline wijst binnen vier weken een rapporteur aan.",
        "De voorzitter kan de termijn eenmaal met vier weken verlengen.",
    )
    assert first.layers == []
    assert second.layers == []


def test_chair_of_the_council_is_still_the_burgemeester() -> None:
    (provision,) = _law(None, "De voorzitter van de raad sluit de vergadering wanneer de orde ernstig wordt verstoord.")
    assert provision.layers == ["gemeente"]


def test_organ_of_an_opinion_keeps_its_layer() -> None:
    first, second = _law(
        None,
        "Indien de voorzitter van de raad van oordeel is dat de orde is verstoord, schorst hij de vergadering.",
        "Als gedeputeerde staten van mening zijn dat het programma onvolledig is, stellen zij het opnieuw vast.",
    )
    assert first.layers == ["gemeente"]
    assert second.layers == ["provincie"]


FUNDS_LAW = "Wet financiering van gemeenten"


def test_rijk_booking_a_fund_payment_gives_the_gemeente_no_task() -> None:
    first, second = _law(
        FUNDS_LAW,
        "Een decentralisatie-uitkering wordt na drie jaren in de algemene uitkering opgenomen.",
        "Een aanvullende uitkering wordt alleen toegekend indien de gemeente haar eigen heffingen redelijk heeft vastgesteld.",
    )
    assert first.layers == []
    assert second.layers == []


def test_spending_a_fund_payment_stays_the_recipients_task() -> None:
    (provision,) = _law(FUNDS_LAW, "De verzameluitkering wordt uitsluitend besteed aan de doelen van het programma.")
    assert provision.layers == ["gemeente"]


def test_office_holders_own_position_is_no_task_of_the_layer() -> None:
    first, second = _law(
        "Besluit positie van burgemeesters",
        "Indien de burgemeester zijn ambt langer dan een maand niet kan uitoefenen, meldt hij dat aan de commissaris van de Koning.",
        "De burgemeester behoudt zijn aanspraak op de toelage zolang hij in functie blijft.",
    )
    assert first.layers == []
    assert second.layers == []


def test_office_holders_act_for_the_gemeente_stays_a_task() -> None:
    (provision,) = _law(
        None, "Indien de burgemeester in zijn gemeente vreest dat de orde ernstig wordt verstoord, kan hij de ontruiming van het gebouw bevelen."
    )
    assert provision.layers == ["gemeente"]


def test_applicants_separable_act_does_not_inherit_the_earlier_addressee() -> None:
    first, second, third = analyse_provisions([
        Provision(id="artikel 6, lid 1", article="6", paragraph="1", text="Burgemeester en wethouders verlenen de vergunning voor een ligplaats."),
        Provision(id="artikel 6, lid 2", article="6", paragraph="2", text="Bij de aanvraag wordt een tekening van de ligplaats overgelegd."),
        Provision(id="artikel 6, lid 3", article="6", paragraph="3", text="De vergunning wordt binnen acht weken na de aanvraag verleend."),
    ])
    assert first.layers == ["gemeente"]
    assert second.layers == []
    assert third.layers == ["gemeente"]


BURIAL_LAW = "Wet op het begraven BES"


def test_passive_with_mogen_permits_anyone() -> None:
    (provision,) = _law(BURIAL_LAW, "Op een algemene begraafplaats mogen urnen in een muur worden bijgezet, mits de nis wordt afgesloten.")
    assert provision.layers == []
    assert provision.norm_type == "permission"


def test_passive_with_kan_stays_a_power_of_the_documents_layer() -> None:
    (provision,) = _law(BURIAL_LAW, "De vergunning tot bijzetting kan voor ten hoogste tien jaren worden verleend.")
    assert provision.layers == ["openbaar_lichaam"]
    assert provision.norm_type == "power"


def test_repeal_of_a_named_regulation_is_no_task() -> None:
    (provision,) = _law("Waterschapsbesluit", "Het Besluit verslaglegging waterschappen 2001 wordt ingetrokken.")
    assert provision.layers == []
    assert provision.norm_type == "amendment"


def test_revoking_a_decision_stays_the_organs_act() -> None:
    (provision,) = _law("Waterschapsbesluit", "De ontheffing wordt ingetrokken indien de houder de voorschriften niet naleeft.")
    assert provision.layers == ["waterschap"]


def test_legal_fiction_about_an_organ_gives_it_no_task() -> None:
    (provision,) = _law(
        None,
        "Besluiten van het bestuur van de kwartiermaker worden met ingang van de instellingsdatum geacht te zijn "
        "genomen door gedeputeerde staten.",
    )
    assert provision.layers == []


def test_passive_with_an_organ_as_agent_stays_its_task() -> None:
    (provision,) = _law(None, "Het besluit wordt met ingang van de instellingsdatum door gedeputeerde staten genomen.")
    assert provision.layers == ["provincie"]
