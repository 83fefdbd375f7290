"""The shipped pipeline ``models/nl_wetscan`` loads offline and parses legal Dutch sensibly."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from spacy.language import Language

from wetscan.errors import WetscanError
from wetscan.training.pipeline import load_pipeline

pytestmark = pytest.mark.slow


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("the pipeline tried to use the network")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The shipped pipeline, loaded once with every socket connection forbidden."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _no_network)
        return load_pipeline()


def test_missing_pipeline_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(WetscanError, match="Nederlandse pijplijn niet gevonden"):
        load_pipeline(tmp_path)


def test_loading_is_cached(nlp: Language) -> None:
    assert load_pipeline() is nlp


def test_pipeline_components(nlp: Language) -> None:
    names = nlp.pipe_names
    for name in ("tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer"):
        assert name in names
    assert names.index("wetscan_legal_sentences") < names.index("parser")
    assert names.index("wetscan_legal_sentences_repair") == names.index("parser") + 1
    assert names[-1] == "wetscan_particle_lemmas"


def test_parses_a_task_for_the_college(nlp: Language) -> None:
    doc = nlp("Het college van burgemeester en wethouders stelt binnen acht weken een besluit vast.")
    by_text = {t.text: t for t in doc}
    stelt, college = by_text["stelt"], by_text["college"]
    assert stelt.pos_ == "VERB"
    assert stelt.dep_ == "ROOT"
    assert college.dep_ == "nsubj" and college.head == stelt
    assert by_text["besluit"].dep_ == "obj"
    assert stelt.lemma_ == "vaststellen"
    assert by_text["weken"].lemma_ == "week"
    assert by_text["vast"].dep_ == "compound:prt"


def test_enumeration_is_one_sentence_per_lid(nlp: Language) -> None:
    text = (
        "1. Gedeputeerde staten stellen een plan vast, waarin in ieder geval zijn opgenomen:\n"
        "a. de doelen;\n"
        "b. de maatregelen, bedoeld in artikel 2.3, eerste lid, jo. artikel 2.15.\n"
        "2. Het plan wordt openbaar gemaakt."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert len(sentences) == 2
    assert sentences[0].startswith("1. Gedeputeerde staten") and sentences[0].endswith("artikel 2.15.")
    assert sentences[1] == "2. Het plan wordt openbaar gemaakt."
