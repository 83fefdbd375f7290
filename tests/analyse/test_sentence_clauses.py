"""Sentence-level reading of who acts, part two: a sentence that ends in "lid." ends there, a passive that
stipulates what an organ does ("kan worden bepaald dat het college ..."), a body named with "van elke daarbij
betrokken gemeente", and an organ that opens an active clause whatever passive follows in its onderdelen.
National actors, recipients and "behoren" as "belong to" stay without a layer. Every text is written for these
tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        # a full stop after "lid" ends a sentence: the next one is read on its own
        ("Van het besluit wordt mededeling gedaan zoals bedoeld in het tweede lid. De burgemeester legt het besluit "
         "ter inzage op het gemeentehuis.", ["gemeente"]),
        # an actorless passive that stipulates what an organ does
        ("Bij ministeriële regeling kan worden bepaald dat het college binnen een daarbij te bepalen termijn een "
         "gewijzigd programma bij Onze Minister indient.", ["gemeente"]),
        ("Bij algemene maatregel van bestuur kan worden bepaald dat gedeputeerde staten op verzoek van een waterschap "
         "ontheffing kunnen verlenen van die regel.", ["provincie"]),
        # the body of a co-government named past "elke daarbij betrokken"
        ("Tegen een besluit van Onze Minister kan het bestuur van elke daarbij betrokken gemeente binnen een maand "
         "bij Ons voorziening vragen.", ["gemeente"]),
        # an organ opening an active clause is its subject, whatever passive an onderdeel holds
        ("De raad, provinciale staten of Onze Minister kunnen een voorkeursrecht vestigen op gronden waaraan in het "
         "omgevingsplan een bestemming is gegeven.", ["gemeente", "provincie"]),
        ("Het dagelijks bestuur van het waterschap kan de voorschriften wijzigen: a. in gevallen die bij algemene "
         "maatregel van bestuur worden bepaald; b. op verzoek van de houder.", ["waterschap"]),
    ],
)
def test_the_actor_named_in_the_sentence_is_read(analyse, text: str, layers: list[str]) -> None:
    assert analyse(text).layers == layers


@pytest.mark.parametrize(
    "text",
    [
        # the stipulated actor is national, or the organ is a recipient or the object of "van dat"
        "Bij algemene maatregel van bestuur kan worden bepaald dat Onze Minister ontheffing kan verlenen.",
        "Bij ministeriële regeling wordt bepaald dat de aanvraag aan het college wordt gezonden.",
        "Bij algemene maatregel van bestuur kan water worden uitgezonderd dat naar het oordeel van dat bestuurscollege "
        "geen invloed heeft op de gezondheid.",
        # "behoren" as "belong to": a list of who is consulted, not a duty
        "Daartoe behoren in ieder geval gedeputeerde staten en de besturen van de betrokken waterschappen.",
    ],
)
def test_national_private_or_mentioned_organs_get_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
