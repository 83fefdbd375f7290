"""Applied to: an applicability clause without a reading rule carries the layer of the organ that must
apply the rules (context/applied_to.py; GUIDELINES §5a (a)). Every law here is invented for the test."""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid


def test_the_organ_the_rules_are_applied_to_after_the_clause() -> None:
    provisions = law(
        lid("4", None, "Afdeling 3.4 van de Algemene wet bestuursrecht is van toepassing op de voorbereiding van "
                       "een waterschapsverordening."),
        lid("5", None, "De artikelen 19 en 22 zijn van overeenkomstige toepassing op de gezaghebber, met dien "
                       "verstande dat voor «gedeputeerde staten» wordt gelezen «het bestuurscollege»."),
    )
    fourth = provisions["artikel 4"]
    assert fourth.layers == ["waterschap"] and fourth.norm_type == "other"
    [finding] = derived(fourth)
    assert finding.trigger == "van toepassing"
    exact(fourth)
    assert provisions["artikel 5"].layers == ["openbaar_lichaam"]  # not the provincie of the reading rule


def test_the_organ_in_a_fronted_phrase() -> None:
    provisions = law(
        lid("8", None, "Op de leden van het dagelijks bestuur van het waterschap zijn de artikelen 12 tot en met 15 "
                       "van overeenkomstige toepassing."),
    )
    assert provisions["artikel 8"].layers == ["waterschap"]


def test_the_law_about_one_layer_applies_its_own_rules() -> None:
    provisions = law(
        lid("1", None, "De raad stelt een verordening vast over de inrichting van de begroting."),
        lid("2", None, "Artikel 1 is van overeenkomstige toepassing op de jaarrekening."),
        title="Wet van 3 maart 2027, houdende regels over de begroting van gemeenten",
    )
    assert provisions["artikel 2"].layers == ["gemeente"]


def test_exceptions_conditions_and_transitional_law_carry_nothing() -> None:
    provisions = law(
        lid("3", None, "Artikel 5 is niet van toepassing op woningen van de gemeente."),
        lid("4", None, "Onze Minister doet het overleg mededeling indien artikel 5 op burgemeester en wethouders "
                       "van toepassing is."),
        lid("6", None, "Het eerste lid is van overeenkomstige toepassing als het bezwaar is gericht tegen een "
                       "beschikking van gedeputeerde staten."),
        lid("7", None, "De artikelen 18 en 19, zoals deze luidden voor de inwerkingtreding van deze wet, blijven van "
                       "toepassing op de burgemeester."),
    )
    for number in ("3", "4", "6", "7"):
        assert provisions[f"artikel {number}"].layers == [], number
