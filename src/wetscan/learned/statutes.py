"""Statute text for pretraining: every article of the BWB corpus, whole, in document order.

The encoder learns legal Dutch from ``../shared/corpora/bwb`` (tens of millions of words). A small
held-out part, chosen by law so that no article of a held-out law is seen in training, measures
perplexity. The choice is a hash of the law's slug: stable across runs and machines.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

#: Corpus files read for pretraining (the 2015 mirror holds nearly all Dutch statute law).
PRETRAIN_FILES = ("wet-2015.jsonl.gz", "amvb-2015.jsonl.gz", "wet.jsonl.gz", "amvb.jsonl.gz")
#: One law in this many is held out for perplexity.
HELD_OUT_EVERY = 50


def is_held_out(slug: str) -> bool:
    """Whether a law belongs to the held-out part (about 2% of laws)."""
    return int(hashlib.md5(slug.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def iter_articles(corpus_dir: Path, held_out: bool = False) -> Iterator[str]:
    """Yield each article's text (title line first for the first article of a law).

    ``held_out`` selects the held-out laws instead of the training laws.
    """
    for name in PRETRAIN_FILES:
        path = corpus_dir / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if is_held_out(record["slug"]) != held_out:
                    continue
                for index, article in enumerate(record.get("articles", [])):
                    text = (article.get("text") or "").strip()
                    if len(text) < 20:
                        continue
                    if index == 0 and record.get("title"):
                        text = f"{record['title']}\n{text}"
                    yield text
