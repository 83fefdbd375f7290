"""Findings the analysis must not make: a co-government that is named but does not act.

Issue 9 (precision): each reading here once gave a layer to a provision in which no organ of that
layer must or may act. Every text is written for these tests in bill-drafting style; each negative
case has a positive twin showing that the true reading still fires.
"""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.model import Provision


def _law(title: str | None, *texts: str, article: str | None = None) -> list[Provision]:
    """One article per text, or (with ``article``) the texts as the leden of one article."""
    if article is not None:
        provisions = [Provision(id=f"artikel {article}, lid {i}", article=article, paragraph=str(i), text=text)
                      for i, text in enumerate(texts, 1)]
    else:
        provisions = [Provision(id=f"artikel {i}", article=str(i), paragraph=None, text=text)
                      for i, text in enumerate(texts, 1)]
    return analyse_provisions(provisions, None, title)


def test_qualification_in_a_later_lid_is_no_act_of_the_earlier_lids_organ() -> None:
    first, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "Indien de aanvraag bij de havenmeester wordt gedaan, worden de in het eerste lid bedoelde leges "
        "aangemerkt als gemeentelijke belastingen.",
        article="4",
    )
    assert first.layers == ["gemeente"]
    assert second.layers == []


def test_negated_qualification_is_no_prohibition_of_the_organ() -> None:
    first, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "De leges voor een ligplaats van een reddingsvaartuig worden niet als heffing aangemerkt.",
        article="4",
    )
    assert second.layers == []


def test_actorless_duty_in_a_later_lid_still_takes_the_earlier_lids_organ() -> None:
    _, second = _law(
        None,
        "Het college stelt de leges voor de aanvraag van een ligplaatsvergunning vast.",
        "De leges worden jaarlijks herzien.",
        article="4",
    )
    assert second.layers == ["gemeente"]


def test_request_made_by_a_private_party_takes_no_earlier_organ() -> None:
    _, second, third = _law(
        None,
        "Burgemeester en wethouders beslissen op een verzoek om ontheffing van het verbod.",
        "Bij toepassing van artikel 4 wordt een verzoek als bedoeld in het eerste lid gedaan door de havenexploitant.",
        "Bij toepassing van artikel 4 wordt een besluit als bedoeld in het eerste lid binnen zes weken genomen.",
        article="5",
    )
    assert second.layers == []
    assert third.layers == ["gemeente"]


BES_LAW = "Begraafplaatsenwet openbare lichamen Bonaire, Sint Eustatius en Saba"


def test_applicants_act_in_a_law_about_one_layer_is_not_that_layers_task() -> None:
    first, second = _law(
        BES_LAW,
        "Bij de aanvraag om de vergunning wordt een tekening van het terrein overgelegd.",
        "De vergunning wordt binnen acht weken verleend.",
    )
    assert first.layers == []
    assert second.layers == ["openbaar_lichaam"]


def test_short_form_after_the_article_names_its_own_raad_is_that_body() -> None:
    first, second = _law(
        None,
        "Er is een raad van advies. De raad adviseert de autoriteit elk jaar over haar beleidsplan.",
        "De raad stelt jaarlijks een verslag van zijn werkzaamheden vast.",
        article="15",
    )
    assert first.layers == []
    assert second.layers == []


def test_short_form_raad_keeps_its_usual_meaning_in_another_article() -> None:
    _, other = _law(
        None,
        "Er is een raad van advies. De raad adviseert de autoriteit elk jaar over haar beleidsplan.",
        "De raad stelt bij verordening regels over de toekenning van een bijdrage.",
    )
    assert other.layers == ["gemeente"]


def test_act_of_an_agent_that_is_no_organ_is_not_the_earlier_lids_task() -> None:
    _, second, third = _law(
        None,
        "Burgemeester en wethouders houden het register van woonschepen bij.",
        "Met ingang van de instellingsdatum wordt het toezicht op de ligplaatsen uitgeoefend door de rijkspolitie.",
        "Met ingang van de instellingsdatum wordt het register in het gemeentehuis bewaard.",
        article="6",
    )
    assert second.layers == []
    assert third.layers == ["gemeente"]


def test_duty_of_former_office_holders_is_personal() -> None:
    former, officials = _law(
        "Provinciewet",
        "Leden en gewezen leden van provinciale staten, gedeputeerden en gewezen gedeputeerden zijn verplicht te "
        "voldoen aan een vordering van de onderzoekscommissie tot het verschaffen van inzage.",
        "De ambtenaren van de provincie zijn verplicht de onderzoekscommissie inzage te geven in alle stukken.",
    )
    assert former.layers == []
    assert officials.layers == ["provincie"]


def test_light_verb_takes_its_act_from_the_object() -> None:
    notice, request = _law(
        BES_LAW,
        "Van de vergunning wordt mededeling gedaan in het afkondigingsblad.",
        "Een verzoek om ontheffing wordt schriftelijk gedaan.",
    )
    assert notice.layers == ["openbaar_lichaam"]
    assert request.layers == []


