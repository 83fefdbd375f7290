"""Score a pipeline on the held-out Alpino test set (POS, morphology, lemma, UAS, LAS).

Each test sentence is its own document and is tokenized by the pipeline itself, so the scores include
tokenization errors (aligned with spaCy's scorer); gold lemmas are normalised the same way as the
training lemmas (Alpino's ``_`` compound separators removed).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.training import Corpus

import wetscan.training.legal_rules  # noqa: F401  (registers the legal sentence component)

#: Reported scores and the spaCy scorer keys they come from.
SCORE_KEYS = {
    "pos": "pos_acc",
    "xpos": "tag_acc",
    "morph": "morph_acc",
    "lemma": "lemma_acc",
    "uas": "dep_uas",
    "las": "dep_las",
    "sents_f": "sents_f",
    "tokens_f": "token_f",
    "words_per_second": "speed",
}


def evaluate(model_dir: Path, test_path: Path) -> dict[str, float]:
    """Run the pipeline in ``model_dir`` on ``test_path`` (a DocBin) and return the scores."""
    nlp = spacy.load(model_dir)
    examples = list(Corpus(test_path)(nlp))
    scores = nlp.evaluate(examples)
    return {name: round(float(scores[key]), 4) for name, key in SCORE_KEYS.items() if scores.get(key) is not None}
