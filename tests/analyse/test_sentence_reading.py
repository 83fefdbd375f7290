"""Sentence-level reading of who acts: a predicate far after the organ ("is de in artikel 3 bedoelde
ambtenaar bevoegd"), a competence role given by a copula ("Bevoegd gezag voor ... is het college"),
separable verbs ("kennen ... toe"), verbs outside the verb lists after a fronted phrase, organs joined
before the verb, and definition words inside an onderdeel. National actors, private parties and mere
mentions stay without a layer. Every text is written for these tests in legislative style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "layer", "norm_type"),
    [
        # the predicate after a long organ name or reference
        ("Indien de zaak niet binnen drie maanden is opgehaald, is de in artikel 12, tweede lid, onderdeel b, "
         "bedoelde gemeenteambtenaar bevoegd haar te verkopen.", "gemeente", "power"),
        ("In dat geval hebben gedeputeerde staten de in het eerste lid genoemde bevoegdheden.", "provincie", "power"),
        ("Ingeval een dijk in meer dan een waterschap ligt, zijn het dagelijks bestuur van het waterschap waar de dijk "
         "grotendeels ligt en zijn voorzitter bevoegd tot het treffen van maatregelen.", "waterschap", "power"),
        ("De burgemeester van een gemeente waarin een luchthaven is gelegen, is de autoriteit voor de beveiliging van "
         "die luchthaven.", "gemeente", "obligation"),
        # a competence role named before the copula
        ("Bevoegd gezag voor een melding als bedoeld in artikel 7 is het college van burgemeester en wethouders van de "
         "gemeente waar de activiteit plaatsvindt.", "gemeente", "obligation"),
        ("Beheerder van de regionale kering is het dagelijks bestuur van het waterschap.", "waterschap", "obligation"),
        ("Bevoegd tot het verlenen, wijzigen of intrekken van een ontheffing, anders dan voor een evenement, zijn "
         "gedeputeerde staten.", "provincie", "power"),
        # separable verbs
        ("Indien de schade redelijkerwijs niet ten laste van de aanvrager behoort te blijven, kennen gedeputeerde "
         "staten hem op zijn verzoek een vergoeding toe.", "provincie", "obligation"),
        ("Wordt de aanwijzing niet binnen de gestelde termijn opgevolgd, dan gaan gedeputeerde staten tot het nemen "
         "van het besluit over.", "provincie", "obligation"),
        # "berust bij" inside a relative clause does not make its organ the actor
        ("Burgemeester en wethouders stellen de hoogte vast van a. de vergoeding voor het onderhoud, en b. de vergoeding "
         "voor een gymnastieklokaal waarvan de eigendom berust bij het bevoegd gezag van een school.", "gemeente",
         "obligation"),
        # the particle followed by a phrase moved behind it
        ("Het college van burgemeester en wethouders kent een lid van de raad op aanvraag een tegemoetkoming toe voor "
         "de kosten van een voorziening als bedoeld in artikel 12.", "gemeente", "obligation"),
        # a verb outside the verb lists after a fronted phrase, and organs joined before the verb
        ("Alvorens een plan vast te stellen, plegen gedeputeerde staten overleg met de besturen van de betrokken "
         "gemeenten.", "provincie", "obligation"),
        ("Gedeputeerde staten en Onze Minister besluiten binnen acht weken over de aanvraag.", "provincie", "obligation"),
        # a definition word in an onderdeel does not make the organ's duty a definition
        ("Indien een gemeente een haven beheert, stellen burgemeester en wethouders jaarlijks vast: a. de lasten die "
         "als havenlasten worden aangemerkt; b. het tarief per schip.", "gemeente", "obligation"),
    ],
)
def test_organ_read_as_the_one_who_acts(analyse, text: str, layer: str, norm_type: str) -> None:
    provision = analyse(text)
    assert layer in provision.layers
    assert provision.norm_type == norm_type


@pytest.mark.parametrize(
    "text",
    [
        "In dat geval heeft Onze Minister de in het eerste lid genoemde bevoegdheden.",
        "Bevoegd gezag voor een melding als bedoeld in artikel 7 is Onze Minister.",
        "Beheerder van de kering is de eigenaar van de grond.",
        "De voorzitter van de vereniging is de burgemeester niet verschuldigd.",
        "De bevoegdheid tot het verlenen van de ontheffing gaat over op Onze Minister.",
        "De aanvrager kent de voorwaarden van de vergunning.",
        "Indien de zaak niet is opgehaald, is de in artikel 12 bedoelde inspecteur bevoegd haar te verkopen.",
        "Onder havenlasten worden verstaan de lasten die het college in rekening brengt.",
    ],
)
def test_national_actor_private_party_or_mention_gets_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers


def test_negated_predicate_is_a_prohibition(analyse) -> None:
    provision = analyse("Na het verstrijken van de termijn is de in artikel 5 bedoelde gemeenteambtenaar niet langer "
                        "bevoegd tot het opleggen van een last.")
    assert provision.norm_type == "prohibition"
    assert "gemeente" in provision.layers


def test_condition_opened_by_its_verb_leaves_the_main_clause_after_dan(analyse) -> None:
    provision = analyse("Kan de raad niet tijdig beslissen, dan beslist Onze Minister.")
    assert not provision.layers
    provision = analyse("Is de voorzitter verhinderd, dan neemt het dagelijks bestuur van het waterschap de besluiten.")
    assert provision.layers == ["waterschap"]


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        # organs joined into one list of actors, past names and "wie het aangaat"
        ("Onze Minister, Onze Minister wie het aangaat, en het bestuur van de veiligheidsregio dragen zorg voor de "
         "oefening van het rampenplan.", ["gemeente"]),
        ("Onze Ministers, de provinciale besturen van Drenthe en van Groningen en de gemeentebesturen van Assen en "
         "Emmen verschaffen het bestuur van het nieuwe lichaam de gegevens.", ["gemeente", "provincie"]),
        ("Voor de overdracht treffen Onze Ministers onderscheidenlijk het desbetreffend provinciaal bestuur de "
         "vereiste maatregelen.", ["provincie"]),
        # a second main clause with a verb of its own, and a gapped one
        ("Onze Minister draagt zorg voor het register op nationaal niveau en gedeputeerde staten dragen zorg voor "
         "het register op provinciaal niveau.", ["provincie"]),
        ("Burgemeester en wethouders brengen hun advies uit binnen zes maanden na de verzending van de aanvraag, "
         "gedeputeerde staten binnen drie maanden.", ["gemeente", "provincie"]),
        ("Het Rijk betaalt 30 procent, de gemeenten 50 procent en de waterschappen 20 procent.", ["gemeente", "waterschap"]),
        # a fronted adverbial phrase before the verb: the organ after the verb is its subject
        ("Overeenkomstig het verzoek wijzigt het bestuurscollege de ontheffing, of trekt het deze in.",
         ["openbaar_lichaam"]),
        ("Tegelijk met de kennisgeving, bedoeld in artikel 4, tweede lid, geven gedeputeerde staten kennis van de "
         "terinzagelegging.", ["provincie"]),
    ],
)
def test_every_joined_actor_gets_its_layer(analyse, text: str, layers: list[str]) -> None:
    assert analyse(text).layers == layers


@pytest.mark.parametrize(
    "text",
    [
        "Onze Minister zendt het besluit aan de raad, gedeputeerde staten en de inspectie binnen vier weken.",
        "Onze Minister zendt het verslag aan de Tweede Kamer, en gedeputeerde staten ontvangen een afschrift.",
        "Onze Minister stelt het programma vast, nadat de raad en gedeputeerde staten zijn gehoord.",
        "Het Rijk betaalt de kosten van het register en van de gemeentelijke aansluitingen.",
        "De aanvrager verstrekt burgemeester en wethouders de gegevens.",
    ],
)
def test_recipients_and_consulted_organs_stay_without_a_layer(analyse, text: str) -> None:
    assert not analyse(text).layers


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        ("Ingeval van hoogwater kan ook het dagelijks bestuur van het waterschap, dat met het beheer van de kering is "
         "belast, de nodige materialen vorderen.", ["waterschap"]),
        ("Indien provincies en gemeenten van elkaar middelen ontvangen uit een specifieke uitkering, verstrekken zij "
         "de gegevens aan Onze Minister.", ["gemeente", "provincie"]),
        ("De akte wordt opgemaakt op een door gedeputeerde staten te bepalen tijdstip.", ["provincie"]),
        ("Een door de eilandsraad vast te stellen eilandsverordening regelt de behandeling van bezwaren.",
         ["openbaar_lichaam"]),
    ],
)
def test_prepositional_opening_plural_pronoun_and_act_left_to_an_organ(analyse, text: str, layers: list[str]) -> None:
    assert analyse(text).layers == layers


@pytest.mark.parametrize(
    "text",
    [
        "De aanvraag wordt ingediend op een door Onze Minister te bepalen wijze.",
        "De aanvrager verstrekt de door het college te verwerken gegevens.",
        "Ingeval van hoogwater kan ook de eigenaar van de kering de nodige materialen vorderen.",
    ],
)
def test_act_of_a_national_actor_or_private_party_gets_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        ("Voor zover krachtens artikel 9 beheerplannen worden vastgesteld, behoeven deze de goedkeuring van "
         "gedeputeerde staten, gehoord de faunabeheereenheid.", ["provincie"]),
        ("Indien de grond niet wordt onteigend, mag de ontgraving ook geschieden op grond van een besluit van "
         "gedeputeerde staten of van het dagelijks bestuur van het waterschap.", ["provincie", "waterschap"]),
        ("Op schriftelijke last van de burgemeester worden de goederen in bewaring genomen.", ["gemeente"]),
    ],
)
def test_consent_with_the_subject_between_and_agent_phrases(analyse, text: str, layers: list[str]) -> None:
    assert analyse(text).layers == layers


@pytest.mark.parametrize(
    "text",
    [
        "Het plan behoeft niet de goedkeuring van gedeputeerde staten.",
        "De zaak wordt op grond van een besluit van Onze Minister in beslag genomen.",
    ],
)
def test_released_consent_or_national_decision_gets_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers


@pytest.mark.parametrize(
    ("text", "layers"),
    [
        ("De beslissing op een verzoek om vergoeding wordt genomen door: a. Onze Minister, indien het betreft schade "
         "door een maatregel van het Rijk; b. het college van burgemeester en wethouders, in de overige gevallen.",
         ["gemeente"]),
        ("Een convenant wordt ondertekend door of namens: a. gedeputeerde staten van de provincie; b. het dagelijks "
         "bestuur van het waterschap.", ["provincie", "waterschap"]),
        ("De eilandsecretaris staat het bestuurscollege en de door hem ingestelde commissies bij de uitoefening van "
         "hun taak terzijde.", ["openbaar_lichaam"]),
    ],
)
def test_agents_listed_in_onderdelen_and_separable_duties(analyse, text: str, layers: list[str]) -> None:
    assert analyse(text).layers == layers


@pytest.mark.parametrize(
    "text",
    [
        "De aanvraag wordt ingediend door: a. de eigenaar; b. de huurder.",
        "Het besluit wordt gezonden aan: a. de raad; b. gedeputeerde staten.",
    ],
)
def test_listed_private_parties_or_recipients_get_no_layer(analyse, text: str) -> None:
    assert not analyse(text).layers
