"""Match the phrase notation of triggers.yaml against a tokenised text.

Notation: words separated by spaces, matched case-insensitively; ``a|b`` is either word; ``...``
stands for up to six arbitrary words; a one-word phrase ``*plan`` is the word or any compound with
that head ("expertiseplan", "uitvoeringsplan": a Dutch compound is read as its last part). Words are split with the pipeline's own tokenizer, so that
"regio's" or "'s Rijks" match exactly as the tokenizer cuts them.

spaCy's ``Matcher`` can express the gaps (``{"OP": "{0,6}"}``) but explores every gap length from
every frequent word ("is", "wordt"); legal texts are long, so :class:`PhraseIndex` matches by
looking up the first word of each phrase in a per-document word index and then searching each gap
for the nearest continuation. It finds, per phrase and start, the shortest match, which is also the
span a reader would point at.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

GAP = "..."
MAX_GAP = 6
COMPOUND = "*"
#: A compound's modifier has at least this many letters ("expertise" in "expertiseplan").
MIN_MODIFIER = 3


@dataclass(frozen=True)
class Phrase:
    """One compiled phrase: runs of word alternatives, separated by gaps."""

    label: str
    runs: tuple[tuple[frozenset[str], ...], ...]


def compile_phrase(nlp: Language, label: str, phrase: str) -> Phrase:
    runs: list[list[frozenset[str]]] = [[]]
    for word in phrase.split():
        if word == GAP:
            runs.append([])
        elif "|" in word:
            runs[-1].append(frozenset(alternative.lower() for alternative in word.split("|")))
        else:
            runs[-1].extend(frozenset({token.lower_, token.lower_.replace("'", "’")}) for token in nlp.make_doc(word))
    return Phrase(label, tuple(tuple(run) for run in runs if run))


class PhraseIndex:
    """Labelled phrases, matched against documents."""

    def __init__(self, nlp: Language, phrases: dict[str, list[str]]) -> None:
        self.by_first_word: dict[str, list[Phrase]] = defaultdict(list)
        #: (label, head) of the compound phrases ("*plan").
        self.heads: list[tuple[str, str]] = []
        for label, label_phrases in phrases.items():
            for text in label_phrases:
                if text.startswith(COMPOUND) and " " not in text:
                    self.heads.append((label, text[len(COMPOUND) :].lower()))
                    continue
                phrase = compile_phrase(nlp, label, text)
                for word in phrase.runs[0][0]:
                    self.by_first_word[word].append(phrase)

    def __call__(self, doc: Doc) -> list[Span]:
        words = [token.lower_ for token in doc]
        positions: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            positions[word].append(position)
        found: set[tuple[str, int, int]] = set()
        for word, starts in positions.items():
            for phrase in self.by_first_word.get(word, ()):
                for start in starts:
                    end = _match(words, positions, start, phrase.runs)
                    if end is not None:
                        found.add((phrase.label, start, end))
            for label, head in self.heads:
                if word == head or (word.endswith(head) and len(word) >= len(head) + MIN_MODIFIER and word[0].isalpha()):
                    found.update((label, start, start + 1) for start in starts)
        return _shortest(doc, found)


def _run_at(words: list[str], position: int, run: tuple[frozenset[str], ...]) -> bool:
    if position + len(run) > len(words):
        return False
    for offset, alternatives in enumerate(run):
        if words[position + offset] not in alternatives:
            return False
    return True


def _match(
    words: list[str], positions: dict[str, list[int]], start: int, runs: tuple[tuple[frozenset[str], ...], ...]
) -> int | None:
    """End of the shortest match of ``runs`` starting at ``start``, or None."""
    if not _run_at(words, start, runs[0]):
        return None
    position = start + len(runs[0])
    for run in runs[1:]:
        candidates = [
            p for word in run[0] for p in positions.get(word, ()) if position <= p <= position + MAX_GAP
        ]
        for candidate in sorted(candidates):
            if _run_at(words, candidate, run):
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
