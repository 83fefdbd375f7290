"""Build the train/dev/test ``DocBin`` files from the UD Dutch treebanks.

Split (see ``../shared/ud/README.md``): train on the v2.16 LassySmall dev and test files, the Alpino
dev file and the 2017 LassySmall train file, with exact duplicate sentences dropped (the v2.16
version wins) and every sentence that also occurs in the Alpino test file removed; a seeded tenth of those sentences is
held out as the dev set for model selection. The Alpino test file is the only reported test set.
Training lemmas leave a separated particle out of the verb lemma (the pipeline's rule component adds
it back); test lemmas keep it, as the treebank does.

The 2017 release follows older UD conventions (``flat:name``, ``det`` for possessives, ``obl`` for
``obl:arg``, copula heads, ...): on the 1,613 sentences it shares with v2.16, 14% of its relations
and 6% of its UPOS tags differ. Its dependencies are therefore not trained on, and its UPOS tags are
mapped to v2.16 where that comparison shows a consistent change (``zijn``/``hun`` DET -> PRON, ``als``
ADP -> SCONJ, ``eerste`` NUM -> ADJ).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from wetscan.training.conllu import Sentence, read_conllu, to_doc

CURRENT_FILES = (
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu",
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
)
OLD_FILE = "UD_Dutch-LassySmall/nl_lassysmall-ud-train-2017.conllu"
TEST_FILE = "UD_Dutch-Alpino/nl_alpino-ud-test.conllu"
SENTENCES_PER_DOC = 10
CLOSED_CLASSES = frozenset({"DET", "PRON", "ADP", "SCONJ", "CCONJ", "AUX", "NUM", "ADV", "PART", "SYM"})


@dataclass
class SplitSizes:
    """Sentence and token counts of a prepared split."""

    train_sentences: int
    train_tokens: int
    dev_sentences: int
    dev_tokens: int
    test_sentences: int
    test_tokens: int
    duplicates_dropped: int


#: Tokens that end a running-text sentence; only after these may another sentence follow in a doc.
SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…", "''", '"', "»", "”"})


def _documents(sentences: list[Sentence], per_doc: int) -> list[list[Sentence]]:
    """Group sentences into documents of at most ``per_doc`` sentences of running text.

    A sentence that does not end like running text (a title, a list item, a caption, LassySmall has
    many) closes its document: otherwise the parser learns to break before any capitalised word.
    """
    documents: list[list[Sentence]] = [[]]
    for sentence in sentences:
        documents[-1].append(sentence)
        if len(documents[-1]) >= per_doc or sentence.words[-1] not in SENTENCE_FINAL:
            documents.append([])
    return [d for d in documents if d]


def _docbin(sentences: list[Sentence], per_doc: int) -> DocBin:
    """Pack sentences into documents (so the parser learns sentence boundaries).

    Sentences of the two releases are never mixed in one document: spacing is only known for one.
    """
    vocab = spacy.blank("nl").vocab
    docbin = DocBin(store_user_data=False)
    for known in (True, False):
        group = [s for s in sentences if (s.spaces is not None) == known]
        for document in _documents(group, per_doc):
            docbin.add(to_doc(vocab, document))
    return docbin


def upos_mapping(old: list[Sentence], current: dict[tuple[str, ...], Sentence]) -> dict[tuple[str, str], str]:
    """Learn ``(word, old UPOS) -> v2.16 UPOS`` from the sentences both releases annotate.

    Kept only where the change is consistent (seen at least 3 times, 70% of them the same new tag)
    and concerns a closed word class: nouns that became names inside a title are not a convention.
    """
    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for sentence in old:
        twin = current.get(sentence.key)
        if twin is None:
            continue
        for word, before, after in zip(sentence.words, sentence.upos, twin.upos):
            seen[(word.lower(), before)][after] += 1
    mapping = {}
    for key, counts in seen.items():
        tag, count = counts.most_common(1)[0]
        closed = key[1] in CLOSED_CLASSES or tag in CLOSED_CLASSES
        if closed and tag != key[1] and count >= 3 and count >= 0.7 * sum(counts.values()):
            mapping[key] = tag
    return mapping


def _harmonise(sentence: Sentence, mapping: dict[tuple[str, str], str]) -> Sentence:
    """Map a 2017 sentence's UPOS tags to v2.16 and leave its dependencies out of training."""
    sentence.upos = [mapping.get((w.lower(), u), u) for w, u in zip(sentence.words, sentence.upos)]
    sentence.use_parse = False
    return sentence


def prepare(ud_dir: Path, out_dir: Path, dev_fraction: float = 0.1, seed: int = 13) -> SplitSizes:
    """Write ``train.spacy``, ``dev.spacy`` and ``test.spacy`` (one sentence per doc) to ``out_dir``."""
    test = list(read_conllu(ud_dir / TEST_FILE))
    seen = {s.key for s in test}
    current = [s for name in CURRENT_FILES for s in read_conllu(ud_dir / name, particles_in_lemma=False)]
    old = list(read_conllu(ud_dir / OLD_FILE, particles_in_lemma=False))
    mapping = upos_mapping(old, {s.key: s for s in current})
    pool: list[Sentence] = []
    dropped = 0
    for sentence in current + [_harmonise(s, mapping) for s in old]:
        if sentence.key in seen:
            dropped += 1
            continue
        seen.add(sentence.key)
        pool.append(sentence)
    random.Random(seed).shuffle(pool)
    n_dev = round(len(pool) * dev_fraction)
    dev, train = pool[:n_dev], pool[n_dev:]
    out_dir.mkdir(parents=True, exist_ok=True)
    _docbin(train, SENTENCES_PER_DOC).to_disk(out_dir / "train.spacy")
    _docbin(dev, SENTENCES_PER_DOC).to_disk(out_dir / "dev.spacy")
    _docbin(test, 1).to_disk(out_dir / "test.spacy")
    return SplitSizes(
        train_sentences=len(train),
        train_tokens=sum(len(s.words) for s in train),
        dev_sentences=len(dev),
        dev_tokens=sum(len(s.words) for s in dev),
        test_sentences=len(test),
        test_tokens=sum(len(s.words) for s in test),
        duplicates_dropped=dropped,
    )
