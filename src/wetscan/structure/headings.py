"""What a single line is: a heading, a signature, the closing formula, a bare onderdeel letter.

Dutch bills head their divisions "HOOFDSTUK 2. TAKEN", "Afdeling 2.3", "§ 4" or "Titel 1.1", and
their articles "Artikel 4a", "ARTIKEL I", "Artikel 3 (taak van het college)" or "Enig artikel".
The same words also begin ordinary sentences ("Artikel 4a is van toepassing op ..."), so a line
is a heading only when what follows the number reads as a title, not as a sentence. The
memorandum starts at "MEMORIE VAN TOELICHTING" (or "Nota van toelichting", "Artikelsgewijs"); a
bill closes with "Lasten en bevelen ...", "Gegeven ..." and the ministers' signatures.

``units`` uses these tests to decide where a unit starts; ``memorandum`` and ``parts`` use them
to find where the memorandum begins.
"""

from __future__ import annotations

import re

from wetscan.structure.numbering import HEADING_ARTICLE_NUMBER

DIVISION_LEVELS = {
    "hoofdstuk": 0,
    "titeldeel": 1,
    "titel": 1,
    "afdeling": 2,
    "paragraaf": 3,
    "§": 3,
    "subparagraaf": 4,
    "sub-paragraaf": 4,
}
_DIVISION_RE = re.compile(
    r"^(?P<label>hoofdstuk|titeldeel|titel|afdeling|sub-?paragraaf|paragraaf|§)\s*"
    r"(?P<number>[0-9]+[a-z]{0,2}(?:[.:][0-9]+[a-z]{0,2})*|[IVXLC]+[a-z]?)(?P<rest>.*)$",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(
    rf"^(?:Artikel|ARTIKEL|Art\.)\s+(?P<number>{HEADING_ARTICLE_NUMBER})(?P<rest>.*)$"
)
#: The heading of an article without a number ("Algemene bepaling" of the Grondwet). Singular
#: only: "Slotbepalingen" is the title of a division.
UNNUMBERED_ARTICLE = re.compile(
    r"^(?:Algemene bepaling|Inleidende bepaling|Enige bepaling|Slotbepaling|Overgangsbepaling)$", re.IGNORECASE
)
_SINGLE_ARTICLE_RE = re.compile(r"^(?:enig artikel|artikel enig)\b(?P<rest>.*)$", re.IGNORECASE)
_LETTER_RE = re.compile(r"^(?P<letter>([A-Z])\2?[a-z]{0,2})\.?$")
_MEMORANDUM_RE = re.compile(
    r"^(?:nr\.\s*\d+\s+)?(?:[IVX]+\.?\s+)?(?:memorie van toelichting|nota van toelichting|toelichting|"
    r"artikelsgewijze toelichting|artikelsgewijs)$",
    re.IGNORECASE,
)
#: A signature under a bill or memorandum: "De Minister van Binnenlandse Zaken en
#: Koninkrijksrelaties," (a line of its own, ending in a comma).
_MINISTRY = r"(?:\s+van\s+[A-Z][\w'-]*(?:,?\s+(?:[A-Z][\w'-]*|en|voor))*)?"
_SIGNATURE_RE = re.compile(
    r"^(?:De|Onze)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)" + _MINISTRY
    + r"(?:,\s*mede namens (?:de|Onze)\s+(?:[Mm]inister|[Ss]taatssecretaris)" + _MINISTRY + r")?,$"
)
_CLOSING_RE = re.compile(
    r"^(?:Lasten en bevelen\b|Gegeven(?:$|,|\s+te\s)|"
    r"(?:Deze regeling|Dit besluit|Deze wet)\s+(?:zal|wordt)\s+(?:met|tezamen met)\s+de\s+"
    r"(?:bijbehorende\s+|daarbij behorende\s+)?(?:nota van\s+)?toelichting\b|"
    r"Onze Minister[^.;:]*? is belast met de uitvoering van dit besluit)"
)
#: How a sentence, clause or enumeration item ends.
TERMINAL = (".", ";", ":", ",", "!", "?")


def _heading_rest_ok(rest: str) -> bool:
    """Is ``rest`` (what follows "Artikel 3" on its line) a title rather than a sentence?"""
    rest = rest.strip()
    if not rest or rest[0] in "([":
        return True
    if rest[0] in ".:–—-":
        rest = rest.lstrip(".:–—- ")
        if not rest:
            return True
    if rest[0].isupper() or rest[0].isdigit() or rest[0] == "(":
        return not rest.endswith((".", ";", ",")) or rest.endswith(")")
    return False


def _clean_title(rest: str) -> str | None:
    title = rest.strip().lstrip(".:–—-").strip()
    return title or None


def article_heading(text: str) -> tuple[str, str | None] | None:
    """(number, title) when ``text`` is an article heading, else None."""
    match = _SINGLE_ARTICLE_RE.match(text)
    if match and _heading_rest_ok(match["rest"]):
        return "enig", _clean_title(match["rest"])
    match = _ARTICLE_RE.match(text)
    if match and _heading_rest_ok(match["rest"]):
        return match["number"], _clean_title(match["rest"])
    return None


def division_heading(text: str) -> tuple[str, str, str | None] | None:
    """(label, number, title) when ``text`` is a division heading, else None."""
    match = _DIVISION_RE.match(text)
    if not match or not _heading_rest_ok(match["rest"]):
        return None
    label = match["label"]
    if label != "§" and not (label[0].isupper()):
        return None  # "afdeling 2" inside a sentence
    return label, match["number"], _clean_title(match["rest"])


def is_memorandum_heading(text: str, previous: str | None = None) -> bool:
    """Is ``text`` the heading that starts the memorandum (or its article-by-article part)?
    A wrapped sentence ending "... behoeven geen" / "toelichting" is not: the line before a
    heading ends a sentence, a heading or a signature."""
    if not _MEMORANDUM_RE.match(text):
        return False
    if text.isupper() or len(text.split()) > 1:
        return True
    return previous is None or previous.endswith(TERMINAL) or previous.upper() == previous


def is_signature(text: str) -> bool:
    return bool(_SIGNATURE_RE.match(text))


def is_closing(text: str) -> bool:
    """Does ``text`` open the closing of a bill: the closing formula or the signatures?"""
    return bool(_CLOSING_RE.match(text)) or is_signature(text)


def is_bare_letter(text: str) -> str | None:
    """The letter when ``text`` is a bare onderdeel letter of an amending article ("B")."""
    match = _LETTER_RE.match(text)
    return match["letter"] if match else None
