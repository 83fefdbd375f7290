"""The cooperation chain: provisions that take up a designation, imposition or joint-body duty of the same law
(domain.md §4 forms 1 and 4) impose that cooperation too.

Every law here is invented for the test, in Dutch bill style.
"""

from __future__ import annotations

from tests.analyse.context.laws import exact, law, lid

DESIGNATION = ("Gedeputeerde staten kunnen, indien het provinciaal belang dat vordert, gemeenten aanwijzen waarvan de "
               "besturen een gemeenschappelijke regeling moeten treffen ter behartiging van de afvalinzameling.")


def chained(provision):
    return [f for f in provision.findings if f.rule == "R09" and f.derived_from]


def test_the_procedure_of_a_designation_power_in_the_same_article_is_cooperation() -> None:
    provisions = law(
        lid("30", "1", DESIGNATION),
        lid("30", "2", "Bij de aanwijzing bepalen gedeputeerde staten de termijn waarbinnen de regeling tot stand komt."),
        lid("30", "3", "Alvorens een aanwijzing als bedoeld in het eerste lid te geven, horen gedeputeerde staten de "
                       "raden van de betrokken gemeenten."),
    )
    for key in ("artikel 30, tweede lid", "artikel 30, derde lid"):
        provision = provisions[key]
        assert provision.mandatory_cooperation
        [finding] = chained(provision)
        assert finding.derived_from == ["artikel 30, eerste lid"]
        assert "artikel 30, eerste lid" in finding.explanation
        exact(provision)


def test_a_reference_from_another_article_and_a_range_of_articles_are_followed() -> None:
    provisions = law(
        lid("30", "1", DESIGNATION),
        lid("31", None, "Gedeputeerde staten leggen een regeling op overeenkomstig de aanwijzing, bedoeld in artikel "
                        "30, eerste lid, indien de gemeenten binnen de gestelde termijn geen regeling hebben getroffen."),
        lid("32", None, "Betreft de regeling gemeenten in verschillende provincies, dan vindt de toepassing van de "
                        "artikelen 30 en 31 plaats bij gelijkluidende besluiten van gedeputeerde staten van die provincies."),
    )
    assert provisions["artikel 31"].mandatory_cooperation
    assert provisions["artikel 32"].mandatory_cooperation
    assert chained(provisions["artikel 32"])[0].trigger == "artikelen 30 en 31"


def test_the_fallback_when_participants_do_not_adapt_their_regeling_is_cooperation() -> None:
    provisions = law(
        lid("8", "1", "De besturen van de gemeenten die aan een gemeenschappelijke regeling deelnemen, treffen binnen "
                      "een jaar na de samenvoeging de nodige voorzieningen in die gemeenschappelijke regeling."),
        lid("8", "2", "Indien de voorzieningen, bedoeld in het eerste lid, niet tijdig zijn getroffen, kan dit "
                      "geschieden door gedeputeerde staten."),
    )
    assert provisions["artikel 8, eerste lid"].mandatory_cooperation
    assert provisions["artikel 8, tweede lid"].mandatory_cooperation


def test_a_list_of_leden_is_followed_and_an_appeal_is_not() -> None:
    provisions = law(
        lid("8", "1", "De deelnemers aan een gemeenschappelijke regeling treffen binnen een jaar na de samenvoeging de "
                      "daaruit voortvloeiende voorzieningen."),
        lid("8", "2", "Onze Minister kan de termijn, bedoeld in het eerste lid, met ten hoogste een jaar verlengen."),
        lid("8", "3", "Voor zover een provincie aan de regeling deelneemt, is het bepaalde in het eerste en tweede lid "
                      "van overeenkomstige toepassing."),
        lid("8", "4", "Tegen een besluit als bedoeld in het tweede lid kunnen de besturen van de betrokken gemeenten "
                      "beroep instellen."),
    )
    assert provisions["artikel 8, derde lid"].mandatory_cooperation
    assert chained(provisions["artikel 8, derde lid"])[0].trigger == "het eerste en tweede lid"
    assert not chained(provisions["artikel 8, vierde lid"])


def test_the_article_as_a_whole_is_taken_up() -> None:
    provisions = law(
        lid("8", "1", "De deelnemers aan een gemeenschappelijke regeling treffen binnen een jaar na de samenvoeging de "
                      "daaruit voortvloeiende voorzieningen."),
        lid("8", "2", "Liggen de deelnemende gemeenten in verschillende provincies, dan treden Wij voor de toepassing "
                      "van dit artikel in de plaats van gedeputeerde staten."),
    )
    assert chained(provisions["artikel 8, tweede lid"])[0].trigger == "toepassing van dit artikel"


def test_a_consequence_of_or_an_exception_to_the_cooperation_is_not_taken_up() -> None:
    provisions = law(
        lid("30", "1", DESIGNATION),
        lid("30", "2", "Tegen een besluit genomen krachtens het eerste lid kunnen de besturen van de betrokken "
                       "gemeenten beroep instellen."),
        lid("30", "3", "In afwijking van het eerste lid kunnen de gemeenten de bestaande samenwerking voortzetten."),
    )
    assert not chained(provisions["artikel 30, tweede lid"])
    assert not chained(provisions["artikel 30, derde lid"])


def test_a_reference_to_another_law_or_to_a_region_fixed_from_above_is_not_followed() -> None:
    provisions = law(
        lid("4", None, "De gebieden waarin de scholen samenwerken, worden bij ministeriële regeling vastgesteld en "
                       "omvatten de gemeenten die in bijlage 2 zijn genoemd."),
        lid("5", None, "Het bevoegd gezag verstrekt Onze Minister jaarlijks een overzicht van de leerlingen per "
                       "gebied als bedoeld in artikel 4."),
        lid("6", None, "De aanwijzing, bedoeld in artikel 30 van de Wet gemeenschappelijke regelingen, wordt "
                       "bekendgemaakt in het provinciaal blad."),
    )
    assert not chained(provisions["artikel 5"])
    assert not chained(provisions["artikel 6"])


def test_a_noun_that_takes_up_no_act_of_the_earlier_lid_is_not_followed() -> None:
    provisions = law(
        lid("8", "1", "De besturen van de gemeenten die aan een gemeenschappelijke regeling deelnemen, treffen binnen "
                      "een jaar na de samenvoeging de nodige voorzieningen in die gemeenschappelijke regeling."),
        lid("8", "2", "De leden van het algemeen bestuur blijven zitting houden totdat de raden in de aanwijzing van "
                      "nieuwe leden hebben voorzien."),
    )
    assert not chained(provisions["artikel 8, tweede lid"])
