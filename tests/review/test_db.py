"""The review store: SQLite set-up, migrations, portable DDL, and concurrent writers losing nothing."""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from tests.review.reports import meldpunt_report
from tests.review.server import serve
from wetscan.review import schema, store
from wetscan.review.app import Settings
from wetscan.review.db import ReviewStoreError, database_url, open_engine
from wetscan.review.importer import import_report
from wetscan.review.migrations import LATEST_VERSION, current_version, migrate, migration_table

DECISIONS_PER_WRITER = 25


def test_sqlite_runs_in_wal_mode_with_foreign_keys(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(engine: sa.Engine) -> None:
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.execute(
            schema.report.insert().values(
                document_id=999,
                version=1,
                source_sha256="0" * 64,
                source_path="x",
                source_format="txt",
                content_sha256="0" * 64,
                imported_at="t",
                imported_from="x",
                layers="",
                finding_count=0,
                report_json="{}",
            )
        )


def test_migrations_are_recorded_and_idempotent(engine: sa.Engine) -> None:
    assert current_version(engine) == LATEST_VERSION
    assert migrate(engine) == []


def test_migrated_database_matches_the_schema(engine: sa.Engine) -> None:
    inspector = sa.inspect(engine)
    for table in schema.metadata.sorted_tables:
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        assert columns == set(table.columns.keys()), table.name


def test_ddl_is_portable_to_postgresql() -> None:
    dialect = postgresql.psycopg.dialect()
    for table in schema.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))


def test_database_url_and_bad_files(tmp_path) -> None:
    assert database_url("postgresql+psycopg://review@db/wetscan") == "postgresql+psycopg://review@db/wetscan"
    assert database_url(str(tmp_path / "r.sqlite")).startswith("sqlite:////")
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("dit is geen database\n" * 100)
    with pytest.raises(ReviewStoreError, match="notes.sqlite"):
        open_engine(str(not_a_database))
    with pytest.raises(ReviewStoreError, match="geen bruikbare beoordelingsdatabase"):
        open_engine(str(tmp_path / "no-such-folder" / "r.sqlite"))


def test_database_of_a_newer_wetscan_is_refused(db_path: str, engine: sa.Engine) -> None:
    with engine.begin() as connection:
        connection.execute(migration_table.insert().values(version=LATEST_VERSION + 1, name="future", applied_at="t"))
    with pytest.raises(ReviewStoreError, match="nieuwer dan deze wetscan"):
        open_engine(db_path)


def _write_decisions(db_path: str, document_id: int, keys: list[str], writer: str) -> int:
    """One writer: its own engine (as a separate process or request would have), one decision per
    transaction, cycling over the findings."""
    engine = open_engine(db_path)
    try:
        for n in range(DECISIONS_PER_WRITER):
            with engine.begin() as connection:
                store.record_decision(
                    connection,
                    document_id,
                    "finding",
                    keys[n % len(keys)],
                    ("agree", "disagree", "unsure")[n % 3],
                    f"{writer} #{n}",
                    writer,
                )
    finally:
        engine.dispose()
    return DECISIONS_PER_WRITER


def _prepared(db_path: str, engine: sa.Engine) -> tuple[int, list[str]]:
    with engine.begin() as connection:
        document_id = import_report(connection, meldpunt_report(), "r.json").document_id
        keys = list(store.bill_view(connection, document_id).finding_keys.values())
    return document_id, keys


def _comments(engine: sa.Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(schema.decision.c.comment)).scalars())


def test_concurrent_threads_lose_no_decision(db_path: str, engine: sa.Engine) -> None:
    document_id, keys = _prepared(db_path, engine)
    writers = [f"thread-{i}" for i in range(8)]
    with ThreadPoolExecutor(max_workers=len(writers)) as pool:
        written = sum(pool.map(lambda w: _write_decisions(db_path, document_id, keys, w), writers))
    comments = _comments(engine)
    assert written == len(comments) == 8 * DECISIONS_PER_WRITER
    assert set(comments) == {f"{w} #{n}" for w in writers for n in range(DECISIONS_PER_WRITER)}


@pytest.mark.slow
def test_concurrent_processes_lose_no_decision(db_path: str, engine: sa.Engine) -> None:
    document_id, keys = _prepared(db_path, engine)
    writers = [f"process-{i}" for i in range(4)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(writers), mp_context=context) as pool:
        futures = [pool.submit(_write_decisions, db_path, document_id, keys, w) for w in writers]
        written = sum(future.result() for future in futures)
    comments = _comments(engine)
    assert written == len(comments) == 4 * DECISIONS_PER_WRITER
    assert set(comments) == {f"{w} #{n}" for w in writers for n in range(DECISIONS_PER_WRITER)}
    with engine.begin() as connection:
        history = store.history(connection, document_id)
    assert [item["id"] for item in history] == sorted(item["id"] for item in history)


@pytest.mark.slow
def test_concurrent_reviewers_over_http_lose_no_decision(db_path: str, engine: sa.Engine) -> None:
    """Eight reviewers' browsers posting at once to one running server (uvicorn's thread pool)."""
    document_id, keys = _prepared(db_path, engine)

    def review(base: str, writer: str) -> int:
        with httpx.Client(base_url=base) as browser:
            token = re.search(r'name="csrf-token" content="([^"]+)"', browser.get("/").text).group(1)
            for n in range(DECISIONS_PER_WRITER):
                response = browser.post(
                    f"/bills/{document_id}/decisions",
                    headers={"X-CSRF-Token": token, "Accept": "application/json"},
                    data={"target_type": "finding", "target_key": keys[n % len(keys)], "decision": "agree",
                          "comment": f"{writer} #{n}"},
                )
                response.raise_for_status()
        return DECISIONS_PER_WRITER

    writers = [f"browser-{i}" for i in range(8)]
    for base in serve(Settings(engine=open_engine(db_path), local_reviewer="fenna")):
        with ThreadPoolExecutor(max_workers=len(writers)) as pool:
            written = sum(pool.map(lambda w: review(base, w), writers))
    comments = _comments(engine)
    assert written == len(comments) == 8 * DECISIONS_PER_WRITER
    assert set(comments) == {f"{w} #{n}" for w in writers for n in range(DECISIONS_PER_WRITER)}
