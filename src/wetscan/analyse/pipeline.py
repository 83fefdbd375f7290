"""The spaCy pipeline: the trained Dutch model (``models/nl_wetscan``) plus wetscan's legal components.

Loaded once per process, offline. ``$WETSCAN_MODEL`` points at another model directory; without a
trained model the analysis still runs on spaCy's blank Dutch tokenizer and the verb lists of
triggers.yaml (less accurate addressees, no dependency parse).

Speed: the statistical components (tagger, parser, ...) run only on provisions that name an organ,
because only there the addressee matters; all texts go through them in batches (``pipe``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Registers the component factories with spaCy.
from wetscan.analyse import clauses as _clauses  # noqa: F401
from wetscan.analyse import markers as _markers  # noqa: F401
from wetscan.analyse import organs as _organs  # noqa: F401

MODEL_ENV = "WETSCAN_MODEL"
MODEL_NAME = "nl_wetscan"
LEGAL_COMPONENTS = ("wetscan_organs", "wetscan_markers", "wetscan_clauses")
BATCH_SIZE = 64
#: Trained components whose output the analysis does not read (fine tags, lemmas): not loaded.
UNNEEDED_COMPONENTS = ("tagger", "trainable_lemmatizer", "lemmatizer", "ner")

log = logging.getLogger(__name__)


def model_path() -> Path | None:
    """``$WETSCAN_MODEL``, else ``models/nl_wetscan`` of the repository, if it exists."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    candidate = Path(__file__).resolve().parents[3] / "models" / MODEL_NAME
    return candidate if (candidate / "config.cfg").exists() else None


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The trained Dutch pipeline with the legal components added (cached per process)."""
    path = model_path()
    if path is not None:
        _register_custom_code()
        nlp = spacy.load(path, exclude=list(UNNEEDED_COMPONENTS))
    else:
        log.warning("no trained model found (models/%s or $%s): using the blank Dutch tokenizer", MODEL_NAME, MODEL_ENV)
        nlp = spacy.blank("nl")
    for name in LEGAL_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _register_custom_code() -> None:
    """Register the legal sentence-boundary component the trained pipeline was saved with."""
    import wetscan.training.legal_rules  # noqa: F401


def statistical_components(nlp: Language) -> list[tuple[str, object]]:
    return [(name, proc) for name, proc in nlp.pipeline if name not in LEGAL_COMPONENTS]


def process(texts: Iterable[str]) -> list[Doc]:
    """Run the pipeline over ``texts`` in batches; the parser only where an organ is named."""
    nlp = load_pipeline()
    docs = list(nlp.tokenizer.pipe(texts, batch_size=BATCH_SIZE)) if hasattr(nlp.tokenizer, "pipe") else [nlp.make_doc(t) for t in texts]
    organs = nlp.get_pipe("wetscan_organs")
    for doc in docs:
        organs(doc)
    needs_parse = [doc for doc in docs if doc._.organs]
    for _, component in statistical_components(nlp):
        if hasattr(component, "pipe"):
            needs_parse = list(component.pipe(needs_parse, batch_size=BATCH_SIZE))  # type: ignore[attr-defined]
        else:
            needs_parse = [component(doc) for doc in needs_parse]  # type: ignore[operator]
    markers = nlp.get_pipe("wetscan_markers")
    clauses = nlp.get_pipe("wetscan_clauses")
    for doc in docs:
        clauses(markers(doc))
    return docs
