"""The spaCy pipeline: the trained Dutch model (``models/nl_wetscan``) plus wetscan's legal components.

Loaded once per process, offline. ``$WETSCAN_MODEL`` points at another model directory; without a
trained model the analysis still runs on spaCy's blank Dutch tokenizer and the verb lists of
triggers.yaml (less accurate addressees, no dependency parse).

Speed: the statistical components (morphologizer, parser) run only on provisions where a clause
names an organ but word order and the verb lists leave its verb or subject open (see
:func:`process`); those go through them in batches (``pipe``).
"""

from __future__ import annotations

import logging
import os
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wetscan.analyse.clauses import ClauseAnalyser
from wetscan.analyse.doctext import keep_text
from wetscan.analyse.organs import OrganMention
from wetscan.errors import InputError

# Registers the component factories with spaCy.
from wetscan.analyse import clauses as _clauses  # noqa: F401
from wetscan.analyse import markers as _markers  # noqa: F401
from wetscan.analyse import organs as _organs  # noqa: F401
from wetscan.i18n import _

MODEL_ENV = "WETSCAN_MODEL"
MODEL_NAME = "nl_wetscan"
LEGAL_COMPONENTS = ("wetscan_organs", "wetscan_markers", "wetscan_clauses")
BATCH_SIZE = 64
#: Most tokens the trained components take in one batch: their working memory grows with it.
BATCH_TOKENS = 20_000
#: Trained components whose output the analysis does not read (fine tags, entities): not loaded.
UNNEEDED_COMPONENTS = ("tagger", "lemmatizer", "ner")
#: Loaded but disabled: the context pass lemmatises single words with it on the shared tok2vec
#: (:mod:`wetscan.analyse.context.lemmas`), without a second load of the model.
LEMMATIZER = "trainable_lemmatizer"

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
    """The trained Dutch pipeline with the legal components added (cached per process).

    The trained lemmatizer comes along disabled: it does not run on provisions (see :func:`process`),
    only on the few words the context pass compares (:mod:`wetscan.analyse.context.lemmas`).
    """
    path = model_path()
    if path is not None:
        _register_custom_code()
        try:
            nlp = spacy.load(path, exclude=list(UNNEEDED_COMPONENTS), disable=[LEMMATIZER])
        except (OSError, ValueError) as error:
            raise InputError(str(path), _("cannot load the language model ({problem})").format(
                problem=str(error).splitlines()[0])) from None
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
    """Run the pipeline over ``texts`` in batches.

    The legal components first run on the tokens alone: word order and the verb lists settle the
    addressee of most legal sentences. Only the provisions where a clause names an organ but its
    verb or subject stayed unclear go through the trained components (tagger/morphologizer, parser)
    and are analysed again with the parse.
    """
    nlp = load_pipeline()
    texts = list(texts)
    docs = list(nlp.tokenizer.pipe(texts, batch_size=BATCH_SIZE))
    for doc, text in zip(docs, texts):
        keep_text(doc, text)
    organs = nlp.get_pipe("wetscan_organs")
    markers = nlp.get_pipe("wetscan_markers")
    clauses = nlp.get_pipe("wetscan_clauses")
    for doc in docs:
        clauses(markers(organs(doc)))
    unclear = [doc for doc in docs if _needs_parse(doc, clauses)]
    for _, component in statistical_components(nlp):
        if hasattr(component, "pipe"):
            unclear = [doc for batch in _batches(unclear) for doc in component.pipe(batch, batch_size=len(batch))]  # type: ignore[attr-defined]
        else:
            unclear = [component(doc) for doc in unclear]  # type: ignore[operator]
    for doc in unclear:
        clauses(doc)
    return docs


def _batches(docs: list[Doc]) -> Iterator[list[Doc]]:
    """``docs`` in order, in batches of at most BATCH_SIZE docs and about BATCH_TOKENS tokens."""
    batch: list[Doc] = []
    tokens = 0
    for doc in docs:
        if batch and (len(batch) == BATCH_SIZE or tokens + len(doc) > BATCH_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield batch


def _needs_parse(doc: Doc, analyser: ClauseAnalyser) -> bool:
    """Whether a clause of ``doc`` names an organ in its main clause, but word order left its verb or
    subject open.

    Also parsed: a clause with no addressee that names a co-government organ no preposition governs (the
    tagger's finite verbs and parts of speech settle the main clause and inverted word order). Passive
    clauses are otherwise left alone: a parse cannot name the agent a passive leaves out. The organ
    mentions are looked up by position (not scanned per clause, which was quadratic in a long provision).
    """
    mentions = sorted(doc._.organs or (), key=lambda m: m.start)
    starts = [mention.start for mention in mentions]
    for clause in doc._.clauses:
        first = bisect_left(starts, clause.main_start)
        named = first < len(starts) and starts[first] < clause.end
        unclear = clause.verb is None or (not clause.addressees and clause.subject_text is None and not clause.passive)
        if named and unclear:
            return True
        if not clause.addressees and any(
            _free_co_government(doc, analyser, m, clause.start)
            for m in mentions[bisect_left(starts, clause.start) : bisect_left(starts, clause.end)]
        ):
            return True
    return False


def _free_co_government(doc: Doc, analyser: ClauseAnalyser, mention: OrganMention, floor: int) -> bool:
    """A co-government organ (or a short form that may be one) that no preposition governs: it may be the
    subject that word order missed ("Tegelijk met ..., geven gedeputeerde staten ..."); "aan het college" is not."""
    return not mention.foreign and (mention.organ.is_co_government or mention.organ.role == "ambiguous") and (
        analyser.governed_by(doc, mention, floor) is None)
