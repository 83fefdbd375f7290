"""The learned reader: a compact encoder of legal Dutch, pretrained on the statute corpus, and a
provision reader fine-tuned on our annotations that works beside the rules.

* :mod:`wetscan.learned.statutes` yields the statute texts the encoder learns from;
* :mod:`wetscan.learned.tokenizer` trains a WordPiece vocabulary that keeps legal references whole;
* :mod:`wetscan.learned.encoder` pretrains a small BERT with masked-language modelling;
* :mod:`wetscan.learned.examples` and :mod:`wetscan.learned.finetune` train the reader;
* :mod:`wetscan.learned.reader` loads and runs it; :mod:`wetscan.learned.combine` merges its
  readings with the rules' findings (``--reader rules|model|combined``).

torch and transformers are imported only when a reader is used, so ``--reader rules`` costs nothing.
"""

from __future__ import annotations

from pathlib import Path

#: The reader the package ships (fine-tuned on corpora/, see models/README.md).
READER_DIR = Path(__file__).resolve().parents[3] / "models" / "wetscan_reader"
#: The pretrained encoder the package ships (what ``wetscan train reader`` starts from).
ENCODER_DIR = Path(__file__).resolve().parents[3] / "models" / "legal_encoder"
READERS = ("rules", "model", "combined")
#: The default reader where a trained reader is present (see models/README.md). The shipped reader
#: adds one layer on dev in ``combined`` mode (layer micro-F1 0.839 -> 0.841), within noise; read
#: only where it matters (:mod:`wetscan.learned.gate`) it costs 0.97x pdfplumber on the 125-page
#: bill but 704 MB peak, over the 700 MB target: the rules stay the default until a reader earns
#: its cost.
DEFAULT_READER = "rules"


def reader_available(folder: Path | None = None) -> bool:
    """Whether a trained reader is present (the shipped one, or ``folder``)."""
    return ((folder or READER_DIR) / "reader.json").exists()


def load_default_reader() -> None:
    """Load the default reader once in this process when it is a learned one and present (a batch
    worker does this before its first document, so the reader counts as the worker's own size)."""
    if DEFAULT_READER != "rules" and reader_available():
        from wetscan.learned.reader import load_reader

        load_reader(str(READER_DIR))


def read_bill(bill, mode: str, folder: Path | None = None, settings: dict | None = None):
    """Apply the learned reader to an analysed bill as ``mode`` says (see :mod:`wetscan.learned.combine`)."""
    if mode == "rules":
        return bill
    from wetscan.learned.combine import ReaderSettings, apply_reader
    from wetscan.learned.reader import load_reader

    reader = load_reader(str(folder or READER_DIR))
    return apply_reader(bill, reader, mode, ReaderSettings(**(settings or {})))
