"""Applied rules read the way a lawyer reads them: enumerated references, both word orders of an
applicability clause, rules of a co-government's organic law, the target's own provision, and
"in afwijking van" (context/references.py, applied_clause.py, applied_to.py, applicability.py).

Every law here is invented for the test, in Dutch bill style.
"""

from __future__ import annotations

from tests.analyse.context.laws import derived, exact, law, lid
from wetscan.analyse.context.applied_clause import applied_clause
from wetscan.analyse.context.references import References
from wetscan.analyse.lexicon import read_data
from wetscan.model import Provision

CONFIG = read_data("context.yaml")


def _references(*articles: str) -> References:
    provisions = [Provision(id=f"{a}.{n}", article=a, paragraph=str(n), text="") for a in articles for n in range(1, 6)]
    return References(provisions, CONFIG["other_law"])


def _ids(references: References, text: str, series: bool = True) -> list[str]:
    source = Provision(id="99.1", article="21", paragraph="6", text="")
    return [p.id for p in references.in_text(source, text, series=series)]


def test_enumerated_references_name_every_article_and_lid() -> None:
    references = _references("8", "9", "11", "21", "25", "27", "42", "43")
    assert _ids(references, "De artikelen 42 en 43 zijn van toepassing.")[::5] == ["42.1", "43.1"]
    assert _ids(references, "artikel 11, tweede, derde en vijfde lid") == ["11.2", "11.3", "11.5"]
    assert _ids(references, "Artikel 11, tweede tot en met vierde lid, is") == ["11.2", "11.3", "11.4"]
    assert _ids(references, "Het tweede, derde en vierde lid van artikel 21 zijn") == ["21.2", "21.3", "21.4"]
    assert _ids(references, "Het eerste tot en met derde lid") == ["21.1", "21.2", "21.3"]
    series = _ids(references, "De artikelen 8 tot en met 25 en 27 zijn")
    assert {p.split(".")[0] for p in series} == {"8", "9", "11", "21", "25", "27"}
    assert {p.split(".")[0] for p in _ids(references, "De artikelen 8 tot en met 25 en 27", series=False)} == {"27"}


def test_an_enumeration_into_another_law_is_that_laws_as_a_whole() -> None:
    references = _references("4", "139", "141", "144")
    assert _ids(references, "De artikelen 139, tweede lid, en 141 tot en met 144 van de Gemeentewet zijn") == []
    assert _ids(references, "in afwijking van artikel 4:32 van de Algemene wet bestuursrecht") == []
    assert _ids(references, "het tweede lid van artikel 4 van de Wet regionale diensten") == []


def test_both_word_orders_of_an_applicability_clause() -> None:
    text = "Op het stellen van regels als bedoeld in het eerste lid is artikel 5, tweede lid, van overeenkomstige toepassing."
    clause = applied_clause(text, CONFIG)
    assert text[slice(*clause.refs)].strip() == "artikel 5, tweede lid,"
    assert text[slice(*clause.targets[0])].startswith("Op het stellen van regels")
    text = "Artikel 7, tweede lid, is van overeenkomstige toepassing op de in het eerste lid bedoelde overzichten."
    clause = applied_clause(text, CONFIG)
    assert text[slice(*clause.refs)].strip() == "Artikel 7, tweede lid,"
    assert text[slice(*clause.targets[0])].strip() == "de in het eerste lid bedoelde overzichten"
    assert applied_clause("Onze Minister beslist, indien artikel 5 van toepassing is.", CONFIG) is None


