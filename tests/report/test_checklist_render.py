"""The checklist in every format: HTML report, Markdown, review page and ``wetscan check --checklist``."""

from __future__ import annotations

import html as html_module
import json
import re
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from rich.console import Console
from typer.testing import CliRunner

import wetscan.cli.check as check_module
from tests.assess.checklist_bills import zwerfafval
from tests.assess.handbuilt_bills import lokale_meldpunten
from tests.review.reports import meldpunt_report
from wetscan import i18n
from wetscan.assess import assess_bill
from wetscan.cli import app, main
from wetscan.report.checklist_markdown import checklist_markdown
from wetscan.report.checklist_terminal import render_checklist_terminal
from wetscan.report.html import render_html
from wetscan.report.json_report import build_report, validate_report
from wetscan.report.markdown import render_markdown
from wetscan.review.importer import import_report
from wetscan.scan import ScanResult

runner = CliRunner()
#: English words of the checklist's own UI that must not appear in the Dutch default.
ENGLISH_UI = ["Nothing found", "nothing found", "Checks of the toelichting", "Division of tasks", "Supervision",
              "Financial arrangement", "Information arrangement", "What the coordinator checks", "To whom",
              "How often", "Basis:", "findings:", "not checked", "not required", "Outcome of the consultation"]
DUTCH_TITLES = ["Taakverdeling", "Financiële regeling", "Informatievoorziening", "Toezicht", "Grenseffecten"]


def report_of(made) -> dict:
    report = build_report(made, assess_bill(made))
    validate_report(report)
    return report


def section(text: str, start: str, end: str | None = None) -> str:
    """The part of ``text`` from ``start`` up to ``end`` (or the end)."""
    begin = text.index(start)
    return text[begin:text.index(end, begin) if end else len(text)]


def in_order(text: str, words: list[str]) -> bool:
    places = [text.index(word) for word in words]
    return places == sorted(places)


def test_html_lists_the_questions_in_order_with_links_to_the_provisions() -> None:
    page = render_html(report_of(zwerfafval()))
    checklist = section(page, '<section class="checklist"', "</section>")
    assert in_order(checklist, DUTCH_TITLES + ["Controles van de toelichting"])
    supervision = section(checklist, 'id="checklist-supervision"', 'id="checklist-border_effects"')
    anchor = re.search(r'<a href="#(p-\d+)">artikel 4</a>', supervision).group(1)
    assert f'id="{anchor}"' in page  # the link leads to the provision's article
    assert ">R12</span>" in supervision and "<q>een aanwijzing geven</q>" in supervision
    assert "Aan wie: aan Onze Minister. Hoe vaak: jaarlijks; voor 1 april." in html_module.unescape(checklist)
    assert "Verslag van de consultatie opgenomen" in checklist
    assert not [word for word in ENGLISH_UI if word in checklist]


def test_html_says_niets_gevonden_and_speaks_english_on_request() -> None:
    dutch = section(render_html(report_of(lokale_meldpunten())), '<section class="checklist"', "</section>")
    supervision = section(dutch, 'id="checklist-supervision"', "</li>\n")
    assert "niets gevonden" in supervision and "Niets gevonden." in supervision
    with i18n.speaking("en"):
        english = section(render_html(report_of(lokale_meldpunten())), '<section class="checklist"', "</section>")
    assert "Nothing found." in english and "Checks of the toelichting" in english and "Supervision" in english


def test_a_report_made_in_dutch_reads_in_english() -> None:
    report = report_of(zwerfafval())
    with i18n.speaking("en"):
        english = section(render_html(report), '<section class="checklist"', "</section>")
    assert "Outcome of the consultation reported" in english and "Information arrangement" in english
    assert "Verslag van de consultatie" not in english and "Informatievoorziening" not in english


def test_html_builds_the_checklist_of_a_report_made_without_one() -> None:
    page = render_html(meldpunt_report())
    checklist = section(page, '<section class="checklist"', "</section>")
    assert '<a href="#p-2">artikel 2, eerste lid</a>' in checklist


def test_markdown_section_in_order_with_provisions_and_rules() -> None:
    text = render_markdown(report_of(zwerfafval()))
    checklist = section(text, "## Wat de coördinator nagaat", "\n## ")
    assert in_order(checklist, [f"### {n}. {title}" for n, title in enumerate(DUTCH_TITLES, start=1)])
    assert "- **R12** artikel 4 (gemeente · Onze Minister): “een aanwijzing geven”." in checklist
    assert "| Verslag van de consultatie opgenomen | aanwezig | ‘6. Advies en consultatie’ (p. 9)" in checklist
    assert not [word for word in ENGLISH_UI if word in checklist]
    empty = "\n".join(checklist_markdown(report_of(lokale_meldpunten())))
    assert "### 4. Toezicht: niets gevonden" in empty and "- **Niets gevonden.** Geen specifiek" in empty


def test_markdown_escapes_document_text() -> None:
    report = report_of(zwerfafval())
    report["provisions"][1]["findings"][0]["trigger"] = "*draagt* [zorg](x)"
    assert "“\\*draagt\\* \\[zorg\\](x)”" in "\n".join(checklist_markdown(report))


