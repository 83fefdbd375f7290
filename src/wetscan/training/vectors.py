"""Static word vectors trained on Dutch statute text (the BWB corpus).

The treebanks are news and Wikipedia; the vectors bring the vocabulary of the domain (``college``,
``gedeputeerde``, ``vaststellen``, ``bestuursorgaan``) into the tok2vec layer. Steps: tokenize the
article texts with the pipeline's own (legal) tokenizer, lowercase, train gensim word2vec
(skip-gram), keep the most frequent words and convert them to a spaCy vectors table keyed on
``LOWER``.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.training.initialize import convert_vectors

from wetscan.training.legal_rules import add_legal_special_cases

logger = logging.getLogger(__name__)


def statute_lines(bwb_dir: Path) -> Iterator[str]:
    """Yield every non-empty line (lid, onderdeel) of every article in ``bwb_dir/*.jsonl.gz``."""
    for path in sorted(bwb_dir.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for record in handle:
                for article in json.loads(record)["articles"]:
                    for line in article["text"].splitlines():
                        if line.strip():
                            yield line.strip()


def write_token_corpus(bwb_dir: Path, out_path: Path) -> int:
    """Tokenize the statutes into ``out_path`` (one lowercased line per lid); return word count."""
    nlp = spacy.blank("nl")
    add_legal_special_cases(nlp)
    words = 0
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for doc in nlp.tokenizer.pipe(statute_lines(bwb_dir), batch_size=2000):
            tokens = [t.lower_ for t in doc if not t.is_space]
            words += len(tokens)
            out.write(" ".join(tokens) + "\n")
    return words


def train_word2vec(
    corpus_path: Path,
    out_path: Path,
    dims: int = 100,
    max_words: int = 50_000,
    epochs: int = 5,
    workers: int = 2,
) -> None:
    """Train skip-gram word2vec on ``corpus_path``; save the ``max_words`` most frequent as text.

    ``max_final_vocab`` raises the frequency threshold until at most ``max_words`` words remain.
    """
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    model = Word2Vec(
        LineSentence(str(corpus_path)),
        vector_size=dims,
        window=4,
        min_count=5,
        sg=1,
        negative=5,
        epochs=epochs,
        workers=workers,
        max_final_vocab=max_words,
    )
    model.wv.save_word2vec_format(str(out_path), binary=False)


def to_spacy_vectors(w2v_path: Path, out_dir: Path) -> None:
    """Convert a word2vec text file to a spaCy pipeline directory holding only the vectors."""
    nlp = spacy.blank("nl")
    convert_vectors(nlp, w2v_path, truncate=0, prune=-1, name="nl_wetscan_bwb.vectors", attr="LOWER")
    nlp.to_disk(out_dir)
