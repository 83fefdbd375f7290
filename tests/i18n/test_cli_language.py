"""The command line speaks Dutch by default and English with --lang en (catalog ``messages``).

Covered here: the CLI help (a fresh process: help texts are translated when the commands are
defined), the terminal report of a bundled example, ``wetscan explain``, a bad file's one-line
error, and the batch workers, which run in other processes and must speak the run's language.
Text that comes from other catalogs (rule explanations and reasons: ``analysis``/``rules``; the
layer tallies of ``report/wording.py``: ``report``) is checked by those catalogs' own tests.
"""

from __future__ import annotations

import copy
import io
import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from wetscan import i18n
from wetscan.batch.runner import BatchOptions, Job
from wetscan.batch.worker import call_with_time_limit, scan_document
from wetscan.cli import app
from wetscan.report.terminal import explain_provision, render_terminal
from wetscan.vocabulary import decimal, whole

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "wet-lokale-meldpunten.txt"
runner = CliRunner()

#: English words of wetscan's own user interface that must not appear in its Dutch output.
ENGLISH_UI = re.compile(
    r"\b(Provision|Findings|Layers|Mandatory cooperation|mandatory cooperation|Required|required|Confidence|"
    r"confidence|Summary|Verdict|UDO candidate|[Cc]o-signature|basis|Rules|Rule|rules fired|obligation|power|"
    r"Article|Where|Why|already satisfied|missing|found|not assessed|change|Current text|Organs|Options|"
    r"Arguments|Commands|Show every|Output format|Write the report|explanatory memorandum|none|yes)\b"
)


def english_words(text: str) -> list[str]:
    return sorted({match.group(0) for match in ENGLISH_UI.finditer(text)})