def test_rules_of_an_organic_law_burden_the_organs_of_its_layer() -> None:
    provisions = law(
        lid("1", None, "Er is een fonds voor de aanleg van fietspaden."),
        lid("2", None, "De artikelen 186 tot en met 213 van de Gemeentewet zijn van overeenkomstige toepassing."),
        lid("3", None, "Als rechten door een bestuursorgaan van de provincie worden geheven: a. is hoofdstuk XV, "
                       "paragrafen 1 en 3, van de Provinciewet van toepassing; b. worden de rechten aangemerkt als "
                       "provinciale belastingen."),
        lid("4", None, "De artikelen 73 en 74 van de Waterschapswet zijn van overeenkomstige toepassing op de "
                       "heffing van de bijdrage."),
        lid("5", None, "Op de vergaderingen van de commissie zijn de artikelen 62 tot en met 65 van de Wet openbare "
                       "lichamen Bonaire, Sint Eustatius en Saba van overeenkomstige toepassing."),
    )
    expected = {"2": "gemeente", "3": "provincie", "4": "waterschap", "5": "openbaar_lichaam"}
    for number, layer in expected.items():
        provision = provisions[f"artikel {number}"]
        assert provision.layers == [layer], number
        assert provision.norm_type in ("other", "definition"), number  # it imposes nothing itself (GUIDELINES §5a)
        exact(provision)
    [finding] = derived(provisions["artikel 2"])
    assert finding.derived_from == ["artikel 2"] and "Gemeentewet" in finding.explanation
    assert finding.confidence < 0.9


def test_organic_rules_applied_to_a_joint_body_take_the_layers_of_its_participants() -> None:
    provisions = law(
        lid("1", None, "De raden en de colleges van burgemeester en wethouders van twee of meer gemeenten kunnen met "
                       "provinciale staten en gedeputeerde staten van een of meer provincies een gemeenschappelijke "
                       "regeling treffen."),
        lid("2", None, "Bij de regeling kan een openbaar lichaam worden ingesteld."),
        lid("3", None, "Op het algemeen bestuur van het openbaar lichaam zijn de artikelen 22 en 23 van de Gemeentewet "
                       "van overeenkomstige toepassing."),
    )
    assert provisions["artikel 3"].layers == ["gemeente", "provincie"]


def test_organic_rules_applied_to_a_private_party_or_the_rijk_burden_no_co_government() -> None:
    provisions = law(
        lid("1", None, "De artikelen 186 tot en met 213 van de Gemeentewet zijn van overeenkomstige toepassing op de "
                       "exploitant."),
        lid("2", None, "Op een besluit van Onze Minister zijn de artikelen 139 en 140 van de Provinciewet van "
                       "overeenkomstige toepassing."),
        lid("3", None, "Indien het dagelijks bestuur van een waterschap een gevorderde beslissing niet neemt, kan Onze "
                       "Minister daarin voorzien. De artikelen 121 tot en met 121c van de Provinciewet zijn van "
                       "overeenkomstige toepassing."),
    )
    for number in ("1", "2", "3"):
        assert not any(f.rule in ("R23", "R24", "R25") for f in provisions[f"artikel {number}"].findings), number


def test_awb_applied_to_a_ministers_decision_gives_no_layer_in_a_law_about_gemeenten() -> None:
    provisions = law(
        lid("1", None, "Burgemeester en wethouders stellen een plan vast voor de opvang van zwerfdieren."),
        lid("2", None, "Afdeling 3.4 van de Algemene wet bestuursrecht is van toepassing op de voorbereiding van een "
                       "besluit van Onze Minister."),
        lid("3", None, "Artikel 1 is van overeenkomstige toepassing op een besluit van Onze Minister."),
        title="Wet van 4 april 2027, houdende regels over de opvang van zwerfdieren door gemeenten",
    )
    assert provisions["artikel 2"].layers == []
    assert provisions["artikel 3"].layers == []  # applied to a national organ's act: not the college's task


def test_applied_provisions_of_this_law_in_either_word_order() -> None:
    provisions = law(
        lid("11", "1", "Burgemeester en wethouders beslissen binnen acht weken op een verzoek om herstel."),
        lid("11", "2", "Zij delen hun beslissing schriftelijk mee aan de verzoeker."),
        lid("12", "1", "Een belanghebbende kan burgemeester en wethouders verzoeken zijn gegevens af te schermen."),
        lid("12", "2", "Ten aanzien van een verzoek als bedoeld in het eerste lid is artikel 11, eerste en tweede lid, "
                       "van overeenkomstige toepassing."),
        lid("13", None, "Het eerste en tweede lid van artikel 11 zijn van toepassing op een verzoek om wijziging."),
    )
    for citation in ("artikel 12, tweede lid", "artikel 13"):
        assert provisions[citation].layers == ["gemeente"], citation
        assert provisions[citation].norm_type == "other", citation
        assert derived(provisions[citation])[0].derived_from == ["artikel 11, eerste lid"]


