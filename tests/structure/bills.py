"""Bills written for these tests in Dutch drafting style, and helpers that turn them into
Documents the way the readers do: one block per paragraph (XML, DOCX) or per printed line (PDF)."""

from __future__ import annotations

import textwrap

from wetscan.model import Block, Document

#: A new law. Paragraphs are separated by blank lines; "[page N]" marks a page break.
NEW_LAW = """\
Regels over de lokale aanpak van eenzaamheid (Wet lokale aanpak eenzaamheid)

Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.

Allen, die deze zullen zien of horen lezen, saluut! doen te weten:

Alzo Wij in overweging genomen hebben, dat het wenselijk is regels te stellen over de lokale aanpak van eenzaamheid en daarbij de gemeenten een taak te geven;

Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en verstaan bij deze:

HOOFDSTUK 1. ALGEMENE BEPALINGEN

Artikel 1 (begripsbepalingen)

In deze wet en de daarop berustende bepalingen wordt verstaan onder:

a. college: college van burgemeester en wethouders;

b. eenzaamheid: het als onaangenaam ervaren gemis aan sociale contacten;

c. lokaal plan: plan als bedoeld in artikel 2a;

d. Onze Minister: Onze Minister van Volksgezondheid, Welzijn en Sport.

HOOFDSTUK 2. TAKEN VAN DE GEMEENTE

§ 2.1 Het lokale plan

Artikel 2

1. Het college draagt zorg voor een samenhangende aanpak van eenzaamheid onder de inwoners van de gemeente, waarbij in ieder geval aandacht wordt besteed aan:

a. het vroegtijdig signaleren van eenzaamheid, waaronder:

1°. het bezoeken van inwoners van vijfenzeventig jaar en ouder;

2°. het bieden van een meldpunt;

b. het versterken van sociale netwerken.

2. Het college werkt daarbij samen met maatschappelijke organisaties en zorgaanbieders.

[page 2]

3. Onze Minister kan nadere regels stellen over de wijze waarop het college de in het eerste lid bedoelde aanpak uitvoert.

Artikel 2a

1. De gemeenteraad stelt elke vier jaar een lokaal plan vast. Het plan bevat in ieder geval de doelen die het college zich stelt ter uitvoering van artikel 2, eerste lid.

2. Bij de vaststelling van het plan betrekt de gemeenteraad de adviezen van ingezetenen en van maatschappelijke organisaties, alsmede de gegevens, bedoeld in artikel 4.

2a. Het college zendt het plan binnen vier weken na de vaststelling aan Onze Minister.

3. Artikel 2a van de Gemeentewet is niet van toepassing. Het plan wordt bekendgemaakt.

Artikel 1.2.3 Samenwerking

De colleges van de gemeenten in een regio werken samen bij de uitvoering van deze wet. Bij algemene maatregel van bestuur worden de regio's aangewezen.

HOOFDSTUK 3. SLOTBEPALINGEN

Artikel 4

In dit hoofdstuk wordt onder gegevens verstaan: de gegevens die het college op grond van deze wet verwerkt.

Artikel 5

Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.

Artikel 6

Deze wet wordt aangehaald als: Wet lokale aanpak eenzaamheid.

Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de hand zullen houden.

Gegeven

De Minister van Volksgezondheid, Welzijn en Sport,

De Minister van Binnenlandse Zaken en Koninkrijksrelaties,

MEMORIE VAN TOELICHTING

I. ALGEMEEN

1. Inleiding

Dit wetsvoorstel geeft gemeenten een taak bij de aanpak van eenzaamheid. Eenzaamheid is een groeiend maatschappelijk probleem.

4. Financiële gevolgen voor gemeenten

De taak wordt bekostigd via het gemeentefonds. Over de omvang van de middelen is overleg gevoerd met de Vereniging van Nederlandse Gemeenten.

II. ARTIKELSGEWIJS

Artikel 2

Het eerste lid legt de zorg voor een samenhangende aanpak bij het college.

Artikelen 5 en 6

Deze artikelen behoeven geen toelichting.
"""

