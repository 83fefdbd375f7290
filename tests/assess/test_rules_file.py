"""The rule book: the shipped file loads, another file changes the verdicts, a bad file is one line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.assess.handbuilt_bills import bevoegdheden_burgemeester
from wetscan.assess import assess_bill
from wetscan.assess.rules import load_rules, shipped_rules_data
from wetscan.errors import InputError


def test_shipped_rules_cover_the_rule_table_with_a_basis_each() -> None:
    book = load_rules()
    # R01-R20: the domain rule table; R21-R22: cooperation forms 6 and 7; R23-R25: task, power,
    # restriction read from context; M01-M02: the learned reader
    assert sorted(book.rules) == ["M01", "M02"] + [f"R{number:02d}" for number in range(1, 26)]
    assert all(rule.basis for rule in book.rules.values())
    departure = sorted(rule_id for rule_id, rule in book.rules.items() if rule.departure)
    assert departure == ["R07", "R08", "R09", "R10", "R12", "R15", "R21", "R22"]
    assert {rule_id for rule_id, rule in book.rules.items() if rule.cosignature == "yes"} == set(departure)


def test_another_rules_file_changes_the_verdict(tmp_path: Path) -> None:
    data = shipped_rules_data()
    data["rules"]["R02"]["udo"] = "yes"
    stricter = tmp_path / "rules.yaml"
    stricter.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assessment = assess_bill(bevoegdheden_burgemeester(), rules=stricter)
    assert assessment.udo.verdict == "yes"
    assert assessment.extra["rules"]["source"] == str(stricter)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules: [unclosed", "geen geldige YAML op regel 1"),
        ("version: 1\n", "moet een mapping 'rules' bevatten"),
        ("rules:\n  R01: {name: x, basis: y, udo: maybe}\n", "R01.udo moet yes, possible of none zijn"),
        ("rules:\n  R01: {name: x, basis: y, weight_udo: 2}\n", "R01.weight_udo moet tussen 0 en 1 liggen"),
        ("rules:\n  X1: {name: x, basis: y}\n", "heeft niet de vorm R01"),
    ],
)
def test_bad_rules_file_is_one_line_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_rules(bad)
    assert str(raised.value).startswith(str(bad))
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="het regelbestand kan niet worden gelezen"):
        load_rules(tmp_path / "none.yaml")
