"""The learned reader end to end on a tiny encoder the tests build: fine-tune, load, read, combine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.learned.conftest import TEXTS
from wetscan.assess import assess_bill
from wetscan.cli import app
from wetscan.learned import read_bill
from wetscan.learned.combine import ReaderSettings, apply_reader, reader_inputs
from wetscan.learned.examples import Example, actor_in_text
from wetscan.learned.finetune import finetune
from wetscan.learned.reader import Reader, ReaderInput
from wetscan.model import LAYERS, NORM_TYPES, Bill, Document, Finding, Provision
from wetscan.report.json_report import build_report, validate_report

runner = CliRunner()
#: (layers, norm type, cooperation, organ) for each of TEXTS, labelled by the guideline.
GOLD = [
    (["gemeente"], "obligation", False, "college van burgemeester en wethouders"),
    (["provincie"], "obligation", False, "gedeputeerde staten"),
    (["waterschap"], "obligation", False, "dagelijks bestuur"),
    ([], "obligation", False, "aanvrager"),
    (["gemeente"], "power", False, "raad"),
    ([], "delegation", False, "onze minister"),
    (["gemeente"], "obligation", True, "college van burgemeester en wethouders"),
    ([], "definition", False, None),
    (["openbaar_lichaam"], "obligation", False, "bestuurscollege"),
    ([], "transitional", False, None),
]


def _examples() -> list[Example]:
    examples = []
    for text, (layers, norm, coop, organ) in zip(TEXTS, GOLD):
        span, known = actor_in_text(organ, text)
        examples.append(Example(ReaderInput(text, "Proefwet"), tuple(float(l in layers) for l in LAYERS),
                                float(coop), NORM_TYPES.index(norm), span, known))
    return examples


@pytest.fixture(scope="module")
def tiny_reader(tiny_encoder, tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("reader") / "reader"
    scores = iter([0.2, 0.5, 0.4])
    best = finetune(tiny_encoder, _examples() * 4, _examples(), output, lambda folder: next(scores),
                    epochs=3, batch_size=8, learning_rate=5e-3)
    assert best["epoch"] == 2  # the epoch with the best dev score is the one kept
    return output


def test_actor_words_are_found_by_organ_and_short_form():
    text = "Het college stelt het programma vast."
    assert actor_in_text("college van burgemeester en wethouders", text) == ((4, 11), True)
    assert actor_in_text("gedeputeerde staten", text) == (None, False)  # read from context: no words taught
    assert actor_in_text(None, text) == (None, True)


def test_saved_reader_loads_offline_and_reads(tiny_reader):
    info = json.loads((tiny_reader / "reader.json").read_text())
    assert info["epoch"] == 2 and info["layers"] == list(LAYERS)
    readings = Reader(tiny_reader).read([ReaderInput(t, "Proefwet") for t in TEXTS])
    assert len(readings) == len(TEXTS)
    for text, reading in zip(TEXTS, readings):
        assert set(reading.layers) == set(LAYERS)
        assert all(0.0 <= p <= 1.0 for p in reading.layers.values())
        assert reading.norm_type in NORM_TYPES
        if reading.actor:
            start, end = reading.actor
            assert 0 <= start < end <= len(text)


def _bill() -> Bill:
    provisions = [Provision(id=f"artikel {i + 1}", article=str(i + 1), paragraph=None, text=t, norm_type="other")
                  for i, t in enumerate(TEXTS)]
    document = Document(path="proefwet.txt", sha256="0" * 64, format="txt", blocks=[])
    return Bill(source=document, title="Proefwet", provisions=provisions)


def test_combined_adds_model_findings_only_where_rules_found_nothing(tiny_reader):
    bill = _bill()
    rule = Finding(rule="R01", layer="gemeente", organ="college", kind="task", start=4, end=11,
                   trigger=TEXTS[0][4:11], explanation="rule", confidence=0.9)
    bill.provisions[0].findings.append(rule)
    bill.provisions[0].layers = ["gemeente"]
    everything = ReaderSettings(add_threshold=0.0, cooperation_threshold=0.0, disagree_threshold=1.0)
    apply_reader(bill, Reader(tiny_reader), "combined", everything)
    first = bill.provisions[0]
    assert not [f for f in first.findings if f.source == "model" and f.layer == "gemeente"]
    assert rule.confidence == everything.disagree_confidence and "leest dit anders" in rule.explanation
    for provision in bill.provisions:
        for finding in provision.findings:
            assert provision.text[finding.start:finding.end] == finding.trigger
            if finding.source == "model":
                assert finding.rule in ("M01", "M02") and finding.probability is not None
    assert {f.layer for f in bill.provisions[2].findings if f.rule == "M01"} == set(LAYERS)
    report = build_report(bill, assess_bill(bill))
    validate_report(report)
    model = [f for p in report["provisions"] for f in p["findings"] if f["source"] == "model"]
    assert model and all(0 <= f["probability"] <= 1 for f in model)


def test_model_mode_replaces_the_rules(tiny_reader):
    bill = _bill()
    bill.provisions[0].findings.append(Finding("R01", "gemeente", "college", "task", 4, 11, TEXTS[0][4:11], "rule", 0.9))
    read_bill(bill, "model", tiny_reader, {})
    assert all(f.source == "model" for p in bill.provisions for f in p.findings)
    assert all(p.norm_type in NORM_TYPES for p in bill.provisions)


def test_reader_context_carries_title_headings_and_earlier_leden():
    bill = _bill()
    bill.provisions[1].article = bill.provisions[0].article = "7"
    bill.provisions[1].headings = ["Hoofdstuk 2. Taken van de provincie"]
    inputs = reader_inputs(bill, bill.provisions[:2])
    assert inputs[0].context == "Proefwet"
    assert inputs[1].context == f"Proefwet | Hoofdstuk 2. Taken van de provincie | {TEXTS[0]}"


def test_check_uses_a_reader_folder_given_with_encoder(tiny_reader, tmp_path):
    bill = tmp_path / "wet.txt"
    bill.write_text("Wet van 1 januari 2027 houdende regels over meldpunten\n\nArtikel 1\n\n" + TEXTS[0] + "\n",
                    encoding="utf-8")
    run = runner.invoke(app, ["check", str(bill), "--reader", "model", "--encoder", str(tiny_reader), "--format", "json"])
    assert run.exit_code == 0, run.output
    report = json.loads(run.stdout)
    assert all(f["source"] == "model" for p in report["provisions"] for f in p["findings"])


def test_check_refuses_a_folder_that_is_no_reader(tmp_path):
    bill = tmp_path / "wet.txt"
    bill.write_text("Artikel 1\n\n" + TEXTS[0] + "\n", encoding="utf-8")
    run = runner.invoke(app, ["check", str(bill), "--encoder", str(tmp_path)])
    assert run.exit_code == 2 and "geen map met een getraind model" in run.output


def test_check_without_a_trained_reader_says_so(tmp_path, monkeypatch):
    import wetscan.cli.check as check_module

    monkeypatch.setattr(check_module, "READER_DIR", tmp_path / "none")
    monkeypatch.setattr(check_module, "reader_available", lambda folder=None: False)
    bill = tmp_path / "wet.txt"
    bill.write_text("Artikel 1\n\n" + TEXTS[0] + "\n", encoding="utf-8")
    run = runner.invoke(app, ["check", str(bill), "--reader", "combined"])
    assert run.exit_code == 2 and "vereist een getraind model" in run.output


def test_a_provision_longer_than_the_budget_is_read(tiny_reader):
    long_text = " ".join([TEXTS[0]] * 40)
    reading = Reader(tiny_reader).read([ReaderInput(long_text, "Proefwet " * 200)])[0]
    assert set(reading.layers) == set(LAYERS)
