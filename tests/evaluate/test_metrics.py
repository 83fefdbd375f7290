"""The scoring itself, on labels where the right answer is known by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetscan.evaluate.annotations import AnnotationError, parse_annotation, read_annotations, read_splits
from wetscan.evaluate.corpus import iter_corpus, split_leden
from wetscan.evaluate.metrics import Gold, Prediction, cooperation_scores, layer_scores, norm_type_confusion, norm_type_scores
from wetscan.evaluate.run import evaluate
from wetscan.model import Bill


def test_split_leden_keeps_onderdelen_with_their_lid() -> None:
    text = "1. Het college stelt vast:\na.een plan;\nb.een verslag.\n2. De raad kan regels stellen."
    assert split_leden(text) == [
        ("1", "1. Het college stelt vast:\na. een plan;\nb. een verslag."),
        ("2", "2. De raad kan regels stellen."),
    ]
    assert split_leden("De colleges treffen een regeling.") == [(None, "De colleges treffen een regeling.")]


def test_layer_scores_count_each_layer_separately() -> None:
    gold = [Gold(frozenset({"gemeente"}), "obligation", False), Gold(frozenset({"gemeente", "provincie"}), "obligation", True),
            Gold(frozenset(), "other", False)]
    predicted = [Prediction(frozenset({"gemeente"}), "obligation", False), Prediction(frozenset({"gemeente"}), "power", False),
                 Prediction(frozenset({"provincie"}), "other", True)]
    scores = layer_scores(gold, predicted)
    assert scores.loc["gemeente", "f1"] == 1.0
    assert scores.loc["provincie", ["tp", "fp", "fn"]].tolist() == [0, 1, 1]
    assert scores.loc["micro", "precision"] == pytest.approx(2 / 3)
    assert scores.loc["micro", "recall"] == pytest.approx(2 / 3)
    cooperation = cooperation_scores(gold, predicted)
    assert cooperation.loc["mandatory_cooperation", ["tp", "fp", "fn"]].tolist() == [0, 1, 1]
    norms = norm_type_scores(gold, predicted)
    assert norms.loc["accuracy", "f1"] == pytest.approx(2 / 3)
    confusion = norm_type_confusion(gold, predicted)
    assert confusion.loc["obligation", "power"] == 1
    assert int(confusion.values.sum()) == 3


def test_bad_annotation_is_refused() -> None:
    with pytest.raises(AnnotationError, match="onbekend norm_type"):
        parse_annotation({"law": "x", "article": "1", "lid": None, "layers": [], "norm_type": "duty",
                          "mandatory_cooperation": False}, "x.jsonl:1")
    with pytest.raises(AnnotationError, match="layers"):
        parse_annotation({"law": "x", "article": "1", "lid": None, "layers": ["rijk"], "norm_type": "other",
                          "mandatory_cooperation": False}, "x.jsonl:1")


def test_evaluate_pairs_corpus_text_with_gold(fixture_corpus: Path, fixture_annotations: Path) -> None:
    assert len(list(iter_corpus(fixture_corpus))) == 7
    gold = read_annotations([fixture_annotations], read_splits(fixture_annotations.parent / "laws.tsv"))
    assert {a.split for a in gold} == {"test"}
    seen: list[str] = []

    def everything_is_a_gemeente_task(bill: Bill) -> Bill:
        assert bill.definitions["college"].meaning.startswith("college van burgemeester")
        for provision in bill.provisions:
            seen.append(provision.text)
            provision.norm_type, provision.layers = "obligation", ["gemeente"]
        return bill

    result = evaluate(gold, fixture_corpus, analyser=everything_is_a_gemeente_task)
    assert seen[1] == "Het college draagt zorg voor een meldpunt voor signalen van overlast."  # lid number out
    layers = result.layers()
    assert layers.loc["gemeente", ["tp", "fp", "fn"]].tolist() == [3, 4, 0]
    assert layers.loc["provincie", "fn"] == 1
    assert result.norm_types().loc["accuracy", "f1"] == pytest.approx(3 / 7)
    errors = result.errors()
    assert {(e["article"], e["lid"]) for e in errors} >= {("1", None), ("2", "3"), ("5", None)}
    summary = result.summary()
    assert summary["provisions"] == 7 and summary["layers"]["gemeente"]["recall"] == 1.0


def test_reviewed_bill_annotations_carry_their_own_text(tmp_path: Path) -> None:
    reviewed = tmp_path / "reviewed.jsonl"
    reviewed.write_text(
        '{"law": "wet_lokale_meldpunten", "article": "2", "lid": "1", "layers": ["gemeente"], '
        '"norm_type": "obligation", "mandatory_cooperation": false, "organ": "college", '
        '"text": "Het college draagt zorg voor een meldpunt."}\n', encoding="utf-8")
    gold = read_annotations([reviewed])
    assert gold[0].split is None and gold[0].text == "Het college draagt zorg voor een meldpunt."
    seen: list[str] = []

    def analyser(bill: Bill) -> Bill:
        assert bill.definitions == {}
        for provision in bill.provisions:
            seen.append(provision.text)
            provision.norm_type, provision.layers = "obligation", ["gemeente"]
        return bill

    result = evaluate(gold, tmp_path / "no-corpus-needed", analyser=analyser)
    assert seen == ["Het college draagt zorg voor een meldpunt."]
    assert result.missing == [] and result.layers().loc["gemeente", "f1"] == 1.0
