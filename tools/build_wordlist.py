"""Build the Dutch legal word list that the PDF reader uses to repair line-end hyphenation.

A PDF breaks long words at line ends ("gemeen-" + "schappelijke"); some words carry a real
hyphen ("Staten-Generaal", "zee-eend"). The reader decides by looking the candidates up in a
vocabulary of Dutch statute law. This script collects that vocabulary from the BWB corpus
(``shared/corpora/bwb/*.jsonl.gz``): every word form (lower-cased, hyphenated compounds kept
whole) that occurs at least ``--min-count`` times. The result is a sorted list of word forms with their
frequency ("gemeenschappelijke 5234"), one per line, gzip-compressed: a vocabulary, not text.
The frequency settles the cases where both spellings occur (a rare typo "statengeneraal"
against the common "staten-generaal").

    .venv/bin/python tools/build_wordlist.py [--corpus DIR] [--out PATH] [--min-count N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bwb"
DEFAULT_OUT = REPO_ROOT / "src" / "wetscan" / "ingest" / "data" / "wordlist.txt.gz"

# A word: letters (accents included), optionally joined by single hyphens or apostrophes
# ("Staten-Generaal", "zee-eend", "'s-Gravenhage").
WORD = re.compile(r"(?:'s-)?[^\W\d_]+(?:[-'][^\W\d_]+)*")


def corpus_texts(corpus: Path):
    """Yield every article text (and law title) in the corpus files."""
    for path in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield record.get("title") or ""
                for article in record.get("articles", []):
                    yield article.get("heading") or ""
                    yield article.get("text") or ""


def build(corpus: Path, min_count: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for text in corpus_texts(corpus):
        counts.update(word.lower() for word in WORD.findall(text))
    return sorted((word, count) for word, count in counts.items() if count >= min_count and len(word) > 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=1)
    args = parser.parse_args()
    words = build(args.corpus, args.min_count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("".join(f"{word} {count}\n" for word, count in words))
    print(f"{len(words)} word forms -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
