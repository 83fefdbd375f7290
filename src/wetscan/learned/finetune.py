"""Fine-tune the reader on the annotated provisions, selecting the epoch on the dev split.

Losses: binary cross-entropy for the four layers and for cooperation, cross-entropy for the norm
type, and a per-token binary cross-entropy for the actor words (only on the provision's own
tokens, and only where the actor is known). Positives are rare (about one provision in five gives a
co-government a task, one in twenty binds them to cooperate), so they weigh more in the loss; the
thresholds that turn probabilities into findings are chosen on dev afterwards. The learning rate
warms up over the first tenth of the steps and then falls linearly to zero. Batches are
length-sorted buckets, shuffled, so short provisions are not padded to the length of long ones.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Sequence
from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer

from wetscan.learned.examples import Example
from wetscan.learned.reader import MAX_LENGTH, ProvisionReader, encode, save_reader

log = logging.getLogger("wetscan.training")


def _targets(batch, examples: Sequence[Example], offsets) -> dict[str, torch.Tensor]:
    actor = torch.zeros(batch["input_ids"].shape)
    actor_mask = torch.zeros(batch["input_ids"].shape)
    for row, example in enumerate(examples):
        if not example.actor_known:
            continue
        for column, sequence in enumerate(batch.sequence_ids(row)):
            start, end = offsets[row, column].tolist()
            if sequence != 0 or end <= start:
                continue
            actor_mask[row, column] = 1.0
            if example.actor and start < example.actor[1] and end > example.actor[0]:
                actor[row, column] = 1.0
    return {
        "layers": torch.tensor([e.layers for e in examples]),
        "cooperation": torch.tensor([e.cooperation for e in examples]),
        "norm": torch.tensor([e.norm for e in examples]),
        "actor": actor,
        "actor_mask": actor_mask,
    }


#: How much more a positive counts than a negative in the layer and cooperation losses.
LAYER_POSITIVE_WEIGHT = 3.0
COOPERATION_POSITIVE_WEIGHT = 4.0


def _loss(out: dict, targets: dict) -> torch.Tensor:
    bce = nn.functional.binary_cross_entropy_with_logits
    actor = bce(out["actor"], targets["actor"], weight=targets["actor_mask"], reduction="sum")
    actor = actor / targets["actor_mask"].sum().clamp(min=1.0)
    return (
        bce(out["layers"], targets["layers"], pos_weight=torch.tensor(LAYER_POSITIVE_WEIGHT))
        + bce(out["cooperation"], targets["cooperation"], pos_weight=torch.tensor(COOPERATION_POSITIVE_WEIGHT))
        + nn.functional.cross_entropy(out["norm"], targets["norm"])
        + 0.5 * actor
    )


def _batches(examples: Sequence[Example], size: int, rng: random.Random) -> list[list[Example]]:
    ordered = sorted(examples, key=lambda e: len(e.input.text) + len(e.input.context))
    batches = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    rng.shuffle(batches)
    return batches


def finetune(
    encoder_dir: Path,
    train: Sequence[Example],
    dev: Sequence[Example],
    output: Path,
    score,
    epochs: int = 6,
    batch_size: int = 16,
    learning_rate: float = 2e-4,
    random_init: bool = False,
    seed: int = 20261207,
) -> dict:
    """Train on ``train``, keep the epoch whose ``score(reader_dir)`` on dev is best, write it to ``output``.

    ``score`` takes a saved reader folder and returns the dev figure to maximise (layer micro-F1).
    ``random_init`` fine-tunes the same architecture from random weights (what pretraining bought).
    """
    torch.manual_seed(seed)
    rng = random.Random(seed)
    tokenizer = AutoTokenizer.from_pretrained(str(encoder_dir))
    encoder = AutoModel.from_pretrained(str(encoder_dir), dtype=torch.float32)
    if random_init:
        encoder = AutoModel.from_config(encoder.config)
    model = ProvisionReader(encoder)
    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
    total = epochs * math.ceil(len(train) / batch_size)
    warmup = max(1, total // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    best: dict = {"dev_score": -1.0}
    started = time.monotonic()
    candidate = output.with_name(output.name + ".epoch")
    for epoch in range(1, epochs + 1):
        model.train()
        for batch_examples in _batches(train, batch_size, rng):
            batch = encode(tokenizer, [e.input for e in batch_examples], MAX_LENGTH)
            offsets = batch.pop("offset_mapping")
            targets = _targets(batch, batch_examples, offsets)
            loss = _loss(model(**batch), targets)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad(set_to_none=True)
        model.eval()
        save_reader(model, tokenizer, candidate, {"epoch": epoch})
        dev_score = score(candidate)
        log.info("epoch %d: dev layer micro-F1 %.3f (%.0f s)", epoch, dev_score, time.monotonic() - started)
        if dev_score > best["dev_score"]:
            best = {"dev_score": dev_score, "epoch": epoch}
            save_reader(model, tokenizer, output, {"epoch": epoch, "dev_layer_micro_f1": round(dev_score, 4),
                                                   "train_examples": len(train), "random_init": random_init})
    best["seconds"] = round(time.monotonic() - started)
    return best