def test_rules_applied_to_what_another_provision_makes_burden_its_maker() -> None:
    provisions = law(
        lid("32", "1", "Onze Minister stelt een overzicht op van de taken die naar de nieuwe provincie overgaan."),
        lid("32", "2", "Onze Minister zendt het overzicht aan het bestuur van de nieuwe provincie."),
        lid("33", "1", "Gedeputeerde staten van de aangrenzende provincies stellen een overzicht op van de taken die "
                       "zij overdragen."),
        lid("33", "2", "Artikel 32, tweede lid, is van overeenkomstige toepassing op de in het eerste lid bedoelde "
                       "overzichten."),
    )
    provision = provisions["artikel 33, tweede lid"]
    assert provision.layers == ["provincie"]
    assert derived(provision)[0].derived_from == ["artikel 33, eerste lid"]


def test_a_series_of_articles_carries_no_single_actor() -> None:
    provisions = law(
        lid("3", None, "Burgemeester en wethouders stellen een programma vast."),
        lid("4", None, "Gedeputeerde staten keuren het programma goed."),
        lid("5", None, "De artikelen 3 tot en met 4 zijn van overeenkomstige toepassing op een wijziging."),
    )
    assert provisions["artikel 5"].layers == []


def test_in_afwijking_van_keeps_the_actor_of_the_lid_it_deviates_from() -> None:
    provisions = law(
        lid("7", "1", "Het college kan aan een werkgever een subsidie verstrekken voor de begeleiding van een werknemer."),
        lid("7", "2", "Zo nodig in afwijking van het eerste lid wordt de subsidie beëindigd indien de werknemer niet "
                      "langer tot de doelgroep behoort."),
        lid("7", "3", "Indien de werkgever daarom verzoekt, kan in afwijking van het bepaalde in het eerste lid de "
                      "subsidie worden verlengd."),
        lid("8", "1", "De subsidie wordt, in afwijking van artikel 4:32 van de Algemene wet bestuursrecht, verleend "
                      "zolang de dienstbetrekking duurt."),
    )
    for citation in ("artikel 7, tweede lid", "artikel 7, derde lid"):
        provision = provisions[citation]
        assert provision.layers == ["gemeente"], citation
        assert derived(provision)[0].derived_from == ["artikel 7, eerste lid"], citation
    assert all(f.derived_from != ["artikel 4"] for f in provisions["artikel 8, eerste lid"].findings)


def test_a_lid_read_with_its_articles_organ_carries_it_when_applied() -> None:
    provisions = law(
        lid("21", "1", "Gedeputeerde staten beslissen binnen acht weken op de aanvraag."),
        lid("21", "2", "De mededeling van de beslissing aan de aanvrager geschiedt bij aangetekende brief."),
        lid("22", "1", "Onze Minister kan bepalen dat een weg aan het openbaar verkeer wordt onttrokken."),
        lid("22", "2", "Het tweede lid van artikel 21 is van toepassing op een aanvraag om ontheffing."),
    )
    provision = provisions["artikel 22, tweede lid"]
    assert provision.layers == ["provincie"] and provision.norm_type == "other"


def test_rules_applied_to_a_named_co_government_organ_carry_only_its_layer() -> None:
    provisions = law(
        lid("4", "1", "Burgemeester en wethouders stellen een reglement van orde vast."),
        lid("4", "2", "Gedeputeerde staten zenden het reglement aan provinciale staten."),
        lid("5", None, "Artikel 4 is van overeenkomstige toepassing op het dagelijks bestuur van een waterschap."),
    )
    assert provisions["artikel 5"].layers == ["waterschap"]
