"""The provisions a bill source must parse into: billgen's ground truth for tests and benchmarks.

A provision is one lid, or one article without leden; its onderdelen stay in its text, printed
as "a. ...", "1° ..." and joined with single spaces (the report's whitespace-normalised text).
Text quoted by an amendment instruction belongs to the amended law (``amends``). Instructions
that quote no whole article or lid (text replacements, inserted definitions) are left out: how
they are cited is the parser's choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.billgen.spec import AmendingArticle, Article, Bill, Item, Lid, item_label, strip_footnotes

ARTICLE_IN_INSTRUCTION = re.compile(r"\bartikel (\d+[a-z]?(?:\.\d+[a-z]?)*)")


@dataclass(frozen=True)
class ExpectedProvision:
    article: str
    paragraph: str | None
    amends: str | None
    text: str


def _items_text(items: list[Item], level: int = 0) -> list[str]:
    out = []
    for index, item in enumerate(items):
        out.append(f"{item_label(level, index)} {item.text}")
        out.extend(_items_text(item.items, level + 1))
    return out


def _normalise(parts: list[str]) -> str:
    return " ".join(" ".join(strip_footnotes(p) for p in parts).split())


def lid_text(lid: Lid) -> str:
    return _normalise([lid.text, *_items_text(lid.items)])


def _article(article: Article, amends: str | None) -> list[ExpectedProvision]:
    if not article.leden:
        text = _normalise([article.text or "", *_items_text(article.items)])
        return [ExpectedProvision(article.number, None, amends, text)]
    return [
        ExpectedProvision(article.number, number, amends, lid_text(lid))
        for number, lid in article.numbered_leden()
    ]


def expected_provisions(bill: Bill) -> list[ExpectedProvision]:
    """Provisions of ``bill`` in document order (see the module docstring for what is left out)."""
    out: list[ExpectedProvision] = []
    for article in bill.articles():
        if isinstance(article, Article):
            out.extend(_article(article, None))
            continue
        assert isinstance(article, AmendingArticle)
        for part in article.parts:
            for quoted in part.articles:
                out.extend(_article(quoted, article.law))
            match = ARTICLE_IN_INSTRUCTION.search(part.instruction)
            for index, lid in enumerate(part.leden):
                if match:
                    number = lid.number or str(index + 1)
                    out.append(ExpectedProvision(match.group(1), number, article.law, lid_text(lid)))
    return out
