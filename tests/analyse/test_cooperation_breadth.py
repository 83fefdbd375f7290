"""Mandatory cooperation in the many ways a bill may word it (domain.md §4, the seven forms).

Statutes say the same thing in more than the textbook phrase: a single gemeente that must join a joint
body, a task carried out *via* a gemeenschappelijke regeling, cooperation named as a noun ("draagt zorg voor
de samenwerking met ..."), agreeing *na afstemming met* or *in overleg en overeenstemming met* other
co-governments, plans that must be attuned *op elkaar*, designations that impose a regeling or name a
centrumgemeente. Each positive names the rule and the words that trigger it; the negatives next to them
are the near misses a coordinator must not be shown: partners who are only consulted or informed, partners
that are private parties or the Rijk, voluntary wording and plan content. Every text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.analyse.conftest import assert_cooperation


@pytest.mark.parametrize(
    ("text", "rule", "trigger"),
    [
        # form 1: a joint body in the passive, with its makers as the agent
        ("Een gemeenschappelijke regeling wordt getroffen door de raden van de betrokken gemeenten.",
         "R07", "gemeenschappelijke regeling"),
        # form 1: one co-government that must join a joint body, or carry out a task through one
        ("Het college van elke gemeente draagt er zorg voor dat de gemeente deelneemt aan een regionaal "
         "samenwerkingsverband.", "R07", "samenwerkingsverband"),
        ("Het college is verplicht deel te nemen aan de gemeenschappelijke regeling, bedoeld in artikel 3.",
         "R07", "gemeenschappelijke regeling"),
        ("De colleges voeren de taken, bedoeld in het eerste lid, uit via een gemeenschappelijke regeling.",
         "R07", "gemeenschappelijke regeling"),
        ("Voor de uitvoering van de taken maken de gemeenten gebruik van een gemeenschappelijke dienst.",
         "R07", "gemeenschappelijke dienst"),
        # form 2: cooperation as a noun, "samen met", "in gezamenlijkheid", a joint act
        ("Het college draagt zorg voor regionale samenwerking met de andere gemeenten in de arbeidsmarktregio.",
         "R08", "draagt zorg voor regionale samenwerking"),
        ("De colleges dragen zorg voor de samenwerking tussen de gemeenten.", "R08", "dragen zorg voor de samenwerking"),
        ("Het college stelt samen met de colleges van de aangrenzende gemeenten een regionaal programma vast.",
         "R08", "samen met"),
        ("Het college voert de taak uit in gezamenlijkheid met de colleges van de andere gemeenten.",
         "R08", "in gezamenlijkheid"),
        ("De colleges dragen zorg voor de gezamenlijke inkoop van de voorzieningen.", "R08", "gezamenlijke inkoop"),
        # form 4: imposing a regeling or cooperation, in the active and in a delegation's passive
        ("Gedeputeerde staten kunnen aan de raden van twee of meer gemeenten een gemeenschappelijke regeling "
         "opleggen.", "R09", "opleggen"),
        ("Gedeputeerde staten kunnen de colleges van twee of meer gemeenten verplichten tot samenwerking.",
         "R09", "verplichten"),
        ("Onze Minister kan bepalen dat de colleges van twee of meer gemeenten samenwerken bij de uitvoering van "
         "deze wet.", "R09", "bepalen dat"),
        ("Bij algemene maatregel van bestuur kunnen gemeenten worden aangewezen die een gemeenschappelijke "
         "regeling treffen.", "R09", "aangewezen"),
        # form 3: partners or the lead gemeente fixed from above
        ("Onze Minister wijst de gemeenten aan die samen een arbeidsmarktregio vormen.", "R09", "wijst de gemeenten aan"),
        ("Onze Minister kan een gemeente aanwijzen als centrumgemeente.", "R09", "aanwijzen"),
        # form 6: agreeing, in participles, nominalisations and mutual wordings
        ("Gedeputeerde staten stellen het programma vast na overeenstemming met de besturen van de waterschappen.",
         "R21", "na overeenstemming met"),
        ("Het college stelt het beleidsplan vast na afstemming met de colleges van de aangrenzende gemeenten.",
         "R21", "na afstemming met"),
        ("Gedeputeerde staten stellen het plan vast in overleg en overeenstemming met de besturen van de "
         "waterschappen.", "R21", "in overleg en overeenstemming met"),
        ("Het college en het dagelijks bestuur van het waterschap stemmen hun plannen op elkaar af.",
         "R21", "stemmen hun plannen op elkaar af"),
        ("Gedeputeerde staten dragen zorg voor de afstemming van het beleid met de aangrenzende provincies.",
         "R21", "afstemming van het beleid met"),
        ("De colleges komen tot overeenstemming over de verdeling van de middelen.", "R21", "komen tot overeenstemming"),
        ("Het college en het algemeen bestuur van het waterschap sluiten een convenant over het beheer van de "
         "waterkering.", "R21", "sluiten een convenant"),
        # form 6: the documents of several co-governments attuned to each other, in the passive
        ("De plannen van de gemeente en het waterschap worden op elkaar afgestemd.", "R21", "op elkaar afgestemd"),
        # form 6 with the partners in an enumeration
        ("Het college stelt het plan vast in overeenstemming met: a. gedeputeerde staten; b. het dagelijks bestuur "
         "van het waterschap.", "R21", "in overeenstemming met"),
    ],
)
def test_wordings_of_mandatory_cooperation(analyse, text: str, rule: str, trigger: str) -> None:
    provision = analyse(text)
    assert_cooperation(provision, text, rule)
    assert trigger in [f.trigger for f in provision.findings if f.rule == rule]


@pytest.mark.parametrize(
    "text",
    [
        # other co-governments only consulted or informed: the region phrase locates them, it binds no one
        "Het college stelt het plan vast na overleg met de colleges van de andere gemeenten in de regio.",
        "Het college informeert de colleges van de andere gemeenten in de regio over het besluit.",
        "Het college maakt de gegevens bekend aan de colleges van de andere gemeenten in de regio.",
        # private partners only ("in de gemeente" is where they are, not a partner)
        "Het college stelt het plan vast na afstemming met de zorgaanbieders in de gemeente.",
        "Het college stelt de beschikking vast na overeenstemming met de aanvrager.",
        "De gemeente en de aanbieder sluiten een overeenkomst over de levering.",
        "Het college draagt zorg voor de samenwerking met de scholen in de gemeente.",
        "Het college werkt in samenwerking met de zorgverzekeraars aan een sluitende aanpak.",
        "Het college neemt deel aan het overleg met de zorgverzekeraars.",
        # conformity with a regulation, and one organ attuning its own measures
        "Het college stelt de regels vast in overeenstemming met het bestemmingsplan van de gemeente.",
        "Het college stemt de maatregelen op elkaar af.",
        # national only: gedeputeerde staten share the Minister's duty
        "Onze Minister draagt tezamen met gedeputeerde staten van de provincies zorg voor de sanering.",
        # "aansluiten bij" is fitting in, not joining
        "Het college draagt er zorg voor dat het beleid aansluit bij het landelijke samenwerkingsverband.",
        # voluntary: a power to use a regeling or to name a lead gemeente, or a condition on choosing one
        "Het college kan gebruik maken van een gemeenschappelijke regeling.",
        "De colleges kunnen een centrumgemeente aanwijzen.",
        "Indien de colleges een centrumgemeente aanwijzen, melden zij dit aan Onze Minister.",
        # designations that impose no cooperation
        "Onze Minister bepaalt dat de aanvraag wordt afgewezen.",
        "Onze Minister wijst jaarlijks de gemeenten aan die een specifieke uitkering ontvangen.",
        "De burgemeester wijst een ambtenaar aan als coördinator.",
        # a designation whose cooperation words, far after it, say something else
        "Bij de berekening blijven de bij ministeriële regeling aangewezen gemeenten die al een vergoeding op grond "
        "van een andere regeling ontvangen buiten beschouwing, en wordt het aantal inwoners van die gemeenten "
        "gezamenlijk op 1 januari gehanteerd.",
        # plan content that merely mentions cooperation
        "Het plan bevat in ieder geval een beschrijving van de samenwerking met de andere gemeenten in de regio.",
    ],
)
def test_near_misses_are_not_mandatory_cooperation(analyse, text: str) -> None:
    assert not analyse(text).mandatory_cooperation


@pytest.mark.parametrize(
    "text",
    [
        "Het college kan gebruik maken van een gemeenschappelijke regeling.",
        "De colleges kunnen een centrumgemeente aanwijzen.",
    ],
)
def test_voluntary_wording_is_recorded_as_counter_evidence(analyse, text: str) -> None:
    findings = [f for f in analyse(text).findings if f.rule == "R11"]
    assert findings and all(f.explanation and text[f.start : f.end] == f.trigger for f in findings)


def test_together_with_private_bodies_is_no_counter_evidence(analyse) -> None:
    """"tezamen met" that names no co-government (schools) is neither cooperation nor voluntary cooperation."""
    provision = analyse("De raad kan een stichting oprichten die de openbare scholen in stand houdt, al dan niet "
                        "tezamen met openbare scholen voor speciaal onderwijs.")
    assert not provision.mandatory_cooperation
    assert "R11" not in {f.rule for f in provision.findings}
