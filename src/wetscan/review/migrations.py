"""Versioned schema migrations for the review store.

``schema_migration`` records each applied version with its time. ``migrate`` applies the missing
ones in order, each in its own transaction, so an old review database is upgraded in place when
a newer wetscan opens it. Version 1 creates the tables of ``schema``, but ``web_session`` as it
was then (frozen below); a later change to ``schema`` must add a migration here that alters the
tables (``ALTER TABLE ...``) and freeze what version 1 created of them. ``tests/review/test_db.py`` checks that a
migrated database matches ``schema``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlalchemy as sa

from wetscan.i18n import _
from wetscan.review import schema

migration_table = sa.Table(
    "schema_migration",
    sa.MetaData(),
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)


_version_1 = sa.MetaData()
_web_session_1 = sa.Table(
    "web_session",
    _version_1,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("reviewer", sa.String(200), nullable=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.String(32), nullable=False, index=True),
)


def _initial_schema(connection: sa.Connection) -> None:
    schema.metadata.create_all(connection, tables=[t for t in schema.metadata.sorted_tables if t.name != "web_session"])
    _web_session_1.create(connection)


def _sessions_carry_their_mode(connection: sa.Connection) -> None:
    """Sessions are kept for logged-in reviewers only, with the mode they were made in. Sessions of
    version 1 do not know their mode: they are dropped (everyone logs in again)."""
    _web_session_1.drop(connection)
    schema.web_session.create(connection)


MIGRATIONS: list[tuple[int, str, Callable[[sa.Connection], None]]] = [
    (1, "initial schema: documents, report versions, findings, decisions, accounts, sessions", _initial_schema),
    (2, "sessions carry the mode they were made in; only logged-in sessions are stored", _sessions_carry_their_mode),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(engine: sa.Engine) -> int:
    """The schema version of the database (0 for an empty one)."""
    with engine.begin() as connection:
        migration_table.create(connection, checkfirst=True)
        version = connection.execute(sa.select(sa.func.max(migration_table.c.version))).scalar()
    return version or 0


class NewerSchema(Exception):
    """The database was made by a newer wetscan: its schema version is unknown here."""


def migrate(engine: sa.Engine) -> list[int]:
    """Apply every migration the database lacks; return the versions applied."""
    found = current_version(engine)
    if found > LATEST_VERSION:
        raise NewerSchema(_("review database schema version {found} is newer than this wetscan ({latest})").format(
            found=found, latest=LATEST_VERSION))
    applied = []
    for version, name, upgrade in MIGRATIONS:
        with engine.begin() as connection:
            migration_table.create(connection, checkfirst=True)
            done = connection.execute(
                sa.select(migration_table.c.version).where(migration_table.c.version == version)
            ).first()
            if done:
                continue
            upgrade(connection)
            connection.execute(
                migration_table.insert().values(
                    version=version, name=name, applied_at=datetime.now(timezone.utc).isoformat()
                )
            )
            applied.append(version)
    return applied
