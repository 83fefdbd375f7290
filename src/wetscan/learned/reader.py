"""The provision reader: a fine-tuned encoder that reads a provision with its context.

For each provision it gives the probability that each co-government layer is given a task or power,
that co-governments are bound to cooperate, the norm type, and — per word — whether the word is
part of the *actor* (the organ that must or may act). The actor words make a model finding as
traceable as a rule finding: the report shows which words the reader took as the actor.

The input is a pair: the provision's own text, then its context (the law's title, headings, and
the article's earlier leden), so that "Het programma bevat ..." can be read knowing that the
previous lid said "Gedeputeerde staten stellen een programma vast".

A trained reader is a folder in the Hugging Face layout (the encoder's ``config.json``,
``model.safetensors`` and tokenizer files) plus ``reader_heads.safetensors`` and ``reader.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn
from transformers import AutoModel, AutoTokenizer
from transformers.utils import logging as hf_logging

from wetscan.model import LAYERS, NORM_TYPES

MAX_LENGTH = 160
#: CPU threads for reading. The encoder is small (4 layers, 256 wide): a second thread on its
#: matrices costs about twice the CPU time for little gain in wall-clock time on a shared 2-core
#: machine, and each batch worker already has a core of its own.
READ_THREADS = 1
#: Provisions per batch when reading. Batches are sorted by length and padded to their longest
#: member only; a small batch keeps the activations small (8 × 160 tokens: about 15 MB; 32: about
#: 70 MB more peak memory) at the same speed.
READ_BATCH = 8


@dataclass(frozen=True)
class ReaderInput:
    """A provision's text and the context it is read with."""

    text: str
    context: str = ""


@dataclass(frozen=True)
class Reading:
    """What the reader made of one provision."""

    layers: dict[str, float]
    cooperation: float
    norm_type: str
    norm_probability: float
    actor: tuple[int, int] | None  # character span in the provision text
    actor_probability: float


class ProvisionReader(nn.Module):
    """An encoder with four heads: layers, cooperation, norm type (on [CLS]) and actor (per token)."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        hidden = encoder.config.hidden_size
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.layer_head = nn.Linear(hidden, len(LAYERS))
        self.cooperation_head = nn.Linear(hidden, 1)
        self.norm_head = nn.Linear(hidden, len(NORM_TYPES))
        self.actor_head = nn.Linear(hidden, 1)

    def forward(self, input_ids, attention_mask, token_type_ids=None) -> dict[str, torch.Tensor]:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
        hidden = self.dropout(states.last_hidden_state)
        first = hidden[:, 0]
        return {
            "layers": self.layer_head(first),
            "cooperation": self.cooperation_head(first).squeeze(-1),
            "norm": self.norm_head(first),
            "actor": self.actor_head(hidden).squeeze(-1),
        }

    def heads(self) -> dict[str, torch.Tensor]:
        return {k: v for k, v in self.state_dict().items() if not k.startswith("encoder.")}


def encode(tokenizer, inputs: list[ReaderInput], max_length: int = MAX_LENGTH):
    """Tokenise provision/context pairs; the longer of the two is cut first when they are too long
    (so a long context gives way to the provision, and a provision longer than the budget is cut)."""
    return tokenizer(
        [i.text for i in inputs],
        [i.context or " " for i in inputs],
        truncation="longest_first",
        max_length=max_length,
        padding=True,
        return_offsets_mapping=True,
        return_tensors="pt",
    )


def save_reader(model: ProvisionReader, tokenizer, folder: Path, info: dict) -> None:
    """Write a trained reader: encoder and tokenizer (HF layout, half precision), heads, info."""
    folder.mkdir(parents=True, exist_ok=True)
    model.encoder.half().save_pretrained(str(folder), safe_serialization=True)
    model.encoder.float()
    tokenizer.save_pretrained(str(folder))
    save_file({k: v.contiguous() for k, v in model.heads().items()}, str(folder / "reader_heads.safetensors"))
    info = {"layers": list(LAYERS), "norm_types": list(NORM_TYPES), "max_length": MAX_LENGTH, **info}
    (folder / "reader.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


class Reader:
    """A trained reader loaded for inference (CPU; once per process, see :func:`load_reader`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.info = json.loads((folder / "reader.json").read_text(encoding="utf-8"))
        hf_logging.disable_progress_bar()  # no "Loading weights" bar in a drafter's terminal
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
        encoder = AutoModel.from_pretrained(str(folder), dtype=torch.float32)
        self.model = ProvisionReader(encoder)
        self.model.load_state_dict(load_file(str(folder / "reader_heads.safetensors")), strict=False)
        self.model.eval()

    def read(self, inputs: list[ReaderInput], batch_size: int = READ_BATCH) -> list[Reading]:
        """Read provisions in length-sorted batches (padded to the longest in the batch, so little
        padding); results in input order. Runs on :data:`READ_THREADS` threads."""
        threads = torch.get_num_threads()
        torch.set_num_threads(READ_THREADS)
        try:
            return self._read(inputs, batch_size)
        finally:
            torch.set_num_threads(threads)

    @torch.inference_mode()
    def _read(self, inputs: list[ReaderInput], batch_size: int) -> list[Reading]:
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i].text) + len(inputs[i].context))
        readings: list[Reading | None] = [None] * len(inputs)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            batch = encode(self.tokenizer, [inputs[i] for i in chunk], self.info.get("max_length", MAX_LENGTH))
            offsets = batch.pop("offset_mapping")
            out = self.model(**batch)
            for row, index in enumerate(chunk):
                readings[index] = self._reading(out, row, offsets[row], batch.sequence_ids(row))
        return readings  # type: ignore[return-value]

    def _reading(self, out, row: int, offsets, sequence_ids) -> Reading:
        layers = torch.sigmoid(out["layers"][row]).tolist()
        norms = torch.softmax(out["norm"][row], dim=-1)
        actor_probs = torch.sigmoid(out["actor"][row]).tolist()
        span, probability = actor_span(actor_probs, offsets.tolist(), sequence_ids)
        return Reading(
            layers=dict(zip(self.info["layers"], layers)),
            cooperation=float(torch.sigmoid(out["cooperation"][row])),
            norm_type=self.info["norm_types"][int(norms.argmax())],
            norm_probability=float(norms.max()),
            actor=span,
            actor_probability=probability,
        )


def actor_span(probabilities: list[float], offsets: list, sequence_ids: list, threshold: float = 0.5):
    """The first run of provision tokens the reader marks as the actor, as a character span."""
    best: tuple[int, int] | None = None
    scores: list[float] = []
    for probability, (start, end), sequence in zip(probabilities, offsets, sequence_ids):
        if sequence != 0 or end <= start:
            if best is not None:
                break
            continue
        if probability >= threshold:
            best = (best[0] if best else start, end)
            scores.append(probability)
        elif best is not None:
            break
    return best, (sum(scores) / len(scores) if scores else 0.0)


@lru_cache(maxsize=2)
def load_reader(folder: str) -> Reader:
    """Load a reader once per process (batch workers each load their own)."""
    return Reader(Path(folder))
