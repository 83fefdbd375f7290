"""Hand-built bills with findings, for deterministic tests of the assessment and the renderers.

The texts are our own, in Dutch drafting style. Findings are placed on the words given, so their
spans always satisfy ``text[start:end] == trigger``.
"""

from __future__ import annotations

from dataclasses import dataclass

from wetscan.model import Bill, Block, Document, Finding, MemorandumSection, Provision

COLLEGE = "college van burgemeester en wethouders"


@dataclass
class Hit:
    """A finding to place: a rule on the given words of the provision text."""

    rule: str
    trigger: str
    layer: str | None = "gemeente"
    organ: str | None = COLLEGE
    kind: str = "task"
    confidence: float = 0.9


def provision(
    pid: str,
    text: str,
    *hits: Hit,
    norm_type: str = "obligation",
    layers: list[str] | None = None,
    cooperation: bool = False,
    part: str = "bill",
    page: int | None = 1,
) -> Provision:
    findings = []
    for hit in hits:
        start = text.index(hit.trigger)
        findings.append(
            Finding(hit.rule, hit.layer, hit.organ, hit.kind, start, start + len(hit.trigger), hit.trigger,
                    f"{hit.rule} fired on ‘{hit.trigger}’", hit.confidence)
        )
    if layers is None:
        layers = sorted({h.layer for h in hits if h.layer and h.rule in ("R01", "R02", "R03", "R04", "R05", "R07")})
    article = pid.split()[1].rstrip(",") if " " in pid else pid
    return Provision(id=pid, article=article, paragraph=None, text=text, part=part, page=page,
                     norm_type=norm_type, layers=layers, mandatory_cooperation=cooperation, findings=findings)


def bill(
    provisions: list[Provision],
    memorandum: list[MemorandumSection] | None = None,
    preamble: str | None = None,
    title: str = "Wet van ... houdende regels",
    path: str = "wet.txt",
) -> Bill:
    document = Document(path=path, sha256="a" * 64, format="txt", blocks=[Block(p.text) for p in provisions])
    return Bill(source=document, title=title, provisions=provisions, memorandum=memorandum or [], preamble=preamble)


FINANCIAL = MemorandumSection(
    "5. Financiële gevolgen",
    "De financiële gevolgen voor gemeenten bedragen structureel € 14 miljoen. Zij worden gecompenseerd via "
    "het gemeentefonds.",
    page=7,
)
GENERAL = MemorandumSection(
    "1. Inleiding",
    "Dit wetsvoorstel regelt de inkoop van jeugdhulp. De keuze voor gemeenten volgt uit de nabijheid van de "
    "burger. De VNG heeft in de consultatie haar standpunt gegeven.",
    page=3,
)


def jeugdwet_regional() -> Bill:
    """Mandatory regional cooperation of gemeenten (UDO yes, co-signature yes)."""
    return bill(
        [
            provision(
                "artikel I, onderdeel A, artikel 2.8, eerste lid",
                "Het college werkt met de colleges van andere gemeenten in regionaal verband samen bij de inkoop "
                "van jeugdhulp.",
                Hit("R01", "werkt"),
                Hit("R08", "werkt met de colleges van andere gemeenten in regionaal verband samen", kind="cooperation"),
                cooperation=True,
            ),
            provision(
                "artikel I, onderdeel A, artikel 2.8, tweede lid",
                "Bij algemene maatregel van bestuur worden de regio's aangewezen waarbinnen de colleges samenwerken.",
                Hit("R09", "worden de regio's aangewezen", organ=None, kind="cooperation"),
                norm_type="delegation",
                cooperation=True,
            ),
            provision(
                "artikel I, onderdeel B, artikel 2.9",
                "Het college stelt binnen zes maanden na de inwerkingtreding een regiovisie vast.",
                Hit("R04", "stelt binnen zes maanden na de inwerkingtreding een regiovisie vast"),
                Hit("R06", "binnen zes maanden", kind="deadline"),
            ),
            provision("artikel II", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
                      norm_type="transitional"),
        ],
        memorandum=[GENERAL, FINANCIAL],
        title="Wijziging van de Jeugdwet in verband met regionale samenwerking",
    )


def lokale_meldpunten(with_financial: bool = False) -> Bill:
    """Gemeente tasks; the toelichting lacks the financial section unless asked for."""
    memorandum = [GENERAL] + ([FINANCIAL] if with_financial else [])
    return bill(
        [
            provision("artikel 1", "Het college draagt zorg voor een lokaal meldpunt voor zorgen over inwoners.",
                      Hit("R01", "draagt zorg voor")),
            provision("artikel 2", "Het college verstrekt jaarlijks gegevens over het meldpunt aan Onze Minister.",
                      Hit("R05", "verstrekt jaarlijks gegevens"), Hit("R06", "jaarlijks", kind="frequency")),
        ],
        memorandum=memorandum,
        title="Wet lokale meldpunten",
    )


def bevoegdheden_burgemeester() -> Bill:
    """Only powers for the burgemeester (UDO possible)."""
    return bill(
        [
            provision("artikel 1", "De burgemeester kan een tijdelijk verblijfsverbod opleggen.",
                      Hit("R02", "kan", organ="burgemeester", kind="power"), norm_type="power"),
            provision("artikel 2", "De burgemeester is bevoegd een woning te sluiten.",
                      Hit("R02", "is bevoegd", organ="burgemeester", kind="power"), norm_type="power"),
        ],
        memorandum=[GENERAL],
        title="Wet bevoegdheden burgemeester",
    )


def rijksregister() -> Bill:
    """No co-government at all (no / no)."""
    return bill(
        [
            provision("artikel 1", "Onze Minister houdt een register van vaartuigen.",
                      Hit("R20", "Onze Minister", layer=None, organ="Onze Minister", kind="national")),
            provision("artikel 2", "De inspectie houdt toezicht op de naleving van deze wet.",
                      Hit("R20", "De inspectie", layer=None, organ="inspectie", kind="national")),
        ],
        title="Wet rijksregister vaartuigen",
    )


def waterschapswet_mede_namens() -> Bill:
    """Waterschap tasks; the preamble says mede namens the Minister of BZK (already)."""
    return bill(
        [
            provision("artikel I, onderdeel A, artikel 56a",
                      "Het dagelijks bestuur stelt een calamiteitenplan vast.",
                      Hit("R04", "stelt een calamiteitenplan vast", layer="waterschap", organ="dagelijks bestuur"),
                      Hit("R19", "Het dagelijks bestuur", layer="waterschap", organ="dagelijks bestuur")),
            provision("artikel I, onderdeel B, artikel 56b",
                      "Onze Minister kan het algemeen bestuur een aanwijzing geven over het calamiteitenplan.",
                      Hit("R12", "kan het algemeen bestuur een aanwijzing geven", layer="waterschap",
                          organ="Onze Minister", kind="supervision"),
                      norm_type="power", layers=[]),
        ],
        preamble="Op de voordracht van Onze Minister van Infrastructuur en Waterstaat, mede namens Onze Minister "
        "van Binnenlandse Zaken en Koninkrijksrelaties;",
        title="Wijziging van de Waterschapswet",
    )
