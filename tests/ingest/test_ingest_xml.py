"""XML reading: official publications, the kamerwrk dialect, BWB toestand, hostile files."""

from __future__ import annotations

import pytest

from wetscan.errors import CorruptFile, HostileFile, LimitExceeded, UnsupportedFormat
from wetscan.ingest import read_document
from wetscan.ingest.limits import MAX_XML_DEPTH

KAMERSTUK_BILL = """<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie>
  <metadata>
    <meta name="DC.title" content="Wijziging van de Voorbeeldwet in verband met regionale samenwerking"/>
    <meta name="OVERHEIDop.dossiernummer" content="36123"/>
  </metadata>
  <kamerstuk>
    <kamerstukkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2025-2026</tekstregel></kamerstukkop>
    <dossier><dossiernummer><dossiernr>36 123</dossiernr></dossiernummer>
      <titel>Wijziging van de Voorbeeldwet in verband met regionale samenwerking</titel></dossier>
    <stuk>
      <stuknr>Nr. <ondernummer>2</ondernummer></stuknr>
      <titel>VOORSTEL VAN WET</titel>
      <voorstel-wet>
        <aanhef>
          <wij>Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.</wij>
          <considerans><considerans.al>Allen, die deze zullen zien of horen lezen, saluut! doen te weten:</considerans.al></considerans>
        </aanhef>
        <wettekst>
          <wijzig-artikel>
            <kop><label>ARTIKEL</label><nr>I</nr></kop>
            <wat type="wijziging">De Voorbeeldwet wordt als volgt gewijzigd:</wat>
            <wijzig-lid>
              <lidnr>A</lidnr>
              <wat>In artikel 3, eerste lid, wordt «kan» vervangen door «draagt zorg voor».</wat>
            </wijzig-lid>
            <wijzig-lid>
              <lidnr>B</lidnr>
              <wat>Na artikel 4 wordt een artikel ingevoegd, luidende:</wat>
              <wijziging>
                <artikel>
                  <kop><label>Artikel</label><nr>4a</nr></kop>
                  <lid><lidnr>1.</lidnr><al>Het college stelt jaarlijks een uitvoeringsplan vast<noot><noot.nr>1</noot.nr><noot.al>Kamerstukken II 2024/25, 36 000, nr. 3.</noot.al></noot>.</al></lid>
                  <lid><lidnr>2.</lidnr><al>Het uitvoeringsplan bevat in ieder geval:</al>
                    <lijst><li><li.nr>a.</li.nr><al>de doelen;</al></li><li><li.nr>b.</li.nr><al>de middelen.</al></li></lijst>
                  </lid>
                </artikel>
              </wijziging>
            </wijzig-lid>
          </wijzig-artikel>
          <artikel><kop><label>ARTIKEL</label><nr>II</nr></kop>
            <al>Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.</al></artikel>
        </wettekst>
        <voorstel-sluiting>
          <slotformulering><al>Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst.</al></slotformulering>
          <ondertekening><functie>De Minister van Binnenlandse Zaken en Koninkrijksrelaties, mede namens de Minister van Infrastructuur en Waterstaat,</functie></ondertekening>
        </voorstel-sluiting>
      </voorstel-wet>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
"""

KAMERSTUK_MEMORANDUM = """<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie>
  <metadata><meta name="OVERHEIDop.externMetadataRecord" content="x"/></metadata>
  <kamerstuk>
    <dossier><dossiernummer><dossiernr>36 123</dossiernr></dossiernummer><titel>Wijziging van de Voorbeeldwet</titel></dossier>
    <stuk><stuknr>Nr. <ondernummer>3</ondernummer></stuknr><titel>MEMORIE VAN TOELICHTING</titel>
      <algemeen><vrije-tekst><tekst>
        <divisie><kop><nr>1.</nr><titel>Inleiding</titel></kop>
          <al>Dit wetsvoorstel draagt gemeenten op samen te werken.</al>
          <tussenkop>Artikel I, onderdeel B</tussenkop>
          <table><tgroup><tbody><row><entry>Gemeenten</entry><entry>342</entry></row></tbody></tgroup></table>
        </divisie>
      </tekst></vrije-tekst></algemeen>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
"""

