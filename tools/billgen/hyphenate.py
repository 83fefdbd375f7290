"""Simple Dutch hyphenation at syllable boundaries, for justified Kamerstuk text.

Real typesetting uses pattern dictionaries; this approximation is good enough to produce the
line-end breaks a PDF reader must repair ("gemeen-" + "schappelijke"). A syllable boundary lies
between two vowel groups: one consonant goes to the next syllable (ge-meen), of two or more
consonants the longest cluster that can start a Dutch syllable does (gemeen-schap, be-stuur,
sa-men-wer-king). A word that already contains a hyphen ("Staten-Generaal") breaks there.
"""

from __future__ import annotations

import re

VOWEL_GROUPS = ("aai", "ooi", "oei", "eeu", "ieu", "ij", "aa", "ee", "oo", "uu", "ie", "oe", "ou",
                "au", "ei", "eu", "ui", "a", "e", "i", "o", "u", "y", "é", "ë", "ï", "ö", "ü")
ONSETS = ("schr", "spr", "str", "spl", "sch", "sk", "sl", "sm", "sn", "sp", "st", "sw", "tr", "pr",
          "br", "dr", "gr", "kr", "fr", "vr", "wr", "pl", "bl", "kl", "gl", "fl", "kw", "zw", "tw",
          "dw", "ch")
MIN_PART = 2  # never leave fewer letters than this on either side of a break
WORD = re.compile(r"^[A-Za-zéëïöüèà]+$")


def _vowel_spans(word: str) -> list[tuple[int, int]]:
    spans = []
    i = 0
    lower = word.lower()
    while i < len(lower):
        for group in VOWEL_GROUPS:
            if lower.startswith(group, i):
                spans.append((i, i + len(group)))
                i += len(group)
                break
        else:
            i += 1
    return spans


def syllable_breaks(word: str) -> list[int]:
    """Positions in ``word`` where a hyphen may be inserted (prefix = word[:pos])."""
    if not WORD.match(word):
        return []
    lower = word.lower()
    spans = _vowel_spans(word)
    breaks = []
    for (_, end), (start, _) in zip(spans, spans[1:]):
        cluster = lower[end:start]
        if not cluster:
            continue  # hiatus (ge-ïn-): leave alone
        if len(cluster) == 1:
            pos = end
        else:
            pos = start - 1
            for onset in ONSETS:
                if cluster.endswith(onset):
                    pos = start - len(onset)
                    break
        if MIN_PART <= pos <= len(word) - MIN_PART:
            breaks.append(pos)
    return breaks


def break_points(word: str) -> list[tuple[str, str]]:
    """All ways to split ``word`` over two lines, as (first line part incl. hyphen, rest).

    A word with its own hyphen breaks after it (the hyphen stays, nothing is added); the parts
    of a hyphenated compound are hyphenated themselves as well. Trailing punctuation stays with
    the rest.
    """
    match = re.match(r"^(.*?)([.,;:)»”’]*)$", word)
    core, tail = match.group(1), match.group(2)  # type: ignore[union-attr]
    options: list[tuple[str, str]] = []
    offset = 0
    for index, piece in enumerate(core.split("-")):
        for pos in syllable_breaks(piece):
            cut = offset + pos
            options.append((core[:cut] + "-", core[cut:] + tail))
        offset += len(piece) + 1
        if index < core.count("-"):
            cut = offset
            if 0 < cut < len(core):
                options.append((core[:cut], core[cut:] + tail))
    return sorted(options, key=lambda option: len(option[0]))
