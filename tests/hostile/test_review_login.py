"""The review workspace against a hostile user: password guessing, name enumeration, session
flooding, a foreign Host header, oversized numbers and oversized comments."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.review.reports import meldpunt_report
from wetscan.cli.app import app as cli
from wetscan.review import auth, schema, store
from wetscan.review.app import Settings, create_app
from wetscan.review.auth import add_user, authenticate
from wetscan.review.db import open_engine
from wetscan.review.importer import import_report
from wetscan.review.limits import MAX_BODY_BYTES, MAX_ID
from wetscan.review.throttle import MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_NAME, LoginThrottle

BASE = "http://127.0.0.1"
PASSWORD = "een lang wachtwoord"


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    engine = open_engine(str(tmp_path / "review.sqlite"))
    with engine.begin() as connection:
        add_user(connection, "annelies", PASSWORD)
    yield engine
    engine.dispose()


@pytest.fixture
def web(engine: sa.Engine) -> TestClient:
    with TestClient(create_app(Settings(engine=engine, login_required=True)), base_url=BASE) as client:
        yield client


def _csrf(client: TestClient, path: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get(path).text).group(1)


def _login(client: TestClient, name: str, password: str) -> int:
    token = _csrf(client, "/login")
    data = {"name": name, "password": password, "csrf_token": token}
    return client.post("/login", data=data, follow_redirects=False).status_code


def _session_rows(engine: sa.Engine) -> int:
    with engine.begin() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(schema.web_session)).scalar_one()


def test_thirty_wrong_guesses_lock_the_name_even_for_the_right_password(web: TestClient) -> None:
    answers = [_login(web, "annelies", f"gok nummer {guess:02d}") for guess in range(30)]
    assert answers[:MAX_FAILURES_PER_NAME] == [401] * MAX_FAILURES_PER_NAME
    assert set(answers[MAX_FAILURES_PER_NAME:]) == {429}
    token = _csrf(web, "/login")
    locked = web.post("/login", data={"name": "annelies", "password": PASSWORD, "csrf_token": token})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    assert "Te veel mislukte inlogpogingen" in locked.text


def test_one_client_guessing_many_names_is_locked_out(web: TestClient) -> None:
    answers = [_login(web, f"naam-{number}", "geen wachtwoord") for number in range(MAX_FAILURES_PER_CLIENT + 3)]
    assert answers[:MAX_FAILURES_PER_CLIENT] == [401] * MAX_FAILURES_PER_CLIENT
    assert set(answers[MAX_FAILURES_PER_CLIENT:]) == {429}


def test_the_lock_lifts_when_the_failures_leave_the_window() -> None:
    now = [1000.0]
    throttle = LoginThrottle(max_per_name=3, max_per_client=10, window=60, clock=lambda: now[0])
    for _ in range(3):
        throttle.failed("annelies", "10.0.0.1")
    assert throttle.retry_after("annelies", "10.0.0.2") == 60  # the name is locked from anywhere
    assert throttle.retry_after("fenna", "10.0.0.1") == 0
    now[0] += 61
    assert throttle.retry_after("annelies", "10.0.0.1") == 0
    throttle.failed("annelies", "10.0.0.1")
    throttle.succeeded("annelies")
    assert throttle.retry_after("annelies", "10.0.0.1") == 0
    small = LoginThrottle(max_keys=4, clock=lambda: now[0])
    for number in range(10):
        small.failed(f"naam-{number}", "10.0.0.1")
    assert len(small._failures) <= 4  # bounded memory however many names are tried


def test_unknown_names_cost_the_same_scrypt_as_known_ones(engine: sa.Engine, monkeypatch) -> None:
    calls: list[tuple] = []
    real_scrypt = hashlib.scrypt

    def counting_scrypt(password: bytes, **options: object) -> bytes:
        calls.append(tuple(sorted((key, value) for key, value in options.items() if key != "salt")))
        return real_scrypt(password, **options)

    with engine.begin() as connection:
        authenticate(connection, "niemand", "x")  # the dummy hash is made once per process
        monkeypatch.setattr(auth.hashlib, "scrypt", counting_scrypt)
        assert authenticate(connection, "annelies", "fout wachtwoord") is None
        known = list(calls)
        calls.clear()
        assert authenticate(connection, "niemand", "fout wachtwoord") is None
        unknown = list(calls)
        assert authenticate(connection, "annelies", PASSWORD) == "annelies"
    assert len(known) == len(unknown) == 1 and known == unknown  # one scrypt, same parameters


def test_cookieless_requests_write_no_session_rows(engine: sa.Engine, tmp_path: Path) -> None:
    login_mode = create_app(Settings(engine=engine, login_required=True))
    local_engine = open_engine(str(tmp_path / "local.sqlite"))
    local_mode = create_app(Settings(engine=local_engine, local_reviewer="fenna"))
    for app, store_engine in ((login_mode, engine), (local_mode, local_engine)):
        for _ in range(25):
            with TestClient(app, base_url=BASE) as stranger:  # a new client: never a cookie
                stranger.get("/login")
                stranger.get("/")
        assert _session_rows(store_engine) == 0
    with TestClient(login_mode, base_url=BASE) as reviewer:
        assert _login(reviewer, "annelies", PASSWORD) == 303
    assert _session_rows(engine) == 1  # only a login stores a session
    local_engine.dispose()


def test_login_mode_checks_the_host_header(engine: sa.Engine) -> None:
    app = create_app(Settings(engine=engine, login_required=True, bind_host="10.1.2.3"))
    with TestClient(app, base_url=BASE) as client:
        assert client.get("/login").status_code == 200
        assert client.get("/login", headers={"host": "10.1.2.3:8765"}).status_code == 200
        assert client.get("/login", headers={"host": "evil.example"}).status_code == 400
    named = create_app(Settings(engine=engine, login_required=True, allowed_hosts=["review.example"]))
    with TestClient(named, base_url="http://review.example") as client:
        assert client.get("/login").status_code == 200
        assert client.get("/login", headers={"host": "evil.example"}).status_code == 400


def test_serving_on_all_addresses_in_login_mode_needs_allowed_host(engine: sa.Engine, tmp_path: Path) -> None:
    db = str(tmp_path / "review.sqlite")
    result = CliRunner().invoke(cli, ["review", "serve", "--db", db, "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--allowed-host" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.fixture
def reviewer(engine: sa.Engine, web: TestClient) -> tuple[TestClient, int, str]:
    with engine.begin() as connection:
        document_id = import_report(connection, meldpunt_report(), "r.json").document_id
    assert _login(web, "annelies", PASSWORD) == 303
    return web, document_id, _csrf(web, "/")


def test_ids_and_versions_beyond_64_bits_are_client_errors(reviewer: tuple[TestClient, int, str]) -> None:
    web, document_id, token = reviewer
    huge = str(2**64 + 1)
    for path in (f"/bills/{huge}", f"/bills/{huge}/history", f"/bills/-{huge}", "/bills/0"):
        assert web.get(path).status_code == 422, path
    assert web.get(f"/bills/{document_id}", params={"version": huge}).status_code == 422
    assert web.get(f"/bills/{MAX_ID}").status_code == 404  # the largest id is a fine id, of no bill
    posted = web.post(f"/bills/{huge}/decisions", headers={"X-CSRF-Token": token},
                      data={"target_type": "verdict", "target_key": "udo", "decision": "agree"})
    assert posted.status_code == 422


def test_comments_are_capped(reviewer: tuple[TestClient, int, str], engine: sa.Engine) -> None:
    web, document_id, token = reviewer
    headers = {"X-CSRF-Token": token, "Accept": "application/json"}

    def decide(comment: str | bytes, **extra: object) -> int:
        data = {"target_type": "verdict", "target_key": "udo", "decision": "agree", "comment": comment}
        return web.post(f"/bills/{document_id}/decisions", headers=headers, data=data, **extra).status_code

    assert decide("é" * store.MAX_COMMENT_CHARS) == 200  # the longest comment, all of it non-ASCII
    assert decide("x" * (store.MAX_COMMENT_CHARS + 1)) == 422
    assert [decide("x" * 1_000_000) for _ in range(20)] == [413] * 20
    chunked = web.post(f"/bills/{document_id}/decisions", headers=headers,
                       content=(b"comment=" + b"x" * 65536 for _ in range(MAX_BODY_BYTES // 65536 + 2)))
    assert chunked.status_code == 413  # a body without a declared length is measured as it arrives
    with engine.begin() as connection:
        stored = connection.execute(sa.select(sa.func.max(sa.func.length(schema.decision.c.comment)))).scalar()
    assert stored == store.MAX_COMMENT_CHARS
    with pytest.raises(store.ReviewError, match="at most"), engine.begin() as connection:
        store.record_decision(connection, document_id, "verdict", "udo", "agree", "x" * 20_000, "annelies")
