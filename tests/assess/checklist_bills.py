"""A hand-built bill for the checklist tests: tasks, money, information, supervision and cooperation.

The texts are our own, in Dutch drafting style (a fictitious Wet aanpak zwerfafval).
"""

from __future__ import annotations

from tests.assess.handbuilt_bills import Hit, bill, provision
from wetscan.model import Bill, MemorandumSection

GS = "gedeputeerde staten"

INLEIDING = MemorandumSection(
    "1. Inleiding",
    "Dit wetsvoorstel regelt de aanpak van zwerfafval. De keuze voor gemeenten volgt uit de nabijheid van de "
    "burger; de provincies houden het regionale overzicht.",
    page=2,
)
CONSULTATIE = MemorandumSection(
    "6. Advies en consultatie",
    "Het ontwerp is in internetconsultatie gegeven. Er zijn 42 reacties ontvangen, onder meer van de VNG en het "
    "IPO. Over het ontwerp is een uitvoeringstoets decentrale overheden (UDO) uitgevoerd.",
    page=9,
)
FINANCIEEL = MemorandumSection(
    "5. Financiële gevolgen",
    "De financiële gevolgen voor gemeenten en provincies bedragen structureel € 9 miljoen. Zij worden "
    "gecompenseerd via een specifieke uitkering.",
    page=8,
)


def zwerfafval(memorandum: list[MemorandumSection] | None = None) -> Bill:
    """Gemeente and provincie tasks, a specific grant, a reporting duty, an aanwijzing, a regional duty."""
    return bill(
        [
            provision("artikel 1", "In deze wet wordt verstaan onder college: college van burgemeester en wethouders.",
                      norm_type="definition"),
            provision("artikel 2, eerste lid", "Het college draagt zorg voor het opruimen van zwerfafval.",
                      Hit("R01", "draagt zorg voor")),
            provision("artikel 2, tweede lid", "Gedeputeerde staten kunnen een regionaal actieplan vaststellen.",
                      Hit("R02", "kunnen", layer="provincie", organ=GS, kind="power"), norm_type="power"),
            provision("artikel 3", "Het college verstrekt jaarlijks voor 1 april aan Onze Minister gegevens over "
                      "het opgeruimde zwerfafval.",
                      Hit("R05", "verstrekt", kind="information"), Hit("R06", "jaarlijks", kind="deadline"),
                      Hit("R06", "voor 1 april", kind="deadline")),
            provision("artikel 4", "Onze Minister kan het college een aanwijzing geven indien het college zijn taak "
                      "niet naar behoren uitvoert.",
                      Hit("R12", "een aanwijzing geven", organ="Onze Minister", kind="supervision"),
                      norm_type="power", layers=[]),
            provision("artikel 5", "De colleges van de gemeenten in een regio treffen een gemeenschappelijke regeling "
                      "voor de inzameling van zwerfafval.",
                      Hit("R07", "treffen een gemeenschappelijke regeling", kind="cooperation"), cooperation=True),
            provision("artikel 6", "Onze Minister verstrekt gemeenten een specifieke uitkering voor de kosten van "
                      "het opruimen van zwerfafval.",
                      Hit("R13", "specifieke uitkering", organ=None, kind="finance"), layers=[]),
            provision("artikel 7", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
                      norm_type="transitional"),
        ],
        memorandum=[INLEIDING, FINANCIEEL, CONSULTATIE] if memorandum is None else memorandum,
        title="Wet aanpak zwerfafval",
    )
