"""The same store code on PostgreSQL (a team deployment): run when ``WETSCAN_TEST_POSTGRES_URL``
names an empty scratch database, e.g. ``postgresql+psycopg://review@127.0.0.1:55432/wetscan_review``.
The test drops the review tables it created when it ends."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.review.reports import MELDPUNT, meldpunt_report, newer_version, quiet_report
from wetscan.review import schema, store
from wetscan.review.app import Settings, create_app
from wetscan.review.db import open_engine
from wetscan.review.export import annotations, decisions_frame
from wetscan.review.importer import import_report
from wetscan.review.migrations import LATEST_VERSION, current_version, migration_table

POSTGRES_URL = os.environ.get("WETSCAN_TEST_POSTGRES_URL")

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL, reason="set WETSCAN_TEST_POSTGRES_URL to a scratch PostgreSQL database to run this test"
)


@pytest.fixture
def pg_engine() -> sa.Engine:
    engine = open_engine(POSTGRES_URL)
    yield engine
    with engine.begin() as connection:
        schema.metadata.drop_all(connection)
        migration_table.drop(connection)
    engine.dispose()


def test_review_store_on_postgresql(pg_engine: sa.Engine) -> None:
    assert pg_engine.dialect.name == "postgresql"
    assert current_version(pg_engine) == LATEST_VERSION
    old = meldpunt_report()
    with pg_engine.begin() as connection:
        document_id = import_report(connection, old, "v1.json").document_id
        import_report(connection, quiet_report(), "q.json")
        keys = list(store.bill_view(connection, document_id).finding_keys.values())

    def write(writer: str) -> None:
        for n in range(10):
            with pg_engine.begin() as connection:
                store.record_decision(
                    connection, document_id, "finding", keys[n % len(keys)], "agree", f"{writer} #{n}", writer
                )

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, [f"w{i}" for i in range(4)]))
    with pg_engine.begin() as connection:
        store.record_final(connection, document_id, "yes", "yes", "Medebewind.", "fenna")
        import_report(connection, newer_version(old, "versie 2", MELDPUNT), "v2.json")
        view = store.bill_view(connection, document_id)
        rows = {row.document_id: row for row in store.queue(connection)}
        frame = decisions_frame(connection)
        records = annotations(connection)
    assert len(frame) == 41 and set(frame["reviewer"]) == {"w0", "w1", "w2", "w3", "fenna"}
    assert view.version == 2 and [item["target_key"] for item in view.stale] == [keys[2]]
    assert rows[document_id].status == "done" and rows[document_id].version == 2
    assert [record["article"] for record in records] == ["2", "3"]
    with TestClient(
        create_app(Settings(engine=pg_engine, local_reviewer="fenna")), base_url="http://127.0.0.1"
    ) as client:
        assert "Wet lokale meldpunten woonoverlast" in client.get("/").text
        assert "Medebewind." in client.get(f"/bills/{document_id}").text
