"""The review store's tables (SQLAlchemy Core, portable between SQLite and PostgreSQL).

A *document* is one bill as the coordinators know it; each import of a report on it adds a
*report* version (1, 2, ...). A report's findings are copied into ``finding`` rows with a
``target_key`` that stays the same across versions while the finding still exists (see
``importer``), so decisions stay attached. Decisions are append-only: changing one adds a row.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

DECISION_VALUES = ("agree", "disagree", "unsure")
TARGET_TYPES = ("finding", "verdict", "final")
NEEDED_VALUES = ("yes", "no", "unsure")
COSIGNATURE_NEEDED_VALUES = ("yes", "no", "already", "unsure")

document = sa.Table(
    "document",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)

report = sa.Table(
    "report",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("source_sha256", sa.String(64), nullable=False, index=True),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("source_format", sa.String(8), nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("content_sha256", sa.String(64), nullable=False),
    sa.Column("imported_at", sa.String(32), nullable=False),
    sa.Column("imported_from", sa.Text, nullable=False),
    sa.Column("layers", sa.String(200), nullable=False),
    sa.Column("mandatory_cooperation", sa.Boolean, nullable=True),
    sa.Column("udo_verdict", sa.String(16), nullable=True),
    sa.Column("udo_score", sa.Float, nullable=True),
    sa.Column("cosignature_verdict", sa.String(16), nullable=True),
    sa.Column("cosignature_score", sa.Float, nullable=True),
    sa.Column("fvw_status", sa.String(16), nullable=True),
    sa.Column("finding_count", sa.Integer, nullable=False),
    sa.Column("report_json", sa.Text, nullable=False),
    sa.UniqueConstraint("document_id", "version", name="uq_report_document_version"),
)

finding = sa.Table(
    "finding",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("report.id"), nullable=False, index=True),
    sa.Column("target_key", sa.String(700), nullable=False),
    sa.Column("provision_index", sa.Integer, nullable=False),
    sa.Column("finding_index", sa.Integer, nullable=False),
    sa.Column("provision_id", sa.Text, nullable=False),
    sa.Column("rule", sa.String(8), nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("layer", sa.String(32), nullable=True),
    sa.Column("organ", sa.Text, nullable=True),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.UniqueConstraint("report_id", "target_key", name="uq_finding_report_target"),
)

decision = sa.Table(
    "decision",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=False, index=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("report.id"), nullable=False),
    sa.Column("target_type", sa.String(16), nullable=False),
    sa.Column("target_key", sa.String(700), nullable=False),
    sa.Column("target_snapshot", sa.Text, nullable=True),
    sa.Column("decision", sa.String(16), nullable=True),
    sa.Column("udo_needed", sa.String(16), nullable=True),
    sa.Column("cosignature_needed", sa.String(16), nullable=True),
    sa.Column("comment", sa.Text, nullable=False, server_default=""),
    sa.Column("reviewer", sa.String(200), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.CheckConstraint(f"target_type IN {TARGET_TYPES!r}", name="ck_decision_target_type"),
    sa.CheckConstraint(f"decision IS NULL OR decision IN {DECISION_VALUES!r}", name="ck_decision_value"),
    sa.CheckConstraint(f"udo_needed IS NULL OR udo_needed IN {NEEDED_VALUES!r}", name="ck_decision_udo_needed"),
    sa.CheckConstraint(
        f"cosignature_needed IS NULL OR cosignature_needed IN {COSIGNATURE_NEEDED_VALUES!r}",
        name="ck_decision_cosignature_needed",
    ),
)
sa.Index("ix_decision_target", decision.c.document_id, decision.c.target_type, decision.c.target_key)

user = sa.Table(
    "reviewer_account",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

#: Logged-in sessions only (see ``wetscan.review.auth``); ``mode`` is the mode they were made in.
web_session = sa.Table(
    "web_session",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("reviewer", sa.String(200), nullable=False),
    sa.Column("mode", sa.String(8), nullable=False),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.String(32), nullable=False, index=True),
)
