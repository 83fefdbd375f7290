"""Choose the combined reader's thresholds on the dev split.

In ``combined`` mode the reader adds a layer the rules did not find when its probability reaches
``reader.add_threshold`` (and mandatory cooperation at ``reader.cooperation_threshold``; see
:mod:`wetscan.learned.combine`). Those two numbers decide how much recall the reader buys and how
much precision it costs, so they are chosen where choices are made: on dev, never on test.

The rules analyse each dev statute once; the reader reads every provision once; then each
candidate threshold is scored by adding the reader's layers to the rules' layers, exactly as
``combined`` does (only in the provisions it reads, see :mod:`wetscan.learned.gate`), so the sweep
costs one analysis and one reading, not one per threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wetscan.model import LAYERS

#: The candidate thresholds.
GRID = tuple(round(0.5 + 0.05 * step, 2) for step in range(10))  # 0.50 … 0.95


@dataclass(frozen=True)
class Sample:
    """One annotated provision: gold and rules' labels, and the reader's probabilities."""

    gold_layers: frozenset[str]
    rule_layers: frozenset[str]
    layer_probabilities: dict[str, float]
    gold_cooperation: bool
    rule_cooperation: bool
    cooperation_probability: float
    read: bool = True  # whether ``combined`` reads it for layers (the gate, the rules' findings unchecked)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def layer_figures(samples: Sequence[Sample], threshold: float | None) -> tuple[float, float, float]:
    """Layer micro P/R/F1 of the rules plus the reader's layers at ``threshold`` (None: rules alone)."""
    tp = fp = fn = 0
    for sample in samples:
        added = set() if threshold is None or not sample.read else {
            layer for layer in LAYERS if sample.layer_probabilities.get(layer, 0.0) >= threshold}
        predicted = sample.rule_layers | added
        tp += len(predicted & sample.gold_layers)
        fp += len(predicted - sample.gold_layers)
        fn += len(sample.gold_layers - predicted)
    return _f1(tp, fp, fn)


def cooperation_figures(samples: Sequence[Sample], threshold: float | None) -> tuple[float, float, float]:
    """Cooperation P/R/F1 of the rules, or the reader added at ``threshold``."""
    tp = fp = fn = 0
    for sample in samples:
        predicted = sample.rule_cooperation or (threshold is not None and sample.cooperation_probability >= threshold)
        tp += predicted and sample.gold_cooperation
        fp += predicted and not sample.gold_cooperation
        fn += sample.gold_cooperation and not predicted
    return _f1(tp, fp, fn)


def best_threshold(samples: Sequence[Sample], figures, min_precision: float) -> dict:
    """The threshold with the best F1 at precision ≥ ``min_precision`` (``None``: do not add at all)."""
    best = {"threshold": None, "figures": figures(samples, None)}
    for threshold in GRID:
        scored = figures(samples, threshold)
        if scored[0] >= min_precision and scored[2] > best["figures"][2]:
            best = {"threshold": threshold, "figures": scored}
    return best


def dev_samples(corpora: Path, corpus_dir: Path, reader_dir: Path) -> list[Sample]:
    """Analyse the dev statutes with the rules and read them with the reader at ``reader_dir``."""
    from wetscan.analyse import analyse_bill
    from wetscan.evaluate.annotations import read_annotations, read_splits
    from wetscan.evaluate.run import evaluate
    from wetscan.learned.combine import reader_inputs
    from wetscan.learned.gate import needs_reading
    from wetscan.learned.reader import Reader

    reader = Reader(reader_dir)
    readings: dict[int, object] = {}
    gate: dict[int, bool] = {}

    def analyser(bill):
        analyse_bill(bill)
        provisions = [p for p in bill.provisions if p.text.strip()]
        for provision, reading in zip(provisions, reader.read(reader_inputs(bill, provisions))):
            readings[id(provision)] = reading
            gate[id(provision)] = needs_reading(provision)
        return bill

    splits = read_splits(corpora / "laws.tsv")
    gold = [a for a in read_annotations([corpora / "annotations"], splits) if a.split == "dev"]
    result = evaluate(gold, corpus_dir, analyser=analyser)
    return [
        Sample(frozenset(a.layers), frozenset(p.layers), readings[id(p)].layers, a.mandatory_cooperation,
               p.mandatory_cooperation, readings[id(p)].cooperation, gate[id(p)])
        for a, p in zip(result.annotations, result.predictions)
    ]


def choose_thresholds(corpora: Path, corpus_dir: Path, reader_dir: Path, min_precision: float = 0.88) -> dict:
    """The add thresholds for layers and cooperation, with rules-only and combined dev figures."""
    samples = dev_samples(corpora, corpus_dir, reader_dir)
    layers = best_threshold(samples, layer_figures, min_precision)
    cooperation = best_threshold(samples, cooperation_figures, min(min_precision, 0.8))
    return {
        "add_threshold": layers["threshold"],
        "cooperation_threshold": cooperation["threshold"],
        "dev_layers_rules": [round(x, 4) for x in layer_figures(samples, None)],
        "dev_layers_combined": [round(x, 4) for x in layers["figures"]],
        "dev_cooperation_rules": [round(x, 4) for x in cooperation_figures(samples, None)],
        "dev_cooperation_combined": [round(x, 4) for x in cooperation["figures"]],
    }
