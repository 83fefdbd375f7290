"""How Dutch legislation numbers its parts, and how a lawyer cites them.

* Articles: "9", "2a", "2.15", "1.2.3", "10:1" (Algemene wet bestuursrecht), Roman "I", "IIa",
  "IIIA" in amending bills, and the single article of a short law: "Enig artikel". The Kieswet
  numbers per chapter letter: "A 1", "Ya 17", "Q 12a" (a capital, an optional lower-case letter,
  a space and a number) — one article number, not article "A" followed by text.
* Leden are numbered "1.", "2." and cited with Dutch ordinal words: "artikel 9, tweede lid".
  An inserted lid "2a." is cited as "artikel 9, lid 2a".
* The lettered onderdelen of an amending article run A, B, ..., Z, AA, BB, ...; inserted ones
  get a lower-case suffix ("Ba" comes between B and C).
"""

from __future__ import annotations

import re

#: An article number as printed after "Artikel" (Arabic with optional letters and dotted or
#: colon-separated levels, or Roman with an optional letter suffix).
_LATIN = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)[a-z]?"
ARTICLE_NUMBER = (
    r"(?:\d+(?:" + _LATIN + r"|[a-z]{1,3}\d?|[A-Z][a-z]?|[A-Z]{2})?(?:[.:]\d+[a-z]{0,3})*"
    r"|[IVXLC]+(?:" + _LATIN + r"|[A-Z]|[a-z]{1,2})?|[A-Z])(?![\w.:]\w)"
)

#: A chapter-lettered article number as the Kieswet prints it: "A 1", "Ya 17", "Q 12a". Only
#: matched case-sensitively in an article heading ("Artikel A 1"), never inside running text.
LETTERED_ARTICLE_NUMBER = r"[A-Z][a-z]?\s\d+[a-z]{0,3}(?![\w.:]\w)"
#: What may follow "Artikel" in a heading: a lettered number first, so "A 1" is not cut to "A".
HEADING_ARTICLE_NUMBER = rf"(?:{LETTERED_ARTICLE_NUMBER}|{ARTICLE_NUMBER})"

_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TEENS = {
    10: "tiende",
    11: "elfde",
    12: "twaalfde",
    13: "dertiende",
    14: "veertiende",
    15: "vijftiende",
    16: "zestiende",
    17: "zeventiende",
    18: "achttiende",
    19: "negentiende",
}
_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
_FIRST_NINE = ["", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende"]


def ordinal_word(number: int) -> str | None:
    """The Dutch ordinal word for 1..99 ("eerste", "twaalfde", "eenentwintigste"), else None."""
    if 1 <= number <= 9:
        return _FIRST_NINE[number]
    if number in _TEENS:
        return _TEENS[number]
    if 20 <= number <= 99:
        tens, unit = divmod(number, 10)
        if unit == 0:
            return _TENS[tens] + "ste"
        joiner = "ën" if _UNITS[unit].endswith("e") else "en"
        return f"{_UNITS[unit]}{joiner}{_TENS[tens]}ste"
    return None


ORDINAL_VALUES: dict[str, int] = {word: n for n in range(1, 100) if (word := ordinal_word(n))}
# Spelling without the diaeresis ("tweeentwintigste") also occurs in plain-text sources.
ORDINAL_VALUES.update({word.replace("ë", "e"): n for word, n in list(ORDINAL_VALUES.items())})
ORDINAL_PATTERN = "|".join(sorted(ORDINAL_VALUES, key=len, reverse=True))


def lid_citation(paragraph: str) -> str:
    """Cite a lid: "2" -> "tweede lid", "2a" -> "lid 2a"."""
    if paragraph.isdigit() and (word := ordinal_word(int(paragraph))):
        return f"{word} lid"
    return f"lid {paragraph}"


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_RE = re.compile(r"^(?P<base>[IVXLC]+)(?P<suffix>[A-Z]|[a-z]{1,2})?$")


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral ("XIV" -> 14); None when ``numeral`` is not one."""
    if not numeral or any(ch not in _ROMAN_VALUES for ch in numeral):
        return None
    total = 0
    for here, after in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[here]
        total += -value if after in _ROMAN_VALUES and _ROMAN_VALUES[after] > value else value
    return total


def is_roman_article(number: str) -> bool:
    """True for the article numbers of an amending bill: "I", "II", "IIa", "IIIA"."""
    match = _ROMAN_RE.match(number)
    return bool(match and roman_value(match["base"]))


def article_sort_key(number: str) -> tuple[int, str] | None:
    """The leading value of an article number, used to tell a bill's next article from an
    article quoted inside an amendment: "IV" -> (4, ""), "12a" -> (12, "a"), "5.3" -> (5, ".3")."""
    roman = _ROMAN_RE.match(number)
    if roman and (value := roman_value(roman["base"])):
        return value, roman["suffix"] or ""
    match = re.match(r"(\d+)(.*)$", number)
    if match:
        return int(match[1]), match[2]
    return None


def lid_value(number: str) -> tuple[int, str]:
    """Order leden: "2" -> (2, ""), "2a" -> (2, "a")."""
    match = re.match(r"(\d+)([a-z]*)", number)
    if not match:
        return 0, number
    return int(match[1]), match[2]


def letter_key(letter: str) -> tuple[int, int, str] | None:
    """Order the onderdelen of an amending article: A < B < Ba < C < ... < Z < AA < BB."""
    match = re.fullmatch(r"([A-Z])(\1?)([a-z]{0,2})", letter)
    if not match:
        return None
    return len(match[1] + match[2]), ord(match[1]), match[3]
