"""Golden changes on the example amendment bill (PDF, XML, DOCX) against its current law.

``examples/wijziging-wet-lokale-energieloketten.*`` amends the invented Wet lokale energieloketten,
whose current text is ``examples/laws/wet-lokale-energieloketten.xml`` (BWB toestand style). The
expected change of every provision, the consolidated text of the textual amendments and the old
text of replaced and repealed units are in ``golden/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wetscan.amend import LAW_DIR_VARIABLE
from wetscan.report.json_report import build_report, validate_report
from wetscan.scan import scan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BILL = "wijziging-wet-lokale-energieloketten"
LAW = EXAMPLES / "laws" / "wet-lokale-energieloketten.xml"
GOLDEN = json.loads((Path(__file__).with_name("golden") / f"{BILL}.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def _report(path: Path, current: list[Path] | None) -> dict:
    result = scan(path, current=current)
    report = build_report(result.bill, result.assessment)
    validate_report(report)
    return report


def _bill_provisions(report: dict) -> dict[str, dict]:
    return {p["id"]: p for p in report["provisions"] if p["part"] == "bill"}


@pytest.fixture(scope="module", params=["pdf", "xml", "docx"])
def with_current(request) -> dict:
    return _report(EXAMPLES / f"{BILL}.{request.param}", [LAW])


def test_change_of_every_provision(with_current):
    assert {pid: p.get("change") for pid, p in _bill_provisions(with_current).items()} == GOLDEN["with_current_text"]


def test_consolidated_and_previous_text(with_current):
    provisions = _bill_provisions(with_current)
    assert {pid: provisions[pid]["text"] for pid in GOLDEN["consolidated"]} == GOLDEN["consolidated"]
    assert {pid: provisions[pid]["previous_text"] for pid in GOLDEN["previous_text"]} == GOLDEN["previous_text"]


def test_repealed_provincie_task_keeps_its_old_findings_only(with_current):
    repealed = _bill_provisions(with_current)["artikel I, onderdeel F, artikel 6, tweede lid"]
    assert repealed["findings"] == []
    assert {f["layer"] for f in repealed["previous_findings"] if f["rule"] == "R01"} == {"provincie"}


def test_changes_per_layer(with_current):
    changes = with_current["assessment"]["changes"]
    assert changes["current_text_used"] and changes["note"] is None
    counts = {entry["layer"]: {kind: entry[kind]["count"] for kind in ("new", "widened", "narrowed", "repealed")}
              for entry in changes["layers"]}
    assert counts == GOLDEN["layers"]
    assert not changes["only_narrows_or_rewords"]


def test_multi_part_instruction_is_two_operations(with_current):
    amended = _bill_provisions(with_current)["artikel I, onderdeel G, artikel 7, eerste lid"]
    assert [(op["action"], op["unit"]) for op in amended["operations"]] == [("textual", "words"), ("textual", "volzin")]


def test_without_current_text_the_instruction_decides_and_the_report_says_how_to_supply_it(monkeypatch):
    monkeypatch.delenv(LAW_DIR_VARIABLE, raising=False)
    report = _report(EXAMPLES / f"{BILL}.xml", None)
    assert {pid: p.get("change") for pid, p in _bill_provisions(report).items()} == GOLDEN["without_current_text"]
    changes = report["assessment"]["changes"]
    assert not changes["current_text_used"]
    assert "--current" in changes["note"] and LAW_DIR_VARIABLE in changes["note"]


def test_law_dir_is_matched_by_title(monkeypatch):
    monkeypatch.setenv(LAW_DIR_VARIABLE, str(LAW.parent))
    report = _report(EXAMPLES / f"{BILL}.xml", None)
    assert {pid: p.get("change") for pid, p in _bill_provisions(report).items()} == GOLDEN["with_current_text"]
    assert report["assessment"]["changes"]["laws"][0]["matched_by"].startswith("title")


def test_law_dir_is_matched_by_bwb_id_in_the_file_name(monkeypatch, tmp_path):
    (tmp_path / "BWBR9900014.xml").write_bytes(LAW.read_bytes().replace(b"<citeertitel>Wet lokale energieloketten", b"<citeertitel>Andere titel"))
    monkeypatch.setenv(LAW_DIR_VARIABLE, str(tmp_path))
    bill = (EXAMPLES / f"{BILL}.xml").read_bytes().replace(b"</metadata>", b'<meta name="DC.relation" content="BWBR9900014"/></metadata>', 1)
    (tmp_path / "bill.xml").write_bytes(bill)
    report = _report(tmp_path / "bill.xml", None)
    assert report["assessment"]["changes"]["laws"][0]["matched_by"].startswith("BWB id BWBR9900014")


def test_udo_says_when_a_bill_only_narrows(tmp_path):
    only_h = (EXAMPLES / "src" / f"{BILL}.yaml").read_text(encoding="utf-8")
    from tools.billgen.render import render
    from tools.billgen.spec import load_bill

    source = tmp_path / "narrow.yaml"
    start, end = only_h.index("        - label: A"), only_h.index("        - label: H")
    source.write_text(only_h[:start] + only_h[end:], encoding="utf-8")
    render(load_bill(source), tmp_path, ["xml"])
    report = _report(tmp_path / "narrow.xml", [LAW])
    assessment = report["assessment"]
    assert assessment["changes"]["only_narrows_or_rewords"]
    assert assessment["udo"]["verdict"] == "no"
    assert any(reason["rule"] == "changes" for reason in assessment["udo"]["reasons"])
    assert assessment["fvw_art2"]["required"]


def test_renderers_show_the_change_and_both_texts(with_current):
    import io

    from rich.console import Console

    from wetscan import i18n
    from wetscan.report.html import render_html
    from wetscan.report.markdown import render_markdown
    from wetscan.report.terminal import render_terminal

    from wetscan import i18n

    with i18n.speaking("en"):  # about what is shown, not the language it is shown in
        console = Console(file=io.StringIO(), record=True, color_system=None, width=160)
        render_terminal(with_current, console)
        text = console.export_text()
        markdown = render_markdown(with_current)
        html = render_html(with_current)
    assert "Current text (before the bill)" in text and "change: widened" in text and "1 repealed" in text
    assert "## What the bill changes" in markdown and "artikel I, onderdeel H, artikel 8 (narrowed)" in markdown
    assert html.count('class="change-sides') >= 5 and "change-repealed" in html and "What the bill changes" in html
    assert ".change-sides {" in html  # the change stylesheet is inlined: the report stands alone


def test_check_cli_takes_current(tmp_path):
    from typer.testing import CliRunner

    from wetscan.cli.app import app

    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["check", str(EXAMPLES / f"{BILL}.xml"), "--current", str(LAW), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    validate_report(report)
    assert report["assessment"]["changes"]["current_text_used"]


def test_check_cli_bad_current_file_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from wetscan.cli.app import app

    bad = tmp_path / "wet.xml"
    bad.write_text("<toestand><wetgeving>", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(EXAMPLES / f"{BILL}.xml"), "--current", str(bad)])
    assert result.exit_code == 2 and "wet.xml" in result.output and "Traceback" not in result.output


def test_a_single_current_file_is_taken_for_the_one_amended_law(monkeypatch, tmp_path):
    monkeypatch.delenv(LAW_DIR_VARIABLE, raising=False)
    renamed = tmp_path / "wet.xml"
    renamed.write_bytes(LAW.read_bytes().replace(b"<citeertitel>Wet lokale energieloketten", b"<citeertitel>Andere titel"))
    report = _report(EXAMPLES / f"{BILL}.xml", [renamed])
    assert report["assessment"]["changes"]["laws"][0]["matched_by"].startswith("the only --current file")
    assert {pid: p.get("change") for pid, p in _bill_provisions(report).items()} == GOLDEN["with_current_text"]


def test_unreadable_files_in_the_law_dir_are_skipped(monkeypatch, tmp_path):
    (tmp_path / "kapot.xml").write_text("<toestand>", encoding="utf-8")
    (tmp_path / "wet-lokale-energieloketten.xml").write_bytes(LAW.read_bytes())
    monkeypatch.setenv(LAW_DIR_VARIABLE, str(tmp_path))
    report = _report(EXAMPLES / f"{BILL}.xml", None)
    assert report["assessment"]["changes"]["current_text_used"]
