"""Terms the law names the holders of (context/aliases.py). Every law here is invented for these tests."""

from __future__ import annotations

from wetscan.analyse.context.aliases import word_forms
from wetscan.model import Definition

from tests.analyse.context.laws import exact, law, lid


def test_a_term_equated_with_an_organ_acts_for_its_layer() -> None:
    provisions = law(
        lid("4", "1", "De uitvoeringsautoriteit voor het kustprogramma wordt gevormd door de leden van gedeputeerde "
                      "staten van de provincie Zeeland, gezamenlijk."),
        lid("4", "2", "De uitvoeringsautoriteit voor het stedenprogramma zijn de leden van het college van "
                      "burgemeester en wethouders van de gemeente Havenstad, gezamenlijk."),
        lid("5", None, "De uitvoeringsautoriteit kan mandaat verlenen aan ambtenaren die in de regio werkzaam zijn."),
        lid("6", None, "De uitvoeringsautoriteit stelt jaarlijks een uitvoeringsverslag op."),
        title="Besluit uitvoering regionale programma's",
    )
    power, duty = provisions["artikel 5"], provisions["artikel 6"]
    assert power.layers == ["gemeente", "provincie"] and power.norm_type == "power"
    assert duty.layers == ["gemeente", "provincie"] and duty.norm_type == "obligation"
    task = next(f for f in duty.findings if f.rule == "R01")
    assert task.derived_from == ["artikel 4, eerste lid", "artikel 4, tweede lid"]
    assert "uitvoeringsautoriteit" in task.explanation and "artikel 4, eerste lid" in task.explanation
    exact(duty)
    # the identity sentence itself gives its holders the function (GUIDELINES §5a: competence statement)
    assert provisions["artikel 4, tweede lid"].layers == ["gemeente"]


def test_organ_first_identity_and_plural_use_of_the_term() -> None:
    provisions = law(
        lid("2", "1", "De burgemeester van een gemeente waarin een luchthaven is gelegen, is de autoriteit voor "
                      "luchthavenveiligheid."),
        lid("2", "2", "Indien een luchthaven in meer gemeenten ligt, kunnen de autoriteiten voor luchthavenveiligheid "
                      "gezamenlijk een van hen als coördinator aanwijzen."),
        lid("3", None, "Van een aanwijzing wordt door de autoriteiten voor luchthavenveiligheid mededeling gedaan in "
                       "de Staatscourant."),
        title="Wet beveiliging luchthavens",
    )
    assert provisions["artikel 2, eerste lid"].layers == ["gemeente"]
    assert provisions["artikel 2, tweede lid"].layers == ["gemeente"]
    assert provisions["artikel 3"].layers == ["gemeente"]


def test_listed_holders_give_the_co_government_layers_among_them() -> None:
    provisions = law(
        lid("7", None, "Beheerder zijn: a. het dagelijks bestuur van een waterschap, voor zover het de dijken "
                       "betreft; b. gedeputeerde staten, voor zover het de vaarwegen betreft; c. Onze Minister, voor "
                       "de overige werken."),
        lid("8", None, "De beheerder houdt een register bij van de werken."),
        title="Wet register waterwerken",
    )
    assert provisions["artikel 8"].layers == ["provincie", "waterschap"]
    assert provisions["artikel 7"].layers == ["provincie", "waterschap"]


def test_bevoegd_gezag_named_by_the_law() -> None:
    provisions = law(
        lid("9", None, "Bevoegd gezag voor een vondst van algemeen belang is het college van burgemeester en "
                       "wethouders van de gemeente waar de vondst is gedaan."),
        lid("10", None, "Het bevoegd gezag kan aan de vinder een vergoeding toekennen."),
        title="Wet vondsten",
    )
    assert provisions["artikel 10"].layers == ["gemeente"]
    assert provisions["artikel 9"].layers == ["gemeente"]


def test_only_national_holders_make_the_term_national() -> None:
    provisions = law(
        lid("2", None, "De toetsingsautoriteit is Onze Minister van Justitie."),
        lid("3", None, "De toetsingsautoriteit kan een onderzoek instellen."),
        title="Wet toetsing",
    )
    assert provisions["artikel 3"].layers == []


def test_the_definitions_article_wins_and_private_parties_stay_without_layer() -> None:
    definitions = {"uitvoerder": Definition(term="uitvoerder", meaning="Onze Minister van Financiën",
                                            provision_id="artikel 1")}
    provisions = law(
        lid("2", None, "De uitvoerder is het college van burgemeester en wethouders."),
        lid("3", None, "De uitvoerder stelt een jaarverslag op."),
        lid("4", None, "De aanvraag wordt bij de uitvoeringsautoriteit ingediend door de aanvrager."),
        lid("5", None, "De uitvoeringsautoriteit is het dagelijks bestuur van het waterschap."),
        definitions=definitions, title="Wet uitvoering",
    )
    assert provisions["artikel 3"].layers == []
    assert provisions["artikel 4"].layers == []


