"""Recall cases: officials of a co-government, and organs named through a reference ("de in artikel 1
bedoelde ambtenaar"), read as the addressee; private parties, national actors and recipients stay without
a layer. Every text is written for these tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layer"),
    [
        ("Op het bezwaarschrift doet de in artikel 1, tweede lid, bedoelde gemeenteambtenaar binnen zes weken uitspraak.",
         "gemeente"),
        ("Op verzoek kan het waardegegeven door de in artikel 2 bedoelde gemeenteambtenaar worden verstrekt aan de eigenaar.",
         "gemeente"),
        ("De gemeentearchivaris brengt jaarlijks verslag uit over het beheer van de archiefbescheiden.", "gemeente"),
        ("De waterschapsarchivaris draagt zorg voor de inrichting van de archiefbewaarplaats.", "waterschap"),
        ("De provinciale archivaris houdt toezicht op het beheer van de archiefbescheiden.", "provincie"),
        ("Bevoegd tot het verlenen van vergunningen voor een stortplaats zijn gedeputeerde staten.", "provincie"),
        ("Door of op last van de burgemeester kunnen bederfelijke waren in beslag worden genomen.", "gemeente"),
        ("Zo nodig worden door de zorg van het college van burgemeester en wethouders de nodige voorzieningen getroffen.",
         "gemeente"),
        ("Bij of krachtens een in het eerste lid bedoelde gemeentelijke verordening worden regels gesteld over de tarieven.",
         "gemeente"),
    ],
)
def test_official_or_referred_organ_is_the_addressee(analyse, text: str, layer: str) -> None:
    assert layer in analyse(text).layers


@pytest.mark.parametrize(
    "text",
    [
        "De eigenaar zendt het verzoek aan de in artikel 3 bedoelde gemeenteambtenaar.",
        "Op verzoek verstrekt de in artikel 4 bedoelde beheerder van het register de gegevens aan de gemeenteambtenaar.",
        "De rijksarchivaris draagt zorg voor de inrichting van de archiefbewaarplaats.",
        "Op het bezwaarschrift doet de in artikel 1 bedoelde inspecteur binnen zes weken uitspraak.",
        "De adviezen van de in dit hoofdstuk bedoelde colleges worden openbaar gemaakt.",
        "Op last van de officier van justitie wordt het voertuig in bewaring genomen.",
        "Bevoegd tot het verlenen van een ontheffing van het verbod is Onze Minister.",
        "Bevoegd tot het indienen van een verzoek om ontheffing is de eigenaar van de grond.",
    ],
)
def test_recipient_private_party_or_national_actor_gets_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
