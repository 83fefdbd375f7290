"""The spaCy pipeline: loads offline, carries the legal components, processes in batches."""

from __future__ import annotations

import pytest

from wetscan.analyse.pipeline import LEGAL_COMPONENTS, load_pipeline, model_path, process


def test_legal_components_are_in_the_pipeline() -> None:
    nlp = load_pipeline()
    assert list(LEGAL_COMPONENTS) == nlp.pipe_names[-len(LEGAL_COMPONENTS) :]


def test_parse_only_where_word_order_leaves_the_subject_open() -> None:
    clear, unclear = process(["Het college stelt een plan vast.", "Het college en de raad in gezamenlijke vergadering bijeen."])
    assert clear._.clauses[0].addressees
    if model_path() is not None:
        assert not clear.has_annotation("DEP") and unclear.has_annotation("DEP")


def test_batch_processing_keeps_order_and_texts() -> None:
    texts = ["Het college beslist.", "", "Er is een register.", "De raad stelt regels."]
    docs = process(texts)
    assert [doc.text for doc in docs] == texts
    assert docs[1]._.clauses == []


@pytest.mark.slow
@pytest.mark.skipif(model_path() is None, reason="no trained model shipped in models/nl_wetscan")
def test_shipped_model_loads_offline(monkeypatch) -> None:
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the model must load without network access")

    monkeypatch.setattr(socket, "create_connection", no_network)
    load_pipeline.cache_clear()
    nlp = load_pipeline()
    assert {"tagger", "parser"} & set(nlp.pipe_names) or "morphologizer" in nlp.pipe_names
    doc = nlp("Het college stelt een plan vast.")
    assert doc.has_annotation("DEP") and doc._.clauses[0].addressees


def test_missing_model_directory_is_a_one_line_error(monkeypatch, tmp_path) -> None:
    from wetscan.errors import InputError

    monkeypatch.setenv("WETSCAN_MODEL", str(tmp_path / "no-such-model"))
    load_pipeline.cache_clear()
    try:
        with pytest.raises(InputError, match="no-such-model"):
            load_pipeline()
    finally:
        monkeypatch.delenv("WETSCAN_MODEL")
        load_pipeline.cache_clear()