#: An amending bill that changes two laws.
AMENDING_BILL = """\
Wijziging van de Jeugdwet en de Gemeentewet in verband met de regionale samenwerking bij de inkoop van jeugdhulp

Alzo Wij in overweging genomen hebben, dat het wenselijk is de regionale samenwerking van gemeenten bij de inkoop van jeugdhulp te versterken;

Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en verstaan bij deze:

ARTIKEL I

De Jeugdwet wordt als volgt gewijzigd:

A

In artikel 1.1 wordt, onder vervanging van de punt aan het slot van de begripsbepaling van «woonplaats» door een puntkomma, een begripsbepaling toegevoegd, luidende:

jeugdregio: samenwerkingsverband van gemeenten als bedoeld in artikel 2.8a.

B

Artikel 2.8 komt te luiden:

Artikel 2.8

1. Het college stelt in samenwerking met de colleges van de andere gemeenten in de jeugdregio een regiovisie vast.

2. Bij of krachtens algemene maatregel van bestuur kunnen regels worden gesteld over de inhoud van de regiovisie.

C

Na artikel 2.8 wordt een artikel ingevoegd, luidende:

Artikel 2.8a

De colleges van de gemeenten in een jeugdregio treffen een gemeenschappelijke regeling voor de inkoop van jeugdhulp als bedoeld in artikel 2.8, eerste lid.

D

Artikel 2.9 wordt als volgt gewijzigd:

1. In het eerste lid wordt «kan» vervangen door «draagt zorg voor».

2. Na het tweede lid wordt een lid ingevoegd, luidende:

2a. Het college verstrekt Onze Minister jaarlijks voor 1 juli de gegevens over de inkoop van jeugdhulp.

3. Het derde lid vervalt.

E

Aan artikel 2.10 wordt een lid toegevoegd, luidende:

3. Gedeputeerde staten kunnen het college een aanwijzing geven indien het college de taak, bedoeld in het eerste lid, niet naar behoren uitvoert.

F

Artikel 7.4 vervalt.

ARTIKEL II

In artikel 5 van de Gemeentewet wordt «de raad» vervangen door «de gemeenteraad».

ARTIKEL III

In de Gemeentewet wordt na artikel 124b een artikel ingevoegd, luidende:

Artikel 124ba

1. Onze Minister kan het college een aanwijzing geven met betrekking tot de uitvoering van artikel 2.8a van de Jeugdwet.

2. Artikel 124b, tweede lid, is van overeenkomstige toepassing.

ARTIKEL IV

Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, dat voor de verschillende artikelen of onderdelen daarvan verschillend kan worden vastgesteld.

Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de hand zullen houden.

De Staatssecretaris van Volksgezondheid, Welzijn en Sport,

mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties,

MEMORIE VAN TOELICHTING

ALGEMEEN DEEL

Dit wetsvoorstel verplicht gemeenten tot regionale samenwerking bij de inkoop van jeugdhulp.

ARTIKELSGEWIJZE TOELICHTING

Artikel I, onderdeel B

Het nieuwe artikel 2.8 verplicht de colleges een regiovisie vast te stellen.

ARTIKEL III (Gemeentewet)

Onderdeel A (artikel 124ba)

Het nieuwe artikel geeft Onze Minister een aanwijzingsbevoegdheid.
"""

#: Quoted text (inside amendment instructions) in AMENDING_BILL, by paragraph start, for the
#: hints an XML reader gives.
QUOTED_STARTS = (
    "jeugdregio:",
    "Artikel 2.8\n",
    "1. Het college stelt in samenwerking",
    "2. Bij of krachtens algemene maatregel van bestuur kunnen",
    "Artikel 2.8a",
    "De colleges van de gemeenten in een jeugdregio treffen",
    "2a. Het college verstrekt",
    "3. Gedeputeerde staten",
    "Artikel 124ba",
    "1. Onze Minister kan het college",
    "2. Artikel 124b, tweede lid,",
)


def _paragraphs(text: str) -> list[tuple[str, int]]:
    """(paragraph, page) pairs; "[page N]" lines switch the page."""
    page = 1
    result = []
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if paragraph.startswith("[page "):
            page = int(paragraph[6:-1])
            continue
        if paragraph:
            result.append((paragraph, page))
    return result


def _is_quoted(paragraph: str) -> bool:
    return any((paragraph + "\n").startswith(start) for start in QUOTED_STARTS)


def by_paragraph(text: str, *, quoted_hints: bool = False, path: str = "bill.xml") -> Document:
    """One block per paragraph, as the XML and DOCX readers give them."""
    blocks = [
        Block(text=paragraph, page=None, quoted=_is_quoted(paragraph) if quoted_hints else None)
        for paragraph, _ in _paragraphs(text)
    ]
    return Document(path=path, sha256="0" * 64, format="xml", blocks=blocks)


def by_line(text: str, width: int = 72, path: str = "bill.pdf") -> Document:
    """One block per printed line, paragraphs wrapped at ``width`` characters, as a PDF reader
    gives them (with page numbers)."""
    blocks = []
    for paragraph, page in _paragraphs(text):
        for line in textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False):
            blocks.append(Block(text=line, page=page))
    pages = max((block.page or 1) for block in blocks)
    return Document(path=path, sha256="0" * 64, format="pdf", blocks=blocks, pages=pages)
