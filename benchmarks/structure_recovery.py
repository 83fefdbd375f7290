"""How many articles and leden does the structure parser recover from real statutes?

Renders every law of a BWB corpus file (``../shared/corpora/bwb/wet-2015.jsonl.gz`` by default)
as a bill would be printed -- "Artikel N", its title on the next line, then one line per lid and
onderdeel -- feeds it to :func:`wetscan.structure.parse_document` once as one block per
paragraph (XML/DOCX style) and once as one block per printed line (PDF style, wrapped at 80
characters), and compares the provisions with the source:

* articles: the distinct article numbers of the provisions against the corpus entries;
* leden: (article, lid) pairs, where the source's leden are the numbered lines of an article
  whose text starts with lid 1 (numbered lines after an introduction are an enumeration);
* text: provisions whose text equals the source lid (or article) text, whitespace normalised.

    .venv/bin/python benchmarks/structure_recovery.py [corpus.jsonl.gz] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import textwrap
import time
from collections import Counter
from pathlib import Path

from wetscan.model import Block, Document
from wetscan.structure import parse_document

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bwb" / "wet-2015.jsonl.gz"
_STATUS = re.compile(r"^(?:Treedt in werking|Materieel uitgewerkt|Vervalt per|Vervallen per)\b")
_LID = re.compile(r"^(\d{1,3}[a-z]{0,2})\.?\s+(\S.*)$")


def _source_lines(article: dict) -> list[str]:
    return [line.strip() for line in article["text"].split("\n") if line.strip() and not _STATUS.match(line.strip())]


def _source_leden(lines: list[str]) -> list[tuple[str, str]]:
    """(lid number, lid text) of an article whose text starts with lid 1, else []."""
    if not lines or not (m := _LID.match(lines[0])) or m[1] != "1":
        return []
    leden: list[tuple[str, list[str]]] = []
    for line in lines:
        match = _LID.match(line)
        if match and (not leden or _next(leden[-1][0], match[1])):
            leden.append((match[1], [match[2]]))
        else:
            leden[-1][1].append(line)
    return [(number, " ".join(parts)) for number, parts in leden]


def _next(previous: str, number: str) -> bool:
    p, n = re.match(r"(\d+)(.*)", previous), re.match(r"(\d+)(.*)", number)
    return (int(n[1]), n[2]) > (int(p[1]), p[2]) and int(n[1]) <= int(p[1]) + 3


def _render(law: dict) -> list[str]:
    """The law as printed paragraphs: title, then per article its heading, title and lines."""
    paragraphs = [law["title"]]
    for article in law["articles"]:
        number = article["number"]
        paragraphs.append("Enig artikel" if number == "enig" else f"Artikel {number}")
        if article.get("heading"):
            paragraphs.append(article["heading"])
        paragraphs += _source_lines(article)
    return paragraphs


def _document(paragraphs: list[str], by_line: bool) -> Document:
    if by_line:
        blocks = [Block(text=line, page=1) for p in paragraphs for line in textwrap.wrap(p, 80, break_on_hyphens=False)]
    else:
        blocks = [Block(text=p, kind="paragraph") for p in paragraphs]
    return Document(path="corpus", sha256="0" * 64, format="pdf" if by_line else "xml", blocks=blocks)


def _norm(text: str) -> str:
    return " ".join(text.split())


def measure(corpus: Path, limit: int | None) -> None:
    totals: dict[str, Counter] = {"paragraph": Counter(), "line": Counter()}
    elapsed = {"paragraph": 0.0, "line": 0.0}
    laws = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for raw in handle:
            law = json.loads(raw)
            if not law["articles"]:
                continue
            laws += 1
            source_articles = Counter(a["number"] for a in law["articles"])
            source_leden: Counter = Counter()
            source_text: Counter = Counter()
            for article in law["articles"]:
                lines = _source_lines(article)
                leden = _source_leden(lines)
                for number, text in leden:
                    source_leden[(article["number"], number)] += 1
                    source_text[(article["number"], number, _norm(text))] += 1
                if not leden:
                    source_text[(article["number"], None, _norm(" ".join(lines)))] += 1
            paragraphs = _render(law)
            for mode in ("paragraph", "line"):
                start = time.perf_counter()
                bill = parse_document(_document(paragraphs, by_line=mode == "line"))
                elapsed[mode] += time.perf_counter() - start
                provisions = [p for p in bill.provisions if p.part == "bill"]
                # Quoted text carries the amended law's numbers; amendments carry this law's.
                found = {p.article for p in provisions if not p.amends or p.kind == "amendment"}
                got_articles = Counter({n: c for n, c in source_articles.items() if n in found})
                got_articles.update(n for n in found if n not in source_articles)
                got_leden = Counter((p.article, p.paragraph) for p in provisions if p.paragraph and not p.amends)
                got_text = Counter((p.article, p.paragraph, _norm(p.text)) for p in provisions if not p.amends)
                t = totals[mode]
                t["articles_source"] += sum(source_articles.values())
                t["articles_found"] += sum(got_articles.values())
                t["articles_matched"] += sum((source_articles & got_articles).values())
                t["leden_source"] += sum(source_leden.values())
                t["leden_found"] += sum(got_leden.values())
                t["leden_matched"] += sum((source_leden & got_leden).values())
                t["text_source"] += sum(source_text.values())
                t["text_matched"] += sum((source_text & got_text).values())
            if limit and laws >= limit:
                break
    print(f"corpus: {corpus.name}, {laws} laws")
    for mode, t in totals.items():
        print(f"\n{mode} input ({elapsed[mode]:.1f} s parse time)")
        for what in ("articles", "leden"):
            source, found, matched = t[f"{what}_source"], t[f"{what}_found"], t[f"{what}_matched"]
            print(
                f"  {what:8s} source {source:6d}  found {found:6d}  matched {matched:6d}  "
                f"recall {matched / max(source, 1):.4f}  precision {matched / max(found, 1):.4f}"
            )
        print(f"  identical provision text: {t['text_matched']} of {t['text_source']} "
              f"({t['text_matched'] / max(t['text_source'], 1):.4f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N laws")
    args = parser.parse_args()
    measure(args.corpus, args.limit)


if __name__ == "__main__":
    main()
