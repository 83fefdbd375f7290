"""Substitution: "X treedt in de plaats van Y" in provisions applied to X (context/substitution.py).
Every law here is invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def test_with_the_proviso_that_gedeputeerde_staten_take_the_place_of_the_minister() -> None:
    provisions = law(
        lid("7", "1", "Onze Minister stelt voor elke luchthaven een geluidskaart vast."),
        lid("9", "2", "Artikel 7, eerste lid, is van overeenkomstige toepassing, met dien verstande dat gedeputeerde "
                      "staten in de plaats treden van Onze Minister."),
    )
    assert provisions["artikel 7, eerste lid"].layers == []
    carried = provisions["artikel 9, tweede lid"]
    assert carried.layers == ["provincie"]
    [finding] = derived(carried)  # read as a reading rule of the applicability clause (applicability.py)
    assert finding.derived_from == ["artikel 7, eerste lid"]
    assert "gedeputeerde staten" in finding.explanation
    exact(carried)


def test_the_substitute_named_between_the_verb_and_in_de_plaats() -> None:
    provisions = law(
        lid("12", None, "Voor de toepassing van artikel 4:8 van de Algemene wet bestuursrecht treden burgemeester en "
                        "wethouders in de plaats van het bevoegd gezag van de school."),
    )
    provision = provisions["artikel 12"]
    assert provision.layers == ["gemeente"]
    [finding] = derived(provision)
    assert finding.trigger.startswith("burgemeester en wethouders in de plaats van")
    exact(provision)


def test_the_substitute_taking_the_place_with_innemen() -> None:
    provisions = law(
        lid("5", None, "De artikelen 3 en 4 zijn van overeenkomstige toepassing, met dien verstande dat het dagelijks "
                       "bestuur van het waterschap de plaats inneemt van de inspecteur."),
    )
    assert provisions["artikel 5"].layers == ["waterschap"]


def test_a_national_substitute_or_a_successor_gemeente_gives_no_task() -> None:
    provisions = law(
        lid("5", None, "Artikel 3 is van toepassing, met dien verstande dat Onze Minister in de plaats treedt van "
                       "gedeputeerde staten."),
        lid("6", None, "De nieuwe gemeente treedt in de plaats van de opgeheven gemeenten."),
    )
    assert provisions["artikel 5"].layers == []
    assert provisions["artikel 6"].layers == []
