"""Terminal escape sequences in a bill must not reach a terminal, a text file or a report raw.

A hostile HTML bill carries ESC and OSC sequences (set the window title, clear the screen, move
the cursor, colour) and the one-character CSI U+009B in its title and in an article. Every
rendering must show them as visible stand-ins, and the JSON must keep the exact data escaped.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from typer.testing import CliRunner

from tests.review.reports import meldpunt_report
from wetscan.cli.app import app
from wetscan.report.json_report import build_report
from wetscan.report.sanitise import printable, printable_data
from wetscan.report.terminal import render_terminal
from wetscan.review.app import Settings, create_app
from wetscan.review.db import open_engine
from wetscan.review.importer import import_report
from wetscan.scan import scan

runner = CliRunner()

# Every C0 control but newline and tab, DEL and every C1 control: none may be written raw.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SET_TITLE = "\x1b]0;PWNED\x07"
CLEAR_SCREEN = "\x1b[2J\x1b[H"
HOSTILE_BILL = """<html><head><title>Wet &#x1b;]0;PWNED&#x07;meldpunten &#x1b;[2J&#x1b;[H</title></head><body>
<h1>Wet &#x1b;]0;PWNED&#x07;meldpunten &#x1b;[2J&#x1b;[H</h1>
<p>Artikel 1</p>
<p>Het college stelt &#x1b;[31mjaarlijks&#x1b;[0m een plan vast over de meldpunten&#x1b;[1A&#x1b;[2K.</p>
<p>Artikel 2</p>
<p>Deze wet treedt in werking op 1 januari 2027.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def hostile_bill(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("escapes") / "wet-meldpunten.html"
    path.write_text(HOSTILE_BILL, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_report(hostile_bill: Path) -> dict:
    result = scan(hostile_bill)
    report = build_report(result.bill, result.assessment)
    assert "\x1b" in report["title"], "the hostile title must reach the report for this test to mean anything"
    return report


def test_printable_makes_controls_visible_and_keeps_offsets() -> None:
    text = f"Wet {SET_TITLE}{CLEAR_SCREEN}over\x9b31m de\rraad\x7f\n\tslot"
    shown = printable(text)
    assert not RAW_CONTROL.search(shown)
    assert len(shown) == len(text)  # finding spans stay valid
    assert "␛]0;PWNED␇" in shown and "␛[2J␛[H" in shown and "\ufffd31m" in shown and "␍" in shown and "␡" in shown
    assert "\n\tslot" in shown  # layout is kept
    assert printable_data({"a": [text, 3, None], "b": ("x\x1b",)}) == {"a": [shown, 3, None], "b": ["x␛"]}


@pytest.mark.parametrize("fmt", ["text", "md", "html", "csv"])
def test_every_format_shows_escapes_visibly(hostile_bill: Path, fmt: str, tmp_path: Path) -> None:
    printed = runner.invoke(app, ["check", str(hostile_bill), "--format", fmt, "--all"])
    assert printed.exit_code == 0, printed.output
    out = tmp_path / f"report.{fmt}"
    written = runner.invoke(app, ["check", str(hostile_bill), "--format", fmt, "--all", "-o", str(out)])
    assert written.exit_code == 0, written.output
    for text in (printed.output, out.read_text(encoding="utf-8")):
        assert not RAW_CONTROL.search(text), repr(RAW_CONTROL.search(text))
        # visible, not silently dropped (Markdown also escapes the brackets; CSV has no title)
        assert re.search(r"␛\\?\[(31m|0)", text)  # from the article's text
        if fmt != "csv":
            assert re.search(r"␛\\?\]0;PWNED", text) and re.search(r"␛\\?\[2J", text)


def test_markdown_title_line_is_one_visible_line(hostile_bill: Path) -> None:
    result = runner.invoke(app, ["check", str(hostile_bill), "--format", "md"])
    title = result.output.splitlines()[0]
    assert title.startswith("# wetscan: Wet ␛\\]0;PWNED␇meldpunten ␛\\[2J␛\\[H")


def test_json_keeps_the_data_but_writes_no_control_raw(hostile_bill: Path) -> None:
    result = runner.invoke(app, ["check", str(hostile_bill), "--format", "json"])
    assert result.exit_code == 0
    assert not RAW_CONTROL.search(result.output)
    assert SET_TITLE in json.loads(result.output)["title"]  # exact data, escaped as \u001b in the text


def test_a_real_terminal_gets_colours_but_no_document_escapes(hostile_report: dict) -> None:
    screen = io.StringIO()
    render_terminal(hostile_report, Console(file=screen, force_terminal=True, color_system="truecolor", width=120),
                    show_all=True)
    shown = screen.getvalue()
    assert "\x1b[" in shown  # rich's own colours are there ...
    for sequence in ("\x1b]", "\x1b[2J", "\x1b[H", "\x1b[1A", "\x1b[2K", "\x07", "\x9b"):
        assert sequence not in shown  # ... but none of the document's
    assert "␛]0;PWNED␇" in shown


def test_error_line_with_a_hostile_file_name(tmp_path: Path) -> None:
    missing = tmp_path / f"wet{CLEAR_SCREEN}.txt"
    result = runner.invoke(app, ["check", str(missing)])
    assert result.exit_code == 2
    assert not RAW_CONTROL.search(result.output) and "␛[2J" in result.output


def test_review_pages_show_escapes_visibly(tmp_path: Path) -> None:
    engine = open_engine(str(tmp_path / "review.sqlite"))
    report = meldpunt_report()
    report["title"] = f"Wet {SET_TITLE}meldpunten{CLEAR_SCREEN}"
    with engine.begin() as connection:
        document_id = import_report(connection, report, "r.json").document_id
    with TestClient(create_app(Settings(engine=engine, local_reviewer="fenna")), base_url="http://127.0.0.1") as web:
        for path in ("/", f"/bills/{document_id}", f"/bills/{document_id}/history"):
            page = web.get(path).text
            assert not RAW_CONTROL.search(page) and "␛]0;PWNED␇" in page, path
    engine.dispose()
