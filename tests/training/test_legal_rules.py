"""Legal tokenizer special cases and the sentence-boundary rules, on a blank Dutch pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from wetscan.training.legal_rules import add_legal_special_cases


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("nl")
    add_legal_special_cases(nlp)
    nlp.add_pipe("wetscan_legal_sentences")
    return nlp


def test_citations_stay_single_tokens(nlp: Language) -> None:
    doc = nlp("Zie artikel 2.3, eerste lid, jo. artikel 2.15 (Stb. 2010, 12; Stcrt. 2011, nr. 3), 1°. en 2°")
    words = [t.text for t in doc]
    for token in ("2.3", "jo.", "2.15", "Stb.", "Stcrt.", "nr.", "1°.", "2°"):
        assert token in words


def test_no_sentence_break_after_labels_and_abbreviations(nlp: Language) -> None:
    doc = nlp("1. Het college stelt vast:\na. een plan;\nb. een verordening jo. artikel 3.\n2. De raad beslist.")
    forbidden = {t.text for t in doc if t.is_sent_start is False}
    assert {"Het", "een", "b.", "artikel", "De"} <= forbidden
    assert doc[[t.text for t in doc].index("2")].is_sent_start is True


def test_inline_lid_number_is_left_to_the_parser(nlp: Language) -> None:
    doc = nlp("De raad beslist in 2015. De raad beslist.")
    assert all(t.is_sent_start is None for t in doc[1:])
