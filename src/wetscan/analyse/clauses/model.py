"""A clause of a provision, as the clause analysis records it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from wetscan.analyse.organs import OrganMention

PASSIVE_PARTICIPLE = re.compile(
    r"^(?:(?:vast|aan|toe|op|in|uit|af|mee|mede|over|door|bij|na|ter|voor|weg|terug|vrij|bekend|samen|kenbaar|neer|tegen|"
    r"onder|dicht|open|vooraf|plaats|teweeg|tot|gelijk|goed|kwijt|los|achter)?ge\w{2,}[dtn]"
    r"|(?:be|ver|ont|her|er)\w{2,}[dtn])$"
)



def mentions_between(organs: list[OrganMention], starts: list[int], start: int, end: int) -> list[OrganMention]:
    """The mentions that lie within tokens ``start:end``; ``starts`` are their sorted start tokens."""
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return [m for m in organs[first:last] if m.end <= end]


@dataclass
class Clause:
    """One sentence of a provision (with its enumeration), analysed."""

    start: int
    end: int
    main_start: int
    verb: int | None = None
    addressees: list[OrganMention] = field(default_factory=list)
    addressee_method: str = "none"
    subject_text: str | None = None  # the subject when it is no organ ("De aanvrager")
    modality: str | None = None  # obligation | power | prohibition | permission
    passive: bool = False  # a passive main clause: only an agent ("door ...") can be the addressee
    norm_type: str = "other"
    trigger: Span | None = None  # the words that show the norm type
    reason: str = ""

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]
