"""Parts 1 and 2 of the context pass: whose body or official it is, and who performs the act.

Every law here is invented for the test, in Dutch bill style.
"""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def test_toezichthouder_follows_the_reference_to_the_organ_that_appoints_it() -> None:
    provisions = law(
        lid("12", "1", "Met het toezicht op de naleving van deze wet zijn belast de bij besluit van gedeputeerde "
                       "staten aangewezen ambtenaren."),
        lid("13", None, "De toezichthouder, bedoeld in artikel 12, is bevoegd inlichtingen te vorderen."),
    )
    power = provisions["artikel 13"]
    assert power.layers == ["provincie"]
    [finding] = derived(power)
    assert finding.rule == "R24" and finding.derived_from == ["artikel 12, eerste lid"]
    assert "artikel 12, eerste lid" in finding.explanation
    exact(power)


def test_a_reference_to_an_article_of_another_law_is_not_followed() -> None:
    provisions = law(
        lid("12", "1", "Met het toezicht op de naleving van deze wet zijn belast de bij besluit van gedeputeerde "
                       "staten aangewezen ambtenaren."),
        lid("14", None, "De toezichthouder, bedoeld in artikel 12 van de Wet milieubeheer, is bevoegd inzage te "
                        "vorderen van zakelijke gegevens."),
    )
    assert provisions["artikel 14"].layers == []
    assert derived(provisions["artikel 14"]) == []


def test_an_official_of_the_provincie_is_of_the_provincie() -> None:
    [official] = law(lid("15", None, "De ambtenaar van de provincie maakt van zijn bevindingen proces-verbaal op.")).values()
    assert official.layers == ["provincie"]
    assert derived(official)[0].confidence < 0.9


def test_the_bestuur_of_a_law_about_joint_services_of_gemeenten() -> None:
    provisions = law(
        lid("2", None, "Het bestuur stelt jaarlijks een werkplan vast."),
        lid("3", None, "Is het bestuur verhinderd, dan neemt de voorzitter de besluiten."),
        title="Wet regionale uitvoeringsdiensten van gemeenten",
    )
    assert provisions["artikel 2"].layers == ["gemeente"]
    assert provisions["artikel 3"].layers == ["gemeente"]


def test_an_actorless_refusal_inherits_who_grants_the_ontheffing() -> None:
    provisions = law(
        lid("3", "1", "Burgemeester en wethouders verlenen op aanvraag een ontheffing van het verbod, bedoeld in artikel 2."),
        lid("4", None, "De ontheffing wordt geweigerd indien het belang van de veiligheid zich daartegen verzet."),
    )
    refusal = provisions["artikel 4"]
    assert refusal.layers == ["gemeente"]
    [finding] = derived(refusal)
    assert finding.rule == "R23"
    assert finding.trigger == "wordt geweigerd"
    assert finding.derived_from == ["artikel 3, eerste lid"]
    assert "actor van de «ontheffing» uit artikel 3, eerste lid: Burgemeester en wethouders verlenen" in finding.explanation
    stated = provisions["artikel 3, eerste lid"].findings[0]
    assert finding.confidence < stated.confidence
    exact(refusal)


def test_prescribed_content_of_a_programme_is_a_task_of_the_organ_that_adopts_it() -> None:
    provisions = law(
        lid("6", None, "De raad stelt elke vier jaar een parkeerprogramma vast."),
        lid("7", None, "Het parkeerprogramma bevat in ieder geval een beschrijving van de maatregelen ter "
                       "bevordering van het gebruik van de fiets."),
    )
    assert provisions["artikel 7"].layers == ["gemeente"]
    assert derived(provisions["artikel 7"])[0].derived_from == ["artikel 6"]


def test_a_private_partys_actorless_duty_stays_without_a_layer() -> None:
    provisions = law(
        lid("3", "1", "Burgemeester en wethouders verlenen op aanvraag een ontheffing van het verbod, bedoeld in artikel 2."),
        lid("3", "2", "De aanvraag wordt ingediend door de eigenaar van het bouwwerk."),
        lid("5", None, "De aanvraag wordt binnen vier weken na het ontstaan van de schade ingediend."),
    )
    assert provisions["artikel 3, tweede lid"].layers == []
    assert provisions["artikel 5"].layers == []


def test_an_object_that_a_national_actor_also_acts_on_inherits_no_layer() -> None:
    provisions = law(
        lid("3", None, "Gedeputeerde staten verlenen de vergunning voor een ontgronding in een rijkswater niet."),
        lid("4", None, "Onze Minister verleent de vergunning voor een ontgronding in een rijkswater."),
        lid("5", None, "De vergunning wordt binnen zes maanden na ontvangst van de aanvraag verleend."),
    )
    assert provisions["artikel 5"].layers == []


def test_what_a_passive_writes_into_a_programme_is_the_task_of_who_adopts_it() -> None:
    provisions = law(
        lid("6", None, "Het college stelt elke vier jaar een armoedeprogramma vast."),
        lid("7", None, "In het armoedeprogramma worden de uitkomsten van het overleg met de cliëntenraad vermeld."),
    )
    assert provisions["artikel 7"].layers == ["gemeente"]
    assert derived(provisions["artikel 7"])[0].derived_from == ["artikel 6"]


def test_a_passive_whose_agent_is_an_official_the_organ_appoints_is_that_organs_task() -> None:
    provisions = law(
        lid("30", "1", "Met het toezicht op de naleving van deze wet zijn belast de door Onze Minister aangewezen "
                       "ambtenaren."),
        lid("30", "2", "Voor zover het toezicht betrekking heeft op de naleving van de eilandsverordening, wordt het "
                       "mede uitgeoefend door ambtenaren die daartoe door het bestuurscollege worden aangewezen."),
        lid("31", None, "De opsporing wordt uitgeoefend door de door Onze Minister aangewezen ambtenaren."),
        lid("32", None, "De controle wordt uitgeoefend door ambtenaren van de Belastingdienst."),
    )
    supervision = provisions["artikel 30, tweede lid"]
    assert supervision.layers == ["openbaar_lichaam"]
    [finding] = derived(supervision)
    assert finding.rule == "R23" and finding.derived_from == ["artikel 30, tweede lid"]
    assert "bestuurscollege" in finding.explanation
    exact(supervision)
    assert provisions["artikel 31"].layers == []  # appointed by a national organ
    assert provisions["artikel 32"].layers == []  # no appointing organ named: the act stays no co-government's
