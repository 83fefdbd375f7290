"""Lemmas from the trained pipeline, for the few words the context pass compares across a law.

The act map (:mod:`.acts`) compares acts and their objects by lemma, so that "verleent de
ontheffing", "verlenen ontheffingen" and "De ontheffing wordt verleend" meet. The trained
``trainable_lemmatizer`` of ``models/nl_wetscan`` gives the lemmas; it is not part of the analysis
pipeline (which needs no lemmas), so the words are lemmatised here in one batch per law, each word
once. Without a trained model the lowercased word is its own lemma.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language

from wetscan.analyse.pipeline import model_path

LEMMA_COMPONENTS = ("tok2vec", "trainable_lemmatizer", "wetscan_particle_lemmas")
BATCH_SIZE = 256


@lru_cache(maxsize=1)
def _lemmatizer() -> Language | None:
    path = model_path()
    if path is None:
        return None
    import wetscan.training.legal_rules  # noqa: F401  (registers the custom components it was saved with)

    pipeline = spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"]
    if "trainable_lemmatizer" not in pipeline:
        return None
    return spacy.load(path, exclude=[name for name in pipeline if name not in LEMMA_COMPONENTS])


def lemmas(words: Iterable[str]) -> dict[str, str]:
    """Lowercased word -> lemma, for every distinct word."""
    distinct = sorted({word.lower() for word in words if word})
    nlp = _lemmatizer()
    if nlp is None:
        return {word: word for word in distinct}
    return {word: (doc[0].lemma_.lower() or word) if len(doc) else word
            for word, doc in zip(distinct, nlp.pipe(distinct, batch_size=BATCH_SIZE))}
