"""Norm and signal markers: the trigger phrases of triggers.yaml found in a text.

The spaCy component ``wetscan_markers`` stores labelled spans in ``doc._.markers``: labels
"norm:<type>" for the norm markers (domain.md §3) and "signal:<name>" for the rule signals
(§4-§5), e.g. ``norm:power`` on "kan", ``signal:cooperation`` on "werken samen".
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from wetscan.analyse.lexicon import Lexicon, load_lexicon
from wetscan.analyse.patterns import PhraseIndex

if not Doc.has_extension("markers"):
    Doc.set_extension("markers", default=None)


class MarkerFinder:
    """spaCy component: finds trigger phrases (``doc._.markers``)."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        phrases: dict[str, list[str]] = {}
        for norm_type, norm_phrases in lexicon.triggers["norm_markers"].items():
            phrases[f"norm:{norm_type}"] = list(norm_phrases)
        for signal, signal_phrases in lexicon.triggers["signals"].items():
            if isinstance(signal_phrases, list):
                phrases[f"signal:{signal}"] = list(signal_phrases)
        self.index = PhraseIndex(nlp, phrases)

    def __call__(self, doc: Doc) -> Doc:
        doc._.markers = self.index(doc)
        by_label: dict[str, list[Span]] = {}
        for span in doc._.markers:  # sorted by start
            by_label.setdefault(span.label_, []).append(span)
        doc.user_data[_BY_LABEL] = {label: ([s.start for s in spans], spans) for label, spans in by_label.items()}
        return doc


_BY_LABEL = "wetscan_markers_by_label"


def markers_in(doc: Doc, label: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The markers with ``label`` that lie within tokens ``start:end``."""
    found = doc.user_data.get(_BY_LABEL, {}).get(label)
    if found is None:
        return []  # most labels mark nothing in a given provision
    end = len(doc) if end is None else end
    starts, spans = found
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, lo=first)
    return [span for span in spans[first:last] if span.end <= end]


@Language.factory("wetscan_markers")
def make_marker_finder(nlp: Language, name: str) -> MarkerFinder:
    return MarkerFinder(nlp, load_lexicon())
