"""Who performs an act the provision names by its noun, by reference, as a state or as the content of an
instrument: "De inschrijving, bedoeld in het eerste lid, geschiedt ...", "De in artikel 3 bedoelde aanwijzing
geschiedt ...", "De teksten van besluiten van het gemeentebestuur ... zijn beschikbaar", "De lijst vermeldt ...".
Every law here is invented for the test, in Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def _register(actor: str = "Burgemeester en wethouders", second: str = "") -> dict:
    return law(
        lid("7", "1", f"{actor} schrijven een beperkingenbesluit in het register in."),
        lid("7", "2", second or "De inschrijving, bedoeld in het eerste lid, geschiedt binnen vier dagen na de dag "
                                "waarop burgemeester en wethouders het besluit hebben ontvangen."),
    )


def test_a_nominal_act_with_a_reference_takes_the_actor_of_the_referred_lid() -> None:
    provisions = _register()
    entry = provisions["artikel 7, tweede lid"]
    assert entry.layers == ["gemeente"]  # the organ in the later clause ("waarop ...") does not block
    [finding] = derived(entry)
    assert finding.derived_from == ["artikel 7, eerste lid"]
    assert finding.trigger.startswith("geschiedt")
    exact(entry)


def test_a_later_clause_with_a_private_partys_participle_leaves_the_nominal_act_open() -> None:
    provisions = _register(second="Het inschrijven als bedoeld in het eerste lid geschiedt binnen vier weken na "
                                  "de dag waarop de eigenaar de gegevens heeft ontvangen.")
    assert provisions["artikel 7, tweede lid"].layers == ["gemeente"]


def test_a_nominal_act_whose_referred_actor_is_onze_minister_takes_no_layer() -> None:
    provisions = _register(actor="Onze Minister en burgemeester en wethouders")
    assert provisions["artikel 7, tweede lid"].layers == []


def test_a_nominal_act_that_names_its_own_actor_or_is_the_applicants_takes_no_layer() -> None:
    own = _register(second="De inschrijving, bedoeld in het eerste lid, geschiedt door de bewaarder van het kadaster.")
    assert own["artikel 7, tweede lid"].layers == []
    applicant = _register(second="De aanvraag, bedoeld in het eerste lid, geschiedt schriftelijk.")
    assert applicant["artikel 7, tweede lid"].layers == []


def test_a_reference_before_the_act_noun_is_followed() -> None:
    provisions = law(
        lid("3", "1", "Provinciale staten stellen een herverdelingsplan vast."),
        lid("3", "2", "In het herverdelingsplan wijzen provinciale staten de wegen aan die in beheer overgaan."),
        lid("4", None, "De in artikel 3, tweede lid, bedoelde aanwijzing geschiedt zodanig dat elke weg één "
                       "beheerder heeft."),
    )
    entry = provisions["artikel 4"]
    assert entry.layers == ["provincie"]
    assert derived(entry)[0].derived_from == ["artikel 3, tweede lid"]


def test_a_state_of_an_organs_own_output_is_that_organs_duty() -> None:
    provisions = law(
        lid("6", None, "De teksten van besluiten van het gemeentebestuur die algemeen verbindende voorschriften "
                       "inhouden, zijn voor een ieder kosteloos beschikbaar."),
        lid("7", None, "De door het college bekostigde opvangvoorzieningen zijn toegankelijk voor iedereen."),
        lid("8", None, "Burgemeester en wethouders maken de verordening bekend."),
    )
    for pid in ("artikel 6", "artikel 7"):
        entry = provisions[pid]
        assert entry.layers == ["gemeente"], pid
        [finding] = derived(entry)
        assert finding.rule == "R23"
        assert finding.confidence < 0.9
        exact(entry)
    assert derived(provisions["artikel 6"])[0].trigger == "zijn voor een ieder kosteloos beschikbaar"


def test_a_state_of_what_is_no_co_governments_output_takes_no_layer() -> None:
    provisions = law(
        lid("2", None, "Burgemeester en wethouders houden een register van de standplaatsen."),
        lid("3", None, "De besluiten van Onze Minister zijn openbaar."),
        lid("4", None, "De gegevens van de aanvrager zijn voor een ieder beschikbaar."),
        lid("5", None, "De verslagen van de raad zijn niet openbaar."),
        lid("6", None, "De gegevens over de inwoners van de gemeente zijn beschikbaar voor onderzoek."),
    )
    for pid in ("artikel 3", "artikel 4", "artikel 5", "artikel 6"):
        assert provisions[pid].layers == [], pid


def _toedeling(other: str = "") -> dict:
    return law(
        lid("2", None, "Gedeputeerde staten stellen het plan van toedeling vast."),
        lid("3", None, f"Gedeputeerde staten {other}stellen de lijst der geldelijke regelingen vast."),
        lid("4", None, "De lijst der geldelijke regelingen vermeldt per eigenaar de omslag van de kosten."),
        lid("5", None, "Het plan van toedeling kan nadere regels bevatten voor de ingebruikneming van kavels."),
    )


def test_the_content_of_an_instrument_binds_its_maker() -> None:
    provisions = _toedeling()
    listing, plan = provisions["artikel 4"], provisions["artikel 5"]
    assert listing.layers == ["provincie"]
    assert derived(listing)[0].rule == "R23" and derived(listing)[0].derived_from == ["artikel 3"]
    assert plan.layers == ["provincie"]
    assert derived(plan)[0].rule == "R24"  # "kan ... bevatten": what the maker may put in it
    assert derived(plan)[0].trigger == "kan nadere regels bevatten"


def test_the_content_of_an_instrument_the_minister_also_makes_takes_no_layer() -> None:
    provisions = _toedeling(other="en Onze Minister ")
    assert provisions["artikel 4"].layers == []


def test_the_content_of_anothers_instrument_takes_no_layer() -> None:
    provisions = law(
        lid("2", None, "Burgemeester en wethouders stellen de begroting vast."),
        lid("3", None, "De begroting van het gemeentefonds vermeldt het bedrag van de algemene uitkering."),
        title="Wet financiën gemeenten",
    )
    assert provisions["artikel 3"].layers == []


def test_a_nominal_act_that_names_its_performer_is_that_organs() -> None:
    provisions = law(
        lid("2", None, "De kostentoerekening die door het waterschap wordt toegepast, vindt plaats op basis van "
                       "objectieve criteria."),
        lid("3", None, "De inschrijving geschiedt door Onze Minister."),
        lid("4", None, "De kennisgeving geschiedt door aanplakking in de gemeente waarin de weg is gelegen."),
        lid("5", None, "Indien een gemeente eigenaar is, vindt artikel 2 geen toepassing."),
        lid("6", None, "Het waterschap stelt de kosten vast."),
    )
    entry = provisions["artikel 2"]
    assert entry.layers == ["waterschap"]
    [finding] = derived(entry)
    assert finding.derived_from == ["artikel 2"] and "waterschap" in finding.explanation
    exact(entry)
    assert provisions["artikel 3"].layers == []  # the Minister's act
    assert provisions["artikel 4"].layers == []  # "door aanplakking": the manner, not an agent
    assert provisions["artikel 5"].layers == []  # "vindt ... geen toepassing": applicability, no act


def test_a_reference_with_an_onderdeel_before_the_act_noun_is_followed() -> None:
    provisions = law(
        lid("3", "1", "Provinciale staten stellen een herverdelingsplan vast."),
        lid("3", "2", "In het herverdelingsplan wijzen provinciale staten de wegen aan: a. die overgaan; b. die "
                      "vervallen."),
        lid("4", None, "De in artikel 3, tweede lid, onderdeel a , bedoelde aanwijzing geschiedt zodanig dat elke "
                       "weg één beheerder heeft."),
    )
    assert provisions["artikel 4"].layers == ["provincie"]
