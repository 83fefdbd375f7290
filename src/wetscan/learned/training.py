"""``wetscan train encoder`` and ``wetscan train reader``: the recipes behind the shipped models.

The reader is trained on the annotated provisions of the train split and its epoch chosen on the
dev split (layer micro-F1 of the reader alone); the test split is never looked at.
"""

from __future__ import annotations

from pathlib import Path

from wetscan.evaluate.annotations import read_annotations, read_splits
from wetscan.evaluate.corpus import load_corpus
from wetscan.learned.examples import Example, build_examples
from wetscan.learned.reader import Reader
from wetscan.model import LAYERS


def annotated_examples(corpora: Path, corpus_dir: Path, split: str) -> list[Example]:
    """Training examples for one split of ``corpora/annotations``."""
    splits = read_splits(corpora / "laws.tsv")
    gold = [a for a in read_annotations([corpora / "annotations"], splits) if a.split == split]
    corpus = load_corpus(corpus_dir, frozenset(a.law for a in gold))
    return build_examples(gold, corpus)


def layer_micro_f1(folder: Path, examples: list[Example]) -> float:
    """Layer micro-F1 of a saved reader on ``examples`` (probability ≥ 0.5 means the layer is read)."""
    readings = Reader(folder).read([e.input for e in examples])
    tp = fp = fn = 0
    for example, reading in zip(examples, readings):
        for index, layer in enumerate(LAYERS):
            gold, predicted = example.layers[index] >= 0.5, reading.layers[layer] >= 0.5
            tp += gold and predicted
            fp += predicted and not gold
            fn += gold and not predicted
    return 2 * tp / max(2 * tp + fp + fn, 1)


def train_reader(corpora: Path, corpus_dir: Path, encoder_dir: Path, output: Path, epochs: int,
                 random_init: bool = False) -> dict:
    """Fine-tune a reader from ``encoder_dir`` on train, choose the epoch on dev, write it to ``output``."""
    from wetscan.learned.finetune import finetune

    train = annotated_examples(corpora, corpus_dir, "train")
    dev = annotated_examples(corpora, corpus_dir, "dev")
    figures = finetune(encoder_dir, train, dev, output, lambda folder: layer_micro_f1(folder, dev),
                       epochs=epochs, random_init=random_init)
    return {"train_examples": len(train), "dev_examples": len(dev), **figures}
