"""wetscan's parse of a long PDF bill against raw pdfplumber text extraction, in one run.

Generates a synthetic Kamerstuk PDF of 100+ pages with billgen (deterministic, seed 1), then
times on the same file:

* baseline: ``pdfplumber`` opening the file and calling ``page.extract_text()`` on every page;
* wetscan: ``read_document`` (default text layer, PDFium) + ``parse_document``;
* wetscan with the pdfplumber text layer (``text_layer="pdfplumber"``), only to check that the
  provisions are identical whichever text layer is used.

It prints the page count, the times, the ratio wetscan / pdfplumber (target: at most 0.5) and
whether both text layers give the same provisions; it also reports how many of billgen's
ground-truth provisions come back with exactly the source text. Exit code 1 when the two text
layers disagree.

    .venv/bin/python benchmarks/parse_speed.py [--pages 110] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.billgen.render_pdf import render_pdf  # noqa: E402
from tools.billgen.synthetic import long_bill  # noqa: E402
from tools.billgen.truth import expected_provisions  # noqa: E402
from wetscan.ingest import read_document  # noqa: E402
from wetscan.structure import parse_document  # noqa: E402


def pdfplumber_text(path: Path) -> int:
    """Extract every page's text with pdfplumber; returns the number of characters."""
    with pdfplumber.open(path) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def wetscan_parse(path: Path, text_layer: str = "pdfium") -> list[tuple]:
    bill = parse_document(read_document(path, text_layer=text_layer))  # type: ignore[arg-type]
    return [(p.id, p.article, p.paragraph, p.amends, p.part, p.page, p.text) for p in bill.provisions]


def timed(function, *args, repeat: int = 1):
    """Best wall-clock time of ``repeat`` calls, and the result of the last one."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=110, help="approximate length of the generated bill")
    parser.add_argument("--repeat", type=int, default=3, help="take the best of this many runs of wetscan")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    bill = long_bill(args.seed, pages=args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        path = render_pdf(bill, Path(tmp) / "lang-wetsvoorstel.pdf")
        with pdfplumber.open(path) as pdf:
            pages = len(pdf.pages)
        baseline, characters = timed(pdfplumber_text, path)
        fast, provisions = timed(wetscan_parse, path, repeat=args.repeat)
        slow, plumber_provisions = timed(wetscan_parse, path, "pdfplumber")

    texts = {(p[1], p[2], p[6]) for p in provisions if p[4] == "bill"}
    expected = expected_provisions(bill)
    exact = sum((e.article, e.paragraph, e.text) in texts for e in expected)
    same = provisions == plumber_provisions

    print(f"PDF: {pages} pages, {characters} characters, {len(provisions)} provisions")
    print(f"pdfplumber extract_text (baseline)     {baseline:7.2f} s  ({pages / baseline:6.1f} pages/s)")
    print(f"wetscan parse, PDFium text layer       {fast:7.2f} s  ({pages / fast:6.1f} pages/s)")
    print(f"wetscan parse, pdfplumber text layer   {slow:7.2f} s")
    print(f"ratio wetscan / pdfplumber: {fast / baseline:.3f}x  (target <= 0.5x)")
    print(f"identical provisions from both text layers: {'yes' if same else 'NO'}")
    print(f"ground-truth provisions with exact text: {exact}/{len(expected)}")
    if not same:
        differing = [(a, b) for a, b in zip(provisions, plumber_provisions) if a != b]
        for a, b in differing[:3]:
            print(f"  pdfium:     {a}\n  pdfplumber: {b}")
        if len(provisions) != len(plumber_provisions):
            print(f"  counts differ: {len(provisions)} vs {len(plumber_provisions)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
