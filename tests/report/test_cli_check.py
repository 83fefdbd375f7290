"""``wetscan check`` formats, options and exit codes, and ``wetscan explain``, on hand-built bills.

The chain (read, parse, analyse) is replaced by a hand-built bill so that these tests check the
command line itself; the golden tests on the example bills run the real chain.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

import wetscan.cli.check as check_module
import wetscan.cli.explain as explain_module
from tests.assess.handbuilt_bills import COLLEGE, Hit, jeugdwet_regional, lokale_meldpunten, provision, rijksregister
from wetscan.assess import assess_bill
from wetscan.cli import app
from wetscan.errors import CorruptFile
from wetscan.report.json_report import validate_report
from wetscan.scan import ScanResult

runner = CliRunner()


@pytest.fixture
def bill_file(tmp_path: Path) -> Path:
    path = tmp_path / "wet.txt"
    path.write_text("Artikel 1\nHet college draagt zorg voor een meldpunt.\n", encoding="utf-8")
    return path


def use_bill(monkeypatch: pytest.MonkeyPatch, make) -> None:
    def fake_scan(path, rules=None, toelichting=None, **options):
        made = make()
        return ScanResult(bill=made, assessment=assess_bill(made, rules=rules))

    trace = SimpleNamespace(
        parsed=True,
        organs=[SimpleNamespace(text="college", start=4, end=11, organ=COLLEGE, layers=["gemeente"],
                                role="co_government", method="default", definition=None, confidence=0.6)],
        clauses=[SimpleNamespace(text="Het college werkt ...", start=0, end=20, norm_type="obligation",
                                 norm_reason="'werkt' imposes a duty", trigger="werkt", addressee=["college"],
                                 addressee_reason="subject before the verb")],
    )
    monkeypatch.setattr(check_module, "scan", fake_scan)
    monkeypatch.setattr(check_module, "explain_text", lambda text, definitions=None: trace)


def test_text_output_in_a_pipe(monkeypatch: pytest.MonkeyPatch, bill_file: Path) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    result = runner.invoke(app, ["check", str(bill_file)])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "Kandidaat voor een UDO" in result.stdout and "«" in result.stdout


def test_json_output_validates(monkeypatch: pytest.MonkeyPatch, bill_file: Path) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    result = runner.invoke(app, ["check", str(bill_file), "--format", "json"])
    report = json.loads(result.stdout)
    validate_report(report)
    assert report["assessment"]["cosignature"]["verdict"] == "yes"


@pytest.mark.parametrize(("fmt", "marker"), [("html", "<!DOCTYPE html>"), ("md", "# wetscan:"),
                                             ("csv", "Bepaling,Artikel"), ("text", "Kandidaat voor een UDO")])
def test_formats_write_to_output_file(monkeypatch: pytest.MonkeyPatch, bill_file: Path, tmp_path: Path,
                                      fmt: str, marker: str) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    target = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["check", str(bill_file), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert marker in written and "\x1b[" not in written


@pytest.mark.parametrize(
    ("make", "fail_on", "code"),
    [
        (jeugdwet_regional, "udo", 1),
        (jeugdwet_regional, "cosignature", 1),
        (lokale_meldpunten, "cosignature", 0),
        (lokale_meldpunten, "fvw", 1),
        (lokale_meldpunten, "any", 1),
        (rijksregister, "any", 0),
    ],
)
def test_fail_on_exit_codes(monkeypatch: pytest.MonkeyPatch, bill_file: Path, make, fail_on: str, code: int) -> None:
    use_bill(monkeypatch, make)
    result = runner.invoke(app, ["check", str(bill_file), "--quiet", "--fail-on", fail_on])
    assert result.exit_code == code


def test_input_error_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch, bill_file: Path) -> None:
    def broken(path, rules=None, toelichting=None, **options):
        raise CorruptFile(str(path), "the PDF is truncated")

    monkeypatch.setattr(check_module, "scan", broken)
    result = runner.invoke(app, ["check", str(bill_file)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"wetscan: {bill_file}: the PDF is truncated"


def test_bad_rules_file_exits_2(monkeypatch: pytest.MonkeyPatch, bill_file: Path, tmp_path: Path) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules: [", encoding="utf-8")
    result = runner.invoke(app, ["check", str(bill_file), "--rules", str(rules)])
    assert result.exit_code == 2 and "geen geldige YAML" in result.stderr


def test_provision_explains_every_step(monkeypatch: pytest.MonkeyPatch, bill_file: Path) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    pid = "artikel I, onderdeel A, artikel 2.8, eerste lid"
    result = runner.invoke(app, ["check", str(bill_file), "--provision", pid])
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "‘college’ [4–11] → college van burgemeester en wethouders (gemeente); herleid via de standaardlezing" in out
    assert "verplichting ('werkt' imposes a duty); geadresseerde college (subject before the verb)" in out
    assert "R08 voor gemeente: UDO ja, medeondertekening ja" in out
    as_json = runner.invoke(app, ["check", str(bill_file), "--provision", pid, "--format", "json"])
    assert json.loads(as_json.stdout)["id"] == pid


def test_unknown_provision_exits_2(monkeypatch: pytest.MonkeyPatch, bill_file: Path) -> None:
    use_bill(monkeypatch, jeugdwet_regional)
    result = runner.invoke(app, ["check", str(bill_file), "--provision", "artikel 99"])
    assert result.exit_code == 2 and "geen bepaling 'artikel 99'" in result.stderr


def test_explain_command(monkeypatch: pytest.MonkeyPatch) -> None:
    analysed = provision("text", "Het college draagt zorg voor een meldpunt.", Hit("R01", "draagt zorg voor"))
    trace = SimpleNamespace(provision=analysed, parsed=False, organs=[], clauses=[])
    monkeypatch.setattr(explain_module, "explain_text", lambda text: trace)
    result = runner.invoke(app, ["explain", "Het college draagt zorg voor een meldpunt."])
    assert result.exit_code == 0
    assert "«draagt zorg voor»" in result.stdout and "R01 voor gemeente: UDO ja" in result.stdout
    as_json = runner.invoke(app, ["explain", "--json", "Het college draagt zorg voor een meldpunt."])
    assert json.loads(as_json.stdout)["findings"][0]["rule"] == "R01"
    assert runner.invoke(app, ["explain", "   "]).exit_code == 2
