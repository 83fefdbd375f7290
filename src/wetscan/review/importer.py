"""Importing wetscan JSON reports (schema version 1) into the review store.

Only bills are imported: a report whose document role is not ``bill`` (a memorandum, a letter, a
decentral regulation; see the report's ``document`` section) is skipped, because a memorandum
comes in with its bill — a batch run over a consultation writes each bill's report with the
provisions of its paired memorandum, so the bill and its memorandum become one bill here.

A report is the *same document* as one already imported when its source has the same sha256
(the same file, analysed again) or, failing that, the same source path (a newer draft of the
bill saved over the old one). It then becomes the next *report version* of that document.

Decisions hang on a finding's ``target_key``. When a newer report comes in, each of its findings
is matched against the findings of the document's earlier versions: same provision id and rule
and the same character span, or else the same provision id, rule and trigger text (the words
moved because text before them changed). A matched finding inherits the earlier key, so its
decisions stay attached; decisions whose key no longer occurs are *stale* (see ``store``).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import sqlalchemy as sa

from wetscan.errors import InputError
from wetscan.i18n import _
from wetscan.report.json_report import validate_report
from wetscan.review import schema
from wetscan.review.db import now

REPORTS_FOLDER = "reports"


@dataclass(frozen=True)
class ImportResult:
    """What happened to one report: ``status`` is "new" (a new document), "new_version", "unchanged" or
    "skipped" (no bill; ``document_id`` 0)."""

    path: str
    document_id: int
    version: int
    status: str
    findings: int
    reattached: int


def report_files(path: Path) -> list[Path]:
    """The JSON reports at ``path``: the file itself, the ``reports/`` folder of a batch result
    folder, or every ``*.json`` below a folder (hidden files skipped). Oldest file first, so that
    when a folder holds an old and a new report of one bill, the new one becomes the newer version."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(str(path), _("no such file or folder"))
    folder = path / REPORTS_FOLDER if (path / REPORTS_FOLDER).is_dir() else path
    files = [p for p in folder.rglob("*.json") if p.is_file() and not p.name.startswith(".")]
    return sorted(files, key=lambda p: (p.stat().st_mtime, str(p)))