KAMERWRK = """<?xml version="1.0" encoding="utf-8"?>
<kamerwrk kamer="2" publtype="meto">
  <metadata><meta name="OVERHEIDop.externMetadataRecord" content="x"/></metadata>
  <kop><titel>Tweede Kamer der Staten-Generaal</titel></kop>
  <frontm><vergjaar>1996-1997</vergjaar><onderw><nummer>25 000</nummer><naam>Wijziging van de
Voorbeeldwet</naam></onderw></frontm>
  <body><stuk><ltrlabel>Nr. </ltrlabel><nummer>3</nummer><titel>MEMORIE VAN TOELICHTING </titel>
    <tuskop>1. Algemeen<voetref refid="v1" nr="1"></voetref></tuskop>
    <al>De provincie krijgt een nieuwe
taak.</al>
    <ondtek><functie>De Minister van Binnenlandse Zaken,</functie><naam>A. B. Voorbeeld</naam></ondtek>
  </stuk></body>
  <voetnoot id="v1" nr="1"><al>Ter inzage gelegd.</al></voetnoot>
</kamerwrk>
"""

TOESTAND = """<?xml version="1.0" encoding="UTF-8"?>
<toestand bwb-id="BWBR0099999" inwerkingtreding="2024-01-01">
  <wetgeving soort="wet">
    <intitule>Wet van 1 januari 2024, houdende regels over voorbeelden<meta-data><jcis><jci>x</jci></jcis></meta-data></intitule>
    <citeertitel>Voorbeeldwet</citeertitel>
    <wet-besluit><wettekst>
      <hoofdstuk><kop><label>Hoofdstuk</label><nr>1</nr><titel>Algemene bepalingen</titel><meta-data/></kop>
        <artikel><kop><label>Artikel</label><nr>1</nr></kop><meta-data><jcis/></meta-data>
          <lid><lidnr>1</lidnr><al>Het dagelijks bestuur van het waterschap beslist.</al></lid>
          <lid><lidnr>2</lidnr><redactie>Vervallen.</redactie></lid>
        </artikel>
      </hoofdstuk>
    </wettekst></wet-besluit>
  </wetgeving>
</toestand>
"""


