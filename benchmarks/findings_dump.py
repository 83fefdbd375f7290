"""Dump every finding the analysis makes, to check that a speed-up changes nothing.

The analysis runs over three sets of input and writes one JSON line per analysed provision
(source, provision id, norm type, layers, mandatory cooperation and every finding with its rule,
layer, organ, kind, span, trigger, explanation, confidence and ``derived_from``):

* every bill in ``examples/`` that wetscan reads (each format, parsed as ``wetscan check`` does);
* billgen's synthetic long bill of ``analyse_speed.py`` (seed 1, rendered to a Kamerstuk PDF);
* the laws of the corpus's dev split, each read whole as ``wetscan evaluate`` reads it (all
  provisions of each law, not only the annotated ones), when the shared corpus is present.

Run it before and after a change to the analysis's mechanics and compare the files; a pure
performance change must leave them byte-identical:

    nice .venv/bin/python benchmarks/findings_dump.py /tmp/before.jsonl
    ... change ...
    nice .venv/bin/python benchmarks/findings_dump.py /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl && echo identical
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.billgen.render_pdf import render_pdf  # noqa: E402
from tools.billgen.synthetic import long_bill  # noqa: E402
from wetscan.analyse import analyse_bill  # noqa: E402
from wetscan.errors import InputError  # noqa: E402
from wetscan.evaluate.annotations import read_annotations, read_splits  # noqa: E402
from wetscan.evaluate.corpus import default_corpus_dir  # noqa: E402
from wetscan.evaluate.run import evaluate  # noqa: E402
from wetscan.ingest import read_document  # noqa: E402
from wetscan.model import Bill, Provision  # noqa: E402
from wetscan.structure import parse_document  # noqa: E402

EXAMPLE_SUFFIXES = (".pdf", ".xml", ".docx", ".odt", ".html", ".txt")


def rows(source: str, provisions: Iterable[Provision]) -> Iterable[dict]:
    for provision in provisions:
        yield {
            "source": source,
            "provision": provision.id,
            "norm_type": provision.norm_type,
            "layers": provision.layers,
            "mandatory_cooperation": provision.mandatory_cooperation,
            "findings": [asdict(finding) for finding in provision.findings],
        }


def examples() -> Iterable[dict]:
    for path in sorted((REPO / "examples").glob("*")):
        if path.suffix not in EXAMPLE_SUFFIXES:
            continue
        try:
            bill = parse_document(read_document(path))
        except InputError:
            continue
        analyse_bill(bill)
        yield from rows(f"examples/{path.name}", (p for p in bill.provisions if p.part == "bill"))


def synthetic(pages: int) -> Iterable[dict]:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long-bill.pdf"
        render_pdf(long_bill(seed=1, pages=pages), pdf)
        bill = parse_document(read_document(pdf))
    analyse_bill(bill)
    yield from rows(f"billgen long_bill seed 1, {pages} pages", (p for p in bill.provisions if p.part == "bill"))


def dev_split(split: str) -> Iterable[dict]:
    corpus = default_corpus_dir()
    if not corpus.exists():
        print(f"{corpus}: no corpus, the {split} split is left out", file=sys.stderr)
        return
    gold = [a for a in read_annotations([REPO / "corpora" / "annotations"], read_splits(REPO / "corpora" / "laws.tsv"))
            if a.split == split]
    bills: list[Bill] = []

    def analyser(bill: Bill) -> Bill:
        bills.append(analyse_bill(bill))
        return bill

    evaluate(gold, corpus, analyser)
    for bill in bills:
        yield from rows(f"{split}: {bill.source.path}", bill.provisions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="JSON Lines file to write")
    parser.add_argument("--pages", type=int, default=110, help="pages of the synthetic bill (as analyse_speed.py)")
    parser.add_argument("--split", default="dev", help="corpus split to read (never tune on test)")
    args = parser.parse_args()
    started = time.perf_counter()
    count = 0
    with open(args.output, "w", encoding="utf-8") as handle:
        for row in (*examples(), *synthetic(args.pages), *dev_split(args.split)):
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} provisions written to {args.output} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
