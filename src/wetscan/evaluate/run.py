"""Run the analysis over annotated corpus provisions and score it.

The analysis sees each provision's text alone with its law's definitions (as it sees a bill's
provisions with the bill's definitions), in batches per law; the gold labels
come from ``corpora/annotations`` (text looked up in the statute corpus) or from reviewed bills
(text carried in the record). Errors can be written out for review, one JSON line per
provision where any label differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from wetscan.evaluate.annotations import Annotation
from wetscan.evaluate.corpus import CorpusProvision, load_corpus
from wetscan.evaluate.metrics import (
    Gold,
    Prediction,
    cooperation_scores,
    layer_scores,
    norm_type_confusion,
    norm_type_scores,
)
from wetscan.model import Definition, Provision
from wetscan.structure.definitions import provision_definitions

#: Analyses a batch of provision texts with the definitions of their law;
#: :func:`wetscan.analyse.analyse_texts` by default.
Analyser = Callable[[list[str], Mapping[str, Definition] | None], list[Provision]]


@dataclass
class EvaluationResult:
    annotations: list[Annotation]
    texts: list[str]
    predictions: list[Provision]
    missing: list[Annotation]

    @property
    def gold(self) -> list[Gold]:
        return [Gold(a.layers, a.norm_type, a.mandatory_cooperation) for a in self.annotations]

    @property
    def predicted(self) -> list[Prediction]:
        return [Prediction(frozenset(p.layers), p.norm_type or "other", p.mandatory_cooperation)
                for p in self.predictions]

    def layers(self) -> pd.DataFrame:
        return layer_scores(self.gold, self.predicted)

    def cooperation(self) -> pd.DataFrame:
        return cooperation_scores(self.gold, self.predicted)

    def norm_types(self) -> pd.DataFrame:
        return norm_type_scores(self.gold, self.predicted)

    def confusion(self) -> pd.DataFrame:
        return norm_type_confusion(self.gold, self.predicted)

    def errors(self) -> list[dict]:
        """Every provision where a label differs, with gold, prediction and the findings."""
        rows = []
        for annotation, text, provision in zip(self.annotations, self.texts, self.predictions):
            predicted = Prediction(frozenset(provision.layers), provision.norm_type or "other",
                                   provision.mandatory_cooperation)
            wrong = [name for name, ok in (
                ("layers", predicted.layers == annotation.layers),
                ("norm_type", predicted.norm_type == annotation.norm_type),
                ("mandatory_cooperation", predicted.mandatory_cooperation == annotation.mandatory_cooperation),
            ) if not ok]
            if not wrong:
                continue
            rows.append({
                "law": annotation.law, "article": annotation.article, "lid": annotation.lid,
                "split": annotation.split, "wrong": wrong, "text": text,
                "gold": {"layers": sorted(annotation.layers), "norm_type": annotation.norm_type,
                         "mandatory_cooperation": annotation.mandatory_cooperation,
                         "organ": annotation.organ, "note": annotation.note},
                "predicted": {"layers": sorted(predicted.layers), "norm_type": predicted.norm_type,
                              "mandatory_cooperation": predicted.mandatory_cooperation},
                "findings": [f"{f.rule} {f.kind} {f.layer or '-'} «{f.trigger}»" for f in provision.findings],
            })
        return rows

    def write_errors(self, path: Path) -> int:
        rows = self.errors()
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(rows)

    def summary(self) -> dict:
        """The headline figures, as plain data (for ``--json`` and the closing notes)."""
        layers, cooperation, norms = self.layers(), self.cooperation(), self.norm_types()
        return {
            "provisions": len(self.annotations),
            "missing_from_corpus": len(self.missing),
            "layers": layers[["precision", "recall", "f1", "support"]].round(4).to_dict(orient="index"),
            "mandatory_cooperation": cooperation[["precision", "recall", "f1", "support"]]
            .round(4).to_dict(orient="index")["mandatory_cooperation"],
            "norm_type_accuracy": round(float(norms.loc["accuracy", "f1"]), 4),
            "norm_types": norms.drop(index="accuracy")[["precision", "recall", "f1", "support"]]
            .round(4).to_dict(orient="index"),
        }


def _default_analyser(texts: list[str], definitions: Mapping[str, Definition] | None) -> list[Provision]:
    from wetscan.analyse import analyse_texts

    return analyse_texts(texts, definitions)


def law_definitions(corpus: Mapping[tuple, CorpusProvision]) -> dict[str, dict[str, Definition]]:
    """Per law, the terms its own definitions articles define (as a bill's definitions are used).

    A provision of a statute is read with the definitions of that statute, the way the analysis
    reads a bill's provisions with the bill's definitions: "het college" in a law that defines it
    as the college van burgemeester en wethouders resolves to that organ.
    """
    definitions: dict[str, dict[str, Definition]] = {}
    for (law, article, lid), entry in corpus.items():
        provision = Provision(id=f"artikel {article}" + (f", lid {lid}" if lid else ""), article=article,
                              paragraph=lid, text=entry.text)
        for definition in provision_definitions(provision):
            definitions.setdefault(law, {}).setdefault(definition.term.lower(), definition)
    return definitions


def evaluate(
    annotations: Sequence[Annotation],
    corpus_dir: Path | None = None,
    analyser: Analyser | None = None,
    batch_size: int = 256,
    progress: Callable[[int], None] | None = None,
) -> EvaluationResult:
    """Analyse the provisions behind ``annotations`` and pair predictions with gold labels."""
    in_corpus = [a for a in annotations if a.text is None]
    corpus = load_corpus(corpus_dir, frozenset(a.law for a in in_corpus)) if in_corpus else {}
    found = [a for a in annotations if a.text is not None or a.key in corpus]
    missing = [a for a in annotations if a.text is None and a.key not in corpus]
    texts = [a.text if a.text is not None else corpus[a.key].text for a in found]
    definitions = law_definitions(corpus)
    analyser = analyser or _default_analyser
    predictions: list[Provision | None] = [None] * len(found)
    by_law: dict[str, list[int]] = {}
    for index, annotation in enumerate(found):
        by_law.setdefault(annotation.law, []).append(index)
    for law, indices in by_law.items():
        for start in range(0, len(indices), batch_size):
            batch = indices[start:start + batch_size]
            for index, provision in zip(batch, analyser([texts[i] for i in batch], definitions.get(law))):
                predictions[index] = provision
            if progress:
                progress(len(batch))
    return EvaluationResult(annotations=found, texts=texts, predictions=predictions, missing=missing)
