"""Mandatory cooperation in wordings a drafter uses for forms 3 to 7 (domain.md §4) beyond the textbook verbs.

A fallback decision when co-governments do not agree ("Indien de colleges ... geen overeenstemming bereiken,
beslissen gedeputeerde staten"), agreements whose partners follow "met" after the noun or stand between verb and
noun, one thing the addressees make together ("een gezamenlijke verordening"), membership the law itself fixes
("Elke gemeente behoort tot één arbeidsmarktregio"), regions a regulation fixes, the area of a compulsory joint
body, a minister who orders co-governments to cooperate, tasks handed to a compulsory body named first ("Aan de
veiligheidsregio worden ... opgedragen") and the prescribed content of a compulsory arrangement. Each positive has
negatives next to it: an applicant, a Minister or a private party among those who must agree, a failure named in
an enumeration, agreements with private parties, voluntary conditions, membership of a provincie, a body only
informed or paid, a voluntary arrangement. Every text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.analyse.conftest import assert_cooperation, rules
from wetscan.analyse import analyse_provisions
from wetscan.model import Provision


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Indien de colleges van burgemeester en wethouders geen overeenstemming bereiken, beslissen gedeputeerde staten.",
         "geen overeenstemming"),
        ("Komen de colleges van de betrokken gemeenten niet tot overeenstemming, dan beslissen gedeputeerde staten.",
         "niet tot overeenstemming"),
        ("Bij gebreke van overeenstemming tussen de colleges van de betrokken gemeenten stellen gedeputeerde staten de "
         "verdeling vast.", "gebreke van overeenstemming"),
        ("Indien de colleges van de betrokken gemeenten niet binnen zes maanden overeenstemming bereiken, stellen "
         "gedeputeerde staten de verdeling vast.", "niet binnen zes maanden overeenstemming bereiken"),
        ("Indien geen overeenstemming wordt bereikt tussen de colleges van de betrokken gemeenten, beslist Onze Minister.",
         "geen overeenstemming"),
        ("Indien gedeputeerde staten en het algemeen bestuur van het waterschap geen overeenstemming bereiken, beslist "
         "Onze Minister.", "geen overeenstemming"),
        ("Gedeputeerde staten beslissen, indien de raden van de betrokken gemeenten geen overeenstemming bereiken.",
         "geen overeenstemming"),
    ],
)
def test_a_fallback_decision_binds_those_who_must_agree(analyse, text: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, "R21")
    assert trigger in [f.trigger for f in provision.findings if f.rule == "R21"]


@pytest.mark.parametrize(
    "text",
    [
        # an applicant, a private party or the Rijk among those who must agree
        "Indien het college en de aanvrager geen overeenstemming bereiken, beslist de rechter.",
        "Indien burgemeester en wethouders en de zorgaanbieder geen overeenstemming bereiken, stelt het college de prijs "
        "vast.",
        "Indien Onze Minister en gedeputeerde staten geen overeenstemming bereiken, beslist Onze Minister.",
        "Indien gedeputeerde staten en de exploitant geen overeenstemming bereiken over de schadevergoeding, stellen "
        "gedeputeerde staten die vast.",
        # conformity, not agreement
        "Indien het besluit niet in overeenstemming is met het plan van de gemeenten, vernietigen gedeputeerde staten het.",
        # a failure named in an enumeration of what an instruction is about
        "Onze Minister kan aan de colleges van de gemeenten een aanwijzing geven ter zake van: a. de indeling; b. de "
        "begrenzing, indien de colleges van de betrokken gemeenten daarover niet tot overeenstemming komen.",
    ],
)
def test_no_fallback_decision_between_co_governments(analyse, text: str) -> None:
    assert "R21" not in rules(analyse(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Het college maakt afspraken met de colleges van de omliggende gemeenten over de opvang.", "maakt afspraken"),
        ("Gedeputeerde staten maken met de colleges van de gemeenten in de provincie afspraken over de huisvesting van "
         "statushouders.", "maken met de colleges van de gemeenten in de provincie afspraken"),
    ],
)
def test_agreements_with_the_partners_named_after_met(analyse, text: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, "R21")
    assert trigger in [f.trigger for f in provision.findings if f.rule == "R21"]


@pytest.mark.parametrize(
    ("text", "rule", "trigger"),
    [
        ("Het college van burgemeester en wethouders en gedeputeerde staten stellen in onderlinge overeenstemming het "
         "programma vast.", "R21", "in onderlinge overeenstemming"),
        ("De waterschappen en de provincie leggen hun afspraken vast in een bestuursovereenkomst.", "R21",
         "leggen hun afspraken vast"),
        ("De colleges van burgemeester en wethouders voeren de taak in samenwerking uit.", "R08", "in samenwerking"),
        ("Het college stelt het plan vast nadat het overeenstemming heeft bereikt met gedeputeerde staten.", "R21",
         "overeenstemming heeft bereikt met"),
        ("Gedeputeerde staten dragen zorg voor de afstemming met de besturen van de waterschappen.", "R21",
         "dragen zorg voor de afstemming met"),
        ("De bestuursorganen van de gemeenten en de waterschappen stemmen hun besluiten zo nodig af.", "R21",
         "stemmen hun besluiten zo nodig af"),
        ("Gedeputeerde staten nemen het besluit niet dan nadat zij overeenstemming hebben bereikt met de colleges van "
         "de betrokken gemeenten.", "R21", "overeenstemming hebben bereikt met"),
        ("Burgemeester en wethouders van de gemeenten in de jeugdregio kopen de jeugdhulp in.", "R08",
         "in de jeugdregio"),
    ],
)
def test_more_wordings_of_agreeing_and_working_together(analyse, text: str, rule: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, rule)
    assert trigger in [f.trigger for f in provision.findings if f.rule == rule]


@pytest.mark.parametrize(
    "text",
    [
        "Het college maakt met de zorgaanbieders in de gemeente afspraken over de kwaliteit.",
        "De colleges voeren de taak uit in samenwerking met de zorgaanbieders.",
        "De colleges leggen de afspraken met de zorgaanbieders vast in een contract.",
        "Het college draagt zorg voor afstemming met de zorgverzekeraars.",
        "Het college stelt het plan vast nadat overeenstemming is bereikt met de zorgaanbieders.",
        "Het college verleent geen vergunning dan na afstemming met de zorgverzekeraar.",
        "De burgemeester stemt zijn besluit af met de officier van justitie.",
        # other gemeenten in a named region only consulted or informed
        "Het college stelt het plan vast na overleg met de colleges van de andere gemeenten in de jeugdregio.",
        "Het college informeert de colleges van de andere gemeenten in de arbeidsmarktregio over het besluit.",
        "Het college maakt afspraken met de scholen over de dienstverlening van de gemeente.",
        "Gedeputeerde staten maken met de exploitant afspraken over de vergoeding voor de gemeenten.",
        "De colleges werken samen met de zorgaanbieders en de scholen.",
    ],
)
def test_agreements_and_cooperation_with_private_parties_only(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert provision.layers  # still a task of the co-government (R01)


def test_working_together_with_each_other_is_still_cooperation(analyse) -> None:
    text = "De colleges van burgemeester en wethouders werken samen met elkaar bij de inkoop."
    assert_cooperation(analyse(text), text, "R08")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("De raden stellen een gezamenlijke verordening vast.", "een gezamenlijke"),
        ("De colleges van de gemeenten in een veiligheidsregio stellen een gemeenschappelijk beleidsplan vast.",
         "een gemeenschappelijk"),
    ],
)
def test_one_thing_made_together(analyse, text: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, "R08")


@pytest.mark.parametrize(
    "text",
    [
        # one organ's own joint facility, and a power to make one
        "Het college stelt een gezamenlijke klachtenregeling vast voor de diensten van de gemeente.",
        "De colleges van de gemeenten kunnen een gezamenlijke klachtencommissie instellen.",
        # a joint body's name is no joint act
        "De besturen van de gemeenten zenden, indien het een gemeenschappelijk orgaan betreft, het besluit aan "
        "gedeputeerde staten.",
        # a condition that leaves the choice to them
        "Indien de gemeenten daartoe besluiten, treffen zij een gemeenschappelijke regeling.",
    ],
)
def test_made_together_by_choice_or_by_one(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


def test_a_chosen_arrangement_is_recorded_as_voluntary(analyse) -> None:
    text = "Indien de gemeenten daartoe besluiten, treffen zij een gemeenschappelijke regeling."
    findings = [f for f in analyse(text).findings if f.rule == "R11"]
    assert findings and all(text[f.start : f.end] == f.trigger and f.explanation for f in findings)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Elke gemeente behoort tot één arbeidsmarktregio.", "behoort tot"),
        ("Iedere gemeente maakt deel uit van een veiligheidsregio.", "maakt deel uit van"),
        ("De gemeenten zijn ingedeeld in regio's overeenkomstig de bij deze wet behorende bijlage.", "regio's"),
        ("De in bijlage 2 genoemde gemeenten vormen samen een arbeidsmarktregio.", "vormen"),
    ],
)
def test_membership_fixed_by_law(analyse, text: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, "R09")
    assert trigger in [f.trigger for f in provision.findings if f.rule == "R09"]


@pytest.mark.parametrize(
    "text",
    [
        # belonging to a provincie or to a waterschap's area is no cooperation
        "De gemeente behoort tot de provincie Utrecht.",
        "Het grondgebied van de gemeente behoort tot het werkgebied van het waterschap.",
        # a relative clause only names the gemeenten
        "De gemeenten die deel uitmaken van de regio, ontvangen een uitkering.",
        # one provincie forming a region alone, and gemeenten that only form a part of something
        "De provincie vormt een regio voor de toepassing van de Europese structuurfondsen.",
        "De gemeenten vormen een belangrijke schakel in de keten.",
        # membership of an association
        "De gemeente is lid van de Vereniging van Nederlandse Gemeenten.",
    ],
)
def test_membership_that_binds_no_one(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        "De regio's, bedoeld in het eerste lid, worden vastgesteld bij algemene maatregel van bestuur.",
        "Het werkgebied van de omgevingsdienst omvat de gemeenten die zijn genoemd in de bijlage.",
        "Onze Minister kan de colleges van twee of meer gemeenten opdragen samen te werken bij de uitvoering van deze wet.",
        "Onze Minister stelt de regio-indeling vast.",
        "Gedeputeerde staten wijzen de jeugdregio's aan.",
        "Bij algemene maatregel van bestuur wordt de regio-indeling vastgesteld.",
    ],
)
def test_regions_and_partners_fixed_from_above(analyse, text: str) -> None:
    assert_cooperation(analyse(text), text, "R09")


@pytest.mark.parametrize(
    "text",
    [
        # any area fixed by regulation, and an instruction that imposes no cooperation
        "De gebieden, bedoeld in het eerste lid, worden vastgesteld bij algemene maatregel van bestuur.",
        # a plain "regio" of the Minister's or GS's own policy, and a region named as a criterion
        "Gedeputeerde staten wijzen de regio's aan waarin natuur wordt ontwikkeld.",
        "Onze Minister stelt de regels vast voor de regio.",
        "Bij ministeriële regeling worden eisen gesteld, die kunnen verschillen naar drukniveau en regio.",
        "Onze Minister kan het college opdragen de gegevens te verbeteren.",
        # a compulsory body only informed
        "Het college informeert de gemeentelijke gezondheidsdienst over het besluit.",
    ],
)
def test_no_partners_fixed(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        "Aan de veiligheidsregio worden de volgende taken opgedragen: a. het inventariseren van risico's; b. het "
        "adviseren van het college.",
        "Aan het bestuur van de veiligheidsregio wordt de zorg voor de meldkamer opgedragen.",
    ],
)
def test_tasks_handed_to_a_compulsory_body_named_first(analyse, text: str) -> None:
    assert_cooperation(analyse(text), text, "R22")


@pytest.mark.parametrize(
    "text",
    [
        # the compulsory body only receives something; the task handed over is someone else's
        "Aan de gemeentelijke gezondheidsdienst wordt een afschrift van het besluit gezonden.",
        "Aan de veiligheidsregio wordt een bijdrage toegekend.",
        "De taken die aan het college zijn opgedragen, worden beschreven in een verslag dat wordt gezonden aan de "
        "gemeentelijke gezondheidsdienst.",
    ],
)
def test_a_compulsory_body_that_only_receives(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


def test_voluntary_arrangement_is_recorded_on_the_body(analyse) -> None:
    """A power to make a gemeenschappelijke regeling is voluntary; the counter-evidence quotes the body's name."""
    provision = analyse("Het college kan een gemeenschappelijke regeling treffen met het college van een andere gemeente.")
    assert not provision.mandatory_cooperation
    assert [f.trigger for f in provision.findings if f.rule == "R11"] == ["gemeenschappelijke regeling"]


def _law(*texts: str) -> list[Provision]:
    """A small law written for the test, analysed as a whole (both passes)."""
    provisions = [Provision(id=f"artikel {i}", article=str(i), paragraph=None, text=t) for i, t in enumerate(texts, 1)]
    analyse_provisions(provisions)
    return provisions


def test_content_of_a_compulsory_arrangement_is_prescribed_form() -> None:
    """Form 5: the law that makes the gemeenten make a regeling also fixes what it provides for."""
    text = "De gemeenschappelijke regeling voorziet in een algemeen bestuur waarin elke deelnemende gemeente is vertegenwoordigd."
    provisions = _law("De raden van de gemeenten in een regio treffen een gemeenschappelijke regeling.", text)
    assert_cooperation(provisions[1], text, "R22")


def test_content_of_a_voluntary_arrangement_is_the_members_own() -> None:
    provisions = _law("De raden van twee of meer gemeenten kunnen een gemeenschappelijke regeling treffen.",
                      "De gemeenschappelijke regeling voorziet in een algemeen bestuur waarin elke deelnemende gemeente "
                      "is vertegenwoordigd.")
    assert not provisions[1].mandatory_cooperation
