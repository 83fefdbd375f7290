"""End to end in real headless Chromium: import a report, open the queue, record decisions on a
finding (mouse) and a verdict (keyboard), reload and see them persisted, record the final decision,
read the history, export; all of it in Dutch, as a Dutch coordinator's browser asks, and in English
after the NL | EN switch. Screenshots of every page go to the temporary folder (look at them).

Skipped only when Debian's ``chromium`` and ``chromium-driver`` are not installed (``.ci/run``
installs them).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from tests.review.reports import meldpunt_report, quiet_report
from tests.review.server import serve as _serve
from wetscan.cli.app import app as cli
from wetscan.review.app import Settings
from wetscan.review.auth import add_user
from wetscan.review.db import open_engine

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOTS = Path(tempfile.gettempdir()) / "wetscan-review-screenshots"
WAIT_SECONDS = 30  # an upper bound for the page's own JavaScript, not a speed requirement

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="headless browser test needs Debian's chromium and chromium-driver",
    ),
]


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=nl-NL",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})  # a Dutch coordinator
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_review_a_bill_in_chromium(tmp_path: Path, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    db = str(tmp_path / "review.sqlite")
    reports = tmp_path / "results" / "reports"
    reports.mkdir(parents=True)
    (reports / "meldpunt.json").write_text(json.dumps(meldpunt_report()), encoding="utf-8")
    (reports / "archief.json").write_text(json.dumps(quiet_report()), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["review", "import", str(tmp_path / "results"), "--db", db]).exit_code == 0

    engine = open_engine(db)
    wait = WebDriverWait(browser, WAIT_SECONDS)
    for base in _serve(Settings(engine=engine, local_reviewer="fenna")):
        browser.get(base + "/")
        rows = browser.find_elements(By.CSS_SELECTOR, "table.queue tbody tr")
        assert len(rows) == 2
        _shot(browser, "queue")
        browser.find_element(By.LINK_TEXT, "Wet lokale meldpunten woonoverlast").click()
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "li.finding")))
        _shot(browser, "bill")

        # Keyboard on the fresh page: j selects the first target (the UDO verdict), a agrees with it.
        verdict_id = browser.find_elements(By.CSS_SELECTOR, ".verdict")[0].get_attribute("id")
        body = browser.find_element(By.TAG_NAME, "body")
        body.send_keys("j")
        body.send_keys("a")
        wait.until(
            ec.text_to_be_present_in_element((By.CSS_SELECTOR, f"#{verdict_id} .current-decision"), "eens door fenna")
        )
        # Mouse: disagree with the first finding, with a comment; the page saves it with fetch.
        finding = browser.find_elements(By.CSS_SELECTOR, "li.finding")[0]
        finding_id = finding.get_attribute("id")
        finding.find_element(By.CSS_SELECTOR, "input.comment").send_keys("Geen nieuwe taak, bestaand meldpunt.")
        finding.find_element(By.CSS_SELECTOR, "button.choice.disagree").click()
        wait.until(
            ec.text_to_be_present_in_element((By.CSS_SELECTOR, f"#{finding_id} .current-decision"), "oneens door fenna")
        )
        assert browser.find_element(By.ID, "progress").text == "1 van 3 bevindingen beoordeeld"
        assert "Opgeslagen: oneens" in browser.find_element(By.ID, "toast").get_attribute("textContent")
        _shot(browser, "bill-decided")

        browser.refresh()
        persisted = browser.find_element(By.CSS_SELECTOR, f"#{finding_id} .current-decision").text
        assert "oneens door fenna" in persisted and "Geen nieuwe taak, bestaand meldpunt." in persisted
        assert "chosen" in browser.find_element(By.CSS_SELECTOR, f"#{finding_id} button.disagree").get_attribute(
            "class"
        )
        assert "eens door fenna" in browser.find_element(By.CSS_SELECTOR, f"#{verdict_id} .current-decision").text

        # The final decision is a plain form POST.
        browser.find_element(By.CSS_SELECTOR, "input[name=udo_needed][value=yes]").click()
        browser.find_element(By.CSS_SELECTOR, "input[name=cosignature_needed][value=yes]").click()
        browser.find_element(By.NAME, "motivation").send_keys("Medebewind en verplichte samenwerking.")
        browser.find_element(By.CSS_SELECTOR, ".final-form button[type=submit]").click()
        wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".current-final"), "Medebewind"))
        _shot(browser, "bill-final")

        browser.find_element(By.LINK_TEXT, "Geschiedenis").click()
        history = browser.find_element(By.CSS_SELECTOR, "table.decisions").text
        assert history.count("fenna") == 3 and "Geen nieuwe taak" in history
        _shot(browser, "history")

        browser.get(base + "/?status=done")
        assert "afgerond" in browser.find_element(By.CSS_SELECTOR, "table.queue tbody").text
        _shot(browser, "queue-done")

    out = tmp_path / "decisions.csv"
    assert runner.invoke(cli, ["review", "export", "--db", db, "--out", str(out)]).exit_code == 0
    table = pd.read_csv(out)
    assert list(table["Beslissing over"]) == ["oordeel", "bevinding", "eindbeslissing"]
    assert list(table["Beslissing"].fillna("")) == ["eens", "oneens", ""]
    assert table.loc[1, "Opmerking / motivering"] == "Geen nieuwe taak, bestaand meldpunt."
    assert set(table["Beoordelaar"]) == {"fenna"}


def test_login_in_chromium(tmp_path: Path, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    engine = open_engine(str(tmp_path / "review.sqlite"))
    with engine.begin() as connection:
        add_user(connection, "annelies", "een lang wachtwoord")
    for base in _serve(Settings(engine=engine, login_required=True)):
        browser.get(base + "/")
        assert browser.current_url.startswith(base + "/login")
        _shot(browser, "login")
        browser.find_element(By.NAME, "name").send_keys("annelies")
        browser.find_element(By.NAME, "password").send_keys("een lang wachtwoord")
        browser.find_element(By.CSS_SELECTOR, ".login button").click()
        assert browser.find_element(By.ID, "reviewer-name").text == "annelies"
        assert "Nog geen wetsvoorstellen" in browser.find_element(By.CSS_SELECTOR, "main").text
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
        # The switch overrides the browser's Dutch, and is remembered on the next page.
        browser.find_element(By.LINK_TEXT, "EN").click()
        WebDriverWait(browser, WAIT_SECONDS).until(
            lambda driver: driver.execute_script("return document.documentElement.lang") == "en"
        )
        assert "No bills yet" in browser.find_element(By.CSS_SELECTOR, "main").text
        browser.get(base + "/")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert "Queue" in browser.find_element(By.CSS_SELECTOR, "main h1").text
