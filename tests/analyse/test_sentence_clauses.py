"""Sentence-level reading of who acts, part two: a sentence that ends in "lid." ends there, a passive that
stipulates what an organ does ("kan worden bepaald dat het college ..."), a body named with "van elke daarbij
betrokken gemeente", an organ that opens an active clause whatever passive follows in its onderdelen, the main
clause after a subordinate clause with several commas, a fronted object or adverb before the verb, the
organ whose act must come first ("niet ... dan nadat"), the cases or content a delegation gives an organ, a
verordening the raad must adopt named in an attributive phrase, and officials an organ designates. National
actors, private parties, recipients and "behoren" as "belong to" stay without a layer. Every text is written
for these tests in legislative style."""

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
        # the cases in which an organ acts, and the content of a delegation about what an organ does
        ("Op grond van artikel 4 worden voor de volgende activiteiten gevallen aangewezen waarin gedeputeerde staten "
         "het bevoegd gezag zijn: a. het zwemmen in open water, b. het lozen op de bodem.", ["provincie"]),
        ("Bij ministeriële regeling worden regels gesteld over de voorlichting die het dagelijks bestuur van het "
         "waterschap aan het publiek verstrekt.", ["waterschap"]),
        # the body of a co-government named past "elke daarbij betrokken"
        ("Tegen een besluit van Onze Minister kan het bestuur van elke daarbij betrokken gemeente binnen een maand "
         "bij Ons voorziening vragen.", ["gemeente"]),
        # an organ opening an active clause is its subject, whatever passive an onderdeel holds
        ("De raad, provinciale staten of Onze Minister kunnen een voorkeursrecht vestigen op gronden waaraan in het "
         "omgevingsplan een bestemming is gegeven.", ["gemeente", "provincie"]),
        ("Het dagelijks bestuur van het waterschap kan de voorschriften wijzigen: a. in gevallen die bij algemene "
         "maatregel van bestuur worden bepaald; b. op verzoek van de houder.", ["waterschap"]),
        # the main clause after a subordinate clause with several commas
        ("In het geval, bedoeld in het eerste lid, alsmede indien de aanvrager geen opgave heeft gedaan, of de termijn "
         "heeft overschreden, stelt het college van burgemeester en wethouders de bijdrage ambtshalve vast.",
         ["gemeente"]),
        # the main clause after a subordinate clause that no comma closes
        ("Indien de levering in handen is van verschillende bedrijven draagt het bestuurscollege zorg voor de "
         "afstemming van hun werkzaamheden.", ["openbaar_lichaam"]),
        ("Indien een belanghebbende een verzoek heeft ingediend als bedoeld in artikel 14 zijn burgemeester en "
         "wethouders gehouden hem de gegevens te verstrekken.", ["gemeente"]),
        # a fronted object or adverb before the verb: the organ after the verb is its subject
        ("Gelijke bevoegdheid heeft het bestuurscollege zodra de kosten van de bewaring onevenredig hoog worden.",
         ["openbaar_lichaam"]),
        ("Tenminste veertien dagen voor de zitting zendt de burgemeester de stukken aan de leden.", ["gemeente"]),
        ("In ieder geval lichten gedeputeerde staten het publiek voor en gelasten zo nodig de sluiting van het "
         "strand.", ["provincie"]),
        # the agent of the act named in the phrase that opens an agentless passive
        ("Bij het vaststellen van een inpassingsplan door gedeputeerde staten worden de belangen van de betrokken "
         "gemeenten in acht genomen.", ["provincie"]),
        # a separable verb whose particle stands before a phrase put after it
        ("Het dagelijks bestuur van het waterschap kent een lid van het algemeen bestuur op aanvraag een "
         "tegemoetkoming toe voor een voorziening als bedoeld in artikel 35.", ["waterschap"]),
        # the organ whose act must come first ("niet ... dan nadat")
        ("Een besluit tot sluiting van de begraafplaats wordt niet genomen, dan nadat burgemeester en wethouders het "
         "voornemen daartoe ten minste dertig dagen tevoren openbaar hebben gemaakt.", ["gemeente"]),
        # "deze" standing alone after the verb refers to the organs named before
        ("Indien de zaak spoedeisend is en het bestuurscollege de beslissing niet vooraf op schrift kan stellen, "
         "zorgt deze alsnog zo spoedig mogelijk voor de bekendmaking.", ["openbaar_lichaam"]),
        # a verordening its maker must adopt, named in an attributive phrase
        ("De leden van de commissie ontvangen een bij verordening van provinciale staten vastgestelde vergoeding.",
         ["provincie"]),
        # officials an organ designates act for it
        ("Om een besluit tot toepassing van bestuursdwang uit te voeren, komen de personen die daartoe door het "
         "college zijn aangewezen, de bevoegdheden toe, genoemd in artikel 12.", ["gemeente"]),
        ("Met het toezicht op de naleving van deze wet zijn eveneens belast de bij besluit van het dagelijks bestuur "
         "van het waterschap aangewezen personen.", ["waterschap"]),
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
        # the co-government only receives in the embedded clause
        "Bij algemene maatregel van bestuur worden regels gesteld over de vergoeding die de gemeente ontvangt.",
        # the organ after "dan nadat" receives, or is national
        "Het besluit wordt niet genomen dan nadat provinciale staten een ontwerp is toegezonden.",
        "De vergunning wordt niet verleend dan nadat Onze Minister heeft verklaard dat hij geen bedenkingen heeft.",
        "Bij de vaststelling van het plan door Onze Minister worden de belangen van de gemeenten in acht genomen.",
        "Bij een door het college genomen besluit wordt de datum van de bekendmaking vermeld.",
        "Indien het college het voornemen heeft de raad te horen, stelt Onze Minister een termijn.",
        # "behoren" as "belong to": a list of who is consulted, not a duty
        "Daartoe behoren in ieder geval gedeputeerde staten en de besturen van de betrokken waterschappen.",
        # a fronted object with a private party, a rule by the minister, officials of the minister
        "Gelijke bevoegdheid heeft de eigenaar van de grond.",
        "De leden ontvangen een bij ministeriële regeling vastgestelde vergoeding.",
        "Onze Minister zendt het verslag aan de door het college aangewezen personen.",
        "Om het besluit uit te voeren, komen de personen die daartoe door Onze Minister zijn aangewezen, de "
        "bevoegdheden toe, genoemd in artikel 12.",
    ],
)
def test_national_private_or_mentioned_organs_get_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
