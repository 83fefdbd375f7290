"""Collect the terms a bill defines (*begripsbepalingen*).

Dutch laws define their terms in a definitions article:

    In deze wet en de daarop berustende bepalingen wordt verstaan onder:
    a. college: college van burgemeester en wethouders;
    b. jeugdhulp: ...;

(also "Voor de toepassing van deze wet wordt verstaan onder:", items without letters, and the
same inside text quoted by an amendment), or in a single sentence: "In dit hoofdstuk wordt onder
college verstaan: het college van burgemeester en wethouders." The analysis uses them to resolve
"het college" or "de raad" to an organ.
"""

from __future__ import annotations

import re

from wetscan.model import Definition, Provision

_LIST_INTRO = re.compile(r"\bverstaan\s+onder\b\s*:?\s*", re.IGNORECASE)
_SENTENCE = re.compile(
    r"\bonder\s+(?P<term>[^:;.]{1,80}?)\s+(?:wordt\s+|worden\s+)?(?:in\s+[^:;.]{1,80}?\s+)?(?:mede\s+)?verstaan\s*:\s*"
    r"(?P<meaning>.+)$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[a-z]{1,2})\.\s+")
_ITEM = re.compile(r"^(?:[-–•]\s*)?(?:\d{1,3}[a-z]?[.°]\s+)?(?P<term>[^:]{1,80}?)\s*:+\s*(?P<meaning>\S.*)$")
#: An onderdeel label some sources print after the term ("de minister: a. de Minister van ...").
_LEADING_LABEL = re.compile(r"^[a-z]{1,2}\.\s+")
_TRAILER = re.compile(r"(?:[;.,]\s*(?:en|of)?\s*)+$")
_INSERTS_DEFINITIONS = re.compile(
    r"(?i)\b(?:begripsbepaling(?:en)?|begripsomschrijving(?:en)?|definitie(?:s)?|onderde(?:el|len))\b"
)
#: The longest term (in words) accepted; longer "terms" are sentences containing a colon.
MAX_TERM_WORDS = 8


def _labels() -> list[str]:
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    return letters + [letter * 2 for letter in letters]


def _split_labelled(text: str) -> list[str] | None:
    """Split "a. x; b. y;" on its onderdeel labels, following their order a, b, c, ..."""
    expected = iter(_labels())
    want = next(expected)
    starts: list[tuple[int, int]] = []
    for match in _LABEL.finditer(text):
        if match["label"] == want:
            starts.append((match.start(), match.end()))
            want = next(expected, "")
    if not starts or starts[0][0] != 0:
        return None
    bounds = [start for start, _ in starts[1:]] + [len(text)]
    return [text[end:bound].strip() for (_, end), bound in zip(starts, bounds)]


def _clean(text: str) -> str:
    text = text.replace("*", "").strip()
    return _TRAILER.sub("", text).strip()


def _term(text: str) -> str:
    return _clean(text).strip("«»\"'‘’“” ").strip()


def _definition(item: str, provision_id: str) -> Definition | None:
    match = _ITEM.match(item.replace("*", ""))
    if not match:
        return None
    term, meaning = _term(match["term"]), _clean(_LEADING_LABEL.sub("", match["meaning"]))
    if not term or not meaning or len(term.split()) > MAX_TERM_WORDS or term.endswith(","):
        return None
    return Definition(term=term, meaning=meaning, provision_id=provision_id)


def provision_definitions(provision: Provision) -> list[Definition]:
    """The terms one provision defines."""
    text = provision.text
    found: list[Definition] = []
    intro = _LIST_INTRO.search(text)
    if intro:
        rest = text[intro.end():].strip()
        items = _split_labelled(rest) or [part for part in re.split(r";\s+", rest) if part.strip()]
        for item in items:
            if definition := _definition(item, provision.id):
                found.append(definition)
        return found
    sentence = _SENTENCE.search(text)
    if sentence:
        term, meaning = _term(sentence["term"]), _clean(sentence["meaning"])
        if term and meaning and len(term.split()) <= MAX_TERM_WORDS:
            found.append(Definition(term=term, meaning=meaning, provision_id=provision.id))
        return found
    if provision.instruction and _INSERTS_DEFINITIONS.search(provision.instruction):
        # An amendment inserting definitions into an existing definitions article.
        items = _split_labelled(text) or [part for part in re.split(r";\s+", text) if part.strip()]
        for item in items:
            if definition := _definition(item, provision.id):
                found.append(definition)
    return found


def collect_definitions(provisions: list[Provision]) -> dict[str, Definition]:
    """term (lower case) -> Definition, first definition of a term wins."""
    definitions: dict[str, Definition] = {}
    for provision in provisions:
        if provision.part != "bill":
            continue
        for definition in provision_definitions(provision):
            definitions.setdefault(definition.term.lower(), definition)
    return definitions
