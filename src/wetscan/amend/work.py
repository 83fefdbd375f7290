"""The articles of an amended law that a bill touches, as they are being consolidated.

For each affected article wetscan keeps its leden after the bill (``new_leden``, starting from the
current text) and the provisions of the report whose old and new text depend on it (``affected``);
:mod:`wetscan.amend.consolidate` analyses the article before and after as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetscan.amend.library import CurrentLaw
from wetscan.model import Provision
from wetscan.structure.numbering import lid_citation


@dataclass
class AffectedArticle:
    """An article of the amended law that the bill touches: its leden after the bill, and the
    provisions of the report whose old and new text depend on it."""

    law: CurrentLaw
    number: str
    new_leden: dict[str | None, str] = field(default_factory=dict)
    affected: list[tuple[Provision, str | None]] = field(default_factory=list)
    whole: Provision | None = None  # the first quoted lid of an article replaced as a whole
    #: A repealed onderdeel: which findings of its old lid were its own (its span, the lid's aanhef).
    parts: dict[str, tuple[int, int, int]] = field(default_factory=dict)


#: The affected articles of the amended laws, by (law file, article number).
Articles = dict[tuple[str, str], AffectedArticle]


def affected_article(articles: Articles, law: CurrentLaw, number: str) -> AffectedArticle | None:
    """The affected article ``number`` of ``law`` (made on first use); None when the law has no such article."""
    leden = law.leden(number)
    if leden is None:
        return None
    key = (law.path, number)
    if key not in articles:
        articles[key] = AffectedArticle(law, number, new_leden=dict(leden))
    return articles[key]


def cite(article: str, lid: str | None) -> str:
    """"artikel 3, tweede lid"; "artikel 8" for an article without leden."""
    return f"artikel {article}" + (f", {lid_citation(lid)}" if lid else "")
