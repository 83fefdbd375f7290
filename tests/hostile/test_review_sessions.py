"""Review sessions carry the mode they were made in and die when the mode changes.

The hostile user: someone who got a cookie from the workspace while it ran in local mode (no
password) and comes back after accounts were added — with one named like the local reviewer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from wetscan.review import schema
from wetscan.review.app import SESSION_COOKIE, Settings, create_app
from wetscan.review.auth import add_user
from wetscan.review.db import open_engine
from wetscan.review.migrations import _web_session_1, migration_table

BASE = "http://127.0.0.1"
PASSWORD = "een lang wachtwoord"


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    engine = open_engine(str(tmp_path / "review.sqlite"))
    yield engine
    engine.dispose()


def _csrf(client: TestClient, path: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get(path).text).group(1)


def _sessions(engine: sa.Engine) -> list:
    with engine.begin() as connection:
        return connection.execute(sa.select(schema.web_session)).all()


def _visit(app, path: str, cookie: str | None = None):  # type: ignore[no-untyped-def]
    """One request from a browser holding ``cookie`` (a fresh cookie jar each time)."""
    with TestClient(app, base_url=BASE) as browser:
        headers = {"cookie": f"{SESSION_COOKIE}={cookie}"} if cookie else {}
        return browser.get(path, headers=headers, follow_redirects=False)


def _new_cookie(response) -> str | None:  # type: ignore[no-untyped-def]
    found = re.search(rf"{SESSION_COOKIE}=([^;]+)", response.headers.get("set-cookie", ""))
    return found.group(1) if found else None


def test_local_cookie_is_worthless_in_login_mode_even_for_the_local_reviewers_name(engine: sa.Engine) -> None:
    first = _visit(create_app(Settings(engine=engine, local_reviewer="fenna")), "/")
    local_cookie = _new_cookie(first)
    assert first.status_code == 200 and local_cookie
    with engine.begin() as connection:
        add_user(connection, "fenna", PASSWORD)  # the local reviewer's own name
    login_mode = create_app(Settings(engine=engine, local_reviewer="fenna", login_required=True))
    for path in ("/", "/export/decisions.csv"):
        response = _visit(login_mode, path, local_cookie)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")
        assert _new_cookie(response) not in (None, local_cookie)  # replaced by an anonymous session


def test_a_login_session_dies_when_the_workspace_runs_in_local_mode(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        add_user(connection, "annelies", PASSWORD)
    with TestClient(create_app(Settings(engine=engine, login_required=True)), base_url=BASE) as web:
        token = _csrf(web, "/login")
        logged_in = web.post("/login", data={"name": "annelies", "password": PASSWORD, "csrf_token": token},
                             follow_redirects=False)
        assert logged_in.status_code == 303
    login_cookie = _new_cookie(logged_in)
    [row] = _sessions(engine)
    assert row.mode == "login" and row.reviewer == "annelies"
    page = _visit(create_app(Settings(engine=engine, local_reviewer="fenna")), "/", login_cookie).text
    assert '<strong id="reviewer-name">fenna</strong>' in page and "annelies" not in page
    assert _sessions(engine) == []  # the other mode's session was ended, not carried over


def test_a_signed_session_is_bound_to_its_server_process_and_mode(engine: sa.Engine) -> None:
    local_mode = create_app(Settings(engine=engine, local_reviewer="fenna"))
    cookie = _new_cookie(_visit(local_mode, "/"))
    assert cookie.startswith("local.")
    assert _new_cookie(_visit(local_mode, "/", cookie)) is None  # recognised: no new session
    forged = cookie.replace("local.", "login.", 1)
    assert _new_cookie(_visit(local_mode, "/", forged)) not in (None, forged)  # tampered: not recognised
    restarted = create_app(Settings(engine=engine, local_reviewer="fenna"))
    assert _new_cookie(_visit(restarted, "/", cookie)) not in (None, cookie)


def test_upgrading_a_version_1_store_drops_sessions_without_a_mode(tmp_path: Path) -> None:
    old = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with old.begin() as connection:
        schema.metadata.create_all(connection, tables=[t for t in schema.metadata.sorted_tables
                                                       if t.name != "web_session"])
        _web_session_1.create(connection)
        migration_table.create(connection)
        connection.execute(migration_table.insert().values(version=1, name="initial schema", applied_at="2026"))
        connection.execute(_web_session_1.insert().values(token_sha256="0" * 64, reviewer="fenna", csrf_token="x",
                                                          expires_at="9999"))
    old.dispose()
    engine = open_engine(str(tmp_path / "old.sqlite"))
    assert "mode" in {column["name"] for column in sa.inspect(engine).get_columns("web_session")}
    assert _sessions(engine) == []
    engine.dispose()
