"""Match the phrase notation of triggers.yaml against a tokenised text.

Notation: words separated by spaces, matched case-insensitively; ``a|b`` is either word; ``...``
stands for up to six arbitrary words; a one-word phrase ``*plan`` is the word or any compound with
that head ("expertiseplan", "uitvoeringsplan": a Dutch compound is read as its last part). Words are split with the pipeline's own tokenizer, so that
"regio's" or "'s Rijks" match exactly as the tokenizer cuts them.

spaCy's ``Matcher`` can express the gaps (``{"OP": "{0,6}"}``) but explores every gap length from
every frequent word ("is", "wordt"); legal texts are long, so :class:`PhraseIndex` finds the words
before a phrase's first gap (every combination of its alternatives) with spaCy's ``PhraseMatcher``
in one pass over the document, and then searches each gap for the nearest continuation in a
per-document word index. It finds, per phrase and start, the shortest match, which is also the
span a reader would point at.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

GAP = "..."
MAX_GAP = 6
COMPOUND = "*"
#: A compound's modifier has at least this many letters ("expertise" in "expertiseplan").
MIN_MODIFIER = 3


@dataclass(frozen=True)
class Phrase:
    """One compiled phrase: runs of word alternatives, separated by gaps.

    ``ids`` are the same runs as the ids the vocabulary gives the words (a token's ``LOWER``), which
    is what the index compares: reading ``token.lower_`` would make a Python object per token.
    """

    label: str
    runs: tuple[tuple[frozenset[str], ...], ...]
    ids: tuple[tuple[frozenset[int], ...], ...] = ()


def compile_phrase(nlp: Language, label: str, phrase: str) -> Phrase:
    runs: list[list[frozenset[str]]] = [[]]
    for word in phrase.split():
        if word == GAP:
            runs.append([])
        elif "|" in word:
            runs[-1].append(frozenset(alternative.lower() for alternative in word.split("|")))
        else:
            runs[-1].extend(frozenset({token.lower_, token.lower_.replace("'", "’")}) for token in nlp.make_doc(word))
    compiled = tuple(tuple(run) for run in runs if run)
    ids = tuple(tuple(frozenset(nlp.vocab.strings.add(word) for word in words) for words in run) for run in compiled)
    return Phrase(label, compiled, ids)


class PhraseIndex:
    """Labelled phrases, matched against documents."""

    def __init__(self, nlp: Language, phrases: dict[str, list[str]]) -> None:
        #: The words up to a phrase's first gap, every combination of their alternatives; many
        #: phrases share them ("wordt ... verplicht", "wordt ... belast").
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        #: The matcher's key (a string hash) -> the phrases that begin with its words.
        self.by_key: dict[int, list[Phrase]] = {}
        #: (label, head) of the compound phrases ("*plan").
        self.heads: list[tuple[str, str]] = []
        for label, label_phrases in phrases.items():
            for text in label_phrases:
                if text.startswith(COMPOUND) and " " not in text:
                    self.heads.append((label, text[len(COMPOUND) :].lower()))
                    continue
                phrase = compile_phrase(nlp, label, text)
                first = " ".join("|".join(sorted(alternatives)) for alternatives in phrase.runs[0])
                key = nlp.vocab.strings.add(first)
                if key not in self.by_key:
                    self.by_key[key] = []
                    self.matcher.add(first, [Doc(nlp.vocab, words=list(words)) for words in product(*phrase.runs[0])])
                self.by_key[key].append(phrase)
        self.strings = nlp.vocab.strings
        #: Word id -> the labels of the compound phrases the word matches, worked out once per word.
        self.compound_labels = lru_cache(maxsize=None)(self._compound_labels)

    def __call__(self, doc: Doc) -> list[Span]:
        words: list[int] = doc.to_array("LOWER").tolist()
        vocabulary = set(words)
        #: Per key, the phrases whose every run after a gap occurs somewhere in this document.
        candidates: dict[int, list[Phrase]] = {}
        found: set[tuple[str, int, int]] = set()
        for key, start, end in self.matcher(doc):
            phrases = candidates.get(key)
            if phrases is None:
                phrases = candidates[key] = [
                    p for p in self.by_key[key] if all(not run[0].isdisjoint(vocabulary) for run in p.ids[1:])]
            for phrase in phrases:
                match_end = _continue(words, end, phrase.ids[1:])
                if match_end is not None:
                    found.add((phrase.label, start, match_end))
        for word in vocabulary:
            labels = self.compound_labels(word)
            if labels:
                starts = [position for position, other in enumerate(words) if other == word]
                found.update((label, start, start + 1) for label in labels for start in starts)
        return _shortest(doc, found)

    def _compound_labels(self, word_id: int) -> tuple[str, ...]:
        word = self.strings[word_id]
        return tuple(label for label, head in self.heads if word == head or (
            word.endswith(head) and len(word) >= len(head) + MIN_MODIFIER and word[0].isalpha()))


def _run_at(words: list[int], position: int, run: tuple[frozenset[int], ...]) -> bool:
    if position + len(run) > len(words):
        return False
    for offset, alternatives in enumerate(run):
        if words[position + offset] not in alternatives:
            return False
    return True


def _continue(words: list[int], position: int, runs: tuple[tuple[frozenset[int], ...], ...]) -> int | None:
    """End of the shortest match of the phrase's ``runs`` after its first gap, from ``position`` (where its
    first run ends): each run at the nearest place within ``MAX_GAP`` words. None if one is missing."""
    for run in runs:
        last = min(position + MAX_GAP, len(words) - 1)
        for candidate in range(position, last + 1):
            if words[candidate] in run[0] and _run_at(words, candidate, run):
                position = candidate + len(run)
                break
        else:
            return None
    return position


def _shortest(doc: Doc, found: set[tuple[str, int, int]]) -> list[Span]:
    """Per label, overlapping matches keep the shortest."""
    by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for label, start, end in found:
        by_label[label].append((start, end))
    spans: list[Span] = []
    for label, ranges in by_label.items():
        taken: set[int] = set()
        for start, end in sorted(ranges, key=lambda r: (r[1] - r[0], r[0])):
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                spans.append(Span(doc, start, end, label=label))
    return sorted(spans, key=lambda span: (span.start, span.end))