def test_no_identity_without_an_article_or_with_a_negation() -> None:
    provisions = law(
        lid("2", None, "Gedurende een schorsing is het de burgemeester niet toegestaan de dienstgebouwen te betreden."),
        lid("3", None, "Geen adviesorgaan in de zin van deze wet is: a. een commissie als bedoeld in artikel 4; "
                       "b. het college van burgemeester en wethouders."),
        lid("4", None, "Een adviesorgaan brengt jaarlijks verslag uit."),
        lid("5", None, "De schorsing wordt opgeheven door de raad."),
        title="Wet adviesorganen",
    )
    assert provisions["artikel 4"].layers == []


def test_word_forms_give_singular_and_plural() -> None:
    assert word_forms("autoriteit voor havenveiligheid") == [
        "autoriteit voor havenveiligheid", "autoriteiten voor havenveiligheid"]
    assert word_forms("bronhouders") == ["bronhouders", "bronhouder"]
    assert word_forms("beheerder") == ["beheerder", "beheerders"]


def test_an_act_named_as_a_noun_takes_the_holders_of_its_competence() -> None:
    provisions = law(
        lid("3", "1", "Bevoegd tot weigering of intrekking van een vergunning zijn: a. de burgemeester, voor zover "
                      "het een evenement in de gemeente betreft; b. Onze Minister, in de overige gevallen."),
        lid("4", None, "Weigering of intrekking kan geschieden op verzoek van de officier van justitie."),
        lid("5", None, "Intrekking vindt niet plaats dan nadat de houder is gehoord."),
        lid("6", None, "Weigering, intrekking of wijziging van een vergunning kan geschieden wegens strijd met de "
                       "openbare orde."),
        title="Wet evenementenvergunningen",
    )
    power = provisions["artikel 4"]
    assert power.layers == ["gemeente"] and power.norm_type == "power"
    finding = next(f for f in power.findings if f.rule == "R24")
    assert finding.derived_from == ["artikel 3, eerste lid"] and "weigering" in finding.explanation
    exact(power)
    assert provisions["artikel 5"].layers == ["gemeente"]
    assert provisions["artikel 6"].layers == ["gemeente"]  # a longer list of act nouns as subject


def test_a_competence_by_reference_and_no_inheritance_for_private_or_national_acts() -> None:
    provisions = law(
        lid("2", None, "Bevoegd tot het in ontvangst nemen van meldingen zijn: a. de burgemeester; b. de gezaghebber."),
        lid("3", None, "Bevoegd tot inschrijving van de melding zijn de autoriteiten die ingevolge artikel 2 bevoegd zijn."),
        lid("4", None, "Inschrijving kan worden geweigerd indien de melding onvolledig is."),
        lid("5", None, "Bevoegd tot vaststelling van het landelijke tarief is Onze Minister."),
        lid("6", None, "Vaststelling kan worden uitgesteld tot na de begrotingsbehandeling."),
        lid("7", None, "Indiening van de melding kan worden uitgesteld door de organisator."),
        title="Wet meldingen",
    )
    assert provisions["artikel 4"].layers == ["gemeente", "openbaar_lichaam"]
    assert provisions["artikel 6"].layers == []
    assert provisions["artikel 7"].layers == []


def test_a_levy_rule_of_a_co_government_tax_is_a_duty_of_that_layer() -> None:
    provisions = law(
        lid("4", "1", "Ter zake van het plaatsen van een reclamebord kan van de eigenaar een reclamebelasting worden "
                      "geheven."),
        lid("4", "2", "De belasting wordt geheven naar de oppervlakte van het bord."),
        title="Wet financiën openbare lichamen Bonaire, Sint Eustatius en Saba",
    )
    rule = provisions["artikel 4, tweede lid"]
    assert rule.layers == ["openbaar_lichaam"] and rule.norm_type == "obligation"
    assert {f.rule for f in rule.findings if f.layer} == {"R23"}  # read from context, lower confidence
    exact(rule)


def test_a_national_levy_stays_without_layer() -> None:
    provisions = law(
        lid("2", "1", "Onder de naam verpakkingenbelasting wordt een belasting geheven door Onze Minister."),
        lid("2", "2", "De belasting wordt geheven naar het gewicht van de verpakking."),
        title="Wet verpakkingenbelasting",
    )
    assert provisions["artikel 2, tweede lid"].layers == []
