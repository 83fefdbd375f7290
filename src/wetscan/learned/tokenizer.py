"""A WordPiece vocabulary of legal Dutch that keeps legal references whole enough.

Ordinary BERT pre-tokenisation splits "2.15" into "2", ".", "15" and "Stb." into "Stb", ".". A
wetgevingsjurist reads "artikel 2.15", "1°", "Stb." and "jo." as single units, and so should the
encoder: the pre-tokeniser keeps numbered references ("2.15", "81q", "1:3", "1°"), and the usual
citation abbreviations with their full stop, as one word before WordPiece splits rare words.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
#: Abbreviations of legal citation kept with their full stop.
ABBREVIATIONS = ("Stb", "Stcrt", "jo", "art", "artt", "nr", "nrs", "blz", "Trb", "o.a", "i.v.m", "m.b.t", "enz", "bijv")
#: Numbered references ("2.15", "1:3", "81q", "10.3.e") and enumeration labels ("1°") stay whole.
_REFERENCE = r"\d+(?:[.:]\d+)*(?:[.][a-z])?[a-z]{0,2}°?"
_ABBREVIATION = "|".join(a.replace(".", r"\.") + r"\." for a in sorted(ABBREVIATIONS, key=len, reverse=True))
LEGAL_WORD = rf"(?:{_ABBREVIATION})(?!\w)|{_REFERENCE}|\w+|[^\w\s]"


def legal_pre_tokenizer() -> pre_tokenizers.PreTokenizer:
    """Split on white space, then on the legal word pattern, keeping every match as its own word."""
    return pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Split(Regex(LEGAL_WORD), behavior="isolated", invert=False)]
    )


def train_tokenizer(texts: Iterable[str], vocab_size: int = 16000) -> PreTrainedTokenizerFast:
    """Train a cased WordPiece vocabulary on ``texts`` and wrap it for ``transformers``."""
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=40))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = legal_pre_tokenizer()
    tokenizer.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=3, special_tokens=SPECIAL_TOKENS)
    tokenizer.train_from_iterator(texts, trainer=trainer)
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=512,
    )


def save_tokenizer(tokenizer: PreTrainedTokenizerFast, folder: Path) -> None:
    """Write the tokenizer files of the Hugging Face layout into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(str(folder))