def run_cli(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    """``wetscan ARGS`` in a fresh process (WETSCAN_LANG unset unless ``lang``), as a user runs it."""
    env = {key: value for key, value in os.environ.items() if key != i18n.LANGUAGE_VARIABLE}
    env["PYTHONPATH"] = str(REPO / "src")
    env["COLUMNS"] = "100"
    if lang:
        env[i18n.LANGUAGE_VARIABLE] = lang
    return subprocess.run([sys.executable, "-c", "from wetscan.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.slow
def test_help_is_dutch_by_default_and_english_on_request() -> None:
    main_help, check_help = run_cli("--help"), run_cli("check", "--help")
    for dutch in (main_help, check_help):
        assert dutch.returncode == 0, dutch.stderr
        assert english_words(dutch.stdout) == [], dutch.stdout
        assert "Opties" in dutch.stdout
    assert "Scant één wetsvoorstel" in main_help.stdout and "Opdrachten" in main_help.stdout
    assert "Toon elke bepaling" in check_help.stdout and "[vereist]" in check_help.stdout
    english = run_cli("check", "--help", "--lang", "en").stdout
    assert "Show every provision" in english and "[required]" in english and "Options" in english


def run_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """``wetscan ARGS`` through the console entry point in this process: exit code and stderr."""
    import wetscan.cli as cli

    monkeypatch.setattr("sys.argv", ["wetscan", *args])
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    with i18n.speaking(None), pytest.raises(SystemExit) as exit_info:  # main() sets the language: restored after
        cli.main()
    return exit_info.value.code, capsys.readouterr().err


def test_bad_file_error_in_dutch_and_in_english(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert run_main(monkeypatch, capsys, "check", str(empty)) == (2, f"wetscan: {empty}: het bestand is leeg\n")
    assert run_main(monkeypatch, capsys, "check", str(empty), "--lang", "en") == (
        2, f"wetscan: {empty}: the file is empty\n")
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "en")
    with i18n.speaking(None):
        english = runner.invoke(app, ["check", str(empty)])
    assert (english.exit_code, english.stderr) == (2, f"wetscan: {empty}: the file is empty\n")


def test_unknown_language_is_one_dutch_line(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(monkeypatch, capsys, "check", "x.pdf", "--lang", "fr") == (
        2, "wetscan: onbekende taal 'fr' (kies nl of en)\n")


@pytest.fixture(scope="module")
def example_report() -> dict[str, Any]:
    from wetscan.scan import scan

    return scan(EXAMPLE).report()


def own_words_only(report: dict[str, Any]) -> dict[str, Any]:
    """The report with the text of other catalogs blanked: rule explanations, reasons, bases and
    notes (``analysis``/``rules``) and the layer tallies and change lines (``report/wording.py``)."""
    report = copy.deepcopy(report)
    assessment = report["assessment"]
    for key in ("udo", "cosignature", "fvw_art2"):
        for reason in assessment[key]["reasons"]:
            reason.update(explanation="…", basis="…")
    assessment["review_notes"] = []
    assessment["layer_counts"] = None
    assessment["changes"] = None
    for provision in report["provisions"]:
        for finding in provision.get("findings", []):
            finding["explanation"] = "…"
    report["document"]["notes"] = []
    return report


def rendered(report: dict[str, Any], **options: Any) -> str:
    console = Console(file=io.StringIO(), record=True, color_system=None, width=160)
    render_terminal(report, console, **options)
    return console.export_text()


def test_terminal_report_of_an_example_is_dutch(example_report: dict[str, Any]) -> None:
    report = own_words_only(example_report)
    with i18n.speaking(None):
        text = rendered(report, show_all=True)
    assert english_words(text) == [], text
    for dutch in ("Kandidaat voor een UDO", "Medeondertekening door de minister van BZK", "Paragraaf financiële gevolgen (art. 2 Fvw)",
                  "Bestuurslagen", "Verplichte samenwerking", "Bepaling", "signaalwoorden",
                  "verplichting", "grondslag"):
        assert dutch in text, dutch
    assert re.search(r"score \d,\d\d", text)  # a Dutch decimal comma


def test_terminal_report_in_english_on_request(example_report: dict[str, Any]) -> None:
    with i18n.speaking("en"):
        text = rendered(example_report)
    for english in ("UDO candidate", "BZK co-signature", "Fvw art. 2 section", "Mandatory cooperation", "Provision",
                    "obligation", "basis:"):
        assert english in text, english
    assert re.search(r"score \d\.\d\d", text)


def test_explain_provision_is_dutch(example_report: dict[str, Any]) -> None:
    provision = own_words_only(example_report)["provisions"]
    flagged = next(p for p in provision if p.get("findings"))
    console = Console(file=io.StringIO(), record=True, color_system=None, width=160)
    with i18n.speaking(None):
        explain_provision(flagged, console)
    text = console.export_text()
    for heading in ("1. Vindplaats", "2. Tekst", "3. Organen en hun herleiding", "4. Normtype en bestuurslagen",
                    "5. Toegepaste regels", "6. Wat dit betekent voor het voorstel", "Signaalwoorden", "Betr."):
        assert heading in text, heading
    assert english_words(text) == [], text


def test_figures_follow_the_language() -> None:
    with i18n.speaking("nl"):
        assert (decimal(0.8512), whole(1234567)) == ("0,85", "1.234.567")
    with i18n.speaking("en"):
        assert (decimal(0.8512), whole(1234567)) == ("0.85", "1,234,567")


def test_batch_workers_speak_the_language_of_the_run(tmp_path: Path) -> None:
    """A worker is a fresh (spawned) process: it is told the run's language, not left to its default."""
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is no pdf at all")
    job = Job(sha256="0" * 64, path=broken)
    with i18n.speaking("en"):
        english = BatchOptions(out=tmp_path / "out")
    with i18n.speaking("nl"):
        dutch = BatchOptions(out=tmp_path / "out")
    assert (english.language, dutch.language) == ("en", "nl")
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        said_en = pool.submit(scan_document, *job.arguments(english)).result()["outcome"]["error"]
        said_nl = pool.submit(scan_document, *job.arguments(dutch)).result()["outcome"]["error"]
    assert said_en.startswith(f"{broken}: damaged")
    assert said_nl.startswith(f"{broken}: beschadigde")


def test_a_time_limited_scan_in_a_thread_keeps_the_language() -> None:
    """On a Dask worker the scan runs in a helper thread; it speaks the caller's language."""
    seen: list[str] = []

    def in_worker_thread() -> None:
        with i18n.speaking("en"):
            seen.append(call_with_time_limit(i18n.language, 30))

    thread = threading.Thread(target=in_worker_thread)
    thread.start()
    thread.join()
    assert seen == ["en"]


def test_every_kind_of_other_document_in_roles_yaml_is_translated() -> None:
    import yaml

    from wetscan.ingest.role import OTHER_KINDS

    data = yaml.safe_load((REPO / "src" / "wetscan" / "ingest" / "roles.yaml").read_text(encoding="utf-8"))
    kinds = [kind["reason"] for kind in data["other_kinds"]]
    assert sorted(kinds) == sorted(OTHER_KINDS)
    with i18n.speaking("nl"):
        assert all(i18n._(kind) != kind for kind in kinds)
