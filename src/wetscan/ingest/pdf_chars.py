"""The characters of a PDF page with their boxes, from one of two text layers.

* ``pdfium`` (pypdfium2): PDFium's text page, read character by character through its C API.
  Fast: about a hundred times faster than pdfminer on bills.
* ``pdfplumber``: pdfminer's layout objects, the reference that is much slower.

Both return the same plain records (top-down coordinates, like pdfplumber), so everything after
this module (lines, furniture, paragraphs) is the same code whichever layer is used. Spaces are
kept as markers only when the PDF really contains a space glyph; PDFium's own generated spaces
and line breaks are dropped, so both layers see the same characters.
"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass
from typing import Literal, NamedTuple

TextLayer = Literal["pdfium", "pdfplumber"]
TEXT_LAYERS: tuple[str, ...] = ("pdfium", "pdfplumber")

#: Characters read differently from how they print: PDFium marks a hyphen at a line end with
#: U+FFFE (or U+0002), a soft hyphen is U+00AD, and typeset PDFs use ligature glyphs.
_CHAR_FIXES = {
    "\ufffe": "-", "\x02": "-", "\u00ad": "-",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}


class Char(NamedTuple):
    """One glyph: its text and box in points, ``top``/``bottom`` measured from the page top."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


#: Builds a Char without the Python-level NamedTuple constructor (hundreds of thousands per bill).
_new_char = tuple.__new__


@dataclass
class PageChars:
    number: int  # 1-based
    width: float
    height: float
    chars: list[Char]


def pdfium_pages(pdf) -> list[PageChars]:
    """Characters of every page of an open ``pypdfium2.PdfDocument``."""
    import pypdfium2.raw as raw

    pages: list[PageChars] = []
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()  # as shown: /Rotate 90 or 270 swaps them
        rotation = page.get_rotation()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:  # surrogate pairs: fall back to one code point per index
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
        chars: list[Char] = []
        for i, symbol in enumerate(text):
            if symbol in "\r\n":
                continue
            symbol = _CHAR_FIXES.get(symbol, symbol)
            if symbol.isspace() and raw.FPDFText_IsGenerated(textpage, i):
                continue
            raw.FPDFText_GetLooseCharBox(textpage, i, rect_ref)
            if rotation:
                chars.append(_new_char(Char, (symbol, *_shown_box(rotation, width, height, rect))))
            else:
                chars.append(_new_char(Char, (symbol, rect.left, rect.right, height - rect.top, height - rect.bottom)))
        textpage.close()
        page.close()
        pages.append(PageChars(index + 1, width, height, chars))
    return pages


def _shown_box(rotation: int, width: float, height: float, rect) -> tuple[float, float, float, float]:
    """A glyph box as the page is shown (``x0, x1, top, bottom``), for a page turned by ``/Rotate``.

    PDFium gives boxes in the page's own coordinates (y up, before the turn). A page stored on
    its side with ``/Rotate 90`` (or 270) is shown upright, and its text runs up (or down) the
    stored page; read unturned, every glyph would be a line of its own. ``width`` and ``height``
    are the page's size as shown.
    """
    if rotation == 90:  # turned clockwise: stored x goes down the shown page, stored y to the right
        return rect.bottom, rect.top, rect.left, rect.right
    if rotation == 180:
        return width - rect.right, width - rect.left, rect.bottom, rect.top
    # 270: turned counter-clockwise
    return width - rect.top, width - rect.bottom, height - rect.right, height - rect.left


def pdfplumber_pages(data: bytes) -> list[PageChars]:
    """Characters of every page, through pdfplumber/pdfminer."""
    import pdfplumber

    pages: list[PageChars] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = [
                Char(_CHAR_FIXES.get(c["text"], c["text"]), c["x0"], c["x1"], c["top"], c["bottom"])
                for c in page.chars
            ]
            pages.append(PageChars(page.page_number, float(page.width), float(page.height), chars))
            page.close()
    return pages