def load_report(path: Path) -> dict[str, Any]:
    """Read and validate one report file; raise ``InputError`` naming the file when it is unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), _("cannot read report ({error})").format(error=error)) from error
    except json.JSONDecodeError as error:
        raise InputError(str(path), _("not JSON ({problem}, line {line})").format(problem=error.msg, line=error.lineno)) from error
    if not isinstance(data, dict):
        raise InputError(str(path), _("not a wetscan report (expected a JSON object)"))
    try:
        validate_report(data)
    except jsonschema.ValidationError as error:
        where = "/".join(str(part) for part in error.absolute_path) or _("top level")
        raise InputError(str(path), _("not a wetscan report schema v1 (at {where}: {problem})").format(
            where=where, problem=error.message)) from error
    for provision in data["provisions"]:
        for item in provision.get("findings", []):
            if item["end"] > len(provision["text"]) or item["start"] > item["end"]:
                raise InputError(
                    str(path), _("finding {rule} in {provision} points outside the provision text").format(
                        rule=item["rule"], provision=repr(provision["id"]))
                )
    return data


def iter_findings(report: dict[str, Any]) -> Iterator[tuple[int, int, dict[str, Any], dict[str, Any]]]:
    """(provision index, finding index, provision, finding) for every finding of ``report``."""
    for p_index, provision in enumerate(report["provisions"]):
        for f_index, item in enumerate(provision.get("findings", [])):
            yield p_index, f_index, provision, item


def natural_key(provision_id: str, rule: str, start: int, end: int) -> str:
    """The key of a finding seen for the first time: provision, rule and span."""
    return f"{provision_id} | {rule} | {start}-{end}"


def assign_target_keys(
    report: dict[str, Any], earlier: Iterable[dict[str, Any]]
) -> list[tuple[int, int, dict[str, Any], dict[str, Any], str]]:
    """Give every finding of ``report`` a target key, inheriting the key of a matching earlier
    finding (``earlier``: dicts with provision_id, rule, span_start, span_end, trigger_text,
    target_key; the newest occurrence of each key)."""
    by_span: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
    by_trigger: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    known: set[str] = set()
    for row in earlier:
        by_span[(row["provision_id"], row["rule"], row["span_start"], row["span_end"])].append(row["target_key"])
        by_trigger[(row["provision_id"], row["rule"], row["trigger_text"])].append(row["target_key"])
        known.add(row["target_key"])
    taken: set[str] = set()
    keyed = []
    for p_index, f_index, provision, item in iter_findings(report):
        candidates = (
            by_span[(provision["id"], item["rule"], item["start"], item["end"])]
            + by_trigger[(provision["id"], item["rule"], item["trigger"])]
        )
        key = next((candidate for candidate in candidates if candidate not in taken), None)
        if key is None:
            base = natural_key(provision["id"], item["rule"], item["start"], item["end"])
            key, n = base, 1
            while key in taken or key in known:
                n += 1
                key = f"{base} #{n}"
        taken.add(key)
        keyed.append((p_index, f_index, provision, item, key))
    return keyed


def is_bill_report(report: dict[str, Any]) -> bool:
    """Whether ``report`` is of a bill (reports from before the document section count as bills)."""
    return (report.get("document") or {}).get("role", "bill") == "bill"


def import_report(connection: sa.Connection, report: dict[str, Any], imported_from: str) -> ImportResult:
    """Store ``report`` as a new document or as the next version of the document it belongs to;
    skip it when it is no bill (see the module docstring)."""
    if not is_bill_report(report):
        return ImportResult(imported_from, 0, 0, "skipped", 0, 0)
    source = report["source"]
    content_sha256 = hashlib.sha256(json.dumps(report, sort_keys=True).encode("utf-8")).hexdigest()
    document_id = _matching_document(connection, source["sha256"], source["path"])
    if document_id is None:
        document_id = connection.execute(
            schema.document.insert().values(title=report.get("title"), created_at=now())
        ).inserted_primary_key[0]
        latest = None
    else:
        r = schema.report
        same = connection.execute(
            sa.select(r.c.version).where(r.c.document_id == document_id, r.c.content_sha256 == content_sha256).limit(1)
        ).first()
        if same is not None:  # this very report was imported before (as any version)
            count = sum(1 for _ in iter_findings(report))
            return ImportResult(imported_from, document_id, same.version, "unchanged", count, count)
        latest = connection.execute(
            sa.select(r.c.version).where(r.c.document_id == document_id).order_by(r.c.version.desc()).limit(1)
        ).first()
        if report.get("title"):
            connection.execute(
                schema.document.update().where(schema.document.c.id == document_id).values(title=report["title"])
            )
    earlier = _earlier_findings(connection, document_id)
    keyed = assign_target_keys(report, earlier)
    version = (latest.version if latest else 0) + 1
    assessment = report.get("assessment") or {}
    report_id = connection.execute(
        schema.report.insert().values(
            document_id=document_id,
            version=version,
            source_sha256=source["sha256"],
            source_path=source["path"],
            source_format=source["format"],
            title=report.get("title"),
            content_sha256=content_sha256,
            imported_at=now(),
            imported_from=imported_from,
            layers=",".join(assessment.get("layers", _provision_layers(report))),
            mandatory_cooperation=assessment.get("mandatory_cooperation"),
            udo_verdict=(assessment.get("udo") or {}).get("verdict"),
            udo_score=(assessment.get("udo") or {}).get("score"),
            cosignature_verdict=(assessment.get("cosignature") or {}).get("verdict"),
            cosignature_score=(assessment.get("cosignature") or {}).get("score"),
            fvw_status=(assessment.get("fvw_art2") or {}).get("status"),
            finding_count=len(keyed),
            report_json=json.dumps(report, ensure_ascii=False),
        )
    ).inserted_primary_key[0]
    if keyed:
        connection.execute(
            schema.finding.insert(),
            [
                {
                    "report_id": report_id,
                    "target_key": key,
                    "provision_index": p_index,
                    "finding_index": f_index,
                    "provision_id": provision["id"],
                    "rule": item["rule"],
                    "span_start": item["start"],
                    "span_end": item["end"],
                    "trigger_text": item["trigger"],
                    "layer": item["layer"],
                    "organ": item["organ"],
                    "kind": item["kind"],
                }
                for p_index, f_index, provision, item, key in keyed
            ],
        )
    earlier_keys = {row["target_key"] for row in earlier}
    reattached = sum(1 for *_, key in keyed if key in earlier_keys)
    status = "new" if version == 1 else "new_version"
    return ImportResult(imported_from, document_id, version, status, len(keyed), reattached)


def _provision_layers(report: dict[str, Any]) -> list[str]:
    layers: list[str] = []
    for provision in report["provisions"]:
        layers.extend(layer for layer in provision.get("layers", []) if layer not in layers)
    return layers


def _matching_document(connection: sa.Connection, sha256: str, path: str) -> int | None:
    r = schema.report
    for condition in (r.c.source_sha256 == sha256, r.c.source_path == path):
        row = connection.execute(sa.select(r.c.document_id).where(condition).order_by(r.c.id.desc()).limit(1)).first()
        if row is not None:
            return row.document_id
    return None


def _earlier_findings(connection: sa.Connection, document_id: int) -> list[dict[str, Any]]:
    """The newest occurrence of every finding key in the document's earlier versions."""
    f, r = schema.finding, schema.report
    rows = connection.execute(
        sa.select(f.c.target_key, f.c.provision_id, f.c.rule, f.c.span_start, f.c.span_end, f.c.trigger_text)
        .join(r, f.c.report_id == r.c.id)
        .where(r.c.document_id == document_id)
        .order_by(r.c.version.desc(), f.c.id)
    ).mappings()
    newest: dict[str, dict[str, Any]] = {}
    for row in rows:
        newest.setdefault(row["target_key"], dict(row))
    return list(newest.values())
