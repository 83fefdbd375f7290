"""Context beyond one lid: the article's earlier lid and the subject of the whole document."""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.analyse.context.subject import layers_named as document_layers
from wetscan.model import Provision


def _lid(article: str, lid: str | None, text: str) -> Provision:
    return Provision(id=f"artikel {article}" + (f", lid {lid}" if lid else ""), article=article, paragraph=lid, text=text)


def _exact(provision: Provision) -> None:
    for finding in provision.findings:
        assert provision.text[finding.start : finding.end] == finding.trigger


def test_agentless_passive_takes_the_addressee_of_the_earlier_lid() -> None:
    first, second = analyse_provisions([
        _lid("4", "1", "Gedeputeerde staten stellen elke vier jaar een waterprogramma vast."),
        _lid("4", "2", "Het ontwerp wordt gedurende zes weken ter inzage gelegd."),
    ])
    assert second.layers == ["provincie"]
    carried = next(f for f in second.findings if f.rule == "R01")
    assert "artikel 4, lid 1" in carried.explanation
    assert carried.trigger == "wordt gedurende zes weken ter inzage gelegd"
    assert carried.confidence < next(f for f in first.findings if f.rule == "R01").confidence
    _exact(second)


def test_pronoun_takes_the_addressee_of_the_earlier_lid() -> None:
    _, second = analyse_provisions([
        _lid("7", "1", "De burgemeester is belast met het toezicht op openbare samenkomsten."),
        _lid("7", "2", "Hij kan daartoe aanwijzingen geven aan de organisator."),
    ])
    assert second.layers == ["gemeente"]
    assert second.norm_type == "power"
    _exact(second)


def test_no_carry_over_into_another_article() -> None:
    _, second = analyse_provisions([
        _lid("8", "1", "Het college stelt een verordening vast over de kwijtschelding."),
        _lid("9", "1", "Het ontwerp wordt gedurende zes weken ter inzage gelegd."),
    ])
    assert second.layers == []


def test_recipient_named_in_the_lid_is_not_its_addressee() -> None:
    _, second = analyse_provisions([
        _lid("5", "1", "Burgemeester en wethouders stellen het verslag vast."),
        _lid("5", "2", "Aan burgemeester en wethouders wordt een afschrift gezonden."),
    ])
    assert second.layers == []


def test_title_names_the_layers_of_the_document() -> None:
    assert document_layers("Besluit financiën van provincies en gemeenten") == ("gemeente", "provincie")
    assert document_layers("Waterschapsbesluit") == ("waterschap",)
    assert document_layers("Wet gemeenschappelijke regelingen") == ()
    assert document_layers(None) == ()


def test_document_subject_resolves_an_ambiguous_short_form() -> None:
    [provision] = analyse_provisions(
        [_lid("3", None, "De voorzitter is belast met de leiding van de vergadering.")], title="Kiesbesluit waterschappen"
    )
    assert provision.layers == ["waterschap"]
    finding = next(f for f in provision.findings if f.rule == "R01")
    assert "Kiesbesluit waterschappen" in finding.explanation


def test_content_rule_of_an_act_is_a_duty_of_the_document_layer() -> None:
    [provision] = analyse_provisions(
        [_lid("12", None, "De begroting bevat ten minste een overzicht van de baten en lasten.")],
        title="Regeling begroting provincies",
    )
    assert provision.norm_type == "obligation"
    assert provision.layers == ["provincie"]
    _exact(provision)


def test_mixed_or_unknown_document_leaves_short_forms_unresolved() -> None:
    [provision] = analyse_provisions([_lid("3", None, "Het stembureau stelt de uitslag vast.")], title="Wet verkiezingen")
    assert provision.layers == []


def test_citizen_prohibition_in_a_layer_document_is_no_task() -> None:
    [provision] = analyse_provisions(
        [_lid("6", None, "Het is verboden zonder vergunning afvalstoffen te storten.")], title="Afvalverordening gemeente"
    )
    assert provision.layers == []


def test_delegation_naming_a_co_government_actor_labels_its_layer(analyse) -> None:
    provision = analyse(
        "Bij algemene maatregel van bestuur worden categorieën van inrichtingen aangewezen waarvoor gedeputeerde staten "
        "de vergunning verlenen."
    )
    assert provision.norm_type == "delegation"
    assert provision.layers == ["provincie"]
    _exact(provision)


