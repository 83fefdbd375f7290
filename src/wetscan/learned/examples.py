"""Training examples for the reader: annotated provisions with their context and actor words.

The annotations (``corpora/annotations``) name the addressed organ as a lemma ("college van
burgemeester en wethouders"); the text may say "het college" or "burgemeester en wethouders". The
actor words are found by searching the provision for the organ and its usual short forms; when the
organ is not in the text (it was read from context) the example teaches no actor words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wetscan.evaluate.annotations import Annotation
from wetscan.evaluate.corpus import CorpusProvision
from wetscan.learned.reader import ReaderInput
from wetscan.model import LAYERS, NORM_TYPES

#: Short forms under which an organ lemma appears in running text.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "college van burgemeester en wethouders": ("burgemeester en wethouders", "college"),
    "raad": ("gemeenteraad", "raad"),
    "gedeputeerde staten": ("gedeputeerde staten",),
    "provinciale staten": ("provinciale staten", "staten"),
    "onze minister": ("onze minister", "minister"),
    "dagelijks bestuur": ("dagelijks bestuur", "bestuur"),
    "algemeen bestuur": ("algemeen bestuur", "bestuur"),
    "bestuurscollege": ("bestuurscollege",),
    "eilandsraad": ("eilandsraad",),
}
CONTEXT_CHARS = 600


@dataclass(frozen=True)
class Example:
    """One annotated provision, ready to be encoded."""

    input: ReaderInput
    layers: tuple[float, ...]
    cooperation: float
    norm: int
    actor: tuple[int, int] | None  # character span in the text; None: no actor in the text
    actor_known: bool  # False when the organ was read from context: teach no actor words


def actor_in_text(organ: str | None, text: str) -> tuple[tuple[int, int] | None, bool]:
    """Find the organ's words in the text: (span, known). No organ: no actor, known."""
    if not organ:
        return None, True
    lemma = organ.strip().lower()
    forms = (lemma, *SHORT_FORMS.get(lemma, ()))
    if " van " in lemma:
        forms += (lemma.split(" van ")[0],)
    for form in forms:
        match = re.search(rf"\b{re.escape(form)}\b", text, flags=re.IGNORECASE)
        if match:
            return (match.start(), match.end()), True
    return None, False


def provision_context(entry: CorpusProvision, earlier: Sequence[CorpusProvision]) -> str:
    """The law's title and the article's earlier leden, newest last, cut to a few hundred characters."""
    parts = [entry.title or ""] + [" ".join(e.lid_text.split()) for e in earlier]
    context = " | ".join(p for p in parts if p)
    return context[-CONTEXT_CHARS:]


def build_examples(annotations: Sequence[Annotation], corpus: Mapping[tuple, CorpusProvision]) -> list[Example]:
    """Examples for the annotations whose text the corpus holds (in annotation order)."""
    by_article: dict[tuple[str, str], list[CorpusProvision]] = {}
    for entry in corpus.values():
        by_article.setdefault((entry.law, entry.article), []).append(entry)
    examples = []
    for annotation in annotations:
        entry = corpus.get(annotation.key)
        if entry is None and annotation.text is None:
            continue
        text = " ".join((entry.lid_text if entry else annotation.text).split())
        siblings = by_article.get((annotation.law, annotation.article), []) if entry else []
        earlier = siblings[: siblings.index(entry)] if entry in siblings else []
        context = provision_context(entry, earlier) if entry else ""
        span, known = actor_in_text(annotation.organ, text)
        examples.append(Example(
            input=ReaderInput(text=text, context=context),
            layers=tuple(1.0 if layer in annotation.layers else 0.0 for layer in LAYERS),
            cooperation=1.0 if annotation.mandatory_cooperation else 0.0,
            norm=NORM_TYPES.index(annotation.norm_type),
            actor=span,
            actor_known=known,
        ))
    return examples
