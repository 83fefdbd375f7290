"""Rebuild the shipped Dutch pipeline ``models/nl_wetscan`` from the treebanks and the statutes.

Steps (each cached under ``cache_dir`` so a rerun only redoes what is missing):

1. ``corpus/``: train/dev/test DocBins from ``../shared/ud`` (:mod:`wetscan.training.prepare`);
2. ``vectors/``: word2vec vectors trained on ``../shared/corpora/bwb`` (:mod:`wetscan.training.vectors`);
3. ``train/``: ``spacy train`` with ``config.cfg`` next to this module (CPU);
4. the best checkpoint gets the legal tokenizer special cases and the ``wetscan_legal_sentences``
   component (:mod:`wetscan.training.legal_rules`) and is written to ``output_dir``, with its
   Alpino-test scores in ``meta.json``.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from dataclasses import asdict
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train

from wetscan.training.evaluate import evaluate
from wetscan.training.legal_rules import add_legal_special_cases
from wetscan.training.prepare import prepare
from wetscan.training.vectors import to_spacy_vectors, train_word2vec, write_token_corpus

logger = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).with_name("config.cfg")
PIPELINE_NAME = "wetscan"


def build_vectors(bwb_dir: Path, cache_dir: Path, dims: int, max_words: int) -> Path:
    """Train (or reuse) the statute word vectors; return the spaCy vectors directory."""
    vectors_dir = cache_dir / "vectors"
    spacy_dir = vectors_dir / f"spacy-{dims}d-{max_words}"
    if (spacy_dir / "vocab").exists():
        return spacy_dir
    tokens = vectors_dir / "bwb.txt"
    if not tokens.exists():
        logger.info("tokenizing statutes from %s", bwb_dir)
        write_token_corpus(bwb_dir, tokens)
    w2v = vectors_dir / f"w2v-{dims}d-{max_words}.txt"
    if not w2v.exists():
        logger.info("training word2vec (%d dims, %d words)", dims, max_words)
        train_word2vec(tokens, w2v, dims=dims, max_words=max_words)
    to_spacy_vectors(w2v, spacy_dir)
    return spacy_dir


def finalize(checkpoint: Path, output_dir: Path, scores: dict[str, float] | None = None) -> None:
    """Add the legal rules to a trained checkpoint and write the shipped pipeline to ``output_dir``."""
    nlp = spacy.load(checkpoint)
    add_legal_special_cases(nlp)
    if "wetscan_legal_sentences" not in nlp.pipe_names:
        nlp.add_pipe("wetscan_legal_sentences", before="parser")
        nlp.add_pipe("wetscan_legal_sentences_repair", after="parser")
        nlp.add_pipe("wetscan_particle_lemmas", last=True)
    nlp.meta.update(
        {
            "name": PIPELINE_NAME,
            "version": "1.0.0",
            "description": "Dutch tagger, morphologizer, lemmatizer and dependency parser trained on "
            "UD Dutch LassySmall + Alpino dev, with word vectors from Dutch statutes (BWB) and rules "
            "for legal Dutch. Requires `import wetscan.training.legal_rules` before spacy.load.",
            "license": "CC BY-SA 4.0 (training data: UD Dutch treebanks)",
            "sources": [
                {"name": "UD Dutch LassySmall (2017 train, v2.16 dev/test)", "license": "CC BY-SA 4.0"},
                {"name": "UD Dutch Alpino v2.16 dev", "license": "CC BY-SA 4.0"},
                {"name": "Basiswettenbestand (BWB), Dutch statutes", "license": "public domain"},
            ],
        }
    )
    if scores:
        nlp.meta["alpino_test_scores"] = scores
    if output_dir.exists():
        shutil.rmtree(output_dir)
    nlp.to_disk(output_dir)


def build_pipeline(
    ud_dir: Path,
    bwb_dir: Path,
    output_dir: Path,
    cache_dir: Path,
    max_steps: int = 3200,
    vector_dims: int = 100,
    vector_words: int = 50_000,
) -> dict[str, float]:
    """Run all steps and return the Alpino-test scores of the shipped pipeline."""
    started = time.monotonic()
    corpus = cache_dir / "corpus"
    sizes = prepare(ud_dir, corpus)
    logger.info("corpus: %s", sizes)
    vectors = build_vectors(bwb_dir, cache_dir, vector_dims, vector_words)
    train_dir = cache_dir / "train"
    spacy_train(
        CONFIG_PATH,
        train_dir,
        use_gpu=-1,
        overrides={
            "paths.train": str(corpus / "train.spacy"),
            "paths.dev": str(corpus / "dev.spacy"),
            "paths.vectors": str(vectors),
            "training.max_steps": max_steps,
        },
    )
    finalize(train_dir / "model-best", output_dir)
    scores = evaluate(output_dir, corpus / "test.spacy")
    finalize(train_dir / "model-best", output_dir, scores)
    scores["build_minutes"] = round((time.monotonic() - started) / 60, 1)
    (cache_dir / "scores.json").write_text(
        json.dumps({"scores": scores, "corpus": asdict(sizes)}, indent=2), encoding="utf-8"
    )
    return scores
