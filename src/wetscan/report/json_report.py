"""The machine-readable report (schema version 1).

``build_report`` turns a scanned bill into plain JSON data; ``validate_report`` checks data
against the shipped JSON Schema (``report.schema.json``). The meaning of every field is
documented in ``docs/report-schema.md``; new fields may be added, existing ones keep their meaning.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from wetscan.assess.checklist import build_checklist
from wetscan.model import Assessment, Bill, Finding, Provision, Reason, Verdict

SCHEMA_VERSION = "1"


def build_report(bill: Bill, assessment: Assessment | None, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """Serialise ``bill`` (and its ``assessment``, when made) into report data.

    ``document`` is the document section (role, reason, evidence, paired memorandum, notes; see
    :meth:`wetscan.scan.ScanResult.document`); a document that is no bill has no assessment."""
    source = bill.source
    report: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "path": source.path,
            "sha256": source.sha256,
            "format": source.format,
            "pages": source.pages,
        },
        "title": bill.title,
        "definitions": [asdict(definition) for definition in bill.definitions.values()],
        "provisions": [_provision(provision) for provision in bill.provisions],
    }
    if document is not None:
        report["document"] = document
    if assessment is not None:
        report["assessment"] = _assessment(assessment)
        report["checklist"] = build_checklist(report)
    return report


def _provision(provision: Provision) -> dict[str, Any]:
    return {
        "id": provision.id,
        "article": provision.article,
        "paragraph": provision.paragraph,
        "amends": provision.amends,
        "part": provision.part,
        "page": provision.page,
        "text": provision.text,
        "kind": provision.kind,
        "instruction": provision.instruction,
        "headings": list(provision.headings),
        "norm_type": provision.norm_type,
        "layers": list(provision.layers),
        "mandatory_cooperation": provision.mandatory_cooperation,
        "findings": [_finding(finding) for finding in provision.findings],
        **_change(provision),
    }


def _change(provision: Provision) -> dict[str, Any]:
    """What an amending bill does to the provision (optional fields; none for the memorandum)."""
    if provision.change is None:
        return {}
    data: dict[str, Any] = {"change": provision.change}
    if provision.change_by_layer:
        data["change_by_layer"] = dict(provision.change_by_layer)
    if provision.change_note:
        data["change_note"] = provision.change_note
    if provision.previous_text is not None:
        data["previous_text"] = provision.previous_text
        data["previous_findings"] = [_finding(finding) for finding in provision.previous_findings]
    if provision.operations:
        data["operations"] = list(provision.operations)
    return data


def _finding(finding: Finding) -> dict[str, Any]:
    """A finding; ``derived_from`` only on findings whose actor was read from other provisions."""
    data = asdict(finding)
    if not data["derived_from"]:
        del data["derived_from"]
    return data


def _reason(reason: Reason) -> dict[str, Any]:
    return asdict(reason)


def _verdict(verdict: Verdict) -> dict[str, Any]:
    return {
        "verdict": verdict.verdict,
        "recommended": verdict.recommended,
        "score": round(float(verdict.score), 4),
        "reasons": [_reason(reason) for reason in verdict.reasons],
    }


def _assessment(assessment: Assessment) -> dict[str, Any]:
    data: dict[str, Any] = {
        "layers": list(assessment.layers),
        "mandatory_cooperation": assessment.mandatory_cooperation,
        "udo": _verdict(assessment.udo),
        "cosignature": _verdict(assessment.cosignature),
        "fvw_art2": {
            "required": assessment.fvw_art2.required,
            "status": assessment.fvw_art2.status,
            "reasons": [_reason(reason) for reason in assessment.fvw_art2.reasons],
        },
    }
    data.update(assessment.extra)
    return data


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    """The JSON Schema of the report, as shipped in the package."""
    text = resources.files("wetscan.report").joinpath("report.schema.json").read_text("utf-8")
    return json.loads(text)


def validate_report(report: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``report`` does not follow the schema."""
    jsonschema.validate(report, report_schema())


#: JSON escapes C0 controls itself but writes DEL and C1 (U+009B is a one-character CSI) raw.
_ESCAPE_UNSAFE = {code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0))}


def dumps(report: dict[str, Any]) -> str:
    """The report as JSON text; the data stays exact, but no control character is written raw."""
    return json.dumps(report, ensure_ascii=False, indent=2).translate(_ESCAPE_UNSAFE)
