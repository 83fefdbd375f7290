"""Mandatory versus voluntary cooperation (domain.md §4; rules R07-R11)."""

from __future__ import annotations

import pytest

from tests.analyse.conftest import rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("De raden van de gemeenten in een kustregio treffen een gemeenschappelijke regeling voor het duinbeheer.", "R07"),
        ("Gedeputeerde staten en de colleges stellen gezamenlijk een omgevingsdienst in.", "R07"),
        ("De colleges werken in regionaal verband samen bij de inkoop van jeugdhulp.", "R08"),
        ("Het college werkt samen met de colleges van de andere gemeenten in de regio.", "R08"),
        ("Bij algemene maatregel van bestuur worden de regio's aangewezen waarbinnen de gemeenten samenwerken.", "R09"),
        (
            "Gedeputeerde staten kunnen gemeenten aanwijzen die een gemeenschappelijke regeling moeten treffen.",
            "R09",
        ),
        ("Het land is verdeeld in regio’s die omvatten de gemeenten zoals aangegeven in de bijlage bij deze wet.", "R09"),
    ],
)
def test_mandatory_cooperation(analyse, text: str, rule: str) -> None:
    provision = analyse(text)
    assert provision.mandatory_cooperation
    assert rule in rules(provision)


@pytest.mark.parametrize(
    "text",
    [
        "Colleges kunnen deze taak gezamenlijk uitvoeren.",
        "De raden kunnen een gemeenschappelijke regeling treffen voor de uitvoering van deze wet.",
        "Het staat de colleges vrij om gezamenlijk een gezondheidsdienst in stand te houden.",
    ],
)
def test_voluntary_cooperation_is_counter_evidence(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert "R11" in rules(provision)


@pytest.mark.parametrize(
    "text",
    [
        "Het college werkt samen met de zorgverzekeraars en de huisartsen.",
        "Het college maakt afspraken met de politie en het openbaar ministerie.",
        "Het bestuur van de veiligheidsregio draagt zorg voor de brandweerzorg.",
        "Het college stelt een plan vast waarin in ieder geval staat hoe het samenwerkt met de omliggende gemeenten.",
    ],
)
def test_not_intergovernmental_cooperation(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert provision.layers == ["gemeente"]


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


def test_own_task_of_a_compulsory_joint_body_is_no_cooperation_duty(analyse) -> None:
    provision = analyse("De omgevingsdienst zendt jaarlijks een verslag van zijn werkzaamheden aan de deelnemers.")
    assert not provision.mandatory_cooperation
