"""Plain-text files: decode (UTF-8, else cp1252), normalise line endings, one block per line.

A plain-text bill has no reliable paragraph marks (a line may be a whole lid or one wrapped
line of it), so every non-empty line becomes a block and the structure parser joins
continuation lines. Only a word hyphenated across a line end is repaired here. Text saved
from a paged layout separates pages with form feeds; blocks then get their page number.
"""

from __future__ import annotations

import codecs

from wetscan.ingest.hyphenation import ends_with_hyphen, join_hyphenated, join_lines
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
    pages = decode_text(data).split("\f")
    paged = len(pages) > 1
    blocks: list[Block] = []
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.split("\n")]
        for line in join_lines([line for line in lines if line]):
            if blocks and blocks[-1].text.endswith("-") and ends_with_hyphen(blocks[-1].text):
                blocks[-1].text = join_hyphenated(blocks[-1].text, line)  # a word broken over a page break
            else:
                blocks.append(Block(text=line, page=number if paged else None))
    return blocks
