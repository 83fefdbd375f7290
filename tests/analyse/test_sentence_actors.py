"""Sentence-level reading of who acts, where the actor is not the plain subject before the verb: actors joined
by "alsmede", onderdelen that are main clauses of their own ("a. stelt de raad ...; b. stellen provinciale
staten ..."), the agent of "geschiedt door", a condition with a further conjunct and no comma before the main verb, conjuncts before the
subject the parser picks, and the holder named in a fronted "Tot de taken van ... behoort". Organs that are
only recipients or consulted, national actors and private parties stay without a layer. Every text is
written for these tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layers", "norm_type"),
    [
        # actors joined by "alsmede", also past the names of the bodies meant
        ("Gedeputeerde staten van Drenthe, en van Groningen, alsmede de colleges van burgemeester en wethouders van "
         "Assen en Emmen stellen een overzicht op van de overgedragen taken.", {"gemeente", "provincie"}, "obligation"),
        # each onderdeel a main clause of its own, opened by its verb
        ("Om een zorgvuldige uitvoering van de taken te waarborgen: a. stelt de gemeenteraad regels over de "
         "kwaliteit van de uitvoering, b. stellen provinciale staten regels over de kwaliteit van het toezicht.",
         {"gemeente", "provincie"}, "obligation"),
        # a further condition joined by "en", and no comma before the main verb
        ("Indien een werkgever een leerling in dienst neemt, en de begeleiding naar behoren wordt verzorgd kan het "
         "college aan de werkgever een tegemoetkoming verstrekken.", {"gemeente"}, "power"),
        # the parser hangs the subject on the last of the joined organs
        ("In het bijzonder provinciale staten en de raad moeten in staat zijn zich een oordeel over de begroting "
         "te vormen.", {"gemeente", "provincie"}, "obligation"),
        # "geschiedt door": the act is performed by the agent
        ("De aanwijzing van de leden geschiedt door gedeputeerde staten op voorstel van de raad.", {"provincie"},
         "obligation"),
        ("De kennisgeving geschiedt door plaatsing in het gemeenteblad en door aanplakking door de zorg van de "
         "burgemeester.", {"gemeente"}, "obligation"),
        ("De toezending van de stukken geschiedt op een door gedeputeerde staten te bepalen datum.", {"provincie"},
         "obligation"),
        # the holder of a task or competence named in a fronted phrase
        ("Tot de taken van gedeputeerde staten behoort het toezicht op de naleving van de verordening.",
         {"provincie"}, "obligation"),
        ("Tot de bevoegdheid van het dagelijks bestuur van het waterschap tot het nemen van spoedeisende maatregelen, "
         "behoort de bevoegdheid tot het afsluiten van een kade.", {"waterschap"}, "power"),
    ],
)
def test_actor_read_from_the_sentence(analyse, text: str, layers: set[str], norm_type: str) -> None:
    provision = analyse(text)
    assert set(provision.layers) == layers
    assert provision.norm_type == norm_type


@pytest.mark.parametrize(
    "text",
    [
        # recipients joined by "alsmede"
        "Onze Minister zendt het verslag aan de raad alsmede aan gedeputeerde staten.",
        "Onze Minister stelt na overleg met gedeputeerde staten alsmede de colleges van burgemeester en wethouders "
        "regels vast.",
        # a later onderdeel whose own subject is a national actor or a private party
        "Om een zorgvuldige uitvoering te waarborgen: a. stelt Onze Minister regels over de kwaliteit, b. zendt de "
        "aanvrager een verslag aan gedeputeerde staten.",
        # a further condition whose organ is only consulted
        "Indien een werkgever een leerling in dienst neemt, en na overleg met het college de begeleiding is geregeld "
        "kan de werkgever een tegemoetkoming aanvragen.",
        # organs governed by a preposition before the parser's subject
        "Na overleg met gedeputeerde staten en de raad moeten de inspecteurs een verslag uitbrengen.",
        # "geschiedt door" a private party, or with the organ only as recipient
        "De melding geschiedt door de exploitant aan burgemeester en wethouders.",
        "De toezending aan gedeputeerde staten geschiedt binnen twee weken na de vaststelling.",
        "De betaling geschiedt op een door de aanvrager te kiezen rekening van de gemeente.",
        "De aanvraag geschiedt op een door het college vastgesteld formulier.",
        # the holder of a task is a national actor
        "Tot de taken van de inspectie behoort het toezicht op de naleving door het college.",
    ],
)
def test_recipient_consulted_or_other_actor_gets_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
