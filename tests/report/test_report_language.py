"""The HTML and Markdown reports speak Dutch by default and English on request (issue 13)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest

from wetscan import i18n
from wetscan.report.html import render_html
from wetscan.report.json_report import build_report
from wetscan.report.markdown import render_markdown
from wetscan.report.table import findings_table, render_csv
from wetscan.report.wording import change_lines, decimal, label, layer_count_line
from wetscan.scan import scan

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "wet-lokale-meldpunten.txt"

#: Words of the report's own interface that must not be left in English (matched case-sensitively,
#: as whole words; document text, rule names and explanations come from other catalogs).
ENGLISH_UI_WORDS = [
    "Provision", "Provisions", "Findings", "Layers", "Layer", "Mandatory cooperation", "Agree", "Disagree",
    "Required", "required", "Confidence", "Summary", "Filter", "Show", "Verdicts", "Basis", "Triggers", "Rule",
    "UDO candidate", "BZK co-signature", "Layers affected", "all layers", "all rules", "flagged provisions only",
    "What the bill changes", "For human review", "No rule fired", "Trigger words", "Explanation", "Organ",
    "Current text", "After the bill", "pages", "not assessed", "Made by wetscan", "Source", "Reasons",
]


@pytest.fixture(scope="module")
def report() -> dict:
    result = scan(EXAMPLE)
    return build_report(result.bill, result.assessment)


def visible_text(page: str) -> str:
    """The words a reader sees (and the tooltips, titles and labels): no markup, script or style."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    attributes = " ".join(re.findall(r'(?:title|aria-label|placeholder|data-template)="([^"]*)"', page))
    return re.sub(r"<[^>]+>", " ", page) + " " + attributes


def english_words(text: str) -> list[str]:
    return [word for word in ENGLISH_UI_WORDS if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def test_default_html_report_is_dutch(report: dict) -> None:
    with i18n.speaking(None):
        page = render_html(report)
    assert '<html lang="nl">' in page
    assert english_words(visible_text(page)) == []
    for dutch in ("Kandidaat voor een UDO", "Verplichte samenwerking", "Bepalingen", "Signaalwoorden",
                  "alleen gesignaleerde bepalingen", "{shown} van {total} bepalingen getoond"):
        assert dutch in page


def test_default_markdown_report_is_dutch(report: dict) -> None:
    with i18n.speaking(None):
        markdown = render_markdown(report)
    assert english_words(markdown) == []
    assert "## Oordelen" in markdown and "| Kandidaat voor een UDO | **ja** |" in markdown


def test_english_on_request(report: dict) -> None:
    with i18n.speaking("en"):
        page, markdown = render_html(report), render_markdown(report)
    assert '<html lang="en">' in page
    assert "UDO candidate" in page and "Mandatory cooperation" in page and "flagged provisions only" in page
    assert "| UDO candidate | **yes** |" in markdown and "## Provisions with findings" in markdown


def test_csv_headers_follow_the_language_and_the_machine_table_stays_english(report: dict) -> None:
    with i18n.speaking("nl"):
        dutch = pd.read_csv(io.StringIO(render_csv(report)))
    with i18n.speaking("en"):
        english = pd.read_csv(io.StringIO(render_csv(report)))
    assert list(dutch.columns[:3]) == ["Bepaling", "Artikel", "Lid"]
    assert list(english.columns[:3]) == ["Provision", "Article", "Paragraph (lid)"]
    assert "verplichting" in set(dutch["Soort norm"]) and "obligation" not in set(dutch["Soort norm"])
    assert set(dutch["Verplichte samenwerking"]) <= {"ja", "nee"}
    with i18n.speaking("nl"):
        assert list(findings_table(report).columns[:2]) == ["provision_id", "article"]


def test_counts_use_plural_forms() -> None:
    count = {"layer": "openbaar_lichaam", "obligations": 1, "powers": 2, "cooperation": 0, "provisions": ["a"]}
    with i18n.speaking("nl"):
        assert layer_count_line(count) == "openbaar lichaam: 1 verplichting, 2 bevoegdheden, 1 bepaling"
        assert decimal(0.853) == "0,85" and label("not_required") == "niet vereist" and label(True) == "ja"
    with i18n.speaking("en"):
        assert layer_count_line(count) == "openbaar lichaam: 1 obligation, 2 powers, 1 provision"
        assert decimal(0.853) == "0.85"


def test_change_lines_are_dutch() -> None:
    changes = {"amending": True, "only_narrows_or_rewords": False, "current_text_used": False,
               "layers": [{"layer": "gemeente", "new": {"count": 2}, "widened": {"count": 1},
                           "narrowed": {"count": 0}, "repealed": {"count": 0}}]}
    with i18n.speaking("nl"):
        assert change_lines(changes) == ["gemeente: 2 nieuwe taakbepalingen, 1 verruimde taakbepaling"]
    with i18n.speaking("en"):
        assert change_lines(changes) == ["gemeente: 2 new task provisions, 1 widened task provision"]
