"""Organ recognition (organs.yaml): layers, plurals, joint bodies, national actors, context rules."""

from __future__ import annotations

import pytest

from wetscan.analyse.definitions import Resolver
from wetscan.analyse.lexicon import load_lexicon
from wetscan.analyse.pipeline import load_pipeline


def organs(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    nlp = load_pipeline()
    resolver = Resolver(load_lexicon())
    mentions = nlp.get_pipe("wetscan_organs").find(nlp.make_doc(text))
    return [(m.text, resolver.resolve(m).layers, resolver.resolve(m).role) for m in mentions]


@pytest.mark.parametrize(
    ("text", "name", "layers"),
    [
        ("De gemeenteraden stellen een verordening vast.", "gemeenteraden", ("gemeente",)),
        ("Burgemeester en wethouders beslissen.", "Burgemeester en wethouders", ("gemeente",)),
        ("De colleges van burgemeester en wethouders werken samen.", "colleges van burgemeester en wethouders", ("gemeente",)),
        ("Provinciale Staten stellen de begroting vast.", "Provinciale Staten", ("provincie",)),
        ("Gedeputeerde staten beslissen.", "Gedeputeerde staten", ("provincie",)),
        ("Het dagelijks bestuur van het waterschap beslist.", "dagelijks bestuur van het waterschap", ("waterschap",)),
        ("De dijkgraaf opent de vergadering.", "dijkgraaf", ("waterschap",)),
        ("Het bestuurscollege stelt een register in.", "bestuurscollege", ("openbaar_lichaam",)),
        ("De gezaghebber handhaaft de openbare orde.", "gezaghebber", ("openbaar_lichaam",)),
        ("Het bestuur van de veiligheidsregio stelt een plan vast.", "bestuur van de veiligheidsregio", ("gemeente",)),
        ("De omgevingsdiensten voeren taken uit.", "omgevingsdiensten", ("gemeente", "provincie")),
        ("De raad van de gemeente beslist.", "raad van de gemeente", ("gemeente",)),
        ("Het algemeen bestuur van het openbaar lichaam beslist.", "algemeen bestuur van het openbaar lichaam", ("gemeente",)),
        ("De besturen van de openbare lichamen Bonaire, Sint Eustatius en Saba bevorderen dit.",
         "besturen van de openbare lichamen Bonaire, Sint Eustatius en Saba", ("openbaar_lichaam",)),
        ("Het bestuur van het openbaar lichaam Bonaire, Sint Eustatius of Saba beslist.",
         "bestuur van het openbaar lichaam Bonaire, Sint Eustatius of Saba", ("openbaar_lichaam",)),
    ],
)
def test_co_government_organs_and_their_layer(text: str, name: str, layers: tuple[str, ...]) -> None:
    found = organs(text)
    assert (name, layers) in [(text_, layers_) for text_, layers_, _ in found]


def test_longest_name_wins() -> None:
    found = organs("Het college van burgemeester en wethouders beslist.")
    assert [name for name, _, _ in found] == ["college van burgemeester en wethouders"]


@pytest.mark.parametrize(
    "text",
    [
        "Onze Minister kan regels stellen.",
        "De inspectie houdt toezicht.",
        "Het Uitvoeringsinstituut werknemersverzekeringen verstrekt een uitkering.",
        "De raad voor de kinderbescherming verzoekt om een onderzoek.",
        "De staatssecretaris beslist.",
    ],
)
def test_national_actors_are_national(text: str) -> None:
    (_, layers, role), *_ = organs(text)
    assert role == "national" and layers == ()


def test_commissaris_van_de_koning_is_dual() -> None:
    (_, layers, role), *_ = organs("De commissaris van de Koning brengt verslag uit.")
    assert layers == ("provincie",) and role == "dual"


@pytest.mark.parametrize(
    "text",
    ["Het college van bestuur stelt het plan vast.", "De raad van toezicht keurt het goed.", "Het College geeft advies."],
)
def test_other_bodies_named_like_co_government_organs(text: str) -> None:
    (_, layers, role), *_ = organs(text)
    assert layers == () and role == "other"


def test_bare_college_falls_back_to_burgemeester_en_wethouders() -> None:
    (_, layers, _), *_ = organs("Het college beslist.")
    assert layers == ("gemeente",)


def test_commissaris_van_de_koning_as_rijksorgaan_is_national(analyse) -> None:
    provision = analyse("De commissaris van de Koning treft als rijksorgaan de maatregelen die nodig zijn.")
    assert provision.layers == [] and {f.rule for f in provision.findings} == {"R20"}
    assert analyse("De commissaris van de Koning brengt verslag uit aan provinciale staten.").layers == ["provincie"]
