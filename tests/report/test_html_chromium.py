"""The HTML report renders in headless Chromium: no script runs from document text, filters work.

Needs the Debian ``chromium`` and ``chromium-driver`` packages; skipped with that reason otherwise.
A screenshot is saved as ``wetscan-report.png`` in the system temporary directory for a human to see.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.assess.handbuilt_bills import Hit, jeugdwet_regional, provision
from wetscan.assess import assess_bill
from wetscan.report.html import render_html
from wetscan.report.json_report import build_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian chromium and chromium-driver"),
]


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--window-size=1280,2000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_report_renders_and_filters_in_chromium(browser, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    regional = jeugdwet_regional()
    regional.provisions.append(
        provision("artikel III", 'De raad stelt <script>alert("xss")</script> regels <img src=x onerror=alert(1)>.',
                  Hit("R03", "stelt <script>", organ="gemeenteraad"))
    )
    regional.provisions.append(
        provision("artikel IV", "Gedeputeerde staten kunnen een register instellen.",
                  Hit("R02", "kunnen", layer="provincie", organ="gedeputeerde staten", kind="power"), norm_type="power")
    )
    page = tmp_path / "report.html"
    page.write_text(render_html(build_report(regional, assess_bill(regional))), encoding="utf-8")
    browser.get(page.as_uri())

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018  (no script from the document text ran)
    assert browser.title == "wetscan · Wijziging van de Jeugdwet in verband met regionale samenwerking"
    assert 'alert("xss")' in browser.find_element(By.ID, "p-5").text
    assert not [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    # Tooltips stay hidden until hovered: the visible text of each provision is exactly its text.
    for index, item in enumerate(regional.provisions[:3]):
        text = browser.find_element(By.CSS_SELECTOR, f"#p-{index + 1} .text")
        assert browser.execute_script("return arguments[0].innerText", text) == item.text

    def shown() -> list[str]:
        return [item.get_attribute("id") for item in browser.find_elements(By.CSS_SELECTOR, "article.provision")
                if item.is_displayed()]

    assert shown() == ["p-1", "p-2", "p-3", "p-5", "p-6"]  # flagged only: artikel II hidden
    Select(browser.find_element(By.ID, "filter-layer")).select_by_value("provincie")
    assert shown() == ["p-6"]
    Select(browser.find_element(By.ID, "filter-layer")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-flag")).select_by_value("cooperation")
    assert shown() == ["p-1", "p-2"]
    Select(browser.find_element(By.ID, "filter-flag")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value("R08")
    assert shown() == ["p-1"]
    assert browser.find_element(By.ID, "filter-count").text == "1 van 6 bepalingen getoond"

    # A reason's link to a hidden provision clears the filters and shows it.
    browser.find_element(By.CSS_SELECTOR, "#udo ~ ul a[href='#p-3']").click()
    assert "p-3" in shown()

    Select(browser.find_element(By.ID, "filter-rule")).select_by_value("")
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(Path(tempfile.gettempdir()) / "wetscan-report.png"))
