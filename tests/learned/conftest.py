"""A tiny encoder and reader built by the tests themselves (no download, no ../shared)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

#: Invented provisions in the drafting style of Dutch bills.
TEXTS = [
    "Het college van burgemeester en wethouders stelt jaarlijks een uitvoeringsprogramma vast.",
    "Gedeputeerde staten verlenen de ontheffing, bedoeld in artikel 2.15, eerste lid.",
    "Het dagelijks bestuur van het waterschap houdt een register bij van de keringen.",
    "De aanvrager verstrekt aan Onze Minister de gegevens, bedoeld in artikel 4 (Stb. 2021, 12).",
    "De raad kan bij verordening regels stellen over de inrichting van het meldpunt.",
    "Onze Minister kan nadere regels stellen over de inhoud van het register.",
    "De colleges van burgemeester en wethouders werken samen in regionaal verband.",
    "In deze wet wordt verstaan onder college: het college van burgemeester en wethouders.",
    "Het bestuurscollege draagt zorg voor de uitvoering van deze wet in het openbaar lichaam.",
    "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
]


@pytest.fixture(scope="session")
def tiny_encoder(tmp_path_factory) -> Path:
    """A 1-layer, 32-wide BERT with a WordPiece vocabulary trained on :data:`TEXTS`."""
    from transformers import BertConfig, BertModel

    from wetscan.learned.tokenizer import save_tokenizer, train_tokenizer

    folder = tmp_path_factory.mktemp("encoder")
    tokenizer = train_tokenizer(TEXTS * 5, vocab_size=300)
    save_tokenizer(tokenizer, folder)
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=256, pad_token_id=tokenizer.pad_token_id)
    BertModel(config).save_pretrained(str(folder), safe_serialization=True)
    return folder


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    """A statute corpus folder in the BWB JSON Lines layout, with invented laws."""
    folder = tmp_path_factory.mktemp("bwb")
    with gzip.open(folder / "wet-2015.jsonl.gz", "wt", encoding="utf-8") as handle:
        for n in range(12):
            record = {"slug": f"wet_proefwet_{n}", "title": f"Proefwet {n}",
                      "articles": [{"number": str(i + 1), "heading": "", "text": text} for i, text in enumerate(TEXTS)]}
            handle.write(json.dumps(record) + "\n")
    return folder
