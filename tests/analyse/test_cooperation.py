"""Mandatory versus voluntary cooperation (domain.md §4, all seven forms; rules R07-R11, R21, R22).

The tasks of a statutorily compulsory joint body itself count as form 7 (GUIDELINES §3 and §5, December
2026): "Het bestuur van de veiligheidsregio draagt zorg voor ..." is mandatory cooperation.
"""

from __future__ import annotations

import pytest

from tests.analyse.conftest import assert_cooperation, rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # form 1: a duty to create, join or keep a joint body
        ("De raden van de gemeenten in een kustregio treffen een gemeenschappelijke regeling voor het duinbeheer.", "R07"),
        ("Gedeputeerde staten en de colleges stellen gezamenlijk een omgevingsdienst in.", "R07"),
        ("De colleges van de gemeenten binnen een veiligheidsregio dragen via het treffen van een gemeenschappelijke "
         "regeling zorg voor de instelling en instandhouding van een gemeentelijke gezondheidsdienst.", "R07"),
        ("De raden van de deelnemende gemeenten nemen deel aan de gemeenschappelijke regeling, bedoeld in artikel 3.", "R07"),
        ("De deelnemers aan een gemeenschappelijke regeling treffen binnen een jaar na de samenvoeging de daaruit "
         "voortvloeiende voorzieningen.", "R07"),
        ("De gemeenten waarvan het grondgebied wordt uitgebreid, worden geacht mede aan de gemeenschappelijke regeling "
         "deel te nemen.", "R09"),
        # form 2: a plain duty to cooperate
        ("De colleges werken in regionaal verband samen bij de inkoop van jeugdhulp.", "R08"),
        ("Het college werkt samen met de colleges van de andere gemeenten in de regio.", "R08"),
        ("De colleges voeren deze taak in onderlinge samenwerking uit.", "R08"),
        ("Het college voert de schuldhulpverlening uit in samenwerking met de colleges van de andere gemeenten in de "
         "arbeidsmarktregio.", "R08"),
        # form 3: areas or partners fixed from above
        ("Bij algemene maatregel van bestuur worden de regio's aangewezen waarbinnen de gemeenten samenwerken.", "R09"),
        ("Het land is verdeeld in regio’s die omvatten de gemeenten zoals aangegeven in de bijlage bij deze wet.", "R09"),
        ("Onze Minister wijst de arbeidsmarktregio's aan waarbinnen de colleges samenwerken.", "R09"),
        # form 4: powers to designate or impose
        (
            "Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling moeten treffen.",
            "R09",
        ),
        ("Een aanwijzing kan ook de verplichting tot toetreding tot een bestaande gemeenschappelijke regeling inhouden.",
         "R09"),
        # form 5: prescribed form or content of a compulsory joint body
        ("De gezamenlijke rekenkamer bestaat uit drie leden.", "R22"),
        ("Elke eilandsraad benoemt één lid van de gezamenlijke rekenkamer.", "R22"),
        ("In afwijking van artikel 13 van de Wet gemeenschappelijke regelingen bestaat het algemeen bestuur van de "
         "veiligheidsregio uit de burgemeesters van de gemeenten in de regio.", "R10"),
        # form 6: duties to coordinate or agree with other co-governments or joint bodies
        ("Het college stemt het uitvoeringsprogramma af met de programma's van de aangrenzende gemeenten en van het "
         "waterschap.", "R21"),
        ("De colleges bereiken overeenstemming over de verdeling van de kosten.", "R21"),
        ("Gedeputeerde staten stellen het programma vast in overeenstemming met de besturen van de betrokken "
         "waterschappen.", "R21"),
        ("Voor zover in deze wet is voorzien in besluiten van Onze Minister en gedeputeerde staten van de provincies, "
         "neemt Onze Minister die besluiten indien niet binnen zes maanden overeenstemming is bereikt over "
         "gelijkluidende besluiten.", "R21"),
        # form 7: tasks given to, or carried out through, a statutorily compulsory joint body
        ("Het college draagt de uitvoering van de controles op aan de omgevingsdienst.", "R22"),
        ("De burgemeester wijst de directeur van de regionale gezondheidsdienst aan als toezichthouder.", "R22"),
        ("Het bestuur van de veiligheidsregio draagt zorg voor de brandweerzorg.", "R22"),
        ("De omgevingsdienst zendt jaarlijks een verslag van zijn werkzaamheden aan de deelnemers.", "R22"),
        ("Een autoriteit voor de haven, dan wel wanneer een ramp en een crisis samenvallen, de voorzitter van de "
         "veiligheidsregio, kan in overeenstemming met Onze Minister een deel van de haven aanwijzen.", "R22"),
    ],
)
def test_mandatory_cooperation(analyse, text: str, rule: str) -> None:
    assert_cooperation(analyse(text), text, rule)


def test_every_cooperation_rule_has_a_legal_basis_and_a_one_line_explanation() -> None:
    from wetscan.analyse.lexicon import load_lexicon

    table = load_lexicon().rules
    cooperation = [rule for rule in table.values() if rule.cooperation]
    assert {rule.id for rule in cooperation} == {"R07", "R08", "R09", "R21", "R22"}
    assert all(rule.basis and rule.explanation and "\n" not in rule.explanation for rule in cooperation)


