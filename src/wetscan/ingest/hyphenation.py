"""Repair words that a printed layout hyphenated across a line end.

A PDF (or text copied from one) breaks long words at the line end: "gemeen-" + "schappelijke".
Some words carry a real hyphen that must stay: proper names ("Staten-Generaal",
"Noord-Holland"), vowel clashes ("zee-eend") and the elliptic compound "gezondheids- en
welzijnszorg", where the hyphen stands for a left-out part and a conjunction follows. The
decision uses a vocabulary of Dutch statute law (``data/wordlist.txt.gz``, built by
``tools/build_wordlist.py`` from the BWB corpus).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

#: After an elliptic hyphen ("gezondheids- en welzijnszorg") a conjunction follows.
CONJUNCTIONS = frozenset({"en", "of", "en/of", "tot", "als", "dan", "noch", "alsmede", "c.q.", "respectievelijk"})

_HYPHENS = "-\u00ad\u2010\u2011"
_LINE_END_HYPHEN = re.compile(rf"([^\W\d_]+)[{_HYPHENS}]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
#: Only the end of a (possibly long, growing) paragraph is searched for the broken word.
_TAIL = 80


@lru_cache(maxsize=1)
def wordlist() -> dict[str, int]:
    """The vocabulary of Dutch statute law: lower-case word forms (hyphenated compounds whole)
    with their frequency in the BWB corpus."""
    data = resources.files("wetscan.ingest").joinpath("data/wordlist.txt.gz").read_bytes()
    words: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        word, _, count = line.rpartition(" ")
        words[word] = int(count)
    return words


def ends_with_hyphen(line: str) -> bool:
    """Whether ``line`` ends in a word broken off with a hyphen ("gemeen-")."""
    return bool(_LINE_END_HYPHEN.search(line[-_TAIL:]))


def join_hyphenated(line: str, next_line: str) -> str:
    """Join ``line`` (ending in "word-") with ``next_line``, dropping the hyphen only if it was
    inserted by the layout."""
    match = _LINE_END_HYPHEN.search(line[-_TAIL:])
    if not match:
        return f"{line} {next_line}"
    head = match.group(1)
    first_token = next_line.split(" ", 1)[0]
    if first_token.lower() in CONJUNCTIONS:
        return f"{line} {next_line}"  # "gezondheids- en welzijnszorg"
    tail_match = _FIRST_WORD.match(next_line)
    if tail_match and keep_hyphen(head, tail_match.group(1)):
        return f"{line[:-1]}-{next_line}"
    return f"{line[:-1]}{next_line}"


def keep_hyphen(head: str, tail: str) -> bool:
    """Decide whether "head-" + "tail" is a word with a real hyphen."""
    words = wordlist()
    joined = words.get(f"{head}{tail}".lower(), 0)
    hyphenated = words.get(f"{head}-{tail}".lower(), 0)
    if joined or hyphenated:
        return hyphenated > joined
    # Two capitalised parts are a name ("Staten-Generaal", "Noord-Holland").
    if head[:1].isupper() and tail[:1].isupper():
        return True
    # Dutch writes a hyphen where two vowels would merge into one sound ("zee-eend", "na-apen").
    if head[-1:].lower() in "aeiou" and tail[:1].lower() in "aeiou" and head[-1:].lower() == tail[:1].lower():
        return True
    return False


def join_lines(lines: list[str]) -> list[str]:
    """Join each line that ends in a hyphenated word with the line after it."""
    joined: list[str] = []
    for line in lines:
        if joined and ends_with_hyphen(joined[-1]):
            joined[-1] = join_hyphenated(joined[-1], line)
        else:
            joined.append(line)
    return joined
