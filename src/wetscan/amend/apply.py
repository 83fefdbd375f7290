"""Apply textual amendments to the current text of a lid: the consolidated text (*geconsolideerde tekst*).

A textual instruction changes words inside a unit: it replaces words ("wordt «acht weken»
vervangen door «vier weken»"), inserts them after or before other words or at the end, deletes
them ("vervalt «jaarlijks»"), or deletes or replaces a whole volzin (a sentence of the lid).
"telkens" applies it to every occurrence, otherwise the first one counts. An instruction that
names an onderdeel ("onderdeel b") looks for its words inside that onderdeel first.

:func:`apply_textual` returns the new text, or raises :class:`NotApplicable` saying why (the
quoted words are not in the current text, the volzin does not exist): a coordinator then sees
that the bill and the current text do not fit.
"""

from __future__ import annotations

import re

from wetscan.amend.operations import Operation
from wetscan.i18n import _


class NotApplicable(ValueError):
    """A textual amendment that does not fit the current text."""


_VOLZIN_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z«(])")
_ONDERDEEL_LABEL = r"(?:(?<=^)|(?<=[\s:;]))%s\.\s"
_NO_SPACE_BEFORE = (",", ".", ";", ":", ")")


def apply_textual(text: str, operation: Operation) -> str:
    """``text`` with the textual ``operation`` applied (see the module docstring)."""
    start, end = _scope(text, operation.target.onderdeel)
    if operation.unit == "onderdeel":
        return _onderdeel(text, operation, start, end)
    if operation.unit == "volzin":
        return text[:start] + _volzin(text[start:end], operation) + text[end:]
    if operation.edit == "replace" and operation.old == "aanhef":
        return _aanhef(text, operation.new or "")
    scoped = text[start:end]
    if operation.edit == "replace":
        changed = _substitute(scoped, operation.old or "", lambda found: operation.new or "", operation.each)
    elif operation.edit == "delete":
        changed = _tidy(_substitute(scoped, operation.old or "", lambda found: "", operation.each))
    elif operation.position == "end":
        changed = _join(scoped.rstrip(" .;") if _continues(operation.new) else scoped, operation.new or "")
        if _continues(operation.new) and scoped.rstrip().endswith((".", ";")):
            changed = changed.rstrip() + scoped.rstrip()[-1]
    elif operation.position in ("after", "before"):
        after = operation.position == "after"
        changed = _substitute(
            scoped, operation.anchor or "",
            lambda found: _join(found, operation.new or "") if after else _join(operation.new or "", found),
            operation.each,
        )
    else:
        raise NotApplicable(_("cannot apply «{instruction}» as a change of words").format(
            instruction=operation.instruction))
    return text[:start] + changed + text[end:]


def onderdeel_text(text: str, label: str) -> str:
    """The text of onderdeel ``label`` ("b. een subsidie;") in a lid; NotApplicable when absent."""
    start, end = _scope(text, label)
    if (start, end) == (0, len(text)):
        raise NotApplicable(_("the current text has no onderdeel {label}").format(label=label))
    return text[start:end].strip()


def _onderdeel(text: str, operation: Operation, start: int, end: int) -> str:
    """Replace or delete a whole onderdeel of the lid."""
    label = operation.target.onderdeel or ""
    onderdeel_text(text, label)
    if operation.edit == "delete":
        return _tidy(text[:start] + " " + text[end:])
    new = (operation.new or "").strip()
    if not re.match(rf"{re.escape(label.rstrip('°'))}\.?\s", new):
        new = f"{label}. {new}"
    return _join(text[:start].rstrip(), _join(new, text[end:].lstrip()))


def _continues(new: str | None) -> bool:
    """Words added at the end that continue the last sentence (", binnen vier weken")."""
    return bool(new) and new.lstrip()[:1] in (",", ";") or (bool(new) and new[:1].islower())


def _scope(text: str, onderdeel: str | None) -> tuple[int, int]:
    """Where an onderdeel ("b. ...") runs in ``text``; the whole text when it is not found."""
    if not onderdeel:
        return 0, len(text)
    label = re.search(_ONDERDEEL_LABEL % re.escape(onderdeel.rstrip("°")), text)
    if not label:
        return 0, len(text)
    following = re.compile(r"(?<=[;:.])\s+(?:[a-z]{1,2}|\d{1,2}°)\.?\s")
    after = following.search(text, label.end())
    return label.start(), after.start() if after else len(text)


def _pattern(words: str) -> re.Pattern[str]:
    """``words`` as printed, with whole-word edges where they begin or end with a letter."""
    body = r"\s+".join(re.escape(part) for part in words.split())
    left = r"(?<!\w)" if words[:1].isalnum() else ""
    right = r"(?!\w)" if words[-1:].isalnum() else ""
    return re.compile(left + body + right)


def _substitute(text: str, words: str, make, each: bool) -> str:
    if not words.strip():
        raise NotApplicable(_("the instruction quotes no words to look for"))
    pattern = _pattern(words.strip())
    if not pattern.search(text):
        raise NotApplicable(_("«{words}» does not occur in the current text").format(words=words))
    return pattern.sub(lambda match: make(match.group(0)), text, count=0 if each else 1)


def _join(left: str, right: str) -> str:
    """Two pieces of text with one space between them, none before punctuation."""
    if not left:
        return right
    if not right:
        return left
    if right.startswith(_NO_SPACE_BEFORE) or left.endswith(("(", " ")) or right.startswith(" "):
        return left + right
    return f"{left} {right}"


def _tidy(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text.strip()


def volzinnen(text: str) -> list[str]:
    """The sentences of a lid, as the Aanwijzingen count volzinnen."""
    return [part for part in _VOLZIN_END.split(text.strip()) if part]


def _volzin(text: str, operation: Operation) -> str:
    sentences = volzinnen(text)
    if operation.edit == "insert":
        return " ".join(sentences + [operation.new or ""]).strip()
    number = operation.target.volzin
    if number is None:
        raise NotApplicable(_("the instruction names no volzin"))
    index = len(sentences) - 1 if number == -1 else number - 1
    if not 0 <= index < len(sentences):
        raise NotApplicable(_("the current text has {sentences} volzin(nen), not a volzin number {number}").format(
            sentences=len(sentences), number=number))
    if operation.edit == "delete":
        del sentences[index]
    else:
        if not operation.new:
            raise NotApplicable(_("the instruction quotes no new volzin"))
        sentences[index] = operation.new
    return " ".join(sentences)


def _aanhef(text: str, new: str) -> str:
    """Replace the aanhef: the words before the first onderdeel (up to and including the colon)."""
    colon = text.find(":")
    if colon < 0:
        raise NotApplicable(_("the current text has no aanhef (no words before a list of onderdelen)"))
    return _join(new.rstrip(), text[colon + 1:].lstrip())
