"""The web API: pages, decisions, CSRF, login, escaping, host and header protections."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.review.reports import meldpunt_report, quiet_report
from wetscan.review import store
from wetscan.review.app import SESSION_COOKIE, Settings, create_app
from wetscan.review.auth import add_user, hash_password, is_local_host, verify_password
from wetscan.review.importer import import_report


def _import(engine: sa.Engine, report: dict) -> int:
    with engine.begin() as connection:
        return import_report(connection, report, "r.json").document_id


def _csrf(client: TestClient, path: str = "/") -> str:
    html = client.get(path).text
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', html).group(1)


def _finding_key(engine: sa.Engine, document_id: int, provision_index: int = 1) -> str:
    with engine.begin() as connection:
        return store.bill_view(connection, document_id).finding_keys[(provision_index, 0)]


def test_queue_lists_bills_and_filters(client: TestClient, engine: sa.Engine) -> None:
    _import(engine, meldpunt_report())
    _import(engine, quiet_report())
    page = client.get("/")
    assert page.status_code == 200
    assert "Wet lokale meldpunten woonoverlast" in page.text and "Wet digitale archivering" in page.text
    only_yes = client.get("/", params={"udo": "yes"}).text
    assert "meldpunten" in only_yes and "archivering" not in only_yes
    assert "archivering" in client.get("/", params={"q": "ARCHIVERING"}).text
    assert "meldpunten" not in client.get("/", params={"layer": "provincie"}).text
    assert "meldpunten" in client.get("/", params={"status": "new", "sort": "title", "order": "asc"}).text


def test_bill_page_shows_verdicts_reasons_and_highlighted_triggers(client: TestClient, engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report())
    html = client.get(f"/bills/{document_id}").text
    assert "Verplichte samenwerking tussen gemeenten." in html  # a co-signature reason
    assert "uitvoeringsdienstoordeel van de VNG" in html and "Ga na welk college bedoeld is." in html  # extras
    assert re.search(r'<mark class="[^"]*"[^>]*>draagt zorg voor', html)
    assert html.count('<article class="provision') == 3  # the definitions article is not flagged
    assert client.get(f"/bills/{document_id}", params={"all": 1}).text.count('<article class="provision') == 4
    assert client.get("/bills/999").status_code == 404


def test_decision_without_csrf_token_is_rejected(client: TestClient, engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report())
    key = _finding_key(engine, document_id)
    _csrf(client)
    form = {"target_type": "finding", "target_key": key, "decision": "agree"}
    assert client.post(f"/bills/{document_id}/decisions", data=form).status_code == 403
    bad = client.post(f"/bills/{document_id}/decisions", data={**form, "csrf_token": "guessed"})
    assert bad.status_code == 403
    assert (
        client.post(
            f"/bills/{document_id}/final", data={"udo_needed": "yes", "cosignature_needed": "no", "motivation": "x"}
        ).status_code
        == 403
    )
    with engine.begin() as connection:
        assert store.history(connection, document_id) == []


def test_decision_with_token_is_stored_with_the_session_reviewer(client: TestClient, engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report())
    key = _finding_key(engine, document_id)
    token = _csrf(client)
    form = {
        "target_type": "finding",
        "target_key": key,
        "decision": "disagree",
        "comment": "Geen taak.",
        "csrf_token": token,
        "reviewer": "mallory",
    }
    response = client.post(f"/bills/{document_id}/decisions", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith(f"/bills/{document_id}#finding-")
    saved = client.post(
        f"/bills/{document_id}/decisions",
        data={"target_type": "verdict", "target_key": "udo", "decision": "agree"},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )
    assert saved.status_code == 200 and saved.json()["reviewer"] == "fenna"
    final = client.post(
        f"/bills/{document_id}/final",
        data={
            "udo_needed": "yes",
            "cosignature_needed": "yes",
            "motivation": "Taak in medebewind.",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert final.status_code == 303
    with engine.begin() as connection:
        history = store.history(connection, document_id)
    assert [(item["target_type"], item["decision"] or item["udo_needed"], item["reviewer"]) for item in history] == [
        ("finding", "disagree", "fenna"),
        ("verdict", "agree", "fenna"),
        ("final", "yes", "fenna"),
    ]
    page = client.get(f"/bills/{document_id}").text
    assert "Geen taak." in page and "Taak in medebewind." in page
    assert "1 van 3 bevindingen beoordeeld" in page
    history_page = client.get(f"/bills/{document_id}/history").text
    assert history_page.count("fenna") >= 3
    csv = client.get("/export/decisions.csv")
    assert csv.headers["content-type"].startswith("text/csv") and "Geen taak." in csv.text


def test_invalid_decision_is_a_clear_400(client: TestClient, engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report())
    token = _csrf(client)
    response = client.post(
        f"/bills/{document_id}/decisions",
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
        data={"target_type": "verdict", "target_key": "udo", "decision": "whatever"},
    )
    assert response.status_code == 400 and "de beslissing moet een van" in response.json()["detail"]
    final = client.post(
        f"/bills/{document_id}/final",
        data={"udo_needed": "yes", "cosignature_needed": "no", "motivation": "", "csrf_token": token},
    )
    assert final.status_code == 400 and "gemotiveerd" in final.text


def test_document_text_is_escaped(client: TestClient, engine: sa.Engine) -> None:
    text = 'Het college draagt zorg voor <script>alert("xss")</script> een meldpunt.'
    report = meldpunt_report(meldpunt_text=text, title="Wet <img src=x onerror=alert(1)> meldpunten")
    document_id = _import(engine, report)
    token = _csrf(client)
    client.post(
        f"/bills/{document_id}/decisions",
        data={
            "target_type": "verdict",
            "target_key": "udo",
            "decision": "agree",
            "comment": "</q><script>alert(2)</script>",
            "csrf_token": token,
        },
    )
    for path in ("/", f"/bills/{document_id}", f"/bills/{document_id}/history"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    bill = client.get(f"/bills/{document_id}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in bill
    assert "&lt;/q&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in bill


def test_security_headers_and_foreign_host(client: TestClient) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    cookie = response.headers["set-cookie"]
    assert SESSION_COOKIE in cookie and "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    # DNS rebinding: a page on another host name must not reach the local workspace.
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


@pytest.fixture
def login_client(engine: sa.Engine) -> TestClient:
    with engine.begin() as connection:
        add_user(connection, "annelies", "een lang wachtwoord")
    app = create_app(
        Settings(engine=engine, local_reviewer="fenna", login_required=True, allowed_hosts=["review.example"])
    )
    with TestClient(app, base_url="http://review.example") as client:
        yield client


def test_login_mode_requires_login_and_takes_reviewer_from_it(login_client: TestClient, engine: sa.Engine) -> None:
    document_id = _import(engine, meldpunt_report())
    first = login_client.get("/", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/login?next=/"
    token = _csrf(login_client, "/login")
    assert login_client.post("/login", data={"name": "annelies", "password": "een lang wachtwoord"}).status_code == 403
    wrong = login_client.post("/login", data={"name": "annelies", "password": "fout", "csrf_token": token})
    assert wrong.status_code == 401 and "onjuist wachtwoord" in wrong.text
    blocked = login_client.post(
        f"/bills/{document_id}/decisions",
        headers={"X-CSRF-Token": token},
        data={"target_type": "verdict", "target_key": "udo", "decision": "agree"},
    )
    assert blocked.status_code == 401
    old_cookie = login_client.cookies.get(SESSION_COOKIE)
    ok = login_client.post(
        "/login",
        data={"name": "annelies", "password": "een lang wachtwoord", "csrf_token": token, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    assert login_client.cookies.get(SESSION_COOKIE) != old_cookie  # a new session after login
    token = _csrf(login_client)
    saved = login_client.post(
        f"/bills/{document_id}/decisions",
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
        data={"target_type": "verdict", "target_key": "udo", "decision": "agree"},
    )
    assert saved.json()["reviewer"] == "annelies"
    login_client.post("/logout", data={"csrf_token": token})
    assert login_client.get("/", follow_redirects=False).status_code == 303


def test_passwords_are_hashed_with_scrypt() -> None:
    stored = hash_password("een lang wachtwoord")
    assert stored.startswith("scrypt$") and "een lang wachtwoord" not in stored
    assert verify_password("een lang wachtwoord", stored) and not verify_password("een ander wachtwoord", stored)
    assert hash_password("een lang wachtwoord") != stored  # salted


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("review.example", False),
    ],
)
def test_local_hosts(host: str, local: bool) -> None:
    assert is_local_host(host) is local


def test_local_session_does_not_survive_a_switch_to_login_mode(client: TestClient, engine: sa.Engine) -> None:
    client.get("/")
    local_cookie = client.cookies.get(SESSION_COOKIE)
    with engine.begin() as connection:
        add_user(connection, "annelies", "een lang wachtwoord")
    app = create_app(Settings(engine=engine, local_reviewer="fenna", login_required=True))
    with TestClient(app, base_url="http://127.0.0.1", cookies={SESSION_COOKIE: local_cookie}) as later:
        response = later.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_report_without_assessment_or_title(client: TestClient, engine: sa.Engine) -> None:
    report = meldpunt_report()
    del report["assessment"]
    report["title"] = None
    document_id = _import(engine, report)
    queue = client.get("/").text
    assert "wet-meldpunten.pdf" in queue
    page = client.get(f"/bills/{document_id}").text
    assert "Dit rapport bevat geen beoordeling" in page and "draagt zorg voor" in page
    token = _csrf(client)
    refused = client.post(
        f"/bills/{document_id}/decisions",
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
        data={"target_type": "verdict", "target_key": "udo", "decision": "agree"},
    )
    assert refused.status_code == 400 and "heeft geen oordeel udo" in refused.json()["detail"]
