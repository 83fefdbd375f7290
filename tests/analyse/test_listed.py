"""Addressees after the copula of a fronted predicate (rules/listed.py): "Bevoegd tot ... zijn: a. ...",
"Met het toezicht ... zijn belast de bij besluit van ... aangewezen ambtenaren". Every text is written for
these tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        ("Bevoegd tot het afgeven van een standplaatskaart zijn: a. in het Europese deel van Nederland: de burgemeester; "
         "b. in de openbare lichamen Bonaire, Sint Eustatius en Saba: de gezaghebber.", {"gemeente", "openbaar_lichaam"}),
        ("Met het toezicht op de naleving van deze wet zijn belast de bij besluit van gedeputeerde staten aangewezen "
         "ambtenaren.", {"provincie"}),
        ("Met het toezicht op de naleving van artikel 4 zijn belast: a. de bij besluit van Onze Minister aangewezen "
         "ambtenaren; b. de bij besluit van het college van burgemeester en wethouders aangewezen ambtenaren.", {"gemeente"}),
        # the lead-in holds a verb of the verb lists ("in ontvangst nemen"); the copula still settles it
        ("Bevoegd tot het in ontvangst nemen van meldingen over een ligplaats, zijn: a. in het Europese deel van "
         "Nederland: de burgemeester; b. in het buitenland: Onze Minister.", {"gemeente"}),
        ("Met het toezicht op de naleving van het bepaalde bij of krachtens deze wet zijn belast de bij besluit van Onze "
         "Minister aangewezen ambtenaren en de bij besluit van gedeputeerde staten aangewezen ambtenaren.", {"provincie"}),
        ("Bevoegd tot het sluiten van de kade zijn het dagelijks bestuur van het waterschap en de door het dagelijks "
         "bestuur van het waterschap aangewezen personen.", {"waterschap"}),
    ],
)
def test_the_listed_organs_hold_the_fronted_competence(analyse, text: str, layers: set[str]) -> None:
    assert set(analyse(text).layers) == layers


@pytest.mark.parametrize(
    "text",
    [
        "Met het toezicht op de naleving van deze wet zijn belast de bij besluit van Onze Minister aangewezen ambtenaren.",
        "Bevoegd tot het indienen van een bezwaar bij burgemeester en wethouders zijn de eigenaar en de gebruiker.",
        "Bevoegd tot het aanvragen van de kaart zijn: a. de eigenaar van het schip; b. de schipper, na melding aan de "
        "burgemeester.",
    ],
)
def test_national_officials_private_parties_and_recipients_get_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
