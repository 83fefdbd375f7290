"""Hand-built wetscan reports (schema v1) for the review tests: Dutch provisions we wrote ourselves."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from wetscan.report.json_report import validate_report


def finding(
    text: str,
    trigger: str,
    rule: str,
    kind: str,
    layer: str | None,
    organ: str | None,
    explanation: str,
    confidence: float = 0.9,
) -> dict[str, Any]:
    start = text.index(trigger)
    return {
        "rule": rule,
        "layer": layer,
        "organ": organ,
        "kind": kind,
        "start": start,
        "end": start + len(trigger),
        "trigger": trigger,
        "explanation": explanation,
        "confidence": confidence,
    }


def provision(
    pid: str,
    article: str,
    paragraph: str | None,
    text: str,
    norm_type: str,
    layers: list[str],
    findings: list[tuple],
    mandatory_cooperation: bool = False,
) -> dict[str, Any]:
    return {
        "id": pid,
        "article": article,
        "paragraph": paragraph,
        "amends": None,
        "part": "bill",
        "page": 1,
        "text": text,
        "kind": "provision",
        "instruction": None,
        "headings": [],
        "norm_type": norm_type,
        "layers": layers,
        "mandatory_cooperation": mandatory_cooperation,
        "findings": [finding(text, *spec) for spec in findings],
    }


MELDPUNT = "Het college draagt zorg voor een lokaal meldpunt voor meldingen over woonoverlast."
SAMENWERKING = "De colleges van de gemeenten in een regio werken samen bij de inrichting van het meldpunt."
AANWIJZING = "Onze Minister kan het college een aanwijzing geven indien het meldpunt niet naar behoren werkt."


def meldpunt_report(
    *,
    path: str = "wet-meldpunten.pdf",
    content: str = "versie 1",
    title: str | None = None,
    meldpunt_text: str = MELDPUNT,
) -> dict[str, Any]:
    """A bill that gives gemeenten a task and forces them to cooperate: UDO yes, co-signature yes."""
    sha256 = hashlib.sha256(content.encode()).hexdigest()
    report = {
        "schema_version": "1",
        "source": {"path": path, "sha256": sha256, "format": "pdf", "pages": 3},
        "title": title or "Wet lokale meldpunten woonoverlast",
        "definitions": [
            {"term": "college", "meaning": "het college van burgemeester en wethouders", "provision_id": "artikel 1"}
        ],
        "provisions": [
            provision(
                "artikel 1",
                "1",
                None,
                "In deze wet wordt verstaan onder college: het college van burgemeester en wethouders.",
                "definition",
                [],
                [],
            ),
            provision(
                "artikel 2, eerste lid",
                "2",
                "1",
                meldpunt_text,
                "obligation",
                ["gemeente"],
                [
                    (
                        "draagt zorg voor",
                        "R01",
                        "task",
                        "gemeente",
                        "college van burgemeester en wethouders",
                        "Het college krijgt een taak in medebewind.",
                    )
                ],
            ),
            provision(
                "artikel 3",
                "3",
                None,
                SAMENWERKING,
                "obligation",
                ["gemeente"],
                [
                    (
                        "werken samen",
                        "R08",
                        "cooperation",
                        "gemeente",
                        "college van burgemeester en wethouders",
                        "Gemeenten worden verplicht samen te werken in regionaal verband.",
                    )
                ],
                mandatory_cooperation=True,
            ),
            provision(
                "artikel 4",
                "4",
                None,
                AANWIJZING,
                "power",
                [],
                [
                    (
                        "een aanwijzing geven",
                        "R12",
                        "supervision",
                        "gemeente",
                        "Onze Minister",
                        "Specifiek interbestuurlijk toezicht op het college.",
                        0.8,
                    )
                ],
            ),
        ],
        "assessment": {
            "layers": ["gemeente"],
            "mandatory_cooperation": True,
            "udo": {
                "verdict": "yes",
                "recommended": True,
                "score": 0.86,
                "reasons": [
                    {
                        "rule": "R01",
                        "basis": "Gemw 108(2): medebewind",
                        "explanation": "Nieuwe taak voor het college.",
                        "provisions": ["artikel 2, eerste lid"],
                        "triggers": ["draagt zorg voor"],
                    }
                ],
            },
            "cosignature": {
                "verdict": "yes",
                "recommended": True,
                "score": 0.8,
                "reasons": [
                    {
                        "rule": "R08",
                        "basis": "Actieagenda: samenwerking is vrijwillig",
                        "explanation": "Verplichte samenwerking tussen gemeenten.",
                        "provisions": ["artikel 3"],
                        "triggers": ["werken samen"],
                    }
                ],
            },
            "fvw_art2": {
                "required": True,
                "status": "missing",
                "reasons": [
                    {
                        "rule": "R16",
                        "basis": "Fvw art. 2",
                        "explanation": "Geen paragraaf over financiële gevolgen.",
                        "provisions": [],
                        "triggers": [],
                    }
                ],
            },
            "layer_counts": [
                {
                    "layer": "gemeente",
                    "obligations": 1,
                    "powers": 0,
                    "cooperation": 1,
                    "provisions": ["artikel 2, eerste lid", "artikel 3"],
                }
            ],
            "toelichting": {
                "present": True,
                "sections": 4,
                "checks": {
                    "udo_mentioned": {
                        "label": "UDO genoemd",
                        "basis": "Code Interbestuurlijke Verhoudingen",
                        "status": "found",
                        "location": "‘Uitvoering’ (p. 3)",
                        "quote": "uitvoeringsdienstoordeel van de VNG",
                    }
                },
            },
            "review_notes": [
                {
                    "topic": "ambiguous_addressee",
                    "note": "Ga na welk college bedoeld is.",
                    "provisions": ["artikel 2, eerste lid"],
                }
            ],
        },
    }
    validate_report(report)
    return report


def quiet_report(
    *, path: str = "wet-archief.xml", title: str = "Wet digitale archivering rijksoverheid"
) -> dict[str, Any]:
    """A bill that touches no co-government: no findings, verdicts no/no."""
    report = {
        "schema_version": "1",
        "source": {"path": path, "sha256": hashlib.sha256(title.encode()).hexdigest(), "format": "xml", "pages": None},
        "title": title,
        "definitions": [],
        "provisions": [
            provision("artikel 1", "1", None, "Onze Minister stelt regels over de archivering.", "delegation", [], [])
        ],
        "assessment": {
            "layers": [],
            "mandatory_cooperation": False,
            "udo": {"verdict": "no", "recommended": False, "score": 0.05, "reasons": []},
            "cosignature": {"verdict": "no", "recommended": False, "score": 0.0, "reasons": []},
            "fvw_art2": {"required": False, "status": "not_required", "reasons": []},
        },
    }
    validate_report(report)
    return report


def newer_version(report: dict[str, Any], content: str, meldpunt_text: str) -> dict[str, Any]:
    """The same bill, redrafted: new file contents, the meldpunt lid reworded, article 4 dropped."""
    newer = meldpunt_report(path=report["source"]["path"], content=content, meldpunt_text=meldpunt_text)
    newer["provisions"] = [p for p in newer["provisions"] if p["id"] != "artikel 4"]
    validate_report(newer)
    return copy.deepcopy(newer)
