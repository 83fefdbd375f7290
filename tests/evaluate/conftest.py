"""A tiny statute corpus and annotation set, written for these tests (no ../shared needed)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

FIXTURE_LAW = {
    "slug": "wet_voorbeeldwet_meldpunten",
    "layer": "wet",
    "title": "Wet van 1 januari 2026, houdende regels over lokale meldpunten",
    "articles": [
        {"number": "1", "heading": "", "text": "In deze wet wordt verstaan onder:\na.college: college van burgemeester en wethouders;\nb.meldpunt: voorziening als bedoeld in artikel 2."},
        {"number": "2", "heading": "", "text": "1. Het college draagt zorg voor een meldpunt voor signalen van overlast.\n2. De burgemeester kan het meldpunt tijdelijk sluiten.\n3. Onze Minister kan het college een aanwijzing geven over de inrichting van het meldpunt."},
        {"number": "3", "heading": "", "text": "De colleges van burgemeester en wethouders van de gemeenten binnen een regio treffen een gemeenschappelijke regeling voor het beheer van de meldpunten."},
        {"number": "4", "heading": "", "text": "Gedeputeerde staten stellen elke vier jaar een provinciaal programma vast."},
        {"number": "5", "heading": "", "text": "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."},
    ],
}

ANNOTATIONS = [
    {"law": "wet_voorbeeldwet_meldpunten", "article": "1", "lid": None, "layers": [], "norm_type": "definition", "mandatory_cooperation": False, "organ": None},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "2", "lid": "1", "layers": ["gemeente"], "norm_type": "obligation", "mandatory_cooperation": False, "organ": "college van burgemeester en wethouders"},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "2", "lid": "2", "layers": ["gemeente"], "norm_type": "power", "mandatory_cooperation": False, "organ": "burgemeester"},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "2", "lid": "3", "layers": [], "norm_type": "power", "mandatory_cooperation": False, "organ": "Onze Minister"},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "3", "lid": None, "layers": ["gemeente"], "norm_type": "obligation", "mandatory_cooperation": True, "organ": "college van burgemeester en wethouders"},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "4", "lid": None, "layers": ["provincie"], "norm_type": "obligation", "mandatory_cooperation": False, "organ": "gedeputeerde staten"},
    {"law": "wet_voorbeeldwet_meldpunten", "article": "5", "lid": None, "layers": [], "norm_type": "transitional", "mandatory_cooperation": False, "organ": None},
]


@pytest.fixture()
def fixture_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "bwb"
    corpus.mkdir()
    with gzip.open(corpus / "wet-2015.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(FIXTURE_LAW, ensure_ascii=False) + "\n")
    return corpus


@pytest.fixture()
def fixture_annotations(tmp_path: Path) -> Path:
    folder = tmp_path / "annotations"
    folder.mkdir()
    with open(folder / "wet_voorbeeldwet_meldpunten.jsonl", "w", encoding="utf-8") as handle:
        for record in ANNOTATIONS:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    (tmp_path / "laws.tsv").write_text("law\tsplit\tdomain\tsample\nwet_voorbeeldwet_meldpunten\ttest\tgeneral\t5\n")
    return folder
