"""The rule table and the analysis speak Dutch by default and English on request (issue 13).

What a finding says (its explanation), why a verdict was reached (reasons, review notes) and what a
rule is called and rests on (name, basis) follow the language; the JSON report's keys and enum values
do not (schema version 1 is a contract).
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from typing import Any

import pytest
from babel.messages.pofile import read_po

from tests.assess.handbuilt_bills import jeugdwet_regional, lokale_meldpunten
from wetscan import i18n
from wetscan.analyse import explain_rule, explain_text, known_rule
from wetscan.analyse.lexicon import rule_table
from wetscan.analyse.provisions import analyse_bill
from wetscan.assess import assess_bill
from wetscan.assess.rules import load_rules
from wetscan.i18n import catalogs
from wetscan.model import Bill
from wetscan.report.json_report import build_report, validate_report

#: English words that must not appear in what the analysis says by default.
ENGLISH_WORDS = ("is subject of", "receives a power", "must ", "verify", "Resolved", "Requires", "Missing",
                 "Uncertain", "Adds weight", "Heuristic", "Actor read from context", " the ", " and ")
#: Report fields that are keys into the schema's enumerations or identifiers: never translated.
MACHINE_FIELDS = ("rule", "layer", "kind", "verdict", "status", "norm_type", "part", "change", "topic", "id",
                  "trigger", "start", "end", "confidence", "score", "mandatory_cooperation", "required")


@pytest.fixture
def default_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The language a user gets without --lang or WETSCAN_LANG."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    with i18n.speaking(None):
        yield


def _analysed(make: Any) -> Bill:
    """A hand-built bill (tests/assess/handbuilt_bills.py) read by the analysis itself, in the current language."""
    return analyse_bill(make())


def _report(make: Any, lang: str) -> dict[str, Any]:
    with i18n.speaking(lang):
        bill = _analysed(make)
        return build_report(bill, assess_bill(bill))


def _explanations(report: dict[str, Any]) -> list[str]:
    return [f["explanation"] for p in report["provisions"] for f in p["findings"]]


def test_a_finding_is_explained_in_dutch_by_default(default_language: None) -> None:
    bill = _analysed(lokale_meldpunten)
    explanations = [f.explanation for p in bill.provisions for f in p.findings]
    assert explanations
    assert any("krijgt een verplichting" in e and "een taak in medebewind" in e for e in explanations)
    for explanation in explanations:
        assert not [word for word in ENGLISH_WORDS if word in explanation], explanation


def test_a_finding_is_explained_in_english_on_request() -> None:
    with i18n.speaking("en"):
        bill = _analysed(lokale_meldpunten)
    explanations = [f.explanation for p in bill.provisions for f in p.findings]
    assert any("is subject of an obligation" in e and "a task in medebewind" in e for e in explanations)
    assert not any("krijgt een verplichting" in e for e in explanations)


def test_verdict_reasons_and_review_notes_follow_the_language(default_language: None) -> None:
    dutch = _report(lokale_meldpunten, "nl")["assessment"]
    english = _report(lokale_meldpunten, "en")["assessment"]
    dutch_text = " ".join([r["explanation"] for r in dutch["fvw_art2"]["reasons"]]
                          + [n["note"] for n in dutch["review_notes"]])
    english_text = " ".join([r["explanation"] for r in english["fvw_art2"]["reasons"]]
                            + [n["note"] for n in english["review_notes"]])
    assert "Vereist de paragraaf financiële gevolgen (art. 2 Fvw)" in dutch_text
    assert "wetscan ondersteunt het oordeel van de coördinator" in dutch_text
    assert "Requires the Fvw art. 2 section" in english_text
    assert "supports the coordinator's judgement" in english_text


def _shape(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every key path of the report, with the value where the field is machine-readable."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"{path}.{key}", item if key in MACHINE_FIELDS and not isinstance(item, (dict, list)) else None
            yield from _shape(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _shape(item, f"{path}[{index}]")


@pytest.mark.parametrize("make", [lokale_meldpunten, jeugdwet_regional])
def test_json_keys_and_enum_values_are_the_same_in_both_languages(make: Any) -> None:
    dutch, english = _report(make, "nl"), _report(make, "en")
    validate_report(dutch)
    validate_report(english)
    assert list(_shape(dutch)) == list(_shape(english))
    assert _explanations(dutch) != _explanations(english)


def test_rule_name_and_basis_follow_the_language() -> None:
    rule = load_rules().rule("R02")
    assert rule is not None
    with i18n.speaking("nl"):
        assert rule.name == "Bevoegdheid voor een orgaan van een medeoverheid"
        assert "toedeling Ar 5.23" in rule.basis
    with i18n.speaking("en"):
        assert rule.name == "Power for an organ of a co-government"
        assert "allocation Ar 5.23" in rule.basis
        assert rule.source_name == "Bevoegdheid voor een orgaan van een medeoverheid"


def test_explain_traces_the_clause_in_the_current_language() -> None:
    text = "Het college draagt zorg voor een lokaal meldpunt."
    with i18n.speaking("nl"):
        dutch = explain_text(text)
    with i18n.speaking("en"):
        english = explain_text(text)
    assert dutch.clauses[0].norm_reason == "'draagt zorg' legt een verplichting op"
    assert dutch.clauses[0].addressee_reason == "onderwerp vóór het werkwoord"
    assert english.clauses[0].norm_reason == "'draagt zorg' imposes a duty"
    assert english.clauses[0].addressee_reason == "subject before the verb"
    assert dutch.provision.findings[0].explanation.startswith("College van burgemeester en wethouders (gemeente) krijgt")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_rule_text_has_english_with_the_same_placeholders() -> None:
    rows = rule_table()["rules"]
    with i18n.speaking("en"):
        for rule_id, row in rows.items():
            for key in ("name", "explanation"):
                if key in row:
                    english = i18n._(row[key])
                    assert english != row[key], f"{rule_id}.{key} has no English"
                    assert _fields(english) == _fields(row[key]), f"{rule_id}.{key}"


@pytest.mark.parametrize(("lang", "domain"), [("en", "rules"), ("nl", "analysis")])
def test_translations_keep_the_placeholders(lang: str, domain: str) -> None:
    with catalogs.po_path(lang, domain).open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=domain)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for translated in strings:
            assert _fields(translated) == _fields(ids[0]), ids[0]


def test_explain_a_rule_in_dutch_and_in_english() -> None:
    with i18n.speaking("nl"):
        dutch = explain_rule("r01")
        dutch_text = dutch.text()
    with i18n.speaking("en"):
        english = explain_rule("R01")
        english_text = english.text()
    assert dutch.name == "Verplichting (taak) voor een orgaan van een medeoverheid"
    assert dutch.explanation == "[orgaan] ([bestuurslaag]) krijgt een verplichting ('[signaalwoorden]'): een taak in medebewind."
    assert english.name == "Obligation (task) for an organ of a co-government"
    assert english.explanation == "[organ] ([layer]) is subject of an obligation ('[trigger words]'): a task in medebewind."
    assert dutch.udo == english.udo == "yes" and dutch.basis == english.basis  # a pure citation reads the same
    assert "Grondslag:" in dutch_text and "Legal basis:" in english_text
    assert known_rule("M02") and not known_rule("Het college stelt een plan vast.")


def test_wetscan_explain_rule_follows_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from wetscan.cli.app import app

    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    with i18n.speaking(None):
        dutch = CliRunner().invoke(app, ["explain", "R07"])
    with i18n.speaking("en"):
        english = CliRunner().invoke(app, ["explain", "R07", "--json"])
    assert dutch.exit_code == 0 and "Medeoverheden moeten een samenwerkingsverband instellen" in dutch.stdout
    assert "Mandatory" not in dutch.stdout and "Legal basis" not in dutch.stdout
    assert english.exit_code == 0
    card = json.loads(english.stdout)
    assert card["id"] == "R07" and card["cosignature"] == "yes"
    assert card["explanation"].startswith("Co-governments must set up, join or keep a joint body")
