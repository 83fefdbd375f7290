"""Harmonising the 2017 LassySmall annotation with UD v2.16."""

from __future__ import annotations

from wetscan.training.conllu import Sentence
from wetscan.training.prepare import upos_mapping


def _sentence(words: list[str], upos: list[str]) -> Sentence:
    n = len(words)
    return Sentence("s", words, None, words, upos, [""] * n, [""] * n, list(range(n)), ["dep"] * n)


def test_upos_mapping_keeps_consistent_closed_class_changes() -> None:
    words = ["Hij", "ziet", "zijn", "museum"]
    old = [_sentence(words, ["PRON", "VERB", "DET", "NOUN"]) for _ in range(3)]
    current = {tuple(words): _sentence(words, ["PRON", "VERB", "PRON", "PROPN"])}
    assert upos_mapping(old, current) == {("zijn", "DET"): "PRON"}
