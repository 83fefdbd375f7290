"""Read Universal Dependencies CoNLL-U files into spaCy ``Doc`` objects.

The Dutch treebanks here come in two flavours: the v2.16 files (Alpino, LassySmall dev/test) with
``# text``, XPOS and ``SpaceAfter=No``, and the 2017 LassySmall train file without XPOS, text or
spacing. This reader handles both, skips multiword-token ranges and empty nodes, and normalises
lemmas so that both releases agree (see :func:`normalise_lemma`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


@dataclass
class Sentence:
    """One treebank sentence; ``heads`` are 0-based token indices (a root points to itself)."""

    sent_id: str
    words: list[str]
    spaces: list[bool] | None
    lemmas: list[str]
    upos: list[str]
    xpos: list[str]
    feats: list[str]
    heads: list[int]
    deps: list[str]
    comments: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, ...]:
        """Identity used to drop duplicate sentences across treebank files."""
        return tuple(self.words)


def normalise_lemma(lemma: str) -> str:
    """Drop Alpino's compound separators: ``klooster_orde`` -> ``kloosterorde``.

    The v2.16 files mark compound parts and separable-verb particles with ``_`` (``op_springen``);
    the 2017 file does not. Without the separator both releases agree and the lemma is a word.
    """
    if lemma in {"_", ""} or "_" not in lemma:
        return lemma
    return lemma.replace("_", "")


def _add_particles(sentence: Sentence) -> None:
    """Give a separable verb its particle in the lemma (``trok ... terug`` -> ``terugtrekken``).

    The v2.16 treebanks already do this (``sprongen ... op`` -> ``op_springen``); the 2017 release
    does not, so lemmas of verbs with a ``compound:prt`` child are completed here when missing.
    """
    for i, dep in enumerate(sentence.deps):
        if dep != "compound:prt":
            continue
        verb = sentence.heads[i]
        particle = sentence.lemmas[i].lower()
        if verb == i or sentence.upos[verb] not in {"VERB", "AUX"}:
            continue
        if not sentence.lemmas[verb].startswith(particle):
            sentence.lemmas[verb] = particle + sentence.lemmas[verb]


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file with normalised lemmas."""
    rows: list[list[str]] = []
    comments: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    count += 1
                    yield _sentence(path, count, rows, comments)
                rows, comments = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword-token range or empty node
                rows.append(cols)
    if rows:
        yield _sentence(path, count + 1, rows, comments)


def _sentence(path: Path, number: int, rows: list[list[str]], comments: list[str]) -> Sentence:
    has_text = any(c.startswith("# text") for c in comments)
    sent_id = next(
        (c.split("=", 1)[1].strip() for c in comments if c.startswith("# sent_id")),
        f"{path.stem}-{number}",
    )
    spaces = [("SpaceAfter=No" not in r[9]) for r in rows] if has_text else None
    sentence = Sentence(
        sent_id=sent_id,
        words=[r[1] for r in rows],
        spaces=spaces,
        lemmas=[normalise_lemma(r[2]) for r in rows],
        upos=[r[3] for r in rows],
        xpos=["" if r[4] == "_" else r[4] for r in rows],
        feats=["" if r[5] == "_" else r[5] for r in rows],
        heads=[(int(r[6]) - 1 if r[6] != "0" else i) for i, r in enumerate(rows)],
        deps=[("ROOT" if r[7] == "root" else r[7]) for r in rows],
        comments=comments,
    )
    _add_particles(sentence)
    return sentence


def to_doc(vocab: Vocab, sentences: Iterable[Sentence]) -> Doc:
    """Join sentences into one annotated ``Doc`` (gold sentence starts, tags, parse, lemmas).

    Sentences without spacing information (2017 release) make a ``Doc`` with unknown spaces, so
    training uses the gold tokens for them instead of re-tokenising guessed text.
    """
    sentences = list(sentences)
    words: list[str] = []
    spaces: list[bool] = []
    known_spaces = all(s.spaces is not None for s in sentences)
    lemmas, upos, xpos, feats, heads, deps, starts = [], [], [], [], [], [], []
    for sentence in sentences:
        offset = len(words)
        words += sentence.words
        spaces += sentence.spaces if sentence.spaces is not None else [True] * len(sentence.words)
        if known_spaces and spaces:
            spaces[-1] = True  # a sentence boundary is always followed by a space
        lemmas += sentence.lemmas
        upos += sentence.upos
        xpos += sentence.xpos
        feats += sentence.feats
        heads += [h + offset for h in sentence.heads]
        deps += sentence.deps
        starts += [True] + [False] * (len(sentence.words) - 1)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces if known_spaces else None,
        lemmas=lemmas,
        pos=upos,
        tags=xpos,
        morphs=feats,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )
    return doc
