"""Pretrain a compact BERT of legal Dutch with masked-language modelling, on CPU, resumably.

No pretrained Dutch transformer can be downloaded here, so wetscan pretrains its own on the statute
corpus. The recipe is sized for a 2-core machine: a 4-layer, 256-wide BERT (about 8M parameters,
about 30 MB in safetensors) on 128-token blocks of whole articles. A run is cut into budgets of at
most ``minutes``; it checkpoints to ``work_dir`` every few minutes and resumes from there, so a
pretraining of several hours survives the end of a working session. On a GPU the same code runs
faster (``device`` is picked automatically).

Held-out perplexity is the exponent of the mean masked-token loss on blocks of laws never trained
on (see :mod:`wetscan.learned.statutes`), with a fixed mask, so runs can be compared.
"""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from transformers import BertConfig, BertForMaskedLM, PreTrainedTokenizerFast

from wetscan.learned.statutes import iter_articles
from wetscan.learned.tokenizer import save_tokenizer, train_tokenizer

log = logging.getLogger("wetscan.training")


@dataclass(frozen=True)
class EncoderSpec:
    """The encoder's shape and its pretraining schedule."""

    vocab_size: int = 16000
    hidden: int = 256
    layers: int = 4
    heads: int = 4
    intermediate: int = 1024
    block: int = 128
    batch: int = 32
    learning_rate: float = 5e-4
    warmup: int = 300
    max_steps: int = 20000
    mask_rate: float = 0.15
    seed: int = 20261207

    def config(self, tokenizer: PreTrainedTokenizerFast) -> BertConfig:
        return BertConfig(
            vocab_size=len(tokenizer),
            hidden_size=self.hidden,
            num_hidden_layers=self.layers,
            num_attention_heads=self.heads,
            intermediate_size=self.intermediate,
            max_position_embeddings=max(512, self.block),
            pad_token_id=tokenizer.pad_token_id,
        )


def load_or_train_tokenizer(corpus_dir: Path, work_dir: Path, spec: EncoderSpec) -> PreTrainedTokenizerFast:
    folder = work_dir / "tokenizer"
    if (folder / "tokenizer.json").exists():
        return PreTrainedTokenizerFast.from_pretrained(str(folder))
    log.info("training the WordPiece vocabulary (%d)", spec.vocab_size)
    tokenizer = train_tokenizer(iter_articles(corpus_dir), vocab_size=spec.vocab_size)
    save_tokenizer(tokenizer, folder)
    return tokenizer


def token_blocks(tokenizer: PreTrainedTokenizerFast, texts, block: int, limit: int | None = None) -> np.ndarray:
    """Concatenate the texts' token ids, [SEP]-separated, into blocks of ``block`` tokens.

    Each block starts with [CLS] and ends with [SEP]; an article longer than a block flows on into
    the next one, as in BERT's pretraining.
    """
    body = block - 2
    ids: list[int] = []
    blocks: list[np.ndarray] = []
    for text in texts:
        ids.extend(tokenizer(text, add_special_tokens=False)["input_ids"])
        ids.append(tokenizer.sep_token_id)
        while len(ids) >= body:
            chunk, ids = ids[:body], ids[body:]
            blocks.append(np.array([tokenizer.cls_token_id, *chunk, tokenizer.sep_token_id], dtype=np.uint16))
        if limit and len(blocks) >= limit:
            break
    return np.stack(blocks) if blocks else np.zeros((0, block), dtype=np.uint16)


