"""Lead authorities, designation powers and joint bodies the law itself makes compulsory (domain.md §4 forms
1, 3, 4 and 7).

* **Lead authority** (form 3): an organ of one co-government, or the bestuur of their joint body, made to act
  for several other co-governments or for their territory ("treedt op namens de colleges van de gemeenten in
  de regio").
* **Designation powers** (form 4): a power to designate co-governments that must act together or to oblige them
  to make a gemeenschappelijke regeling; the power is the province's or the minister's, the cooperation is not
  voluntary.
* **Second reading** (form 7): once one article makes a body compulsory or fixes a lead authority, the law's
  other provisions about what that body does bind its members; a body the same law leaves to the co-governments
  ("kunnen een gemeenschappelijke regeling treffen") stays voluntary.

Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyse.conftest import assert_cooperation, rules
from wetscan.analyse import analyse_provisions
from wetscan.model import Provision


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # form 3: an organ of one co-government acts for several others
        ("Het college van burgemeester en wethouders van de gemeente Zwolle treedt op als managementautoriteit "
         "namens de colleges van gedeputeerde staten van de provincies Overijssel en Gelderland.", "R09"),
        ("Gedeputeerde staten treden op als bevoegd gezag namens de gemeenten in de provincie.", "R09"),
        ("Het college van de gemeente waar de aanvrager woont, handelt namens de colleges van de andere gemeenten.",
         "R09"),
        # form 3: the holder of a function for the territory of several co-governments is fixed from above
        ("De certificeringsautoriteit voor het programma dat zich richt op het grondgebied van de provincies Limburg en "
         "Noord-Brabant is het college van gedeputeerde staten van de provincie Limburg.", "R09"),
        ("De beheerautoriteit voor het programma voor het grondgebied van de provincies Zeeland en Zuid-Holland is het "
         "dagelijks bestuur van het samenwerkingsverband Zuidwest.", "R09"),
        # form 4: a power to designate co-governments that must act together, or to oblige them to make a GR
        ("Gedeputeerde staten kunnen gemeenten aanwijzen die gezamenlijk een regionaal plan vaststellen.", "R09"),
        ("Onze Minister kan de colleges van twee of meer gemeenten verplichten tot het treffen van een "
         "gemeenschappelijke regeling.", "R09"),
        # form 1 in further wordings: a joint facility or a common service, a duty within a region
        ("Ten behoeve van de uitvoering van deze taak voorzien de colleges in een gezamenlijke voorziening.", "R07"),
        ("De colleges dragen er zorg voor dat de taken, bedoeld in het eerste lid, worden uitgevoerd door een "
         "gemeenschappelijke dienst.", "R07"),
        ("De gemeenteraden van de gemeenten binnen een regio dragen zorg voor de instandhouding van een regionaal "
         "bureau.", "R08"),
    ],
)
def test_lead_authorities_designations_and_joint_bodies(analyse, text: str, rule: str) -> None:
    assert_cooperation(analyse(text), text, rule)


@pytest.mark.parametrize(
    "text",
    [
        # acting for one's own gemeente, or for "hen" whom the sentence does not name
        "De burgemeester treedt op namens de gemeente.",
        "Het college vertegenwoordigt de gemeente in rechte.",
        # an organ acting within a territory, and a territory without any holder
        "Dit artikel is van toepassing op door burgemeester en wethouders aangewezen bedrijventerreinen binnen het "
        "grondgebied van de gemeenten Amersfoort en Houten.",
        "Het arrondissement Noord omvat het grondgebied van de provincies Drenthe en Groningen.",
        # a definition names an area, it fixes no one who acts for others
        "In deze wet wordt verstaan onder: invoer: het brengen van goederen binnen het grondgebied van de openbare "
        "lichamen.",
        # voluntary: the colleges may act together
        "De colleges kunnen gezamenlijk een regionaal plan vaststellen.",
        # a designation of national bodies only
        "Onze Minister kan instellingen aanwijzen die gezamenlijk een landelijk register bijhouden.",
    ],
)
def test_no_lead_authority_or_designation(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


def test_a_designation_power_is_no_voluntary_cooperation(analyse) -> None:
    provision = analyse("Gedeputeerde staten kunnen gemeenten aanwijzen die gezamenlijk een regionaal plan vaststellen.")
    assert "R11" not in rules(provision)


def _law(*texts: str) -> list[Provision]:
    provisions = [Provision(id=f"artikel {n}", article=str(n), paragraph=None, text=t) for n, t in enumerate(texts, 1)]
    return analyse_provisions(provisions)


def test_tasks_of_a_lead_authority_bind_the_co_governments_it_acts_for() -> None:
    law = _law(
        "De uitvoeringsautoriteit voor het programma voor het grondgebied van de provincies Drenthe en Groningen is "
        "het college van gedeputeerde staten van de provincie Groningen.",
        "De uitvoeringsautoriteit kan subsidies verlenen ten laste van het fonds.",
    )
    assert law[0].mandatory_cooperation
    assert law[1].mandatory_cooperation and "R22" in rules(law[1])


def test_tasks_of_a_national_authority_stay_national() -> None:
    law = _law(
        "De betaalautoriteit voor het programma is de directeur van de dienst van het ministerie.",
        "De betaalautoriteit kan voorschotten verlenen ten laste van het fonds.",
    )
    assert not any(provision.mandatory_cooperation for provision in law)


def test_a_compulsory_body_binds_its_members_where_the_law_names_it_again() -> None:
    law = _law(
        "De raden van de gemeenten in een kustregio stellen een samenwerkingsverband in voor het duinbeheer.",
        "Het algemeen bestuur van het samenwerkingsverband stelt jaarlijks een beheerplan vast.",
        "Burgemeester en wethouders verstrekken desgevraagd gegevens aan het dagelijks bestuur van het "
        "samenwerkingsverband.",
    )
    assert law[0].mandatory_cooperation
    assert law[1].mandatory_cooperation and "R22" in rules(law[1])
    assert not law[2].mandatory_cooperation  # the body only receives information


def test_a_body_the_law_leaves_to_the_co_governments_stays_voluntary() -> None:
    law = _law(
        "De raden van twee of meer gemeenten kunnen een gemeenschappelijke regeling treffen.",
        "De raden van de gemeenten in een kustregio treffen een gemeenschappelijke regeling voor het duinbeheer.",
        "Het algemeen bestuur van het openbaar lichaam, ingesteld bij gemeenschappelijke regeling, stelt de begroting "
        "vast.",
    )
    assert law[1].mandatory_cooperation
    assert not law[2].mandatory_cooperation


def _article(*leden: str) -> list[Provision]:
    provisions = [Provision(id=f"artikel 4, lid {n}", article="4", paragraph=str(n), text=t) for n, t in enumerate(leden, 1)]
    return analyse_provisions(provisions)


def test_a_body_named_by_reference_to_the_lid_that_fixes_its_region_binds_its_members() -> None:
    law = _article(
        "Bij algemene maatregel van bestuur kunnen gebieden worden aangewezen waarin het dagelijks bestuur van een bij "
        "gemeenschappelijke regeling ingesteld openbaar lichaam bevoegd is tot het verlenen van concessies.",
        "In afwijking van het eerste lid is het bestuur, bedoeld in het eerste lid, bevoegd tot het intrekken van "
        "concessies.",
        "Gedeputeerde staten zenden een afschrift van de concessie aan het bestuur, bedoeld in het eerste lid.",
    )
    assert law[0].mandatory_cooperation
    assert law[1].mandatory_cooperation and "R22" in rules(law[1])
    assert all(f.derived_from == ["artikel 4, lid 1"] for f in law[1].findings if f.rule == "R22")
    assert not law[2].mandatory_cooperation  # the body only receives a copy
