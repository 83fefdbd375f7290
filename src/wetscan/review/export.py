"""Exporting the review: every decision as a table (CSV), and reviewed provisions as annotations.

The decisions table comes in two forms: :func:`decisions_frame` is the machine form (the stable
English column names of :data:`CSV_COLUMNS`, the stored values ``agree``, ``yes``, ...), and
:func:`decisions_csv` is the coordinators' table, its headers and values in the current language
(Dutch by default: "Beslissing", "eens"). No code reads the CSV back; the annotations are the
machine export.

The annotation records follow ``corpora/GUIDELINES.md`` (one JSON object per provision with
``law``, ``article``, ``lid``, ``layers``, ``norm_type``, ``mandatory_cooperation``, ``organ``,
``note``), so reviewed bills can be added to the training and evaluation data. Their labels are
the report's labels corrected by the reviewer's current decisions on the provision's findings:

* a layer is dropped when every finding that gave the provision that layer was disagreed with;
* mandatory cooperation becomes false when every cooperation finding (R07, R08, R09) was
  disagreed with;
* norm type and organ are the report's (the reviewer confirmed or corrected the findings only).

A provision is exported only when a reviewer judged at least one of its findings on the newest
report and was sure of every one (no "unsure"); provenance (reviewer, time, report version,
each decision) travels in the record. A bill is not in the statute corpus that annotations of
statutes point into, so each record also carries the provision's ``text``. Missed tasks (false
negatives) cannot be learnt from decisions on findings; they still need annotation by hand.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pandas as pd
import sqlalchemy as sa

from wetscan.i18n import N_, _
from wetscan.report.sanitise import spreadsheet_table
from wetscan.report.wording import label
from wetscan.review import schema, store

COOPERATION_RULES = frozenset({"R07", "R08", "R09"})
CSV_COLUMNS = [
    "decision_id",
    "document_id",
    "title",
    "source_path",
    "source_sha256",
    "report_version",
    "latest_version",
    "target_type",
    "target_key",
    "provision_id",
    "rule",
    "span_start",
    "span_end",
    "trigger",
    "layer",
    "verdict",
    "decision",
    "udo_needed",
    "cosignature_needed",
    "comment",
    "reviewer",
    "created_at",
    "current",
    "stale",
]

#: The header coordinators read above each column of the CSV (translated where shown).
CSV_HEADERS = {
    "decision_id": N_("Decision no."), "document_id": N_("Bill no."), "title": N_("Title"),
    "source_path": N_("File"), "source_sha256": N_("File SHA-256"), "report_version": N_("Report version"),
    "latest_version": N_("Newest version"), "target_type": N_("Decision on"), "target_key": N_("Target"),
    "provision_id": N_("Provision"), "rule": N_("Rule"), "span_start": N_("Trigger start"),
    "span_end": N_("Trigger end"), "trigger": N_("Trigger words"), "layer": N_("Layer"), "verdict": N_("Verdict"),
    "decision": N_("Decision"), "udo_needed": N_("UDO needed"), "cosignature_needed": N_("BZK co-signature needed"),
    "comment": N_("Comment / motivation"), "reviewer": N_("Reviewer"), "created_at": N_("Time (UTC)"),
    "current": N_("Current"), "stale": N_("Stale"),
}
#: Columns of stored values (decisions, yes/no) shown with their label in the CSV.
LABELLED = ("target_type", "layer", "decision", "udo_needed", "cosignature_needed", "current", "stale")


def _documents(connection: sa.Connection) -> list[int]:
    return list(connection.execute(sa.select(schema.document.c.id).order_by(schema.document.c.id)).scalars())


def decisions_frame(connection: sa.Connection) -> pd.DataFrame:
    """All decisions ever recorded, oldest first, with what they judged and whether they are
    still current (the newest on their target) and still attached (not stale)."""
    f, r = schema.finding, schema.report
    rows = []
    for document_id in _documents(connection):
        view = store.bill_view(connection, document_id)
        latest_ids = {item["id"] for item in view.current.values()}
        stale_ids = {item["id"] for item in view.stale}
        reports = {
            row.id: row
            for row in connection.execute(
                sa.select(r.c.id, r.c.source_path, r.c.source_sha256).where(r.c.document_id == document_id)
            )
        }
        for item in store.history(connection, document_id):
            judged = None
            if item["target_type"] == "finding":
                judged = (
                    connection.execute(
                        sa.select(f).where(f.c.report_id == item["report_id"], f.c.target_key == item["target_key"])
                    )
                    .mappings()
                    .first()
                )
            source = reports[item["report_id"]]
            rows.append(
                {
                    "decision_id": item["id"],
                    "document_id": document_id,
                    "title": view.report.get("title"),
                    "source_path": source.source_path,
                    "source_sha256": source.source_sha256,
                    "report_version": item["report_version"],
                    "latest_version": view.latest_version,
                    "target_type": item["target_type"],
                    "target_key": item["target_key"],
                    "provision_id": judged["provision_id"] if judged else None,
                    "rule": judged["rule"] if judged else None,
                    "span_start": judged["span_start"] if judged else None,
                    "span_end": judged["span_end"] if judged else None,
                    "trigger": judged["trigger_text"] if judged else None,
                    "layer": judged["layer"] if judged else None,
                    "verdict": item["target_snapshot"] if item["target_type"] == "verdict" else None,
                    "decision": item["decision"],
                    "udo_needed": item["udo_needed"],
                    "cosignature_needed": item["cosignature_needed"],
                    "comment": item["comment"],
                    "reviewer": item["reviewer"],
                    "created_at": item["created_at"],
                    "current": item["id"] in latest_ids,
                    "stale": item["id"] in stale_ids,
                }
            )
    frame = pd.DataFrame(rows, columns=CSV_COLUMNS)
    return frame.astype({"span_start": "Int64", "span_end": "Int64"})


def decisions_csv(frame: pd.DataFrame) -> str:
    """:func:`decisions_frame` as CSV text for a coordinator's spreadsheet, headers and values in the
    current language: titles and reviewers' comments are other people's text, so no cell is a live
    formula or holds a control character."""
    shown = frame.copy()
    for column in LABELLED:
        shown[column] = shown[column].map(lambda value: None if pd.isna(value) else label(value))
    shown = shown.rename(columns={column: _(CSV_HEADERS[column]) for column in CSV_COLUMNS})
    return spreadsheet_table(shown).to_csv(index=False)


def document_slug(report: dict[str, Any]) -> str:
    """The ``law`` key of a reviewed bill: its title (or file name) in lower case with underscores."""
    name = report.get("title") or report["source"]["path"].replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    slug = re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")
    return f"bill_{slug[:80]}" if slug else f"bill_{report['source']['sha256'][:12]}"


def annotations(connection: sa.Connection) -> list[dict[str, Any]]:
    """Annotation records (corpora format plus review provenance) for every reviewed provision."""
    records = []
    for document_id in _documents(connection):
        view = store.bill_view(connection, document_id)
        for p_index, provision in enumerate(view.report["provisions"]):
            record = _annotation(view, p_index, provision)
            if record is not None:
                records.append(record)
    return records


def _annotation(view: store.BillView, p_index: int, provision: dict[str, Any]) -> dict[str, Any] | None:
    judged = []
    for f_index, item in enumerate(provision.get("findings", [])):
        decision = view.current.get(("finding", view.finding_keys[(p_index, f_index)]))
        judged.append((item, decision))
    decided = [(item, decision) for item, decision in judged if decision is not None]
    if not decided or any(d["decision"] == "unsure" for _, d in decided) or provision.get("norm_type") is None:
        return None
    rejected = lambda item, decision: decision is not None and decision["decision"] == "disagree"  # noqa: E731
    layers = [
        layer
        for layer in provision.get("layers", [])
        if not (
            (supporting := [(i, d) for i, d in judged if i["layer"] == layer])
            and all(rejected(i, d) for i, d in supporting)
        )
    ]
    cooperation = bool(provision.get("mandatory_cooperation"))
    coop_findings = [(i, d) for i, d in judged if i["rule"] in COOPERATION_RULES]
    if cooperation and coop_findings and all(rejected(i, d) for i, d in coop_findings):
        cooperation = False
    kept = [i for i, d in judged if not rejected(i, d) and i["organ"]]
    last = max((d for _, d in decided), key=lambda d: d["id"])
    comments = "; ".join(d["comment"] for _, d in decided if d["comment"])
    return {
        "law": document_slug(view.report),
        "article": provision["article"],
        "lid": provision["paragraph"],
        "layers": layers,
        "norm_type": provision["norm_type"],
        "mandatory_cooperation": cooperation,
        "organ": kept[0]["organ"] if kept else None,
        "note": comments,
        "provision_id": provision["id"],
        "text": provision["text"],
        "reviewer": last["reviewer"],
        "decided_at": last["created_at"],
        "review": {
            "title": view.report.get("title"),
            "source_sha256": view.report["source"]["sha256"],
            "report_version": view.version,
            "decisions": [
                {
                    "rule": item["rule"],
                    "start": item["start"],
                    "end": item["end"],
                    "trigger": item["trigger"],
                    "layer": item["layer"],
                    "decision": decision["decision"],
                    "comment": decision["comment"],
                    "reviewer": decision["reviewer"],
                    "decided_at": decision["created_at"],
                    "decided_on_version": decision["report_version"],
                }
                for item, decision in decided
            ],
        },
    }


def annotations_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
