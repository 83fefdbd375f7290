"""A document's role in a consultation, decided from its content (wetscan.ingest.role).

Texts are written for these tests; the real bgr- and CVDR-style publications in
``../shared/samples/xml`` are used when that folder is there and skipped otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wetscan.ingest import read_document
from wetscan.ingest.role import decide_role
from wetscan.scan import scan

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "xml"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

BILL = """VOORSTEL VAN WET
Regels over buurtbemiddeling (Wet buurtbemiddeling)
Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.
Artikel 1
Het college draagt zorg voor buurtbemiddeling.
Artikel 2
Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.
MEMORIE VAN TOELICHTING
Artikel 1
Het college organiseert de bemiddeling.
"""
MEMORANDUM = """Regels over buurtbemiddeling (Wet buurtbemiddeling)
MEMORIE VAN TOELICHTING
I. ALGEMEEN DEEL
1. Inleiding
Dit wetsvoorstel verplicht gemeenten buurtbemiddeling aan te bieden.
II. ARTIKELSGEWIJS
Artikel 1
Het college organiseert de bemiddeling.
"""
#: A verordening of an invented gemeente: articles, but the co-government is the one acting.
DECENTRAL = """Verordening buurtbemiddeling Voorbeeldstad 2026
De raad van de gemeente Voorbeeldstad;
gelet op artikel 149 van de Gemeentewet;
besluit vast te stellen de volgende verordening:
Artikel 1
Het college draagt zorg voor buurtbemiddeling in alle wijken.
Artikel 2
Het college werkt daarbij samen met de colleges van de gemeenten in de regio.
Artikel 3
Deze verordening treedt in werking op de dag na die van haar bekendmaking.
"""
#: The same kind of regulation as an invented Blad gemeenschappelijke regeling (official XML).
DECENTRAL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><metadata><meta name="DC.title" content="Regeling werkgebied Regio Voorbeeld"/></metadata>
<kop><titel>BLAD GEMEENSCHAPPELIJKE REGELING</titel></kop>
<bladgemeenschappelijkeregeling><regeling><aanhef><al>Het algemeen bestuur van Regio Voorbeeld;</al></aanhef>
<regeling-tekst><artikel><kop><label>Artikel</label><nr>1</nr></kop>
<al>Het werkgebied van Regio Voorbeeld omvat de gemeenten die aan deze regeling deelnemen.</al></artikel>
<artikel><kop><label>Artikel</label><nr>2</nr></kop>
<al>Deze regeling treedt in de plaats van de Regeling werkgebied Regio Voorbeeld 2019.</al></artikel>
</regeling-tekst></regeling></bladgemeenschappelijkeregeling></officiele-publicatie>
"""
CONSOLIDATED = """Wet buurtbemiddeling
Geldend van 01-01-2027 t/m heden
Artikel 1
Het college draagt zorg voor buurtbemiddeling.
"""
LETTER = """Aan de deelnemers aan de internetconsultatie
Onderwerp: consultatie Wet buurtbemiddeling
Geachte heer, mevrouw,
Hierbij bied ik u het wetsvoorstel ter consultatie aan.
Met vriendelijke groet,
"""
QUESTIONS = """Consultatievragen Wet buurtbemiddeling
Vraag 1. Is de taak voor het college helder omschreven?
Vraag 2. Welke kosten verwacht u?
"""
TABLE = """Transponeringstabel richtlijn (EU) 2099/1
artikel 3 richtlijn | artikel 1 wet | plicht tot bemiddeling
"""


@pytest.mark.parametrize(("text", "role", "reason"), [
    (BILL, "bill", "een wetsvoorstel, ontwerpbesluit of ontwerpregeling van het Rijk"),
    (MEMORANDUM, "memorandum", "alleen een toelichting — scan deze samen met het wetsvoorstel"),
    (DECENTRAL, "decentral", "medeoverheid"),
    (CONSOLIDATED, "consolidated", "de geldende wet"),
    (LETTER, "other", "een brief"),
    (QUESTIONS, "other", "consultatievragen"),
    (TABLE, "other", "een transponeringstabel"),
], ids=["bill", "memorandum", "decentral", "consolidated", "letter", "questions", "table"])
def test_role_from_content_with_evidence(tmp_path: Path, text: str, role: str, reason: str) -> None:
    path = tmp_path / "document.txt"  # the name says nothing: the role comes from the content
    path.write_text(text, encoding="utf-8")
    decision = decide_role(read_document(path))
    assert decision.role == role
    assert reason in decision.reason
    assert decision.evidence and all(isinstance(item, str) and item for item in decision.evidence)


def test_a_decentral_formula_names_the_line_it_was_found_on(tmp_path: Path) -> None:
    path = tmp_path / "wetsvoorstel.txt"  # a misleading name changes nothing
    path.write_text(DECENTRAL, encoding="utf-8")
    decision = decide_role(read_document(path))
    assert decision.role == "decentral"
    assert 'regel 2 "De raad van de gemeente Voorbeeldstad;"' in decision.evidence[0]


@pytest.mark.parametrize("name,text", [("verordening.txt", DECENTRAL), ("bgr.xml", DECENTRAL_XML)])
def test_invented_decentral_regulation_gets_no_verdicts(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = scan(path)
    assert result.role.role == "decentral" and result.assessment is None
    report = result.report()
    assert "assessment" not in report and report["document"]["role"] == "decentral"
    assert scan(path, as_bill=True).assessment is not None  # --as-bill scans it anyway


@pytest.mark.parametrize(("sample", "role"), [
    ("bgr.xml", "decentral"), ("cvdr_example2.xml", "decentral"), ("gmb.xml", "decentral"), ("prb.xml", "decentral"),
    ("bwb_grondwet_toestand.xml", "consolidated"), ("bwb_amvb_toestand.xml", "consolidated"),
    ("kst_34468_3.xml", "memorandum"), ("kst_24138_3.xml", "memorandum"), ("kst_24447_6.xml", "memorandum"),
    ("stb.xml", "bill"),
])
def test_real_publications_get_their_role(sample: str, role: str) -> None:
    path = SAMPLES / sample
    if not path.exists():
        pytest.skip("../shared/samples/xml is not available")
    result = scan(path)
    assert result.role.role == role, result.role
    assert (result.assessment is None) == (role != "bill")


def test_example_bills_and_memoranda_get_their_role() -> None:
    for path in sorted(EXAMPLES.glob("*.*")):
        if path.suffix in (".md",):
            continue
        expected = "memorandum" if ".toelichting." in path.name else "bill"
        assert decide_role(read_document(path)).role == expected, path.name
