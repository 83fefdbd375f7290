"""Consent powers (R02, rules/consent.py): the co-government organ whose consent another organ's act needs
has a power over it (GUIDELINES §5a); a national consenting organ, a hearing and a permit for a private
party's act give no layer. Every text is written for these tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layer"),
    [
        ("Onze Minister benoemt in overeenstemming met gedeputeerde staten de leden van de adviescommissie.", "provincie"),
        ("De leden van de raad van advies worden door Onze Minister in overeenstemming met het bestuurscollege ontslagen.",
         "openbaar_lichaam"),
        ("Het jaarprogramma behoeft de goedkeuring van Onze Minister en gedeputeerde staten van de betrokken provincies.",
         "provincie"),
        ("Sluiting van de openbare leeszaal is slechts mogelijk na instemming van de gemeenteraad.", "gemeente"),
        ("Het waterschap kan onder goedkeuring van gedeputeerde staten het beheer van de kade overnemen.", "provincie"),
    ],
)
def test_the_consenting_co_government_has_a_power(analyse, text: str, layer: str) -> None:
    provision = analyse(text)
    assert layer in provision.layers
    assert any(f.rule == "R02" and f.layer == layer for f in provision.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Onze Minister stelt de verdeelsleutel vast in overeenstemming met Onze Minister van Financiën.",
        "Het jaarprogramma behoeft de goedkeuring van Onze Minister, gehoord gedeputeerde staten.",
        "Het is verboden zonder toestemming van burgemeester en wethouders een standplaats in te nemen.",
        "Onze Minister stelt de tarieven vast in overeenstemming met het advies van de commissie.",
    ],
)
def test_national_consent_hearing_or_permit_gives_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
