"""The legal-Dutch vocabulary and the resumable masked-language-model pretraining."""

from __future__ import annotations

import json

from transformers import AutoModel, AutoTokenizer

from wetscan.learned.encoder import EncoderSpec, pretrain
from wetscan.learned.tokenizer import legal_pre_tokenizer


def test_pre_tokenizer_keeps_legal_references_whole():
    words = [w for w, _ in legal_pre_tokenizer().pre_tokenize_str("artikel 2.15, onder 1°, Stb. 2012, 34 jo. artikel 81q")]
    assert words == ["artikel", "2.15", ",", "onder", "1°", ",", "Stb.", "2012", ",", "34", "jo.", "artikel", "81q"]


def test_pre_tokenizer_splits_ordinary_punctuation():
    words = [w for w, _ in legal_pre_tokenizer().pre_tokenize_str("Het college stelt vast.")]
    assert words == ["Het", "college", "stelt", "vast", "."]


def test_pretraining_writes_a_loadable_encoder_and_resumes(tiny_corpus, tmp_path):
    spec = EncoderSpec(vocab_size=300, hidden=32, layers=1, heads=2, intermediate=64, block=32, batch=4,
                       warmup=2, max_steps=3)
    output, work = tmp_path / "encoder", tmp_path / "work"
    first = pretrain(tiny_corpus, output, work, minutes=5, spec=spec)
    assert first["steps"] == 3 and first["heldout_perplexity"] > 1
    model = AutoModel.from_pretrained(str(output))
    tokenizer = AutoTokenizer.from_pretrained(str(output))
    assert model.config.hidden_size == 32 and tokenizer.mask_token == "[MASK]"
    assert (output / "model.safetensors").exists()
    assert json.loads((output / "pretraining.json").read_text())["steps"] == 3

    longer = EncoderSpec(**{**spec.__dict__, "max_steps": 5})
    second = pretrain(tiny_corpus, output, work, minutes=5, spec=longer)
    assert second["steps"] == 5  # resumed from the checkpoint at step 3, not restarted
