"""The one organ acting in a law, acts named by a noun ("De toedeling geschiedt ..."), and the object of a
nominalised act ("zorg voor het houden van een register"). Every law here is invented for the test, in
Dutch bill style."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def _ruilbesluit(other_actor: str = "Gedeputeerde staten") -> dict:
    return law(
        lid("2", None, "Gedeputeerde staten bepalen de waarde van de gronden in het blok."),
        lid("3", None, "Gedeputeerde staten stellen per blok uitgangspunten vast voor de kavelgrootte."),
        lid("4", None, "Gedeputeerde staten vermelden in het plan de vermindering van de oppervlakte."),
        lid("5", None, "Gedeputeerde staten kunnen een eigenaar compenseren door een correctie van de oppervlakte."),
        lid("6", None, f"{other_actor} handhaven zakelijke rechten indien het belang van de inrichting dat toelaat."),
        lid("7", None, "De toedeling van kavels vindt zodanig plaats dat een doelmatig gebruik wordt bevorderd."),
        lid("8", None, "Gronden met een slechte cultuurtoestand worden niet geruild."),
        lid("9", None, "De aanvraag om een vergoeding geschiedt schriftelijk."),
    )


def test_the_only_organ_acting_in_a_law_acts_in_its_actorless_rules() -> None:
    provisions = _ruilbesluit()
    for pid in ("artikel 7", "artikel 8"):
        assert provisions[pid].layers == ["provincie"], pid
        [finding] = derived(provisions[pid])
        assert "artikel 2" in finding.explanation
        exact(provisions[pid])


def test_an_act_named_by_its_noun_is_read_as_an_actorless_duty_but_not_a_private_partys() -> None:
    provisions = _ruilbesluit()
    assert derived(provisions["artikel 7"])[0].trigger.startswith("vindt")
    assert provisions["artikel 9"].layers == []  # the applicant's request


def test_a_national_organ_acting_anywhere_leaves_the_actorless_rules_open() -> None:
    provisions = _ruilbesluit(other_actor="Onze Minister en gedeputeerde staten")
    assert provisions["artikel 7"].layers == []
    assert provisions["artikel 8"].layers == []


def test_the_object_of_a_nominalised_act_maps_to_its_actor() -> None:
    provisions = law(
        lid("5", None, "Burgemeester en wethouders dragen zorg voor het houden van een gemeentelijk havenregister."),
        lid("6", None, "In het gemeentelijke havenregister worden de ligplaatsen ingeschreven."),
        lid("7", None, "Onze Minister stelt regels over de ligplaatsen."),
    )
    entry = provisions["artikel 6"]
    assert entry.layers == ["gemeente"]
    assert derived(entry)[0].derived_from == ["artikel 5"]


def test_a_law_that_mostly_burdens_a_private_operator_has_no_sole_actor() -> None:
    operator = [lid(str(n), None, text) for n, text in enumerate((
        "De houder van een zwembad draagt zorg voor een doelmatige waterbehandeling.",
        "De houder meet dagelijks de temperatuur van het badwater.",
        "De houder houdt een logboek bij van de metingen.",
        "De houder stelt een reddingsplan op.",
        "De houder zorgt voor voldoende toezicht tijdens de openingstijden.",
        "De houder meldt een ongeval onverwijld aan gedeputeerde staten.",
    ), start=2)]
    organ = [lid(str(n), None, f"Gedeputeerde staten {text}") for n, text in enumerate((
        "houden toezicht op de naleving.", "kunnen een ontheffing verlenen.", "stellen een zwemwaterprofiel vast.",
        "maken de kwaliteit bekend.", "wijzen de zwemlocaties aan.",
    ), start=10)]
    provisions = law(*operator, *organ, lid("20", None, "De filters worden zo vaak als nodig gereinigd."))
    assert provisions["artikel 20"].layers == []


def test_a_nominal_act_that_names_an_organ_is_not_read_from_context() -> None:
    provisions = law(
        lid("3", "1", "Burgemeester en wethouders dragen zorg voor de keuring van de woningen."),
        lid("3", "2", "De keuring geschiedt zoveel mogelijk per wijk."),
        lid("3", "3", "De herkeuring geschiedt op een door gedeputeerde staten te bepalen datum."),
    )
    assert provisions["artikel 3, tweede lid"].layers == ["gemeente"]
    # not the gemeente of the earlier lid; gedeputeerde staten, who must fix the date, act themselves
    assert provisions["artikel 3, derde lid"].layers == ["provincie"]


def test_a_step_of_internal_procedure_stated_as_a_noun_is_no_task() -> None:
    provisions = law(
        lid("30", "1", "Provinciale staten stellen een reglement van orde vast."),
        lid("30", "2", "De overige stemmingen over personen geschieden schriftelijk."),
        title="Wet op de provinciale vergaderingen",
    )
    assert provisions["artikel 30, tweede lid"].layers == []
