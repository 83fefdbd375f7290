"""End to end on real statutes: render BWB laws to PDF and XML, read and parse them, count.

Takes about 20 laws from ``../shared/corpora/bwb/wet-2015.jsonl.gz`` (a fixed, spread-out
selection of laws with 8 to 80 articles), turns each article's lid and onderdeel lines into a
billgen bill, renders it as a Kamerstuk PDF and as official-publication XML in a temporary
folder, and runs ``read_document`` + ``parse_document`` on both. It prints, per format, how many
of the source's articles and leden come back, and how many provisions have exactly the source
text (billgen's ground truth, onderdelen included).

Unlike ``structure_recovery.py`` (which feeds the parser blocks directly), this goes through
the readers: PDF layout, hyphenation repair, page furniture, XML element mapping.

    .venv/bin/python benchmarks/bwb_recovery.py [--laws 20] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.billgen.render_pdf import render_pdf  # noqa: E402
from tools.billgen.render_xml import render_xml  # noqa: E402
from tools.billgen.spec import Article, Bill, Item, Lid  # noqa: E402
from tools.billgen.synthetic import AANHEF, CLOSING  # noqa: E402
from tools.billgen.truth import expected_provisions  # noqa: E402
from wetscan.errors import WetscanError  # noqa: E402
from wetscan.ingest import read_document  # noqa: E402
from wetscan.structure import parse_document  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bwb" / "wet-2015.jsonl.gz"
STATUS = re.compile(r"^(?:Treedt in werking|Materieel uitgewerkt|Vervalt per|Vervallen|Wijzigt )")
LID = re.compile(r"^(\d{1,3}[a-z]?)\.\s+(\S.*)$")
ITEM = re.compile(r"^([a-z]{1,3})\.\s+(\S.*)$")
SUB = re.compile(r"^(\d{1,2})°\.?\s+(\S.*)$")
DEFINITION = re.compile(r"^[-–]\s+\*?([^:*]+):\*?\s*(.*)$")
NUMBER = re.compile(r"^[0-9IVXLC][0-9A-Za-z.]*$")


def _consecutive(numbers: list[str]) -> bool:
    digits = [int(re.match(r"\d+", n).group()) for n in numbers]  # type: ignore[union-attr]
    return digits[0] == 1 and all(b in (a, a + 1) for a, b in zip(digits, digits[1:]))


def source_article(entry: dict) -> Article | None:
    """The corpus entry as a billgen article: leden when the text starts with "1.", else text."""
    number = entry["number"].strip()
    lines = [line.strip() for line in entry["text"].split("\n") if line.strip()]
    lines = [line for line in lines if not STATUS.match(line)]
    if not lines or not NUMBER.match(number):
        return None
    lid_numbers = [m.group(1) for line in lines if (m := LID.match(line))]
    use_leden = bool(LID.match(lines[0])) and _consecutive(lid_numbers)
    article = Article(number=number, title=(entry.get("heading") or "").strip() or None)
    current: Article | Lid = article
    for line in lines:
        lid = LID.match(line) if use_leden else None
        item = ITEM.match(line) or DEFINITION.match(line)
        sub = SUB.match(line)
        if lid:
            current = Lid(text=lid.group(2), number=lid.group(1))
            article.leden.append(current)
        elif sub and current.items:
            current.items[-1].items.append(Item(text=sub.group(2)))
        elif item:
            text = item.group(2) if ITEM.match(line) else f"{item.group(1).strip()}: {item.group(2)}"
            current.items.append(Item(text=text))
        elif current.items:
            current.items[-1].text += " " + line
        elif isinstance(current, Lid):
            current.text += " " + line
        else:
            article.text = f"{article.text} {line}" if article.text else line
    if article.text is None and not article.leden:
        article.text = "Deze bepaling bevat een opsomming:"
    return article


def select_bills(corpus: Path, count: int) -> list[Bill]:
    """``count`` laws spread over the corpus, each with 5 to 80 articles we can render."""
    with gzip.open(corpus, "rt", encoding="utf-8") as file:
        laws = [law for line in file if 8 <= len((law := json.loads(line))["articles"]) <= 80]
    step = max(1, len(laws) // count)
    spread = laws[::step] + [law for i, law in enumerate(laws) if i % step]
    bills = (law_bill(law) for law in spread)
    return [bill for bill, _ in zip((b for b in bills if len(b.body) >= 5), range(count))]


def law_bill(law: dict) -> Bill:
    articles = [a for entry in law["articles"] if (a := source_article(entry))]
    seen: set[str] = set()
    unique = [a for a in articles if not (a.number in seen or seen.add(a.number))]  # type: ignore[func-returns-value]
    return Bill(name=law["slug"][:60], title=law["title"], body=unique, aanhef=[AANHEF[0].format(topic="")],
                closing=CLOSING)


MISSES: list[str] = []


def recovery(bill: Bill, path: Path) -> Counter:
    counts: Counter = Counter()
    expected = expected_provisions(bill)
    source_articles = {a.number for a in bill.articles()}
    source_leden = {(e.article, e.paragraph) for e in expected if e.paragraph}
    counts["articles"] += len(source_articles)
    counts["leden"] += len(source_leden)
    counts["provisions"] += len(expected)
    try:
        parsed = parse_document(read_document(path)).provisions
    except WetscanError as error:
        print(f"  {path.name}: {error}")
        counts["failed"] += 1
        return counts
    parsed = [p for p in parsed if p.part == "bill"]
    counts["articles_found"] += len(source_articles & {p.article for p in parsed})
    counts["leden_found"] += len(source_leden & {(p.article, p.paragraph) for p in parsed})
    texts = {(p.article, p.paragraph, p.text) for p in parsed}
    counts["text_exact"] += sum((e.article, e.paragraph, e.text) in texts for e in expected)
    by_place = {(p.article, p.paragraph): p.text for p in parsed}
    for e in expected:
        if (e.article, e.paragraph, e.text) not in texts:
            got = by_place.get((e.article, e.paragraph), "(no provision)")
            MISSES.append(f"{path.name} artikel {e.article} lid {e.paragraph}:\n"
                          f"    source: {e.text[:160]}\n    parsed: {got[:160]}")
    counts["parsed"] += len(parsed)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-misses", type=int, default=5, help="print this many text mismatches")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    bills = select_bills(args.corpus, args.laws)
    totals = {"pdf": Counter(), "xml": Counter()}
    pages = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for bill in bills:
            pdf = render_pdf(bill, Path(tmp) / f"{bill.name}.pdf")
            xml = render_xml(bill, Path(tmp) / f"{bill.name}.xml")
            line = []
            for fmt, path in (("pdf", pdf), ("xml", xml)):
                counts = recovery(bill, path)
                totals[fmt] += counts
                line.append(f"{fmt} {counts['articles_found']}/{counts['articles']} art "
                            f"{counts['leden_found']}/{counts['leden']} leden "
                            f"{counts['text_exact']}/{counts['provisions']} text")
            pages += read_document(pdf).pages or 0
            print(f"{bill.name[:48]:48}  " + " | ".join(line))
    print(f"\n{len(bills)} laws, {pages} PDF pages, {time.perf_counter() - started:.1f} s")
    for fmt, c in totals.items():
        def pct(found: str, total: str) -> str:
            return f"{c[found]}/{c[total]} ({100 * c[found] / max(1, c[total]):.1f}%)"
        print(f"{fmt.upper():4} articles {pct('articles_found', 'articles')}  leden {pct('leden_found', 'leden')}  "
              f"exact provision text {pct('text_exact', 'provisions')}  failed files {c['failed']}")
    for miss in MISSES[: args.show_misses]:
        print(miss)


if __name__ == "__main__":
    main()