FUND_LAW = "Wet brede doeluitkering verkeer en vervoer voor provincies"


def test_sharing_out_the_rijks_money_is_no_task_of_the_recipients() -> None:
    share, spread, spend = _law(
        FUND_LAW,
        "Op basis van de structuurkenmerken wordt voor iedere provincie afzonderlijk het aandeel berekend van het "
        "voor het totaal van de uitkeringen beschikbare bedrag.",
        "De opbrengsten worden naar evenredigheid van het aandeel van een provincie over alle provincies verdeeld.",
        "De uitkering wordt besteed aan de aanleg van infrastructuur.",
    )
    assert share.layers == []
    assert spread.layers == []
    assert spend.layers == ["provincie"]


def test_organs_listed_among_those_consulted_get_no_task() -> None:
    (provision,) = _law(
        None,
        "Gedeputeerde staten betrekken bij de voorbereiding van het plan de meest belanghebbende bestuursorganen. "
        "Daartoe behoren in ieder geval de colleges van burgemeester en wethouders en de besturen van waterschappen.",
    )
    assert provision.layers == ["provincie"]


def test_organ_heard_in_an_absolute_phrase_does_not_decide() -> None:
    heard_after, heard_before, deciding = _law(
        None,
        "Indien een verrekening tussen de gemeenten nodig is, bepalen gedeputeerde staten, de besturen van die "
        "gemeenten gehoord, het bedrag en de wijze van betaling.",
        "De raad gehoord, stellen gedeputeerde staten de grens van het stiltegebied vast.",
        "Gedeputeerde staten en de besturen van die gemeenten bepalen gezamenlijk het bedrag van de verrekening.",
    )
    assert heard_after.layers == ["provincie"]
    assert heard_before.layers == ["provincie"]
    assert deciding.layers == ["gemeente", "provincie"]


def test_other_public_bodies_are_no_bes_islands() -> None:
    generic, bare = _law(
        None,
        "De burgemeester en het dagelijks bestuur van het waterschap en van andere openbare lichamen verlenen op "
        "verzoek van Onze Minister medewerking aan de uitvoering van deze wet.",
        "Openbare lichamen verstrekken Onze Minister jaarlijks de gegevens over de heffing.",
    )
    assert generic.layers == ["gemeente", "waterschap"]
    assert "openbaar_lichaam" not in bare.layers
    island, bare_in_bes_law = _law(
        None,
        "Het bestuurscollege stelt jaarlijks een overzicht van de heffing vast.",
        "Het openbaar lichaam verstrekt Onze Minister jaarlijks de gegevens over de heffing.",
    )
    assert island.layers == ["openbaar_lichaam"]
    assert bare_in_bes_law.layers == ["openbaar_lichaam"]

def test_law_that_sets_up_or_bounds_a_co_government_gives_it_no_task() -> None:
    set_up, bounded, budget = _law(
        "Wet instelling provincie Zuiderzeepolders",
        "Ingesteld wordt een provincie genaamd Zuiderzeepolders, welke provincie het grondgebied omvat van de "
        "gemeenten Nieuwland en Oosterdijk.",
        "De nieuwe gemeente Nieuwland wordt als volgt begrensd: van het punt van samenkomst van de grenzen volgt de "
        "grens de dijk tot aan de sluis.",
        "De eerste begroting van de provincie wordt binnen drie maanden na de instelling vastgesteld.",
    )
    assert set_up.layers == []
    assert bounded.layers == []
    assert budget.layers == ["provincie"]


def test_report_of_an_office_holders_resignation_stays_personal() -> None:
    resigns, reports = _law(
        BES_LAW,
        "Indien een eilandgedeputeerde niet langer voldoet aan de vereisten voor de functie, neemt hij onmiddellijk "
        "ontslag. Hij doet hiervan schriftelijk mededeling aan de eilandsraad.",
        "De gezaghebber stelt de eilandsraad in kennis van zijn ontslag. Hij zendt de eilandsraad tevens een verslag "
        "van de handhaving van de openbare orde.",
    )
    assert resigns.layers == []
    assert reports.layers == ["openbaar_lichaam"]


def test_liability_of_the_gemeente_for_damage_is_no_task() -> None:
    liable, pays, decides = _law(
        None,
        "Indien aantoonbaar is dat tijdens de bewaring schade aan het vaartuig is toegebracht, is de gemeente "
        "gehouden deze schade te vergoeden.",
        "De gemeente vergoedt de reiskosten van de leden van de adviescommissie.",
        "Burgemeester en wethouders vergoeden de schade die een belanghebbende lijdt door het besluit.",
    )
    assert liable.layers == []
    assert pays.layers == ["gemeente"]
    assert decides.layers == ["gemeente"]