def read(tmp_path, text: str, name: str = "stuk.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_bill_with_amendments(tmp_path):
    document = read(tmp_path, KAMERSTUK_BILL)
    assert document.format == "xml"
    assert document.title == "Wijziging van de Voorbeeldwet in verband met regionale samenwerking"
    assert document.metadata["dossiernummer"] == "36 123"
    assert document.metadata["ondernummer"] == "2"
    assert document.metadata["publication_type"] == "kamerstuk"
    bill = [block for block in document.blocks if block.part == "bill"]
    assert [block.text for block in bill] == [
        "VOORSTEL VAN WET",
        "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.",
        "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:",
        "ARTIKEL I",
        "De Voorbeeldwet wordt als volgt gewijzigd:",
        "A",
        "In artikel 3, eerste lid, wordt «kan» vervangen door «draagt zorg voor».",
        "B",
        "Na artikel 4 wordt een artikel ingevoegd, luidende:",
        "Artikel 4a",
        "1. Het college stelt jaarlijks een uitvoeringsplan vast.",
        "2. Het uitvoeringsplan bevat in ieder geval:",
        "a. de doelen;",
        "b. de middelen.",
        "ARTIKEL II",
        "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
        "Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst.",
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, mede namens de Minister van Infrastructuur en Waterstaat,",
    ]
    quoted = [block.text for block in bill if block.quoted]
    assert quoted == ["Artikel 4a", "1. Het college stelt jaarlijks een uitvoeringsplan vast.",
                      "2. Het uitvoeringsplan bevat in ieder geval:", "a. de doelen;", "b. de middelen."]
    assert {block.kind for block in bill if block.text.startswith(("ARTIKEL", "Artikel"))} == {"heading"}
    assert "Kamerstukken II" not in document.text  # the footnote stays out of the text


def test_memorandum_part_and_tables(tmp_path):
    document = read(tmp_path, KAMERSTUK_MEMORANDUM)
    memorandum = [block for block in document.blocks if block.part == "explanatory_memorandum"]
    assert [block.text for block in memorandum] == [
        "MEMORIE VAN TOELICHTING", "1. Inleiding", "Dit wetsvoorstel draagt gemeenten op samen te werken.",
        "Artikel I, onderdeel B", "Gemeenten | 342",
    ]
    assert memorandum[1].kind == "heading"
    assert document.title == "Wijziging van de Voorbeeldwet"


def test_pre_2010_kamerwrk_dialect(tmp_path):
    document = read(tmp_path, KAMERWRK)
    assert document.title == "Wijziging van de Voorbeeldwet"
    assert document.metadata["dossiernummer"] == "25 000"
    assert [(block.text, block.part) for block in document.blocks] == [
        ("MEMORIE VAN TOELICHTING", "explanatory_memorandum"),
        ("1. Algemeen", "explanatory_memorandum"),
        ("De provincie krijgt een nieuwe taak.", "explanatory_memorandum"),
        ("De Minister van Binnenlandse Zaken,", "explanatory_memorandum"),
        ("A. B. Voorbeeld", "explanatory_memorandum"),
    ]


def test_kamerwrk_bill_part_from_the_document_title(tmp_path):
    bill = KAMERWRK.replace("MEMORIE VAN TOELICHTING ", "VOORSTEL VAN WET")
    assert {block.part for block in read(tmp_path, bill).blocks} == {"bill"}


def test_bwb_toestand(tmp_path):
    document = read(tmp_path, TOESTAND)
    assert document.title == "Voorbeeldwet"
    assert document.metadata["bwb_id"] == "BWBR0099999"
    assert document.metadata["publication_type"] == "wet"
    assert [block.text for block in document.blocks] == [
        "Wet van 1 januari 2024, houdende regels over voorbeelden",
        "Hoofdstuk 1 Algemene bepalingen",
        "Artikel 1",
        "1 Het dagelijks bestuur van het waterschap beslist.",
        "2 Vervallen.",
    ]
    assert {block.part for block in document.blocks} == {"bill"}


def test_format_is_detected_from_the_root_element_not_the_name(tmp_path):
    document = read(tmp_path, TOESTAND, name="wet.txt")
    assert document.format == "xml"
    assert document.metadata["xml_family"] == "bwb"


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><toestand>&b;</toestand>',
        '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><toestand>&x;</toestand>',
        '<?xml version="1.0"?><!DOCTYPE t SYSTEM "http://example.org/toestand.dtd"><toestand/>',
        '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]><toestand/>',
    ],
    ids=["entity-expansion", "external-entity", "external-dtd", "parameter-entity"],
)
def test_hostile_xml_is_refused(tmp_path, xml):
    with pytest.raises(HostileFile) as error:
        read(tmp_path, xml)
    assert "\n" not in str(error.value)
    assert str(error.value).startswith(str(tmp_path))


def test_too_deep_xml_is_refused(tmp_path):
    depth = MAX_XML_DEPTH + 5
    with pytest.raises(LimitExceeded, match="dieper genest"):
        read(tmp_path, "<toestand>" + "<al>" * depth + "x" + "</al>" * depth + "</toestand>")


def test_malformed_xml_is_corrupt(tmp_path):
    with pytest.raises(CorruptFile, match="ongeldige XML"):
        read(tmp_path, "<toestand><artikel></toestand>")


def test_unknown_xml_vocabulary_is_unsupported(tmp_path):
    with pytest.raises(UnsupportedFormat, match="<rss>"):
        read(tmp_path, '<?xml version="1.0"?><rss><channel/></rss>')
