"""Synthetic bills for benchmarks: realistic drafting sentences combined from templates.

Everything is drawn from one ``random.Random(seed)``, so the same seed gives the same bill.
Sentences mix the organs wetscan cares about (gemeente, provincie, waterschap) with national
organs, zbo's and citizens, and the norm types it tells apart: obligations (with deadlines and
frequencies), powers, verordening duties, plan and information duties, mandatory and voluntary
cooperation, ministerial aanwijzingen, delegation, prohibitions, definitions, and (in amendment
bills) instructions that quote new articles and leden or replace words.

* :func:`synthetic_bill` builds one bill (new law or amendment) of a given size;
* :func:`long_bill` builds one that fills about ``pages`` Kamerstuk pages;
* :func:`generate_batch` writes a folder of documents in mixed formats and sizes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tools.billgen.render_docx import render_docx
from tools.billgen.render_pdf import render_pdf
from tools.billgen.render_text import render_html, render_txt
from tools.billgen.render_xml import render_xml
from tools.billgen.spec import (
    AmendingArticle,
    AmendmentPart,
    Article,
    Bill,
    Division,
    Item,
    Lid,
    Memorandum,
    MemoSection,
)


@dataclass(frozen=True)
class Organ:
    name: str
    plural: bool
    layer: str  # gemeente | provincie | waterschap | national | citizen


ORGANS = [
    Organ("het college", False, "gemeente"),
    Organ("het college van burgemeester en wethouders", False, "gemeente"),
    Organ("de raad", False, "gemeente"),
    Organ("de burgemeester", False, "gemeente"),
    Organ("de colleges van burgemeester en wethouders", True, "gemeente"),
    Organ("gedeputeerde staten", True, "provincie"),
    Organ("provinciale staten", True, "provincie"),
    Organ("de commissaris van de Koning", False, "provincie"),
    Organ("het dagelijks bestuur van het waterschap", False, "waterschap"),
    Organ("het algemeen bestuur van het waterschap", False, "waterschap"),
    Organ("Onze Minister", False, "national"),
    Organ("de Inspectie Leefomgeving en Transport", False, "national"),
    Organ("de Dienst Uitvoering Onderwijs", False, "national"),
    Organ("het Centraal Orgaan opvang asielzoekers", False, "national"),
    Organ("de aanbieder", False, "citizen"),
    Organ("de eigenaar van het bouwwerk", False, "citizen"),
]

TOPICS = [
    "de aanpak van zwerfafval", "de bestrijding van laaggeletterdheid", "de aanpak van energiearmoede",
    "de opvang van dak- en thuislozen", "de bestrijding van de eikenprocessierups",
    "de gevolgen van bodemdaling", "de verduurzaming van maatschappelijk vastgoed",
    "het tegengaan van hittestress in stedelijk gebied", "de inzameling van textiel",
    "het tegengaan van leegstand van winkelpanden", "de schuldhulpverlening aan jongeren",
    "de toegankelijkheid van openbare gebouwen", "de huisvesting van arbeidsmigranten",
    "de bescherming van historische buitenplaatsen", "het beheer van regionale keringen",
    "de kwaliteit van het zwemwater", "de bereikbaarheid van kleine kernen",
    "de sanering van verontreinigde bodems", "de begeleiding van statushouders",
    "het voorkomen van wateroverlast bij extreme neerslag",
]
OBJECTS = [
    "een programma voor {topic}", "een register van gegevens over {topic}", "een meldpunt voor {topic}",
    "een uitvoeringsplan inzake {topic}", "een overzicht van de maatregelen ter bevordering van {topic}",
    "een regionale visie op {topic}",
]
DEADLINES = [
    "binnen zes weken na ontvangst van de aanvraag", "jaarlijks voor 1 april", "elke vier jaar",
    "binnen een jaar na de inwerkingtreding van deze wet", "binnen acht weken na de vaststelling",
    "", "", "",
]
REGIONS = ["regio", "veiligheidsregio", "arbeidsmarktregio", "jeugdregio", "zorgregio"]
LAWS = [
    "Gemeentewet", "Provinciewet", "Waterschapswet", "Omgevingswet", "Participatiewet",
    "Wet maatschappelijke ondersteuning 2015", "Wet publieke gezondheid", "Huisvestingswet 2014",
    "Wet veiligheidsregio's", "Jeugdwet", "Wet gemeentelijke schuldhulpverlening",
]
ORDINALS = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde"]
WORD_SWAPS = [("kan", "draagt zorg voor"), ("jaarlijks", "elke twee jaar"), ("zes weken", "acht weken"),
              ("Onze Minister", "gedeputeerde staten"), ("vaststelt", "heeft vastgesteld")]


class _Writer:
    """Draws sentences, provisions and sections from one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.article_count = 0

    def pick(self, options: list):
        return self.rng.choice(options)

    def topic(self) -> str:
        return self.pick(TOPICS)

    def ref(self) -> str:
        return str(self.rng.randint(1, max(2, self.article_count)))

    def _verb(self, organ: Organ, singular: str, plural: str) -> str:
        return plural if organ.plural else singular

    def _subject(self, organ: Organ) -> str:
        return organ.name[0].upper() + organ.name[1:]

    def sentence(self) -> str:
        organ = self.pick(ORGANS)
        subject = self._subject(organ)
        obj = self.pick(OBJECTS).format(topic=self.topic())
        deadline = self.pick(DEADLINES)
        when = f" {deadline}" if deadline else ""
        kind = self.rng.random()
        if kind < 0.22:
            verb = self._verb(organ, "stelt", "stellen")
            return f"{subject} {verb}{when} {obj} vast."
        if kind < 0.36:
            verb = self._verb(organ, "draagt", "dragen")
            return f"{subject} {verb} zorg voor {obj}."
        if kind < 0.48:
            verb = self._verb(organ, "kan", "kunnen")
            return f"{subject} {verb} {obj} vaststellen, indien dat naar {'hun' if organ.plural else 'zijn'} oordeel nodig is voor {self.topic()}."
        if kind < 0.56:
            verb = self._verb(organ, "verstrekt", "verstrekken")
            return (f"{subject} {verb}{when or ' jaarlijks'} aan Onze Minister de gegevens over {self.topic()} "
                    "die bij ministeriële regeling worden aangewezen.")
        if kind < 0.62:
            body = self.pick(["De raad stelt", "Provinciale staten stellen", "Het algemeen bestuur stelt"])
            return f"{body} bij verordening regels over {self.topic()}, bedoeld in artikel {self.ref()}."
        if kind < 0.67:
            region = self.pick(REGIONS)
            return (f"De colleges van burgemeester en wethouders van de gemeenten binnen een {region} werken samen "
                    f"bij {self.topic()} en treffen daartoe een gemeenschappelijke regeling.")
        if kind < 0.71:
            return f"Colleges kunnen de taak, bedoeld in artikel {self.ref()}, gezamenlijk uitvoeren."
        if kind < 0.75:
            return (f"Onze Minister kan het college een aanwijzing geven, indien het college de taak, bedoeld in "
                    f"artikel {self.ref()}, niet of niet naar behoren uitvoert.")
        if kind < 0.84:
            optional = self.rng.random() < 0.5
            verb = "kunnen" if optional else "worden"
            tail = " worden gesteld" if optional else " gesteld"
            where = self.pick(["Bij of krachtens algemene maatregel van bestuur", "Bij ministeriële regeling"])
            return f"{where} {verb} regels{tail} over {self.topic()}."
        if kind < 0.9:
            return f"Het is verboden zonder vergunning van {organ.name} handelingen te verrichten die {self.topic()} belemmeren."
        if kind < 0.95:
            return (f"Een aanvraag als bedoeld in artikel {self.ref()}, {self.pick(ORDINALS)} lid, wordt ingediend bij "
                    f"{organ.name} en gaat vergezeld van de gegevens die nodig zijn voor de beoordeling daarvan.")
        return f"De inspectie houdt toezicht op de naleving van het bepaalde bij of krachtens artikel {self.ref()}."

    def text(self, sentences: tuple[int, int] = (1, 3)) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(*sentences)))

    def items(self, depth: int = 0) -> list[Item]:
        topics = self.rng.sample(TOPICS, k=self.rng.randint(2, 5))
        out = []
        for index, topic in enumerate(topics):
            last = index == len(topics) - 1
            text = topic + ("." if last else ";")
            if depth == 0 and self.rng.random() < 0.15:
                out.append(Item(text=f"{self.topic()}, waaronder in ieder geval:", items=self.items(1)))
            else:
                out.append(Item(text=text))
        return out

    def lid(self) -> Lid:
        if self.rng.random() < 0.15:
            organ = self.pick(ORGANS)
            verb = self._verb(organ, "neemt", "nemen")
            return Lid(text=f"{self._subject(organ)} {verb} daarbij in ieder geval de volgende belangen in acht:",
                       items=self.items())
        return Lid(text=self.text())

    def article(self, number: str) -> Article:
        self.article_count += 1
        title = self.rng.random() < 0.6 and self.topic().capitalize() or None
        if self.rng.random() < 0.3:
            if self.rng.random() < 0.2:
                return Article(number=number, title=title, text="Deze regels hebben betrekking op:",
                               items=self.items())
            return Article(number=number, title=title, text=self.text())
        return Article(number=number, title=title, leden=[self.lid() for _ in range(self.rng.randint(2, 6))])

    def definitions(self, number: str) -> Article:
        self.article_count += 1
        terms = [("college", "college van burgemeester en wethouders"), ("raad", "gemeenteraad"),
                 ("Onze Minister", "Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
                 ("programma", "programma als bedoeld in artikel 3"),
                 ("register", f"register van gegevens over {self.topic()}")]
        items = [Item(f"{term}: {meaning}{'.' if i == len(terms) - 1 else ';'}")
                 for i, (term, meaning) in enumerate(terms)]
        return Article(number=number, title="Begripsbepalingen",
                       text="In deze wet en de daarop berustende bepalingen wordt verstaan onder:", items=items)

    def amendment_part(self, label: str, target: int) -> AmendmentPart:
        kind = self.rng.random()
        if kind < 0.35:
            number = f"{target}{'abcdefgh'[self.rng.randint(0, 7)]}"
            return AmendmentPart(label=label, instruction=f"Na artikel {target} wordt een artikel ingevoegd, luidende:",
                                 articles=[self.article(number)])
        if kind < 0.55:
            return AmendmentPart(label=label, instruction=f"Artikel {target} komt te luiden:",
                                 articles=[self.article(str(target))])
        if kind < 0.7:
            return AmendmentPart(label=label, instruction=f"Aan artikel {target} wordt een lid toegevoegd, luidende:",
                                 leden=[Lid(text=self.text((1, 2)), number=str(self.rng.randint(2, 6)))])
        if kind < 0.9:
            old, new = self.pick(WORD_SWAPS)
            lid = self.pick(ORDINALS[:3])
            return AmendmentPart(label=label,
                                 instruction=f"In artikel {target}, {lid} lid, wordt «{old}» vervangen door «{new}».")
        return AmendmentPart(label=label, instruction=f"Artikel {target} vervalt.")

    def memo_paragraph(self) -> str:
        organ = self.pick(ORGANS)
        note = f"[^Kamerstukken II 2024/25, {self.rng.randint(29000, 36500)}, nr. {self.rng.randint(1, 40)}.]"
        parts = [
            f"Dit wetsvoorstel regelt {self.topic()}.",
            f"De regering acht het wenselijk dat {organ.name} een rol krijgt bij {self.topic()}.",
            f"Daarbij is aangesloten bij de bestaande praktijk van {self.topic()}.",
            f"In de consultatie is gewezen op de samenhang met {self.topic()}.",
        ]
        self.rng.shuffle(parts)
        if self.rng.random() < 0.3:
            parts[0] = parts[0] + note
        return " ".join(parts[: self.rng.randint(2, 4)])

    def memorandum(self, articles: list[str], financial: bool) -> Memorandum:
        headings = ["Inleiding", "Aanleiding en doel", "Hoofdlijnen van het wetsvoorstel",
                    "Verhouding tot hoger recht", "Uitvoering en toezicht", "Consultatie"]
        if financial:
            headings.insert(4, "Financiële gevolgen voor gemeenten en provincies")
        general = [
            MemoSection(heading=h, number=str(i),
                        paragraphs=[self.memo_paragraph() for _ in range(self.rng.randint(1, 3))])
            for i, h in enumerate(headings, start=1)
        ]
        per_article = [
            MemoSection(heading=f"Artikel {n}", paragraphs=[self.memo_paragraph()])
            for n in articles[: max(1, len(articles) // 3)]
        ]
        return Memorandum(general=general, articles=per_article,
                          signature=["De Minister van Binnenlandse Zaken en Koninkrijksrelaties,"])


AANHEF = [
    "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.",
    "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:",
    "Alzo Wij in overweging genomen hebben, dat het wenselijk is regels te stellen over {topic};",
    "Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen overleg der "
    "Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en verstaan bij deze:",
]
CLOSING = ["Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, "
           "autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de hand "
           "zullen houden."]


def synthetic_bill(seed: int, articles: int = 40, kind: str | None = None, layout: str = "kamerstuk") -> Bill:
    """A bill of about ``articles`` articles (new law or amendment; random unless ``kind`` is given)."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    kind = kind or ("amendment" if rng.random() < 0.35 else "new_law")
    topic = writer.topic()
    body: list = []
    explained: list[str] = []
    if kind == "amendment":
        romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
        laws = rng.sample(LAWS, k=min(len(romans) - 2, max(1, articles // 12)))
        for roman, law in zip(romans, laws):
            targets = sorted(rng.sample(range(1, 200), k=max(1, min(26, articles // len(laws)))))
            parts = [writer.amendment_part(chr(ord("A") + i), t) for i, t in enumerate(targets)]
            body.append(AmendingArticle(number=roman, law=law, intro=f"De {law} wordt als volgt gewijzigd:",
                                        parts=parts))
            explained.append(roman)
        tail = romans[len(laws)]
        body.append(Article(number=tail, text="Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."))
        title = f"Wijziging van de {laws[0]} en enkele andere wetten in verband met {topic}"
    else:
        chapters = max(1, articles // 10)
        per_chapter = max(1, articles // chapters)
        for chapter in range(1, chapters + 1):
            numbers = [f"{chapter}.{i}" for i in range(1, per_chapter + 1)]
            content: list = []
            for number in numbers:
                if number == "1.1":
                    content.append(writer.definitions(number))
                else:
                    content.append(writer.article(number))
            explained += numbers
            body.append(Division(kind="hoofdstuk", number=str(chapter), title=writer.topic().capitalize(),
                                 body=content))
        title = f"Regels over {topic}"
    return Bill(
        name=f"synthetisch-{seed}",
        title=title,
        body=body,
        kind=kind,  # type: ignore[arg-type]
        dossier=f"36 {rng.randint(100, 999)}",
        layout=layout,  # type: ignore[arg-type]
        line_numbers=rng.choice([1, 5]),
        aanhef=[line.format(topic=topic) for line in AANHEF],
        closing=CLOSING,
        signature=["Gegeven", "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,"],
        memorandum=writer.memorandum(explained, financial=rng.random() < 0.5),
    )


def long_bill(seed: int = 1, pages: int = 110) -> Bill:
    """A new-law bill that fills about ``pages`` Kamerstuk pages (about 3 articles a page)."""
    return synthetic_bill(seed, articles=int(pages * 3.3), kind="new_law")


BATCH_FORMATS = ["pdf", "pdf-consultation", "xml", "docx", "html", "txt"]
BATCH_WEIGHTS = [3, 2, 3, 3, 1, 1]


def generate_batch(folder: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic documents of mixed formats and sizes into ``folder``; return their paths.

    Sizes are skewed like a real consultation folder: mostly short bills (5–30 articles), some
    medium, a few long (up to 120 articles). File names are ``doc-0000.pdf`` and so on.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for index in range(n):
        fmt = rng.choices(BATCH_FORMATS, weights=BATCH_WEIGHTS)[0]
        roll = rng.random()
        articles = rng.randint(5, 30) if roll < 0.7 else rng.randint(30, 60) if roll < 0.93 else rng.randint(60, 120)
        layout = "consultation" if fmt == "pdf-consultation" else "kamerstuk"
        bill = synthetic_bill(rng.randrange(1 << 30), articles=articles, layout=layout)
        extension = fmt.split("-")[0]
        path = folder / f"doc-{index:04d}.{extension}"
        if extension == "pdf":
            render_pdf(bill, path)
        elif extension == "xml":
            render_xml(bill, path)
        elif extension == "docx":
            render_docx(bill, path)
        elif extension == "html":
            render_html(bill, path)
        else:
            render_txt(bill, path)
        paths.append(path)
    return paths
