"""Parts 3-5 of the context pass: anaphora and ellipsis, carried-over applicability and deviation,
and the law's subject. Every law here is invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid
from wetscan.analyse.context.subject import heading_layers, law_subject
from wetscan.model import Definition


def test_a_pronoun_continues_an_actor_that_was_itself_read_from_context() -> None:
    provisions = law(
        lid("3", None, "Gedeputeerde staten wijzen de stiltegebieden aan."),
        lid("4", "1", "De stiltegebieden worden op een kaart aangegeven."),
        lid("4", "2", "Zij maken de kaart openbaar."),
    )
    assert provisions["artikel 4, eerste lid"].layers == ["provincie"]
    second = provisions["artikel 4, tweede lid"]
    assert second.layers == ["provincie"]
    assert derived(second)[0].derived_from == ["artikel 4, eerste lid"]
    exact(second)


def test_carried_over_applicability_gives_the_task_to_the_organ_read_for_the_minister() -> None:
    provisions = law(
        lid("7", None, "Onze Minister stelt een saneringsprogramma vast."),
        lid("8", None, "Artikel 7 is van overeenkomstige toepassing op wegen in beheer bij de provincie, met dien "
                       "verstande dat voor «Onze Minister» wordt gelezen: gedeputeerde staten."),
    )
    assert provisions["artikel 7"].layers == []
    carried = provisions["artikel 8"]
    assert carried.layers == ["provincie"]
    [finding] = derived(carried)
    assert finding.rule == "R23" and finding.derived_from == ["artikel 7"]
    assert "«gedeputeerde staten» gelezen voor «Onze Minister»" in finding.explanation
    exact(carried)


def test_applicability_of_another_laws_article_does_not_look_up_this_laws_article() -> None:
    provisions = law(
        lid("7", None, "Onze Minister kan een saneringsprogramma vaststellen."),
        lid("8", None, "Artikel 7 van de Wet geluidhinder is van overeenkomstige toepassing, met dien verstande dat "
                       "voor «Onze Minister» wordt gelezen: gedeputeerde staten."),
    )
    [finding] = derived(provisions["artikel 8"])
    assert finding.derived_from == ["artikel 8"]  # the reading rule itself; not this law's artikel 7
    assert finding.rule == "R23"  # not the power of this law's artikel 7


def test_in_afwijking_van_het_eerste_lid_keeps_the_first_lids_actor() -> None:
    provisions = law(
        lid("9", "1", "Burgemeester en wethouders beslissen binnen acht weken op de aanvraag."),
        lid("9", "2", "In afwijking van het eerste lid kan de beslissing voor ten hoogste zes weken worden verdaagd."),
    )
    second = provisions["artikel 9, tweede lid"]
    assert second.layers == ["gemeente"]
    assert "artikel 9, eerste lid" in derived(second)[0].derived_from


def test_a_heading_about_one_layer_settles_an_actorless_content_rule() -> None:
    heading = ["Hoofdstuk 3 Taken van de provincie", "§ 3.1 Het programma"]
    [provision] = law(lid("3.2", None, "Het programma bevat in ieder geval de doelen voor de "
                                       "instandhouding van de stiltegebieden.", headings=heading)).values()
    assert provision.layers == ["provincie"]
    assert "Hoofdstuk 3 Taken van de provincie" in derived(provision)[0].explanation


def test_the_aanhef_gives_the_subject_when_the_title_does_not() -> None:
    preamble = ("Alzo Wij in overweging genomen hebben, dat het wenselijk is de taken van de waterschappen bij "
                "het beheer van de dijken te regelen;")
    assert law_subject("Wet dijkbeheer", preamble) == (("waterschap",), "de aanhef")
    assert law_subject("Wet dijkbeheer", None) == ((), "")
    assert heading_layers(["Hoofdstuk 2 Provincies en gemeenten"]) == ((), "")


def test_a_national_actor_named_in_the_definitions_does_not_become_a_co_government() -> None:
    definitions = {
        "inspecteur": Definition("inspecteur", "de inspecteur-generaal van de Inspectie Leefomgeving en Transport",
                                 "artikel 1"),
        "onze minister": Definition("Onze Minister", "Onze Minister van Infrastructuur en Waterstaat", "artikel 1"),
    }
    provisions = law(
        lid("1", None, "In deze wet wordt verstaan onder: inspecteur: de inspecteur-generaal van de Inspectie "
                       "Leefomgeving en Transport; Onze Minister: Onze Minister van Infrastructuur en Waterstaat."),
        lid("2", None, "De inspecteur stelt jaarlijks een toezichtsverslag vast."),
        lid("3", None, "Het toezichtsverslag bevat in ieder geval een overzicht van de overtredingen."),
        lid("4", None, "Het verslag wordt aan Onze Minister gezonden."),
        definitions=definitions,
    )
    assert all(p.layers == [] for p in provisions.values())
    assert not any(derived(p) for p in provisions.values())


def test_applicability_of_an_article_numbered_per_chapter() -> None:
    provisions = law(
        lid("4.8", None, "Onze Ministers leggen de functie drinkwater vast in het nationale waterprogramma."),
        lid("4.12", "2", "Artikel 4.8 is van overeenkomstige toepassing op de vastlegging van de functie zwemwater in "
                         "een regionaal waterplan, met dien verstande dat voor «Onze Ministers» wordt gelezen: "
                         "provinciale staten."),
    )
    carried = provisions["artikel 4.12, tweede lid"]
    assert carried.layers == ["provincie"]
    assert derived(carried)[0].derived_from == ["artikel 4.8"]


def test_applicability_without_a_reading_rule_keeps_the_layer_of_the_applied_lid() -> None:
    provisions = law(
        lid("12", "1", "Het college wijst de ambtenaren aan die met het toezicht op de naleving zijn belast."),
        lid("12", "2", "Het eerste lid is van overeenkomstige toepassing ten aanzien van het dagelijks bestuur van een "
                       "regionale dienst."),
    )
    carried = provisions["artikel 12, tweede lid"]
    assert carried.layers == ["gemeente"]
    [finding] = derived(carried)
    assert finding.derived_from == ["artikel 12, eerste lid"]
    exact(carried)


def test_applicability_of_another_laws_article_without_a_reading_rule_gives_no_layer() -> None:
    provisions = law(
        lid("5", None, "Burgemeester en wethouders stellen jaarlijks een verslag op."),
        lid("6", None, "Artikel 5 van de Wet regionale diensten is van overeenkomstige toepassing op het verslag van "
                       "de stichting."),
    )
    assert provisions["artikel 6"].layers == []


def test_applicability_of_a_national_actors_article_gives_no_layer() -> None:
    provisions = law(
        lid("5", None, "Onze Minister stelt jaarlijks een verslag op."),
        lid("6", None, "Artikel 5 is van overeenkomstige toepassing op het verslag over de havens."),
    )
    assert provisions["artikel 6"].layers == []


def test_applicability_of_a_lid_of_another_article_follows_that_lid_only() -> None:
    provisions = law(
        lid("20", "1", "Gedeputeerde staten beslissen binnen twaalf weken op een verzoek om ontheffing."),
        lid("20", "2", "Burgemeester en wethouders zenden een afschrift van de ontheffing aan de aanvrager."),
        lid("21", "1", "Het dagelijks bestuur van het waterschap beslist binnen acht weken op een verzoek om vrijstelling."),
        lid("21", "2", "Het eerste lid van artikel 20 is van overeenkomstige toepassing op een verzoek om wijziging."),
    )
    carried = provisions["artikel 21, tweede lid"]
    assert carried.layers == ["provincie"]  # not the gemeente of artikel 20, nor the waterschap of this article
    assert derived(carried)[0].derived_from == ["artikel 20, eerste lid"]
