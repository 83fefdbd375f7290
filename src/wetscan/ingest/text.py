"""Plain-text files: decode (UTF-8, else cp1252), normalise line endings, one block per line.

A plain-text bill has no reliable paragraph marks (a line may be a whole lid or one wrapped
line of it), so every non-empty line becomes a block and the structure parser joins
continuation lines. Only a word hyphenated across a line end is repaired here.
"""

from __future__ import annotations

import codecs

from wetscan.ingest.hyphenation import join_lines
from wetscan.model import Block


def decode_text(data: bytes) -> str:
    """Decode text bytes: honour a byte-order mark, else UTF-8, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes) -> list[Block]:
    lines = [line.strip() for line in decode_text(data).replace("\f", "\n").split("\n")]
    return [Block(text=line) for line in join_lines([line for line in lines if line])]
