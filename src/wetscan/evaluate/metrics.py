"""Precision, recall and F1 of the analysis against gold annotations.

Three things are scored, as in issue 3 §4:

* **layers**: multi-label, per layer and micro-averaged over the four layers. A provision
  contributes a true positive for each layer both gold and prediction give, a false positive for
  each predicted layer gold lacks, a false negative for each gold layer not predicted;
* **mandatory cooperation**: binary, positive class ``true``;
* **norm type**: accuracy, per-type precision/recall/F1 and a confusion table (gold x predicted).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from wetscan.model import LAYERS, NORM_TYPES


@dataclass(frozen=True)
class Prediction:
    """What the analysis said about one provision."""

    layers: frozenset[str]
    norm_type: str
    mandatory_cooperation: bool


@dataclass(frozen=True)
class Gold:
    layers: frozenset[str]
    norm_type: str
    mandatory_cooperation: bool


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _row(label: str, tp: int, fp: int, fn: int) -> dict:
    precision, recall, f1 = _prf(tp, fp, fn)
    return {"label": label, "precision": precision, "recall": recall, "f1": f1,
            "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}


def layer_scores(gold: Sequence[Gold], predicted: Sequence[Prediction]) -> pd.DataFrame:
    """One row per layer plus a ``micro`` row."""
    rows = []
    totals = [0, 0, 0]
    for layer in LAYERS:
        tp = sum(layer in g.layers and layer in p.layers for g, p in zip(gold, predicted))
        fp = sum(layer not in g.layers and layer in p.layers for g, p in zip(gold, predicted))
        fn = sum(layer in g.layers and layer not in p.layers for g, p in zip(gold, predicted))
        rows.append(_row(layer, tp, fp, fn))
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
    rows.append(_row("micro", *totals))
    return pd.DataFrame(rows).set_index("label")


def cooperation_scores(gold: Sequence[Gold], predicted: Sequence[Prediction]) -> pd.DataFrame:
    tp = sum(g.mandatory_cooperation and p.mandatory_cooperation for g, p in zip(gold, predicted))
    fp = sum(not g.mandatory_cooperation and p.mandatory_cooperation for g, p in zip(gold, predicted))
    fn = sum(g.mandatory_cooperation and not p.mandatory_cooperation for g, p in zip(gold, predicted))
    return pd.DataFrame([_row("mandatory_cooperation", tp, fp, fn)]).set_index("label")


def norm_type_scores(gold: Sequence[Gold], predicted: Sequence[Prediction]) -> pd.DataFrame:
    """Per norm type P/R/F1, plus an ``accuracy`` row (its f1 column holds the accuracy)."""
    rows = []
    for norm_type in NORM_TYPES:
        tp = sum(g.norm_type == norm_type and p.norm_type == norm_type for g, p in zip(gold, predicted))
        fp = sum(g.norm_type != norm_type and p.norm_type == norm_type for g, p in zip(gold, predicted))
        fn = sum(g.norm_type == norm_type and p.norm_type != norm_type for g, p in zip(gold, predicted))
        rows.append(_row(norm_type, tp, fp, fn))
    correct = sum(g.norm_type == p.norm_type for g, p in zip(gold, predicted))
    accuracy = correct / len(gold) if gold else 0.0
    rows.append({"label": "accuracy", "precision": accuracy, "recall": accuracy, "f1": accuracy,
                 "support": len(gold), "tp": correct, "fp": len(gold) - correct, "fn": len(gold) - correct})
    return pd.DataFrame(rows).set_index("label")


def norm_type_confusion(gold: Sequence[Gold], predicted: Sequence[Prediction]) -> pd.DataFrame:
    """Counts of gold norm type (rows) against predicted norm type (columns)."""
    table = pd.crosstab(
        pd.Categorical([g.norm_type for g in gold], categories=NORM_TYPES),
        pd.Categorical([p.norm_type for p in predicted], categories=NORM_TYPES),
        rownames=["gold"], colnames=["predicted"], dropna=False,
    )
    return table
