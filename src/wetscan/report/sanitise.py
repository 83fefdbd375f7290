"""Document text made safe to show: no terminal escapes, no spreadsheet formulas.

wetscan reads files from strangers, and whatever a bill's title or text contains ends up in a
terminal, a text or Markdown file, a web page or a spreadsheet. Two things in that text can act
instead of being read:

* **Control characters** (C0: U+0000-U+001F and DEL; C1: U+0080-U+009F). ESC (and the one-character
  CSI, U+009B) starts a terminal escape sequence that can clear the screen, move the cursor or set
  the window title; a carriage return overwrites the line. :func:`printable` replaces each one by a
  visible stand-in of the same length — the Unicode *control picture* for C0 and DEL (ESC shows as
  ``␛``), the replacement character ``�`` for C1 — so character offsets (finding spans) stay valid.
  Newline and tab are kept: they are layout, not commands.
* **Formulas**: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and
  Excel also one led by a tab or carriage return). :func:`spreadsheet_cell` prefixes such text
  with an apostrophe, so it is shown as the text it is.

Every renderer in :mod:`wetscan.report`, the batch summaries and the review exports use these
helpers; none writes document text without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

KEPT_CONTROLS = "\n\t"
CONTROL_PICTURE_BASE = 0x2400  # U+2400 SYMBOL FOR NULL ... U+241F SYMBOL FOR UNIT SEPARATOR
DELETE_PICTURE = "\u2421"
C1_STAND_IN = "\ufffd"

_VISIBLE = {code: chr(CONTROL_PICTURE_BASE + code) for code in range(0x20) if chr(code) not in KEPT_CONTROLS}
_VISIBLE[0x7F] = DELETE_PICTURE
_VISIBLE.update({code: C1_STAND_IN for code in range(0x80, 0xA0)})

#: A cell starting with one of these is read as a formula by spreadsheet programs (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """``text`` with every C0/C1 control character (but newline and tab) made visible, 1:1."""
    return text.translate(_VISIBLE)


def printable_data(value: Any) -> Any:
    """A copy of report data (dicts, lists, strings) with :func:`printable` applied to every string."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, Mapping):
        return {key: printable_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [printable_data(item) for item in value]
    return value


def spreadsheet_cell(value: Any) -> Any:
    """Text as a spreadsheet must get it: control characters visible, never a live formula.

    Anything but a string (numbers, missing values) is returned unchanged.
    """
    if not isinstance(value, str):
        return value
    return printable("'" + value if value.startswith(FORMULA_START) else value)


def spreadsheet_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with :func:`spreadsheet_cell` applied to every cell of every text column."""
    safe = frame.copy()
    for column in safe.columns:
        if not (pd.api.types.is_numeric_dtype(safe[column]) or pd.api.types.is_bool_dtype(safe[column])):
            safe[column] = safe[column].map(spreadsheet_cell, na_action="ignore")
    return safe
