"""Legal tokenizer special cases and the sentence-boundary rules, on a blank Dutch pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


def test_breaks_only_after_sentence_final_punctuation(nlp: Language) -> None:
    doc = nlp("Onze Minister beslist in 2015. Gedeputeerde Staten beslissen, zegt J.M. de Vries.")
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Minister"] is False and starts["Staten"] is False and starts["de"] is False
    # After a full stop the parser decides.
    assert starts["Gedeputeerde"] is None


def test_repair_joins_label_and_forbidden_breaks() -> None:
    """A parse that made ``1 .`` and the onderdeel after ``;`` sentences of their own is repaired."""
    nlp = spacy.blank("nl")
    words = ["1", ".", "Het", "college", "beslist", ";", "\n", "a.", "de", "raad", "ook", "."]
    spaces = [False, True, True, True, False, False, False, True, True, True, False, False]
    heads = [0, 0, 3, 4, 4, 4, 6, 9, 9, 9, 9, 9]
    deps = ["ROOT", "punct", "det", "nsubj", "ROOT", "punct", "ROOT", "dep", "det", "ROOT", "advmod", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    assert len(list(doc.sents)) == 4
    doc = nlp.add_pipe("wetscan_legal_sentences_repair")(doc)
    assert len(list(doc.sents)) == 1
    assert doc[0].head.text == "beslist" and doc[0].dep_ == "dep"
    assert doc[9].head.text == "beslist" and doc[9].dep_ == "parataxis"
    assert doc[6].head.i == 5


def test_particle_joins_the_verb_lemma() -> None:
    nlp = spacy.blank("nl")
    words = ["Het", "college", "stelt", "het", "plan", "vast", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 2, 4, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "obj", "compound:prt", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PUNCT"],
        lemmas=["het", "college", "stellen", "het", "plan", "vast", "."],
    )
    doc = nlp.add_pipe("wetscan_particle_lemmas")(doc)
    assert doc[2].lemma_ == "vaststellen"
    assert nlp.get_pipe("wetscan_particle_lemmas")(doc)[2].lemma_ == "vaststellen"
