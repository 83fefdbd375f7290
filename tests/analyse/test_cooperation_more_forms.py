"""Mandatory cooperation in wordings beyond the textbook ones (domain.md §4 forms 1, 3, 6 and 7).

Regions fixed from above in a definitions article, areas a regulation fixes for a joint body, joint
arrangements a law keeps in force after a herindeling, agreements the co-governments must make together,
and compulsory bodies in clauses that open with a long condition. Each positive has a negative next to it:
a definition that only points to another law, an arrangement of a body being dissolved, agreements with
private parties, areas of school partnerships.
"""

from __future__ import annotations

import pytest

from tests.analyse.conftest import assert_cooperation


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # form 3 in a definitions article: the region or its lead gemeente is fixed in an annex or by the minister
        ("In dit besluit wordt verstaan onder: a. stedelijke regio: regio genoemd in bijlage 1 bij dit besluit; "
         "b. jaar: kalenderjaar.", "R09"),
        ("In deze wet wordt verstaan onder arbeidsmarktregio: een door Onze Minister aangewezen gebied waarbinnen de "
         "colleges samenwerken.", "R09"),
        ("centrumgemeente: een als zodanig bij ministeriële regeling aangewezen gemeente;", "R09"),
        # form 3: a regulation fixes the areas in which a joint body of co-governments acts
        ("Bij algemene maatregel van bestuur kan worden bepaald dat in bij die maatregel aan te wijzen gebieden het "
         "dagelijks bestuur van een bij gemeenschappelijke regeling ingesteld openbaar lichaam bevoegd is tot het "
         "verlenen van de vergunningen.", "R09"),
        # form 1: the law keeps the gemeenten's joint arrangements in force after a herindeling
        ("De gemeenschappelijke regelingen waaraan de bij de herindeling betrokken gemeenten deelnemen, blijven, mede "
         "voor het overgaande gebied, ongewijzigd van kracht.", "R07"),
        # form 1: several co-governments must set up a joint facility
        ("De gemeenten die een parkeerheffing instellen, treffen een gezamenlijke voorziening voor het behandelen van "
         "klachten.", "R07"),
        # form 6: co-governments that must make agreements among themselves
        ("Zo nodig maken de gemeenten en de provincie afspraken over de bereikbaarheid van de voorziening.", "R21"),
        # form 6: an agreement the organs of several co-governments must sign together
        ("Een convenant wordt in elk geval ondertekend door: a. gedeputeerde staten van de provincie; b. burgemeester "
         "en wethouders van de centrumgemeente, en c. Onze Minister.", "R21"),
        # form 6: coordinating with the plans only a compulsory joint body makes
        ("Het calamiteitenplan wordt afgestemd op de voor het gebied vastgestelde crisisplannen en "
         "rampbestrijdingsplannen.", "R21"),
        # form 7: a national act that needs the consent of a compulsory joint body
        ("Onze Minister stelt de verdeling vast in overeenstemming met het bestuur van de veiligheidsregio.", "R22"),
        # form 7: a compulsory body acting after a long condition ("..., negatief is, vernietigt ...")
        ("Indien de uitslag van het onderzoek, bedoeld in artikel 4, eerste of tweede lid, van de wet negatief is, "
         "vernietigt de gemeentelijke gezondheidsdienst, bedoeld in artikel 7, het monster.", "R22"),
        # form 7: a compulsory body after a leading "Gedurende ..." phrase, or after a law named after it
        ("Gedurende de periode dat de verordeningen van kracht zijn, kan het algemeen bestuur van een voormalige "
         "plusregio deze wijzigen.", "R22"),
        ("Een havenmeester, dan wel wanneer er sprake is van een ramp als bedoeld in artikel 39 van de Wet "
         "veiligheidsregio’s, de voorzitter van de veiligheidsregio, kan bepalen dat de haven wordt ontruimd.", "R22"),
        # form 7: "A kan en B kunnen": the second, co-government actor shares the power over the compulsory body
        ("Onze Minister die het aangaat kan en gedeputeerde staten kunnen bepalen dat de bij een omgevingsdienst "
         "werkzame toezichthouders mede bevoegd zijn buiten het werkgebied van die omgevingsdienst.", "R22"),
        # form 7: an editor's note of the consolidated text does not hide the compulsory body's power
        ("Treedt in werking per 01-07-2024 Het dagelijks bestuur van de vervoerregio kan de kosten van de aanvraag "
         "ten laste van de aanvrager brengen.", "R22"),
    ],
)
def test_more_forms_of_mandatory_cooperation(analyse, text: str, rule: str) -> None:
    assert_cooperation(analyse(text), text, rule)


@pytest.mark.parametrize(
    "text",
    [
        # a definition that points to another law's region, or an area without cooperation
        "In dit besluit wordt verstaan onder: contactgemeente: contactgemeente als bedoeld in artikel 12 van de wet.",
        "In deze wet wordt verstaan onder stedelijk gebied: gebied dat bij algemene maatregel van bestuur is aangewezen.",
        # the arrangements of a body being dissolved bind no gemeenten to each other
        "De gemeenschappelijke regelingen waarin het openbaar lichaam deelneemt, blijven van kracht.",
        # a statute named after the Wgr is no arrangement kept in force
        "De verordeningen die van kracht zijn in regio's als bedoeld in de Wet gemeenschappelijke regelingen, blijven "
        "van kracht tot de regeling is beëindigd.",
        # coordinating with national policy, or a private party's plan, or the consent of a single provincie
        "Het programma wordt afgestemd op het beleid van Onze Minister.",
        "De exploitant stemt het bedrijfsnoodplan af op het rampbestrijdingsplan.",
        "Onze Minister stelt de verdeling vast in overeenstemming met gedeputeerde staten.",
        # one gemeente's organs signing its own act, or one provincie with the Rijk
        "Het besluit wordt ondertekend door de burgemeester en de secretaris.",
        "De overeenkomst wordt ondertekend door gedeputeerde staten en Onze Minister.",
        # areas for partnerships of schools, not of co-governments
        "Bij ministeriële regeling worden voor de samenwerkingsverbanden aaneengesloten gebieden aangewezen.",
    ],
)
def test_no_mandatory_cooperation(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        # agreements with private parties only
        "De colleges maken afspraken met de zorgaanbieders over de inkoop van jeugdhulp.",
        "De gemeenteraad en de bij de verordening aangewezen stichting maken afspraken over de dienstverlening van de "
        "gemeente.",
    ],
)
def test_agreements_with_private_parties_are_tasks_not_cooperation(analyse, text: str) -> None:
    provision = analyse(text)
    assert not provision.mandatory_cooperation
    assert provision.layers == ["gemeente"]


def test_a_joint_facility_of_one_co_government_is_no_cooperation(analyse) -> None:
    provision = analyse("Het college treft een voorziening voor het behandelen van klachten.")
    assert not provision.mandatory_cooperation and provision.layers == ["gemeente"]


def test_a_power_to_make_agreements_is_voluntary(analyse) -> None:
    provision = analyse("De colleges kunnen afspraken maken over de gezamenlijke inkoop van hulpmiddelen.")
    assert not provision.mandatory_cooperation