def load_or_build_blocks(tokenizer, corpus_dir: Path, work_dir: Path, spec: EncoderSpec) -> tuple[np.ndarray, np.ndarray]:
    train_path, held_path = work_dir / "train_blocks.npy", work_dir / "heldout_blocks.npy"
    if not train_path.exists():
        log.info("tokenising the statute corpus into %d-token blocks", spec.block)
        train = token_blocks(tokenizer, iter_articles(corpus_dir), spec.block)
        held = token_blocks(tokenizer, iter_articles(corpus_dir, held_out=True), spec.block, limit=2000)
        if len(held) == 0:  # a corpus too small to hold out whole laws: hold out its last blocks
            cut = max(1, len(train) // 50)
            train, held = train[:-cut], train[-cut:]
        np.save(train_path, train)
        np.save(held_path, held)
    return np.load(train_path, mmap_mode="r"), np.load(held_path)


def mask_tokens(ids: torch.Tensor, tokenizer, rate: float, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """BERT masking: ``rate`` of the ordinary tokens are predicted; of those 80% [MASK], 10% random, 10% kept."""
    labels = ids.clone()
    special = ids <= max(tokenizer.all_special_ids)
    chosen = (torch.rand(ids.shape, generator=generator) < rate) & ~special
    labels[~chosen] = -100
    inputs = ids.clone()
    roll = torch.rand(ids.shape, generator=generator)
    inputs[chosen & (roll < 0.8)] = tokenizer.mask_token_id
    randomise = chosen & (roll >= 0.8) & (roll < 0.9)
    inputs[randomise] = torch.randint(len(tokenizer.all_special_ids), len(tokenizer), ids.shape, generator=generator)[randomise]
    return inputs, labels


@torch.no_grad()
def held_out_perplexity(model, tokenizer, blocks: np.ndarray, spec: EncoderSpec, device) -> float:
    """exp(mean masked-token loss) on the held-out blocks, with a fixed mask."""
    model.eval()
    generator = torch.Generator().manual_seed(spec.seed)
    total, count = 0.0, 0
    for start in range(0, len(blocks), 64):
        ids = torch.from_numpy(blocks[start : start + 64].astype(np.int64))
        inputs, labels = mask_tokens(ids, tokenizer, spec.mask_rate, generator)
        out = model(input_ids=inputs.to(device), labels=labels.to(device))
        n = int((labels != -100).sum())
        total += float(out.loss) * n
        count += n
    model.train()
    return math.exp(total / max(count, 1))


def pretrain(corpus_dir: Path, output: Path, work_dir: Path, minutes: float = 85.0, spec: EncoderSpec = EncoderSpec()) -> dict:
    """Pretrain (or resume) for at most ``minutes``; write the encoder to ``output`` and return figures."""
    started = time.monotonic()
    work_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(spec.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = load_or_train_tokenizer(corpus_dir, work_dir, spec)
    train, held = load_or_build_blocks(tokenizer, corpus_dir, work_dir, spec)
    model = BertForMaskedLM(spec.config(tokenizer)).to(device)
    optimiser = torch.optim.AdamW(model.parameters(), lr=spec.learning_rate, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / spec.warmup) * max(0.05, 1 - s / spec.max_steps)
    )
    state = {"step": 0, "seconds": 0.0, "tokens": 0}
    checkpoint = work_dir / "checkpoint.pt"
    if checkpoint.exists():
        saved = torch.load(checkpoint, map_location=device, weights_only=False)
        model.load_state_dict(saved["model"])
        optimiser.load_state_dict(saved["optimiser"])
        schedule.load_state_dict(saved["schedule"])
        state = saved["state"]
        log.info("resumed at step %d", state["step"])
    generator = torch.Generator().manual_seed(spec.seed + state["step"])
    last_save = time.monotonic()
    model.train()
    while state["step"] < spec.max_steps and time.monotonic() - started < minutes * 60:
        tick = time.monotonic()
        rows = torch.randint(0, len(train), (spec.batch,), generator=generator).numpy()
        ids = torch.from_numpy(train[np.sort(rows)].astype(np.int64))
        inputs, labels = mask_tokens(ids, tokenizer, spec.mask_rate, generator)
        loss = model(input_ids=inputs.to(device), labels=labels.to(device)).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        optimiser.zero_grad(set_to_none=True)
        state["step"] += 1
        state["tokens"] += int(ids.numel())
        state["seconds"] += time.monotonic() - tick
        if state["step"] % 50 == 0:
            log.info("step %d loss %.3f (%.1f s/step)", state["step"], float(loss), state["seconds"] / state["step"])
        if time.monotonic() - last_save > 300:
            _save_checkpoint(checkpoint, model, optimiser, schedule, state)
            last_save = time.monotonic()
    _save_checkpoint(checkpoint, model, optimiser, schedule, state)
    figures = {
        "steps": state["step"],
        "tokens_seen": state["tokens"],
        "training_seconds": round(state["seconds"]),
        "train_blocks": len(train),
        "heldout_blocks": len(held),
        "heldout_perplexity": round(held_out_perplexity(model, tokenizer, held, spec, device), 2),
        "parameters": sum(p.numel() for p in model.parameters()),
        "spec": asdict(spec),
    }
    save_encoder(model, tokenizer, output, figures)
    return figures


def _save_checkpoint(path: Path, model, optimiser, schedule, state: dict) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save({"model": model.state_dict(), "optimiser": optimiser.state_dict(), "schedule": schedule.state_dict(), "state": state}, tmp)
    tmp.replace(path)


def save_encoder(model: BertForMaskedLM, tokenizer, output: Path, figures: dict) -> None:
    """Write the encoder (without its MLM head) in the Hugging Face layout, with its figures."""
    output.mkdir(parents=True, exist_ok=True)
    model.bert.save_pretrained(str(output), safe_serialization=True)
    tokenizer.save_pretrained(str(output))
    (output / "pretraining.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
