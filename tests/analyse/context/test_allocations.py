"""Who "het bevoegd gezag" is: the law's allocations per decision (context/allocations.py).

Every law here is invented for these tests, in the drafting style of the Omgevingswet and its BES counterparts.
"""

from __future__ import annotations

from wetscan.model import Definition, Provision

from tests.analyse.context.laws import exact, law, lid


def _natuurwet() -> dict[str, Provision]:
    return law(
        lid("3.1", None, "Het college van burgemeester en wethouders beslist op de aanvraag om een natuurvergunning, "
                         "tenzij op grond van artikel 3.2 of 3.3 een ander bestuursorgaan is aangewezen."),
        lid("3.2", None, "Bij algemene maatregel van bestuur worden met het oog op een doelmatig natuurbeheer gevallen "
                         "aangewezen waarin gedeputeerde staten of Onze Minister op de aanvraag beslissen."),
        lid("3.3", None, "Het dagelijks bestuur van het waterschap is het bevoegd gezag voor het beslissen op een "
                         "aanvraag om een natuurvergunning voor een activiteit in een oppervlaktewaterlichaam."),
        lid("3.4", None, "Gedeputeerde staten beslissen op de aanvraag om een ontgrondingsvergunning."),
        lid("3.5", None, "Het bevoegd gezag kan de voorschriften van een natuurvergunning wijzigen."),
        lid("3.6", None, "Het bevoegd gezag voor de ontgrondingsvergunning houdt een register bij van de verleende "
                         "vergunningen."),
        lid("3.7", None, "Het bevoegd gezag van de staat van herkomst wordt in kennis gesteld van de aanvraag."),
        lid("3.8", None, "Het college van burgemeester en wethouders kan de voorschriften van een natuurvergunning "
                         "wijzigen."),
        title="Natuurwet",
    )


def test_the_bevoegd_gezag_takes_every_layer_the_law_allocates_the_decision_to() -> None:
    provisions = _natuurwet()
    power = provisions["artikel 3.5"]
    assert power.layers == ["gemeente", "provincie", "waterschap"] and power.norm_type == "power"
    finding = next(f for f in power.findings if f.rule == "R02" and f.layer == "provincie")
    assert finding.derived_from == ["artikel 3.1", "artikel 3.2", "artikel 3.3"]
    assert "artikel 3.1" in finding.explanation and "natuurvergunning" in finding.explanation
    stated = next(f for f in provisions["artikel 3.8"].findings if f.rule == "R02")
    assert finding.confidence < stated.confidence  # a derived reading is less sure than a stated actor
    exact(power)


def test_the_decision_named_with_the_role_chooses_its_allocations() -> None:
    provisions = _natuurwet()
    assert provisions["artikel 3.6"].layers == ["provincie"]
    finding = next(f for f in provisions["artikel 3.6"].findings if f.layer == "provincie")
    assert finding.derived_from == ["artikel 3.4"]


def test_another_states_bevoegd_gezag_is_not_the_laws() -> None:
    assert _natuurwet()["artikel 3.7"].layers == []


def test_an_allocation_for_one_division_holds_there() -> None:
    provisions = law(
        lid("4.1", None, "Het dagelijks bestuur van het waterschap is het bevoegd gezag voor een lozingsactiviteit."),
        lid("9.2", None, "Als bevoegd gezag als bedoeld in deze afdeling worden aangewezen: a. het college van "
                         "burgemeester en wethouders voor een gemeentelijk voorkeursrecht, b. gedeputeerde staten voor "
                         "een provinciaal voorkeursrecht, c. Onze Minister voor een nationaal voorkeursrecht."),
        lid("9.5", None, "Het bevoegd gezag beslist binnen zes weken na ontvangst van de uitnodiging."),
        lid("12.3", None, "Het bevoegd gezag draagt zorg voor de bekendmaking van het besluit."),
        title="Wet grondbeleid en waterbeheer",
    )
    assert provisions["artikel 9.5"].layers == ["gemeente", "provincie"]
    assert provisions["artikel 12.3"].layers == ["waterschap"]


