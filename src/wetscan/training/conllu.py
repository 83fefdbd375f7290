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
    #: False when the dependency annotation must not be trained on (an older annotation scheme).
    use_parse: bool = True

    @property
    def key(self) -> tuple[str, ...]:
        """Identity used to drop duplicate sentences across treebank files."""
        return tuple(self.words)


def normalise_lemma(word: str, lemma: str, upos: str) -> str:
    """Turn Alpino's compound lemmas into words: ``verkeer_veiligheid`` -> ``verkeersveiligheid``.

    The v2.16 files split compounds and separable verbs with ``_`` and drop linking sounds
    (``ontwikkeling_fase`` for *ontwikkelingsfasen*); the 2017 file does not. For nouns, adjectives
    and names the lemma becomes the word up to its last part plus that part's lemma, so both releases
    agree; verbs keep their parts joined (``op_springen`` -> ``opspringen``).
    """
    if "_" not in lemma or lemma == "_":
        return lemma
    parts = lemma.split("_")
    if upos in {"VERB", "AUX"} or not parts[-1]:
        return "".join(parts)
    head, lowered = parts[-1], word.lower()
    for size in range(len(head), 2, -1):
        start = lowered.rfind(head[:size].lower())
        if start > 0:
            prefix = word[:start]
            return (prefix.lower() if lemma[:1].islower() else prefix) + head
    return "".join(parts)


def _set_particles(sentence: Sentence, in_lemma: bool) -> None:
    """Put a separated particle into its verb's lemma, or take it out.

    With ``in_lemma`` (the UD v2.16 convention, used for evaluation) *trok ... terug* gets
    ``terugtrekken``; the 2017 release lacks this, so it is added. Without it (used for training)
    the verb keeps ``trekken``: the lemmatizer then only learns morphology, and the pipeline's
    ``wetscan_particle_lemmas`` component adds the particle from the parse.
    """
    for i, dep in enumerate(sentence.deps):
        verb = sentence.heads[i]
        if dep != "compound:prt" or verb == i or sentence.upos[verb] not in {"VERB", "AUX"}:
            continue
        particle, lemma = sentence.words[i].lower(), sentence.lemmas[verb]
        has_particle = lemma.lower().startswith(particle) and len(lemma) > len(particle) + 2
        if in_lemma and not has_particle:
            sentence.lemmas[verb] = particle + lemma
        elif not in_lemma and has_particle:
            sentence.lemmas[verb] = lemma[len(particle) :]


def read_conllu(path: Path, particles_in_lemma: bool = True) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file with normalised lemmas (see :func:`_set_particles`)."""
    rows: list[list[str]] = []
    comments: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    count += 1
                    yield _sentence(path, count, rows, comments, particles_in_lemma)
                rows, comments = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword-token range or empty node
                rows.append(cols)
    if rows:
        yield _sentence(path, count + 1, rows, comments, particles_in_lemma)


def _sentence(
    path: Path, number: int, rows: list[list[str]], comments: list[str], particles_in_lemma: bool
) -> Sentence:
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
        lemmas=[normalise_lemma(r[1], r[2], r[3]) for r in rows],
        upos=[r[3] for r in rows],
        xpos=["" if r[4] == "_" else r[4] for r in rows],
        feats=["" if r[5] == "_" else r[5] for r in rows],
        heads=[(int(r[6]) - 1 if r[6] != "0" else i) for i, r in enumerate(rows)],
        deps=[("ROOT" if r[7] == "root" else r[7]) for r in rows],
        comments=comments,
    )
    _set_particles(sentence, particles_in_lemma)
    return sentence


def to_doc(vocab: Vocab, sentences: Iterable[Sentence]) -> Doc:
    """Join sentences into one annotated ``Doc`` (gold sentence starts, tags, parse, lemmas).

    Sentences without spacing information (2017 release) make a ``Doc`` with unknown spaces, so
    training uses the gold tokens for them instead of re-tokenising guessed text. If any sentence
    has ``use_parse`` off, the ``Doc`` has no dependencies (the parser skips it) but keeps its
    sentence starts, tags, morphology and lemmas.
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
    use_parse = all(s.use_parse for s in sentences)
    return Doc(
        vocab,
        words=words,
        spaces=spaces if known_spaces else None,
        lemmas=lemmas,
        pos=upos,
        tags=xpos,
        morphs=feats,
        heads=heads if use_parse else None,
        deps=deps if use_parse else None,
        sent_starts=None if use_parse else starts,
    )
