"""Print list numbers the way a word processor does ("3", "c", "C", "iii", "III").

Word (``w:numFmt``) and HTML (``<ol type>``) number list items outside the text; wetscan
writes the printed label into the text, so this module turns a counter into that label.
"""

from __future__ import annotations

#: The label printed for a bulleted item.
BULLET = "–"

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    """``value`` in the Word number format ``fmt`` (decimal, lowerLetter, upperRoman, ...)."""
    if fmt == "bullet":
        return BULLET
    if fmt == "none":
        return ""
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated)."""
    if value < 1:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def roman(value: int) -> str:
    if value < 1:
        return str(value)
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)
