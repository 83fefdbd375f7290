"""The parent law: a besluit read with the wet it implements open (context/parent.py).

The wet and the besluit here are invented for the test, in Dutch drafting style.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.analyse.context.laws import derived, exact, lid
from wetscan.analyse import analyse_provisions
from wetscan.analyse.context.parent import parent_title
from wetscan.evaluate.annotations import Annotation
from wetscan.evaluate.run import evaluate
from wetscan.model import Definition, ParentLaw, Provision

WET = "Wet stille gebieden"


def parent_wet() -> ParentLaw:
    """An invented wet: gemeenten make a geluidsplan, gedeputeerde staten a stiltekaart and are the bevoegd
    gezag, Onze Minister makes the meetprotocol."""
    provisions = [
        lid("1", None, "In deze wet wordt verstaan onder: bevoegd gezag: gedeputeerde staten van de provincie "
                       "waarin het stiltegebied ligt; stiltegebied: gebied dat als zodanig is aangewezen."),
        lid("3", "1", "Burgemeester en wethouders stellen voor hun gemeente een geluidsplan vast."),
        lid("3", "2", "Burgemeester en wethouders zenden het geluidsplan binnen vier weken na de vaststelling "
                      "aan gedeputeerde staten."),
        lid("4", None, "Onze Minister stelt een landelijk meetprotocol vast."),
        lid("6", "1", "Gedeputeerde staten stellen elke vijf jaar een actieprogramma op voor de stiltegebieden in "
                      "hun provincie."),
        lid("7", None, "Onze Minister stelt elke vier jaar een nationaal overzicht op van de stiltegebieden."),
    ]
    definitions = {"bevoegd gezag": Definition("bevoegd gezag", "gedeputeerde staten van de provincie waarin het "
                                               "stiltegebied ligt", "artikel 1")}
    return ParentLaw(WET, provisions, definitions, "test")


def besluit(*provisions: Provision, parent: ParentLaw | None, definitions: dict | None = None) -> dict[str, Provision]:
    own = {"wet": Definition("wet", f"de {WET}", "artikel 1")} | (definitions or {})
    analyse_provisions(list(provisions), own, "Besluit stille gebieden", None, parent)
    return {p.id: p for p in provisions}


def test_the_parent_title_comes_from_the_definition_of_wet() -> None:
    definitions = {"wet": Definition("wet", "de Wet stille gebieden;", "artikel 1")}
    assert parent_title(definitions, []) == WET


def test_the_parent_title_comes_from_a_definition_item_the_parser_missed() -> None:
    provisions = [lid("1", "1", "In dit besluit wordt verstaan onder: a. geluidsplan: plan als bedoeld in artikel 3;"),
                  lid("1", "2", "b. stiltekaart: kaart als bedoeld in artikel 5; | c. | wet: | Wet stille gebieden; |")]
    assert parent_title({}, provisions) == WET


def test_a_wet_or_a_paragraaf_defining_another_law_has_no_parent() -> None:
    provisions = [lid("30", None, "In deze paragraaf wordt verstaan onder: a. Algemene wet: Algemene wet inzake "
                                  "rijksbelastingen; b. wet: de Wet stille gebieden.")]
    definitions = {"wet": Definition("wet", "de Wet stille gebieden", "artikel 30")}
    assert parent_title(definitions, provisions) is None


def test_the_parent_title_comes_from_the_aanhef_failing_a_definition() -> None:
    preamble = "Gelet op artikel 3, tweede lid, van de Wet stille gebieden; De Afdeling advisering gehoord;"
    assert parent_title({}, [], preamble) == WET


def test_no_parent_title_where_the_besluit_names_no_wet() -> None:
    definitions = {"wet": Definition("wet", "een wet in formele zin", "artikel 1")}
    assert parent_title(definitions, [lid("2", None, "Het college stelt een plan vast.")], "Gelet op het advies;") is None


def test_an_instrument_cited_in_the_wet_takes_the_actor_of_the_cited_provision() -> None:
    provisions = besluit(
        lid("2", None, "Een actieprogramma als bedoeld in artikel 6, eerste lid, van de wet bevat in ieder geval een "
                       "beschrijving van de maatregelen."), parent=parent_wet())
    content = provisions["artikel 2"]
    assert content.layers == ["provincie"]
    [finding] = derived(content)
    assert finding.rule == "R23"
    assert finding.derived_from == [f"{WET}, artikel 6, eerste lid"]
    assert WET in finding.explanation and "artikel 6, eerste lid" in finding.explanation
    assert finding.confidence < 0.8
    exact(content)


def test_content_of_an_instrument_the_wet_has_a_co_government_adopt() -> None:
    provisions = besluit(lid("3", None, "Het geluidsplan vermeldt de gemeten geluidsniveaus per gebied."),
                         parent=parent_wet())
    content = provisions["artikel 3"]
    assert content.layers == ["gemeente"]
    assert content.norm_type == "obligation"
    [finding] = derived(content)
    assert finding.derived_from == [f"{WET}, artikel 3, eerste lid"]
    assert "Burgemeester en wethouders stellen" in finding.explanation


def test_a_role_term_takes_the_holder_the_wet_defines() -> None:
    provisions = besluit(lid("5", None, "Het bevoegd gezag controleert jaarlijks de naleving van de stiltenormen."),
                         parent=parent_wet())
    control = provisions["artikel 5"]
    assert control.layers == ["provincie"]
    [finding] = derived(control)
    assert finding.derived_from == [f"{WET}, artikel 1"]


def test_nothing_is_read_where_the_wet_names_only_onze_minister() -> None:
    provisions = besluit(
        lid("4", None, "Het meetprotocol bevat ten minste de meetmethoden en de meetpunten."),
        lid("8", None, "Een overzicht als bedoeld in artikel 7 van de wet bevat de ligging van de stiltegebieden."),
        parent=parent_wet())
    for provision in provisions.values():
        assert provision.layers == [] and derived(provision) == []


def test_the_besluit_s_own_actor_comes_first() -> None:
    provisions = besluit(
        lid("6", None, "Onze Minister maakt het geluidsplan bekend in de Staatscourant."),
        lid("9", None, "Het bevoegd gezag controleert jaarlijks de naleving van de stiltenormen."),
        parent=parent_wet(),
        definitions={"bevoegd gezag": Definition("bevoegd gezag", "Onze Minister van Infrastructuur en Waterstaat",
                                                 "artikel 1")})
    for provision in provisions.values():
        assert provision.layers == [] and derived(provision) == []


def test_without_the_parent_law_nothing_changes() -> None:
    texts = [("2", "Een actieprogramma als bedoeld in artikel 6, eerste lid, van de wet bevat in ieder geval een "
                   "beschrijving van de maatregelen."),
             ("3", "Het geluidsplan vermeldt de gemeten geluidsniveaus per gebied."),
             ("5", "Het bevoegd gezag controleert jaarlijks de naleving van de stiltenormen.")]
    provisions = besluit(*(lid(article, None, text) for article, text in texts), parent=None)
    for provision in provisions.values():
        assert provision.layers == [] and derived(provision) == []


def test_evaluation_supplies_the_parent_law_from_the_corpus(tmp_path: Path) -> None:
    wet = {"slug": "wet_wet_stille_gebieden", "layer": "wet", "title": "Wet van 1 maart 2026, houdende regels over "
           "stille gebieden", "articles": [
               {"number": "3", "heading": "", "text": "1. Burgemeester en wethouders stellen voor hun gemeente een "
                                                      "geluidsplan vast."},
               {"number": "9", "heading": "", "text": "Deze wet wordt aangehaald als: Wet stille gebieden."}]}
    amvb = {"slug": "AMvB_besluit_stille_gebieden", "layer": "amvb", "title": "Besluit stille gebieden", "articles": [
        {"number": "1", "heading": "", "text": "In dit besluit wordt verstaan onder:\na. wet: Wet stille gebieden."},
        {"number": "2", "heading": "", "text": "Het geluidsplan vermeldt de gemeten geluidsniveaus per gebied."}]}
    corpus = tmp_path / "bwb"
    corpus.mkdir()
    for name, record in (("wet-2015.jsonl.gz", wet), ("amvb-2015.jsonl.gz", amvb)):
        with gzip.open(corpus / name, "wt", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    gold = [Annotation("AMvB_besluit_stille_gebieden", "2", None, frozenset({"gemeente"}), "obligation", False)]
    result = evaluate(gold, corpus)
    assert result.context["parent_laws"] == {"AMvB_besluit_stille_gebieden": "wet_wet_stille_gebieden (BWB corpus)"}
    [prediction] = result.predictions
    assert prediction.layers == ["gemeente"]
    assert derived(prediction)[0].derived_from == [f"{WET}, artikel 3, lid 1"]


def test_an_organ_named_in_the_opinion_of_is_no_recipient_that_blocks_the_reading() -> None:
    provisions = besluit(
        lid("2", None, "Een geluidsplan als bedoeld in artikel 3, eerste lid, van de wet bevat: a. de maatregelen die "
                       "naar het oordeel van burgemeester en wethouders in aanmerking komen; b. de kosten daarvan."),
        parent=parent_wet())
    assert provisions["artikel 2"].layers == ["gemeente"]


def test_an_organ_of_the_same_layer_named_as_recipient_blocks_the_reading() -> None:
    sent = "Het geluidsplan wordt binnen twee weken na de vaststelling toegezonden aan {recipient}."
    provisions = besluit(lid("2", None, sent.format(recipient="de eigenaren van de gronden")),
                         lid("3", None, sent.format(recipient="provincies of gemeenten")), parent=parent_wet())
    assert provisions["artikel 2"].layers == ["gemeente"]  # the maker sends it to private parties
    assert provisions["artikel 3"].layers == [] and derived(provisions["artikel 3"]) == []  # gemeenten receive it
