"""The review workspace speaks Dutch by default, English to a browser that asks for it, and the
NL | EN switch overrides the browser; every request in its own language, also side by side."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.review.reports import meldpunt_report
from tests.review.server import serve
from wetscan.review.app import Settings, create_app
from wetscan.review.importer import import_report
from wetscan.review.language import LANGUAGE_COOKIE, browser_languages, negotiate, request_language

#: Words of the workspace's own interface that must not be left in English (whole words, case-sensitive).
ENGLISH_UI_WORDS = [
    "Provision", "Provisions", "Findings", "Layers", "Layer", "Mandatory cooperation", "Agree", "Disagree",
    "Unsure", "Required", "required", "Confidence", "confidence", "Summary", "Filter", "Show", "show all",
    "Verdicts", "Basis", "Triggers", "Trigger words", "Queue", "Decision", "History", "Final decision",
    "Log in", "Log out", "Password", "Name", "Comment", "Reviewer", "Status: any", "Search title", "Imported",
    "Reviewing as", "Export decisions", "not decided", "Keyboard shortcuts", "Motivation", "Per layer",
    "recommended", "heuristic", "Large impact", "Co-signature", "UDO candidate", "BZK co-signature", "none",
    "yes", "no", "possible", "found", "missing", "obligation", "power", "new", "in review", "done",
]


def english_words(page: str) -> list[str]:
    """The English interface words a reader would see on ``page`` (text, titles, labels, placeholders)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    attributes = " ".join(re.findall(r'(?:title|aria-label|placeholder)="([^"]*)"', page))
    text = re.sub(r"<[^>]+>", " ", page) + " " + attributes
    return [word for word in ENGLISH_UI_WORDS if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


@pytest.fixture
def document_id(engine: sa.Engine) -> int:
    with engine.begin() as connection:
        return import_report(connection, meldpunt_report(), "r.json").document_id


@pytest.fixture
def login_client(engine: sa.Engine) -> TestClient:
    with TestClient(create_app(Settings(engine=engine, login_required=True)), base_url="http://127.0.0.1") as web:
        yield web


def test_accept_language_is_negotiated() -> None:
    assert browser_languages("fr-FR, en;q=0.5, nl;q=0.8, *;q=0.1") == ["fr-FR", "nl", "en"]
    assert negotiate("en-GB,en;q=0.9") == "en" and negotiate("nl-BE") == "nl" and negotiate("fr, de") is None
    assert negotiate("fr, en;q=0.5, nl;q=0") == "en"  # q=0 means "not this one"
    assert request_language(None, None, "fr") == "nl"  # nothing wetscan speaks: Dutch
    assert request_language(None, "en", "nl") == "en" and request_language("nl", "en", "en") == "nl"
    assert request_language("xx", None, "en") == "en"  # an unknown switch value is ignored


def test_queue_bill_and_error_pages_are_dutch_by_default(client: TestClient, document_id: int) -> None:
    for path in ("/", f"/bills/{document_id}", f"/bills/{document_id}?all=1", f"/bills/{document_id}/history",
                 "/bills/999"):
        response = client.get(path)
        assert '<html lang="nl">' in response.text, path
        assert response.headers["content-language"] == "nl"
        assert english_words(response.text) == [], path
    bill = client.get(f"/bills/{document_id}").text
    for dutch in ("Kandidaat voor een UDO", "Eens", "Oneens", "Onzeker", "Eindbeslissing", "Signaalwoorden",
                  "betrouwbaarheid 0,90", "Verplichte samenwerking:", 'title="Eens (a)"'):
        assert dutch in bill, dutch
    assert "Deze pagina bestaat niet." in client.get("/nergens").text


def test_login_page_is_dutch_by_default(login_client: TestClient) -> None:
    page = login_client.get("/login").text
    assert "Inloggen" in page and "Wachtwoord" in page and english_words(page) == []


def test_a_browser_asking_for_english_gets_english(client: TestClient, login_client: TestClient, document_id: int) -> None:
    english = {"Accept-Language": "en-GB,en;q=0.9,nl;q=0.5"}
    queue = client.get("/", headers=english)
    assert '<html lang="en">' in queue.text and queue.headers["content-language"] == "en"
    assert "Queue" in queue.text and "Findings" in queue.text
    bill = client.get(f"/bills/{document_id}", headers=english).text
    assert "UDO candidate" in bill and ">Agree</button>" in bill and ">Disagree</button>" in bill
    assert "Password" in login_client.get("/login", headers=english).text
    refused = client.post(f"/bills/{document_id}/decisions", headers={**english, "Accept": "application/json"},
                          data={"target_type": "verdict", "target_key": "udo", "decision": "agree"})
    assert refused.status_code == 403 and "CSRF token missing" in refused.json()["detail"]
    assert client.get("/export/decisions.csv", headers=english).text.startswith("Decision no.,Bill no.,Title")
    assert client.get("/export/decisions.csv").text.startswith("Beslissingnr.,Voorstelnr.,Titel")


def test_the_switch_overrides_the_browser_and_is_remembered(client: TestClient, document_id: int) -> None:
    english = {"Accept-Language": "en"}
    page = client.get(f"/bills/{document_id}", headers=english).text
    switch = re.search(r'<a href="([^"]+)" lang="nl"', page).group(1)
    assert switch == f"/bills/{document_id}?lang=nl"
    switched = client.get(switch, headers=english)
    assert '<html lang="nl">' in switched.text and f"{LANGUAGE_COOKIE}=nl" in switched.headers["set-cookie"]
    assert '<html lang="nl">' in client.get("/", headers=english).text  # the cookie keeps it Dutch
    queue = client.get("/", params={"udo": "yes", "lang": "en"}).text
    assert '<html lang="en">' in queue and "?udo=yes&amp;lang=nl" in queue  # the switch keeps the filters
    assert '<html lang="en">' in client.get("/").text


def test_each_request_is_answered_in_its_own_language_side_by_side(engine: sa.Engine, document_id: int) -> None:
    """Sync endpoints run in FastAPI's threadpool: requests in both languages at once stay apart."""
    def fetch(base: str, lang: str) -> tuple[str, bool, bool]:
        page = httpx.get(f"{base}/bills/{document_id}", headers={"Accept-Language": lang}, timeout=60).text
        return re.search(r'<html lang="(\w+)">', page).group(1), "Kandidaat voor een UDO" in page, "UDO candidate" in page

    for base in serve(Settings(engine=engine, local_reviewer="fenna")):
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda lang: fetch(base, lang), ["nl", "en"] * 12))
    assert answers == [("nl", True, False), ("en", False, True)] * 12
