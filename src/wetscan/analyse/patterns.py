"""Turn the phrase notation of triggers.yaml into spaCy Matcher patterns.

Notation: words separated by spaces, matched case-insensitively; ``a|b`` is either word; ``...``
stands for up to six arbitrary words. Words are split with the pipeline's own tokenizer, so that
"regio's" or "'s Rijks" match exactly as the tokenizer cuts them.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

GAP = "..."
MAX_GAP = 6


def phrase_pattern(nlp: Language, phrase: str) -> list[dict[str, Any]]:
    """The Matcher pattern for one phrase."""
    pattern: list[dict[str, Any]] = []
    for word in phrase.split():
        if word == GAP:
            pattern.append({"OP": f"{{0,{MAX_GAP}}}"})
        elif "|" in word:
            pattern.append({"LOWER": {"IN": [alternative.lower() for alternative in word.split("|")]}})
        else:
            pattern.extend({"LOWER": token.lower_} for token in nlp.make_doc(word))
    return pattern


def build_matcher(nlp: Language, phrases: dict[str, list[str]]) -> Matcher:
    """A Matcher with one label per key of ``phrases``."""
    matcher = Matcher(nlp.vocab)
    for label, label_phrases in phrases.items():
        matcher.add(label, [phrase_pattern(nlp, phrase) for phrase in label_phrases])
    return matcher


def shortest_matches(doc: Doc, matcher: Matcher) -> list[Span]:
    """All matches as labelled spans; per label, overlapping matches keep the shortest.

    Gap patterns ("is ... verplicht") match many times over; the shortest match is the one a
    reader points at.
    """
    by_label: dict[str, list[tuple[int, int]]] = {}
    for match_id, start, end in matcher(doc):
        by_label.setdefault(doc.vocab.strings[match_id], []).append((start, end))
    spans: list[Span] = []
    for label, ranges in by_label.items():
        taken: set[int] = set()
        for start, end in sorted(ranges, key=lambda r: (r[1] - r[0], r[0])):
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                spans.append(Span(doc, start, end, label=label))
    return sorted(spans, key=lambda span: (span.start, span.end))
