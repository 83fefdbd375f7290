"""Terminal (rich), Markdown and CSV renderers of the report."""

from __future__ import annotations

import io

import pandas as pd
from rich.console import Console

from tests.assess.handbuilt_bills import Hit, bill, jeugdwet_regional, lokale_meldpunten, provision, rijksregister
from wetscan.assess import assess_bill
from wetscan.report.json_report import build_report
from wetscan.report.markdown import render_markdown
from wetscan.report.spans import segments
from wetscan.report.table import findings_table, render_csv
from wetscan.report.terminal import explain_provision, render_terminal


def report_of(make) -> dict:
    made = make()
    return build_report(made, assess_bill(made))


def plain_console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=200), buffer


def test_segments_cover_the_text_exactly_once() -> None:
    text = "Het college stelt binnen zes weken een plan vast."
    findings = [{"rule": "R04", "start": 12, "end": 48}, {"rule": "R06", "start": 18, "end": 34},
                {"rule": "R99", "start": 40, "end": 400}]
    pieces = segments(text, findings)
    assert "".join(piece.text for piece in pieces) == text
    assert [piece.rules for piece in pieces] == [[], ["R04"], ["R04", "R06"], ["R04"], []]


def test_terminal_in_a_pipe_has_no_colour_codes_and_marks_triggers() -> None:
    console, buffer = plain_console()
    render_terminal(report_of(jeugdwet_regional), console)
    out = buffer.getvalue()
    assert "\x1b[" not in out
    assert "Kandidaat voor een UDO" in out and "Medeondertekening door de minister van BZK" in out
    assert "Paragraaf financiële gevolgen (art. 2 Fvw)" in out
    assert "«werkt met de colleges van andere gemeenten in regionaal verband samen»" in out
    assert "artikel II" not in out  # not flagged


def test_terminal_all_and_quiet() -> None:
    console, buffer = plain_console()
    render_terminal(report_of(jeugdwet_regional), console, show_all=True)
    assert "artikel II" in buffer.getvalue()
    console, buffer = plain_console()
    render_terminal(report_of(jeugdwet_regional), console, quiet=True)
    quiet = buffer.getvalue()
    assert "ja" in quiet and "Tekst (signaalwoorden gemarkeerd)" not in quiet and "grondslag:" not in quiet


def test_terminal_on_a_colour_terminal_styles_triggers() -> None:
    buffer = io.StringIO()
    render_terminal(report_of(lokale_meldpunten), Console(file=buffer, force_terminal=True, width=120))
    assert "\x1b[" in buffer.getvalue() and "«" not in buffer.getvalue()


def test_document_text_is_not_read_as_rich_markup() -> None:
    tricky = bill([provision("artikel 1", "Het college [bold]draagt[/bold] zorg voor [link=x]iets[/link].",
                             Hit("R01", "zorg voor"))])
    console, buffer = plain_console()
    render_terminal(build_report(tricky, assess_bill(tricky)), console)
    assert "[bold]draagt[/bold]" in buffer.getvalue()


def test_explain_provision_shows_every_step() -> None:
    console, buffer = plain_console()
    report = report_of(jeugdwet_regional)
    explain_provision(report["provisions"][0], console, report["definitions"])
    out = buffer.getvalue()
    for step in ("1. Vindplaats", "2. Tekst", "3. Organen", "4. Normtype", "5. Toegepaste regels", "6. Wat dit betekent"):
        assert step in out
    assert "college van burgemeester en wethouders → gemeente" in out
    assert "R08 voor gemeente: UDO ja, medeondertekening ja (afwijking van de decentralisatiebeginselen)" in out


def test_markdown_summary() -> None:
    md = render_markdown(report_of(lokale_meldpunten))
    assert md.startswith("# wetscan: Wet lokale meldpunten")
    assert "| Kandidaat voor een UDO | **ja** |" in md
    assert "| Paragraaf financiële gevolgen (art. 2 Fvw) | **ontbreekt** |" in md
    assert "| artikel 1 | gemeente | verplichting | R01 | “draagt zorg voor” |" in md


def test_markdown_escapes_document_text() -> None:
    tricky = bill([provision("artikel 1", "Het college | draagt *zorg* voor <b>x</b>.", Hit("R01", "draagt *zorg*"))])
    md = render_markdown(build_report(tricky, assess_bill(tricky)))
    assert "draagt \\*zorg\\*" in md and "<b>" not in md


def test_csv_has_one_row_per_finding_and_defuses_formulas() -> None:
    formula = bill([provision("artikel 1", "=HYPERLINK(\"x\") Het college draagt zorg voor iets.",
                              Hit("R01", "=HYPERLINK(\"x\") Het college draagt"))])
    frame = pd.read_csv(io.StringIO(render_csv(build_report(formula, assess_bill(formula)))))
    assert frame.loc[0, "Signaalwoorden"].startswith("'=")
    table = findings_table(report_of(jeugdwet_regional))
    assert len(table) == 5 and set(table["rule"]) == {"R01", "R04", "R06", "R08", "R09"}
    assert len(findings_table(report_of(jeugdwet_regional), show_all=True)) == 6
    assert findings_table(report_of(rijksregister))["layer"].isna().all()