def test_a_bes_law_that_makes_the_bestuurscollege_competent_to_decide() -> None:
    definitions = {"bevoegd gezag": Definition(
        term="bevoegd gezag", meaning="bestuursorgaan dat bevoegd is tot het geven van een beschikking",
        provision_id="artikel 1.1")}
    provisions = law(
        lid("5.6", "1", "Het bestuurscollege van het openbaar lichaam waar de inrichting is gelegen, is bevoegd te "
                        "beslissen op de aanvraag om een vergunning als bedoeld in artikel 5.1."),
        lid("5.6", "2", "In afwijking van het eerste lid kan bij algemene maatregel van bestuur worden bepaald dat Onze "
                        "Minister bevoegd is te beslissen op de aanvraag om een vergunning voor daarbij aangewezen "
                        "categorieën van inrichtingen."),
        lid("5.31", None, "Het bevoegd gezag trekt de vergunning in indien de inrichting niet binnen drie jaar in "
                          "werking is gebracht."),
        definitions=definitions, title="Wet milieubeheer BES",
    )
    assert provisions["artikel 5.31"].layers == ["openbaar_lichaam"]


def test_an_allocation_only_to_onze_minister_gives_no_layer() -> None:
    provisions = law(
        lid("2", None, "Onze Minister beslist op de aanvraag om een ontheffing."),
        lid("3", None, "Het bevoegd gezag kan aan de ontheffing voorschriften verbinden."),
        title="Wet ontheffingen luchtruim",
    )
    assert provisions["artikel 3"].layers == []


def test_bevoegd_gezag_in_a_law_that_allocates_nothing_stays_open() -> None:
    provisions = law(
        lid("2", None, "Gedeputeerde staten beslissen op de aanvraag binnen acht weken na ontvangst."),
        lid("3", None, "Het bevoegd gezag kan aan de vergunning voorschriften verbinden."),
        title="Wet vergunningen",
    )
    assert provisions["artikel 3"].layers == []
    assert not [f for f in provisions["artikel 3"].findings if f.derived_from]


def test_an_actorless_rule_on_an_allocated_decision_is_its_makers() -> None:
    provisions = law(
        lid("5.6", None, "Het bestuurscollege is bevoegd te beslissen op de aanvraag om een vergunning voor een "
                         "inrichting."),
        lid("5.13", None, "De vergunning wordt geweigerd indien de bescherming van het milieu zich daartegen verzet."),
        lid("5.20", None, "Indien de inrichting afvalstoffen verwerkt, bevat de vergunning ten minste voorschriften "
                          "over de aard van die afvalstoffen."),
        lid("5.21", None, "De ontheffing wordt geweigerd indien de bescherming van het milieu zich daartegen verzet."),
        title="Wet inrichtingen en milieu",
    )
    refusal = provisions["artikel 5.13"]
    assert refusal.layers == ["openbaar_lichaam"]
    finding = next(f for f in refusal.findings if f.rule == "R23")
    assert finding.derived_from == ["artikel 5.6"] and "vergunning" in finding.explanation
    exact(refusal)
    assert provisions["artikel 5.20"].layers == ["openbaar_lichaam"]
    assert provisions["artikel 5.21"].layers == []  # a decision the law allocates to no one


def test_the_decision_fronted_and_the_holder_after_the_verb() -> None:
    provisions = law(
        lid("6", None, "Op de aanvraag om een ontheffing beslissen gedeputeerde staten."),
        lid("7", None, "Het bevoegd gezag verbindt aan de ontheffing de voorschriften die nodig zijn ter bescherming "
                       "van het landschap."),
        title="Wet landschap",
    )
    assert provisions["artikel 7"].layers == ["provincie"]