@pytest.mark.parametrize(
    "text",
    [
        "Colleges kunnen deze taak gezamenlijk uitvoeren.",
        "De raden kunnen een gemeenschappelijke regeling treffen voor de uitvoering van deze wet.",
        "Het staat de colleges vrij om gezamenlijk een gezondheidsdienst in stand te houden.",
        "Het staat de raden vrij een gemeenschappelijke regeling te treffen.",
        "De colleges kunnen in samenwerking met de colleges van andere gemeenten een gezamenlijk meldpunt inrichten.",
    ],
)
def test_voluntary_cooperation_is_counter_evidence(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert "R11" in rules(provision)


@pytest.mark.parametrize(
    "text",
    [
        # national bodies only
        "Het college maakt afspraken met de politie en het openbaar ministerie.",
        "Het college stemt zijn beleid af met Onze Minister en de politie.",
        "Het college stemt zijn beleid af met de Raad voor de Kinderbescherming.",
        # private parties only
        "Het college werkt samen met de zorgverzekeraars en de huisartsen.",
        "Het college stemt de inkoop af met de zorgaanbieders.",
        # plan-content rules that merely mention cooperation
        "Het college stelt een plan vast waarin in ieder geval staat hoe het samenwerkt met de omliggende gemeenten.",
        "Het college stelt een plan vast waarin in ieder geval staat hoe het zijn beleid afstemt met de omliggende gemeenten.",
        # a compulsory joint body that is only heard or informed
        "Voorafgaand aan de vaststelling pleegt de raad overleg met het bestuur van de veiligheidsregio.",
        "Het college zendt een afschrift van het besluit aan de gemeentelijke gezondheidsdienst.",
    ],
)
def test_not_intergovernmental_cooperation(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert provision.layers == ["gemeente"]


def test_identical_decisions_of_national_bodies_only(analyse) -> None:
    provision = analyse("Onze Minister en Onze Minister van Financiën nemen gelijkluidende besluiten over de subsidies.")
    assert not provision.mandatory_cooperation


def test_an_unknown_body_agreeing_with_one_co_government_is_not_bound_to_it(analyse) -> None:
    provision = analyse("De havenmeester stelt in overeenstemming met de burgemeester de ligplaatsen vast.")
    assert not provision.mandatory_cooperation


def test_designating_the_gemeenten_that_take_over_a_dissolved_body_s_tasks_is_no_cooperation(analyse) -> None:
    provision = analyse("Onze Minister kan, burgemeester en wethouders van de betrokken gemeenten gehoord, de rechten "
                        "aanwijzen die behoren bij de voorheen door het openbaar lichaam uitgeoefende taken, alsmede de "
                        "gemeenten waarnaar die rechten overgaan.")
    assert not provision.mandatory_cooperation


def test_participants_that_only_receive_something_are_not_bound_to_each_other(analyse) -> None:
    provision = analyse("De deelnemers aan de gemeenschappelijke regeling ontvangen jaarlijks een afschrift van de begroting.")
    assert not provision.mandatory_cooperation


def test_national_partner_only_in_overeenstemming_met(analyse) -> None:
    provision = analyse("Gedeputeerde staten stellen het programma vast in overeenstemming met Onze Minister.")
    assert not provision.mandatory_cooperation and provision.layers == ["provincie"]


def test_plan_content_rule_mentioning_cooperation(analyse) -> None:
    provision = analyse("Het plan bevat in ieder geval een beschrijving van de afstemming met de aangrenzende gemeenten.")
    assert not provision.mandatory_cooperation


def test_status_of_one_member_of_a_compulsory_joint_body_is_no_cooperation(analyse) -> None:
    provision = analyse("Een lid van de gezamenlijke rekenkamer wordt door de eilandsraad die hem heeft benoemd, ontslagen "
                        "op eigen verzoek.")
    assert not provision.mandatory_cooperation


def test_deviation_from_the_wgr(analyse) -> None:
    provision = analyse(
        "In afwijking van de Wet gemeenschappelijke regelingen benoemt Onze Minister de voorzitter van de veiligheidsregio."
    )
    assert "R10" in rules(provision)
    assert provision.layers == []


@pytest.mark.parametrize(
    "text",
    [
        "In afwijking van artikel 1, eerste lid, van de Wet gemeenschappelijke regelingen treffen de colleges "
        "binnen een regio een gemeenschappelijke regeling.",
        "In afwijking van artikel 12.4 van de Provinciewet stellen provinciale staten de verordening vast.",
        "In afwijking van de artikelen 81a tot en met 81c van de Gemeentewet stelt de raad geen rekenkamer in.",
    ],
)
def test_deviation_citing_an_article_with_its_lid(analyse, text: str) -> None:
    provision = analyse(text)
    findings = [f for f in provision.findings if f.rule == "R10"]
    assert findings and provision.text[findings[0].start:findings[0].end] == findings[0].trigger
    assert findings[0].trigger.startswith("In afwijking van")


def test_joint_body_imposed_in_the_passive(analyse) -> None:
    provision = analyse("Een omgevingsdienst wordt ingesteld als openbaar lichaam op grond van de Wet gemeenschappelijke regelingen.")
    assert provision.mandatory_cooperation
    assert provision.layers == ["gemeente", "provincie"]


def test_definition_of_a_region_is_no_cooperation_duty(analyse) -> None:
    provision = analyse("jeugdregio: gebied dat krachtens artikel 2.8a is aangewezen als gebied waarbinnen de colleges samenwerken;")
    assert not provision.mandatory_cooperation


def test_tasks_assigned_to_a_compulsory_joint_body_are_mandatory_cooperation(analyse) -> None:
    provision = analyse(
        "Bij algemene maatregel van bestuur wordt bepaald welke taken op het gebied van bodembeheer aan een "
        "omgevingsdienst worden opgedragen."
    )
    assert provision.mandatory_cooperation
    assert set(provision.layers) == {"gemeente", "provincie"}
