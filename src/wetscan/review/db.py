"""Opening the review store: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) for a team.

SQLite is set up for several writers at once: WAL journal (readers never block the writer),
``foreign_keys`` on, a generous ``busy_timeout``, and every transaction started with
``BEGIN IMMEDIATE`` so two writers queue for the lock instead of failing on an upgrade from a
read lock. On PostgreSQL the server does all of this itself.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from wetscan.errors import WetscanError
from wetscan.i18n import _
from wetscan.review.migrations import NewerSchema, migrate

SQLITE_BUSY_TIMEOUT_MS = 60_000


class ReviewStoreError(WetscanError):
    """The review database cannot be opened or is not a wetscan review database."""


def database_url(db: str) -> str:
    """``db`` as a SQLAlchemy URL: a URL is kept, anything else is a SQLite file path."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def now() -> str:
    """The current time in UTC, ISO 8601: the format of every time stamp in the store."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def open_engine(db: str, *, upgrade: bool = True) -> sa.Engine:
    """Connect to the review store ``db`` (path or URL) and bring its schema up to date."""
    url = database_url(db)
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, ModuleNotFoundError) as error:
        raise ReviewStoreError(_("{db}: cannot open review database ({error})").format(db=db, error=error)) from error
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    if upgrade:
        try:
            migrate(engine)
        except sa.exc.DatabaseError as error:
            raise ReviewStoreError(_("{db}: not a usable review database ({error})").format(db=db, error=error.orig)) from error
        except NewerSchema as error:
            raise ReviewStoreError(_("{db}: {error}; upgrade wetscan").format(db=db, error=error)) from error
    return engine


def _configure_sqlite(engine: sa.Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event below issue BEGIN, instead of pysqlite's implicit one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