def test_terminal_rendering_in_order() -> None:
    console = Console(record=True, width=200, color_system=None)
    render_checklist_terminal(report_of(zwerfafval()), console)
    out = console.export_text()
    assert in_order(out, DUTCH_TITLES + ["Controles van de toelichting"])
    assert "• artikel 4 · R12 · gemeente · Onze Minister: «een aanwijzing geven»" in out
    assert "[aanwezig] Verslag van de consultatie opgenomen" in out


# ---------------------------------------------------------------------------------------------
# wetscan check --checklist
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def bill_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "wet.txt"
    path.write_text("Artikel 1\nHet college draagt zorg voor het opruimen van zwerfafval.\n", encoding="utf-8")

    def fake_scan(path, rules=None, toelichting=None, **options):
        made = zwerfafval()
        return ScanResult(bill=made, assessment=assess_bill(made, rules=rules))

    monkeypatch.setattr(check_module, "scan", fake_scan)
    return path


def test_check_shows_the_checklist_only_when_asked(bill_file: Path) -> None:
    plain = runner.invoke(app, ["check", str(bill_file), "--quiet"])
    assert plain.exit_code == 0 and "Wat de coördinator nagaat" not in plain.stdout
    asked = runner.invoke(app, ["check", str(bill_file), "--quiet", "--checklist"])
    assert asked.exit_code == 0, asked.output
    out = " ".join(asked.stdout.split())
    assert in_order(out, ["Wat de coördinator nagaat"] + DUTCH_TITLES)
    assert "artikel 5 · R07 · gemeente" in out and "\x1b[" not in asked.stdout
    assert not [word for word in ENGLISH_UI if word in out]


def test_check_checklist_in_english(bill_file: Path) -> None:
    with i18n.speaking("en"):
        result = runner.invoke(app, ["check", str(bill_file), "--quiet", "--checklist"])
    out = " ".join(result.stdout.split())
    assert "What the coordinator checks" in out and "1. Division of tasks, responsibilities and powers: found" in out
    assert "Checks of the toelichting" in out and "[found] Outcome of the consultation reported" in out


def test_lang_en_on_the_command_line(bill_file: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["wetscan", "check", str(bill_file), "--checklist", "--quiet", "--lang", "en"])
    with i18n.speaking(None), pytest.raises(SystemExit) as exited:
        main()
    out = " ".join(capsys.readouterr().out.split())
    assert exited.value.code == 0 and "4. Supervision: found" in out and "Toezicht" not in out


def test_check_checklist_is_added_to_the_output_file(bill_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "rapport.txt"
    result = runner.invoke(app, ["check", str(bill_file), "--checklist", "-o", str(output)])
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    assert text.index("artikel 5") < text.index("Wat de coördinator nagaat")  # after the report itself
    assert "5. Grenseffecten: aanwezig" in text


def test_check_json_always_carries_the_checklist(bill_file: Path) -> None:
    result = runner.invoke(app, ["check", str(bill_file), "--format", "json"])
    report = json.loads(result.stdout)
    validate_report(report)
    assert [q["id"] for q in report["checklist"]["questions"]][-1] == "border_effects"


def test_check_checklist_on_a_folder_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path), "--checklist"])
    assert result.exit_code == 2 and "--checklist" in result.stderr


# ---------------------------------------------------------------------------------------------
# The review page
# ---------------------------------------------------------------------------------------------


def test_review_page_shows_the_checklist_with_links(client: TestClient, engine: sa.Engine) -> None:
    with engine.begin() as connection:
        document_id = import_report(connection, report_of(zwerfafval()), "r.json").document_id
    page = client.get(f"/bills/{document_id}").text
    checklist = section(page, '<section class="checklist"', "</section>")
    assert in_order(checklist, DUTCH_TITLES + ["Controles van de toelichting"])
    anchor = re.search(r'<a href="#(prov-\d+)">artikel 4</a>', checklist).group(1)
    assert f'id="{anchor}"' in page
    assert not [word for word in ENGLISH_UI if word in checklist]


def test_review_page_of_a_report_without_checklist_says_niets_gevonden(client: TestClient, engine: sa.Engine) -> None:
    report = meldpunt_report()
    with engine.begin() as connection:
        document_id = import_report(connection, report, "r.json").document_id
    checklist = section(client.get(f"/bills/{document_id}").text, '<section class="checklist"', "</section>")
    finance = section(checklist, 'id="checklist-finance"', 'id="checklist-information"')
    assert "niets gevonden" in finance and "Niets gevonden." in finance
    assert '<a href="#prov-1">artikel 2, eerste lid</a>' in checklist


@pytest.fixture
def client(engine: sa.Engine) -> TestClient:
    from wetscan.review.app import Settings, create_app

    with TestClient(create_app(Settings(engine=engine, local_reviewer="fenna")), base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    from wetscan.review.db import open_engine

    engine = open_engine(str(tmp_path / "review.sqlite"))
    yield engine
    engine.dispose()
