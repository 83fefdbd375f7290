"""Reading and writing the review: the queue, a bill with its decisions, and the decision history.

Decisions are *append-only*: recording a decision inserts a row and never updates or deletes one,
so the full history (who decided what, when, on which report version) is always there. The
*current* decision on a target is its newest row. A decision is *stale* when its target no longer
exists in the document's newest report: the finding key has gone, or the verdict it judged now
reads differently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from wetscan.errors import WetscanError
from wetscan.i18n import _
from wetscan.review import schema
from wetscan.review.db import now

VERDICT_TARGETS = ("udo", "cosignature", "fvw_art2")
FINAL_TARGET = "bill"
STATUSES = ("new", "in review", "done")
#: The longest comment (or final motivation) a decision may carry; the web form enforces it too.
MAX_COMMENT_CHARS = 10_000


class ReviewError(WetscanError):
    """A request the review store cannot carry out (unknown bill or finding, invalid value).

    Its message is said in the language current when it is raised (the request's, in the app)."""


class NoSuchBill(ReviewError):
    """The bill (or the version of it) asked for is not in the store (the app answers 404)."""


@dataclass
class QueueRow:
    document_id: int
    title: str | None
    source_path: str
    version: int
    imported_at: str
    layers: list[str]
    mandatory_cooperation: bool | None
    udo_verdict: str | None
    udo_score: float | None
    cosignature_verdict: str | None
    cosignature_score: float | None
    fvw_status: str | None
    finding_count: int
    decided: int
    status: str
    reviewer: str | None
    last_activity: str | None


@dataclass
class BillView:
    """Everything the bill page shows: the newest (or a chosen) report version and its decisions."""

    document_id: int
    report_id: int
    version: int
    latest_version: int
    versions: list[dict[str, Any]]
    report: dict[str, Any]
    finding_keys: dict[tuple[int, int], str]
    current: dict[tuple[str, str], dict[str, Any]]
    histories: dict[tuple[str, str], list[dict[str, Any]]]
    final: dict[str, Any] | None
    stale: list[dict[str, Any]] = field(default_factory=list)

    @property
    def findings_decided(self) -> int:
        """How many findings of the shown report have a current (not stale) decision."""
        return sum(
            1
            for key in self.finding_keys.values()
            if ("finding", key) in self.current and not self.current[("finding", key)]["stale"]
        )


def latest_reports() -> sa.Subquery:
    """Each document's newest report row."""
    r = schema.report
    newest = sa.select(r.c.document_id, sa.func.max(r.c.version).label("version")).group_by(r.c.document_id).subquery()
    return (
        sa.select(r)
        .join(newest, sa.and_(r.c.document_id == newest.c.document_id, r.c.version == newest.c.version))
        .subquery()
    )


def queue(connection: sa.Connection) -> list[QueueRow]:
    """Every document with its newest report's verdicts and its review status."""
    latest = latest_reports()
    d = schema.decision
    activity = (
        sa.select(
            d.c.document_id,
            sa.func.count(sa.distinct(d.c.target_type + ":" + d.c.target_key)).label("decided"),
            sa.func.max(d.c.id).label("last_id"),
            sa.func.sum(sa.case((d.c.target_type == "final", 1), else_=0)).label("finals"),
        )
        .group_by(d.c.document_id)
        .subquery()
    )
    last = d.alias("last_decision")
    rows = connection.execute(
        sa.select(
            latest,
            schema.document.c.title.label("document_title"),
            activity.c.decided,
            activity.c.finals,
            last.c.reviewer,
            last.c.created_at.label("last_activity"),
        )
        .join(schema.document, schema.document.c.id == latest.c.document_id)
        .outerjoin(activity, activity.c.document_id == latest.c.document_id)
        .outerjoin(last, last.c.id == activity.c.last_id)
        .order_by(latest.c.imported_at.desc())
    ).mappings()
    result = []
    for row in rows:
        if row["finals"]:
            status = "done"
        elif row["decided"]:
            status = "in review"
        else:
            status = "new"
        result.append(
            QueueRow(
                document_id=row["document_id"],
                title=row["document_title"],
                source_path=row["source_path"],
                version=row["version"],
                imported_at=row["imported_at"],
                layers=[layer for layer in row["layers"].split(",") if layer],
                mandatory_cooperation=row["mandatory_cooperation"],
                udo_verdict=row["udo_verdict"],
                udo_score=row["udo_score"],
                cosignature_verdict=row["cosignature_verdict"],
                cosignature_score=row["cosignature_score"],
                fvw_status=row["fvw_status"],
                finding_count=row["finding_count"],
                decided=row["decided"] or 0,
                status=status,
                reviewer=row["reviewer"],
                last_activity=row["last_activity"],
            )
        )
    return result


def _report_row(connection: sa.Connection, document_id: int, version: int | None = None) -> sa.RowMapping:
    r = schema.report
    query = sa.select(r).where(r.c.document_id == document_id)
    query = query.where(r.c.version == version) if version else query.order_by(r.c.version.desc()).limit(1)
    row = connection.execute(query).mappings().first()
    if row is None:
        if version:
            raise NoSuchBill(_("no bill {document} version {version}").format(document=document_id, version=version))
        raise NoSuchBill(_("no bill {document}").format(document=document_id))
    return row


def history(connection: sa.Connection, document_id: int) -> list[dict[str, Any]]:
    """Every decision on the document, oldest first, with the report version it was made on."""
    d, r = schema.decision, schema.report
    rows = connection.execute(
        sa.select(d, r.c.version.label("report_version"))
        .join(r, d.c.report_id == r.c.id)
        .where(d.c.document_id == document_id)
        .order_by(d.c.id)
    ).mappings()
    return [dict(row) for row in rows]


def bill_view(connection: sa.Connection, document_id: int, version: int | None = None) -> BillView:
    """The bill page's data for ``document_id`` (its newest report unless ``version`` is given)."""
    latest = _report_row(connection, document_id)
    shown = _report_row(connection, document_id, version) if version else latest
    f = schema.finding
    finding_keys = {
        (row.provision_index, row.finding_index): row.target_key
        for row in connection.execute(
            sa.select(f.c.provision_index, f.c.finding_index, f.c.target_key).where(f.c.report_id == shown["id"])
        )
    }
    latest_keys = set(connection.execute(sa.select(f.c.target_key).where(f.c.report_id == latest["id"])).scalars())
    latest_report = json.loads(latest["report_json"])
    all_decisions = history(connection, document_id)
    histories: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in all_decisions:
        histories.setdefault((item["target_type"], item["target_key"]), []).append(item)
    current = {target: items[-1] for target, items in histories.items()}
    stale = [item for target, item in current.items() if _is_stale(item, latest_keys, latest_report.get("assessment"))]
    for item in current.values():
        item["stale"] = item in stale
    versions = [
        dict(row)
        for row in connection.execute(
            sa.select(schema.report.c.version, schema.report.c.imported_at, schema.report.c.source_path)
            .where(schema.report.c.document_id == document_id)
            .order_by(schema.report.c.version)
        ).mappings()
    ]
    return BillView(
        document_id=document_id,
        report_id=shown["id"],
        version=shown["version"],
        latest_version=latest["version"],
        versions=versions,
        report=json.loads(shown["report_json"]),
        finding_keys=finding_keys,
        current=current,
        histories=histories,
        final=current.get(("final", FINAL_TARGET)),
        stale=stale,
    )


def _is_stale(item: dict[str, Any], latest_keys: set[str], assessment: dict[str, Any] | None) -> bool:
    if item["target_type"] == "finding":
        return item["target_key"] not in latest_keys
    if item["target_type"] == "verdict":
        return verdict_snapshot(assessment, item["target_key"]) != item["target_snapshot"]
    return False


def verdict_snapshot(assessment: dict[str, Any] | None, target: str) -> str | None:
    """The verdict a decision on ``target`` judges, as it reads in ``assessment``."""
    if not assessment or target not in assessment:
        return None
    part = assessment[target]
    return part.get("verdict") or part.get("status")


def record_decision(
    connection: sa.Connection,
    document_id: int,
    target_type: str,
    target_key: str,
    decision: str,
    comment: str,
    reviewer: str,
) -> dict[str, Any]:
    """Append the reviewer's judgement of one finding or verdict of the document's newest report."""
    if decision not in schema.DECISION_VALUES:
        raise ReviewError(_("decision must be one of {values}").format(values=", ".join(schema.DECISION_VALUES)))
    latest = _report_row(connection, document_id)
    if target_type == "finding":
        f = schema.finding
        snapshot = connection.execute(
            sa.select(f.c.trigger_text).where(f.c.report_id == latest["id"], f.c.target_key == target_key)
        ).scalar()
        if snapshot is None:
            raise ReviewError(_("bill {document} version {version} has no finding {key}").format(
                document=document_id, version=latest["version"], key=repr(target_key)))
    elif target_type == "verdict" and target_key in VERDICT_TARGETS:
        snapshot = verdict_snapshot(json.loads(latest["report_json"]).get("assessment"), target_key)
        if snapshot is None:
            raise ReviewError(_("bill {document} version {version} has no {verdict} verdict").format(
                document=document_id, version=latest["version"], verdict=target_key))
    else:
        raise ReviewError(_("cannot decide on {target} {key}").format(target=target_type, key=repr(target_key)))
    return _append(
        connection,
        document_id=document_id,
        report_id=latest["id"],
        target_type=target_type,
        target_key=target_key,
        target_snapshot=snapshot,
        decision=decision,
        comment=comment.strip(),
        reviewer=reviewer,
    )


def record_final(
    connection: sa.Connection,
    document_id: int,
    udo_needed: str,
    cosignature_needed: str,
    motivation: str,
    reviewer: str,
) -> dict[str, Any]:
    """Append the bill's final decision: is a UDO needed, is BZK co-signature needed, and why."""
    if udo_needed not in schema.NEEDED_VALUES:
        raise ReviewError(_("UDO needed must be one of {values}").format(values=", ".join(schema.NEEDED_VALUES)))
    if cosignature_needed not in schema.COSIGNATURE_NEEDED_VALUES:
        raise ReviewError(_("co-signature needed must be one of {values}").format(
            values=", ".join(schema.COSIGNATURE_NEEDED_VALUES)))
    if not motivation.strip():
        raise ReviewError(_("a final decision needs a motivation"))
    latest = _report_row(connection, document_id)
    return _append(
        connection,
        document_id=document_id,
        report_id=latest["id"],
        target_type="final",
        target_key=FINAL_TARGET,
        target_snapshot=None,
        udo_needed=udo_needed,
        cosignature_needed=cosignature_needed,
        comment=motivation.strip(),
        reviewer=reviewer,
    )


def _append(connection: sa.Connection, **values: Any) -> dict[str, Any]:
    if len(values["comment"]) > MAX_COMMENT_CHARS:
        raise ReviewError(_("a comment may hold at most {n} characters").format(n=MAX_COMMENT_CHARS))
    values["created_at"] = now()
    values["id"] = connection.execute(schema.decision.insert().values(**values)).inserted_primary_key[0]
    return values
