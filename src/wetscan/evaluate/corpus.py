"""Read provisions out of the BWB statute corpus (``../shared/corpora/bwb``).

Our annotations in ``corpora/`` store no statute text: they point at a provision by law slug,
article number and lid number, and the text is looked up here. Two record layouts exist:

* the ``*-2015.jsonl.gz`` files hold whole articles; leden are lines starting with their number
  ("1. ...", "2a. ..."), onderdelen lines starting with a letter or "1°." that belong to the lid
  above them;
* the recent ``wet.jsonl.gz`` / ``amvb.jsonl.gz`` files split articles into entries per lid or
  onderdeel ("2.20.1" = artikel 2.20, eerste lid, in the Omgevingswet). Their numbering depth
  differs per law, so only laws listed in :data:`ARTICLE_DEPTH` are read from them.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CORPUS_FILES_2015 = ("wet-2015.jsonl.gz", "amvb-2015.jsonl.gz")
CORPUS_FILES_RECENT = ("wet.jsonl.gz", "amvb.jsonl.gz")

#: For laws read from the recent files: how many dot-separated parts make the article number.
ARTICLE_DEPTH: dict[str, int] = {
    "omgevingswet": 2,
    "omgevingsbesluit": 2,
    "besluit_kwaliteit_leefomgeving": 2,
}

_LID_LINE = re.compile(r"^(?P<lid>\d+[a-z]?)\.\s*(?=\S)")
#: An onderdeel label glued to its text by the Markdown mirror ("a.op eigen verzoek").
_GLUED_LABEL = re.compile(r"^(?P<label>[a-z]{1,2}|\d+°)\.(?=[^\s.])", re.MULTILINE)


@dataclass(frozen=True)
class CorpusProvision:
    """One lid (or one article without leden) of a statute in the corpus."""

    law: str
    title: str
    article: str
    lid: str | None
    text: str
    #: The article's own heading where the record carries one (2015 files: ``heading``); the corpus
    #: records no chapter or paragraph headings.
    heading: str = ""

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.law, self.article, self.lid)

    @property
    def lid_text(self) -> str:
        """The lid's text as the structure parser gives it: without its number ("1. ")."""
        if self.lid is not None and self.text.startswith(f"{self.lid}."):
            return self.text[len(self.lid) + 1 :].lstrip()
        return self.text


def default_corpus_dir() -> Path:
    """``$WETSCAN_CORPUS`` or ``../shared/corpora/bwb`` next to the repository."""
    env = os.environ.get("WETSCAN_CORPUS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpora" / "bwb"


def split_leden(text: str) -> list[tuple[str | None, str]]:
    """Split a 2015-style article text into ``(lid, text)`` pairs.

    Lines before the first numbered lid (or all lines, for an article without leden) form one
    provision with lid ``None``; onderdeel lines stay with the lid above them, their label
    separated from the text as printed ("a. op eigen verzoek").
    """
    provisions: list[tuple[str | None, list[str]]] = []
    for line in _GLUED_LABEL.sub(r"\g<label>. ", text).split("\n"):
        line = line.strip()
        if not line:
            continue
        match = _LID_LINE.match(line)
        if match:
            provisions.append((match.group("lid"), [line]))
        elif provisions:
            provisions[-1][1].append(line)
        else:
            provisions.append((None, [line]))
    return [(lid, "\n".join(lines)) for lid, lines in provisions]


def _read_2015(path: Path) -> Iterator[CorpusProvision]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for article in record["articles"]:
                for lid, text in split_leden(article["text"]):
                    yield CorpusProvision(record["slug"], record["title"], article["number"], lid, text,
                                          (article.get("heading") or "").strip())


def _read_recent(path: Path) -> Iterator[CorpusProvision]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            depth = ARTICLE_DEPTH.get(record["slug"])
            if depth is None:
                continue
            grouped: dict[tuple[str, str | None], list[str]] = {}
            for entry in record["articles"]:
                parts = entry["number"].split(".")
                article = ".".join(parts[:depth])
                lid = parts[depth] if len(parts) > depth and parts[depth].isdigit() else None
                label = parts[-1] if len(parts) > depth + (lid is not None) else None
                text = entry["text"].strip()
                if label:
                    text = f"{label}. {text}" if not label.endswith("°") else f"{label} {text}"
                grouped.setdefault((article, lid), []).append(text)
            for (article, lid), lines in grouped.items():
                text = "\n".join(lines)
                if lid is not None:
                    text = f"{lid}. {text}"
                yield CorpusProvision(record["slug"], record["title"], article, lid, text)


def iter_corpus(corpus_dir: Path | None = None) -> Iterator[CorpusProvision]:
    """Every provision of every law in the corpus."""
    corpus_dir = corpus_dir or default_corpus_dir()
    for name in CORPUS_FILES_2015:
        if (corpus_dir / name).exists():
            yield from _read_2015(corpus_dir / name)
    for name in CORPUS_FILES_RECENT:
        if (corpus_dir / name).exists():
            yield from _read_recent(corpus_dir / name)


@lru_cache(maxsize=4)
def load_corpus(corpus_dir: Path | None = None, laws: frozenset[str] | None = None) -> dict:
    """Index the corpus by ``(law, article, lid)``; restrict to ``laws`` when given."""
    index: dict[tuple[str, str, str | None], CorpusProvision] = {}
    for provision in iter_corpus(corpus_dir):
        if laws is not None and provision.law not in laws:
            continue
        index.setdefault(provision.key, provision)
    return index


#: The layer prefix and BWB suffix of a corpus slug ("wet_wet_geluidhinder", "omgevingswet").
_SLUG_PARTS = re.compile(r"^(?:wet|amvb|wet-bes|amvb-bes|rijkswet)_|_bwb[rv]\d+$", re.IGNORECASE)


def law_names(entries: list[CorpusProvision]) -> set[str]:
    """Every name a corpus law answers to, compared as :func:`~wetscan.amend.library.law_key` does: its
    title, the short title in brackets after a long title, its citation title and its slug."""
    from wetscan.amend.library import law_key, titles

    names = titles(entries[0].title, [entry.text for entry in entries])
    names.add(_SLUG_PARTS.sub("", entries[0].law).replace("_", " "))
    return {law_key(name) for name in names if name}


def find_laws(names: set[str], corpus_dir: Path | None = None) -> dict[str, list[CorpusProvision]]:
    """The provisions of the corpus laws that answer to any of ``names`` (law keys), keyed by that name: one
    pass over the corpus, keeping only the laws asked for."""
    found: dict[str, list[CorpusProvision]] = {}
    if not names:
        return found
    group: list[CorpusProvision] = []

    def keep(entries: list[CorpusProvision]) -> None:
        for name in law_names(entries) & names if entries else ():
            found.setdefault(name, entries)

    for provision in iter_corpus(corpus_dir):
        if group and provision.law != group[0].law:
            keep(group)
            group = []
        group.append(provision)
    keep(group)
    return found