def test_passive_bar_in_a_layer_document_limits_that_layer() -> None:
    [provision] = analyse_provisions(
        [_lid("20", None, "In een besloten vergadering kan geen besluit worden genomen over de begroting.")],
        title="Eilandenwet openbare lichamen Bonaire, Sint Eustatius en Saba",
    )
    assert provision.layers == ["openbaar_lichaam"]


def test_joint_body_takes_the_layer_of_its_members_named_around_it() -> None:
    provisions = analyse_provisions([
        _lid("60", "1", "De algemene besturen van de deelnemende waterschappen kunnen een regeling treffen."),
        _lid("61", "1", "Het dagelijks bestuur van het openbaar lichaam zendt de begroting aan de deelnemende waterschappen."),
    ])
    assert provisions[1].layers == ["waterschap"]
    finding = next(f for f in provisions[1].findings if f.rule == "R01")
    assert "artikel 60, lid 1" in finding.explanation


def test_circle_of_an_organ_is_no_region(analyse) -> None:
    provision = analyse(
        "Leden van het dagelijks bestuur kunnen worden aangewezen van buiten de kring van het algemeen bestuur."
    )
    assert not provision.mandatory_cooperation


def test_members_named_in_the_provision_settle_its_joint_body() -> None:
    [provision] = analyse_provisions([
        _lid("70", "1", "Het dagelijks bestuur van het openbaar lichaam zendt de ontwerpbegroting aan de algemene besturen "
                        "van de deelnemende waterschappen."),
    ])
    assert provision.layers == ["waterschap"]


def test_bare_short_form_follows_the_members_named_around_it() -> None:
    provisions = analyse_provisions([
        _lid("80", "1", "Het algemeen bestuur van het openbaar lichaam bestaat uit leden die de raden van de deelnemende "
                        "gemeenten aanwijzen."),
        _lid("81", "1", "Het algemeen bestuur stelt een reglement van orde vast."),
    ])
    assert provisions[1].layers == ["gemeente"]


def test_joint_body_of_several_layers_takes_all_its_members_layers() -> None:
    provisions = analyse_provisions([
        _lid("90", "1", "De besturen van de deelnemende gemeenten en waterschappen kunnen een openbaar lichaam instellen."),
        _lid("91", "1", "Het dagelijks bestuur van het openbaar lichaam zendt de jaarrekening aan Onze Minister."),
        _lid("92", "1", "Het algemeen bestuur stelt de begroting jaarlijks vast."),
    ])
    assert provisions[1].layers == ["gemeente", "waterschap"]
    assert provisions[2].layers == ["gemeente", "waterschap"]


def test_collective_term_the_law_introduces_means_the_layers_it_names() -> None:
    first, second = analyse_provisions([
        _lid("21", "2", "Een provincie, een gemeente of een waterschap kan een parkeertarief instellen voor een terrein "
                        "in beheer bij dat openbaar lichaam."),
        _lid("22", "1", "De openbare lichamen die een parkeertarief instellen, treffen een gezamenlijke voorziening "
                        "voor het behandelen van klachten."),
    ])
    assert second.layers == ["gemeente", "provincie", "waterschap"]
    assert any("artikel 21, lid 2" in f.explanation for f in second.findings if f.rule == "R01")


def test_openbare_lichamen_without_such_an_introduction_stay_the_bes_default() -> None:
    [provision] = analyse_provisions([
        _lid("5", "1", "De openbare lichamen treffen een gezamenlijke voorziening voor het behandelen van klachten."),
    ])
    assert "gemeente" not in provision.layers and "waterschap" not in provision.layers


def test_recipients_a_few_words_after_aan_block_the_carry_over() -> None:
    _, second = analyse_provisions([
        _lid("30", "1", "Burgemeester en wethouders stellen jaarlijks de lijst van wegen vast."),
        _lid("30", "2", "Aan elk van de gemeenten op de lijst wordt een uitkering verstrekt."),
    ])
    assert second.layers == []


def test_minister_named_only_in_a_reference_does_not_block_the_document_layer() -> None:
    [provision] = analyse_provisions(
        [_lid("23", "1", "Ten laste van de provincie worden geen uitgaven gedaan die niet zijn geraamd in een door "
                         "Onze Minister goedgekeurde begroting.")],
        title="Wet financiën provincies",
    )
    assert provision.layers == ["provincie"]


def test_minister_as_inverted_subject_blocks_the_document_layer() -> None:
    [provision] = analyse_provisions(
        [_lid("13", "5", "Jaarlijks bezien Onze Ministers of een uitkering kan worden gewijzigd.")], title="Provinciewet"
    )
    assert provision.layers == []
