"""Fixtures of the review tests: a migrated SQLite store in a temporary folder and an app on it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from wetscan.review.app import Settings, create_app
from wetscan.review.db import open_engine


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "review.sqlite")


@pytest.fixture
def engine(db_path: str) -> sa.Engine:
    engine = open_engine(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def client(engine: sa.Engine) -> TestClient:
    app = create_app(Settings(engine=engine, local_reviewer="fenna"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client
