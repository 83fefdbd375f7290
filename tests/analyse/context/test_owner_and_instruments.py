"""The layer an actorless provision names in its subject (context/owner.py) and the instruments of a law about several
layers (context/subject.py). Every law here is invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def _havenwet() -> dict:
    return law(
        lid("1", None, "Burgemeester en wethouders wijzen de openbare ligplaatsen aan."),
        lid("2", None, "In het gemeentelijke ligplaatsenregister worden de vergunde ligplaatsen ingeschreven."),
        lid("3", None, "In iedere gemeente wordt een legger van de openbare kaden opgemaakt."),
        lid("4", None, "Op een kade waarop een provinciaal voorkeursrecht rust, kan geen gemeentelijk voorkeursrecht "
                       "worden gevestigd."),
        lid("5", None, "De aanvraag om een ligplaats wordt ingediend bij het havenbedrijf."),
        lid("6", None, "De aanvraag bevat in ieder geval de naam en de lengte van het vaartuig."),
        lid("7", None, "In het nationale vaarwegenregister worden de vaarwegen ingeschreven."),
        lid("8", None, "Het programma van Onze Minister bevat in ieder geval de hoofdvaarwegen."),
    )


def test_a_layer_adjective_names_whose_register_or_right_it_is() -> None:
    provisions = _havenwet()
    register = provisions["artikel 2"]
    assert register.layers == ["gemeente"]
    [finding] = derived(register)
    assert finding.rule == "R23" and "gemeentelijke ligplaatsenregister" in finding.explanation
    assert finding.confidence < 0.9
    bar = provisions["artikel 4"]  # the provinciaal voorkeursrecht is only the condition
    assert bar.layers == ["gemeente"] and derived(bar)[0].rule == "R25"
    exact(register)
    exact(bar)


def test_in_every_gemeente_is_an_act_of_each_gemeente() -> None:
    legger = _havenwet()["artikel 3"]
    assert legger.layers == ["gemeente"]
    assert derived(legger)[0].trigger == "wordt een legger van de openbare kaden opgemaakt"


def test_a_private_partys_actorless_duty_and_a_national_instrument_get_no_layer() -> None:
    provisions = _havenwet()
    for pid in ("artikel 5", "artikel 6", "artikel 7", "artikel 8"):
        assert provisions[pid].layers == [], pid


def test_only_a_passive_or_content_rule_takes_the_layer_not_a_subject_that_acts_itself() -> None:
    provisions = law(
        lid("1", None, "De provinciale ondersteuningsinstellingen verzorgen het interbibliothecaire leenverkeer."),
        lid("2", None, "In iedere gemeente kan de eigenaar van een woning een vergunning aanvragen."),
    )
    assert provisions["artikel 1"].layers == []
    assert provisions["artikel 2"].layers == []


def _begrotingsbesluit(title: str) -> dict:
    return law(
        lid("1", None, "Bij de begroting wordt een overzicht van de baten en lasten gevoegd."),
        lid("2", None, "In de balans worden de vaste activa afzonderlijk opgenomen."),
        lid("3", None, "Het meerjarenprogramma bevat in ieder geval de geraamde investeringen."),
        lid("4", None, "De informatie voor derden wordt binnen vier weken na de vaststelling verstrekt."),
        lid("5", None, "De aanvraag om een bijdrage wordt ingediend voor 1 april."),
        lid("6", None, "De rijksbegroting bevat een overzicht van de bijdragen aan de fondsen."),
        title=title,
    )


def test_an_instrument_of_a_law_about_several_layers_is_made_by_each_of_them() -> None:
    provisions = _begrotingsbesluit("Besluit houdende regels voor de begroting en de verantwoording van "
                                    "provincies en gemeenten")
    for pid in ("artikel 2", "artikel 3"):
        assert provisions[pid].layers == ["gemeente", "provincie"], pid
        assert all(f.rule == "R23" for f in derived(provisions[pid]))
    assert provisions["artikel 5"].layers == []  # the applicant's act
    assert provisions["artikel 6"].layers == []  # the Rijk's instrument
    exact(provisions["artikel 3"])


def test_a_compound_instrument_is_read_by_its_head_in_a_law_about_one_layer() -> None:
    provisions = _begrotingsbesluit("Besluit houdende regels voor de begroting van gemeenten")
    programme = provisions["artikel 3"]
    assert programme.layers == ["gemeente"]
    assert derived(programme)[0].trigger == "bevat"
    assert provisions["artikel 6"].layers == []  # "rijksbegroting": a begroting, but the Rijk's


def test_a_passive_that_writes_into_the_instrument_is_its_makers_duty() -> None:
    provisions = law(
        lid("1", None, "Op de balans worden de activa onderscheiden in vaste en vlottende activa."),
        lid("2", None, "In de toelichting op de balans wordt ingegaan op de vaste schulden."),
        lid("3", None, "In deze verordening wordt verstaan onder activa: de bezittingen van het openbaar lichaam."),
        title="Besluit houdende regels met betrekking tot de begroting van provincies en gemeenten",
    )
    for pid in ("artikel 1", "artikel 2"):
        assert provisions[pid].layers == ["gemeente", "provincie"], pid
        assert provisions[pid].norm_type == "obligation", pid
        exact(provisions[pid])
    assert provisions["artikel 3"].layers == [] and provisions["artikel 3"].norm_type == "definition"
