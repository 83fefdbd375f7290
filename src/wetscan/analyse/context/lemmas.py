"""Lemmas from the trained pipeline, for the few words the context pass compares across a law.

The act map (:mod:`.acts`) compares acts and their objects by lemma, so that "verleent de
ontheffing", "verlenen ontheffingen" and "De ontheffing wordt verleend" meet. The trained
``trainable_lemmatizer`` of ``models/nl_wetscan`` gives the lemmas. The analysis pipeline loads it
disabled (its provisions need no lemmas): here the words are lemmatised in one batch per law, each
word once, through the pipeline's own tok2vec and the lemmatizer, so no second copy of the model
is loaded. Without a trained model the lowercased word is its own lemma.
"""

from __future__ import annotations

from collections.abc import Iterable

from wetscan.analyse.pipeline import LEMMATIZER, load_pipeline

LEMMA_COMPONENTS = ("tok2vec", LEMMATIZER, "wetscan_particle_lemmas")
BATCH_SIZE = 256


def lemmas(words: Iterable[str]) -> dict[str, str]:
    """Lowercased word -> lemma, for every distinct word."""
    distinct = sorted({word.lower() for word in words if word})
    nlp = load_pipeline()
    if not all(name in nlp.component_names for name in LEMMA_COMPONENTS):
        return {word: word for word in distinct}
    docs = nlp.tokenizer.pipe(distinct, batch_size=BATCH_SIZE)
    for name in LEMMA_COMPONENTS:
        component = nlp.get_pipe(name)
        docs = component.pipe(docs, batch_size=BATCH_SIZE) if hasattr(component, "pipe") else map(component, docs)
    return {word: (doc[0].lemma_.lower() or word) if len(doc) else word for word, doc in zip(distinct, docs)}
