"""Speed of wetscan's analysis stage, on one core.

Two figures:

* **provisions per second** for the full analysis (pipeline, organ resolution, rules) over real
  statute provisions from ``../shared/corpora/bwb`` when present (the Gemeentewet, Provinciewet and
  a few sector laws), else over the provisions of the synthetic bill below;
* **a 100-page bill**: billgen's synthetic Kamerstuk PDF (deterministic, seed 1) is read and parsed
  (``read_document`` + ``parse_document``) and then analysed (``analyse_bill``); the script prints
  both times and the ratio analysis / parse (target: at most 1.0, the analysis adds no more than
  the parse itself takes).

* **a besluit with its parent law** (when the corpus is there): the Besluit geluidhinder analysed
  alone, then read with the Wet geluidhinder (:mod:`wetscan.analyse.context.parent`), the first time
  (the wet is read too) and again (the wet's reading is cached per process); ratios to alone.

The pipeline is loaded once before timing (it is loaded once per process in real use); its load
time is reported separately, and so is the first analysis in the process (best of ``--repeat``
after it is the figure compared with the parse). Pin to one core with ``taskset -c 0`` for a strict one-core figure.

    .venv/bin/python benchmarks/analyse_speed.py [--pages 110] [--provisions 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.billgen.render_pdf import render_pdf  # noqa: E402
from tools.billgen.synthetic import long_bill  # noqa: E402
from wetscan.analyse import analyse_bill, analyse_texts  # noqa: E402
from wetscan.analyse.pipeline import load_pipeline, model_path  # noqa: E402
from wetscan.analyse.context import parent  # noqa: E402
from wetscan.evaluate.corpus import default_corpus_dir, load_corpus, split_leden  # noqa: E402
from wetscan.evaluate.run import corpus_bill, law_definitions, parent_laws  # noqa: E402
from wetscan.ingest import read_document  # noqa: E402
from wetscan.structure import parse_document  # noqa: E402

PARENT_BESLUIT = "AMvB_besluit_geluidhinder"
CORPUS_LAWS = ("wet_gemeentewet", "wet_provinciewet", "wet_wet_op_de_jeugdzorg", "wet_woningwet", "wet_wet_geluidhinder")


def corpus_texts(limit: int) -> list[str]:
    """Provision texts (one lid each) of a few real statutes, when the shared corpus is present."""
    path = default_corpus_dir() / "wet-2015.jsonl.gz"
    if not path.exists():
        return []
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["slug"] not in CORPUS_LAWS:
                continue
            for article in record["articles"]:
                texts.extend(text for _, text in split_leden(article["text"]))
    return texts[:limit]


def parent_cost(repeat: int) -> None:
    """Print the cost of reading a besluit with its parent law (first read, cached), as ratios to reading it alone."""
    corpus = load_corpus(None, frozenset({PARENT_BESLUIT}))
    entries = list(corpus.values())
    if not entries:
        return
    definitions = law_definitions(corpus).get(PARENT_BESLUIT, {})
    wet = parent_laws([corpus_bill(entries, definitions)]).get(PARENT_BESLUIT)

    def read(with_parent: bool) -> None:
        bill = corpus_bill(entries, definitions)
        bill.parent_law = wet if with_parent else None
        analyse_bill(bill)

    alone, _ = best_of(repeat, read, False)
    if wet is None:
        print(f"besluit with parent law: {PARENT_BESLUIT}'s parent not in the corpus ({alone:.2f} s alone)")
        return
    parent._READINGS.clear()
    first, _ = best_of(1, read, True)
    cached, _ = best_of(repeat, read, True)
    print(f"besluit with parent law: {len(entries)} provisions of {PARENT_BESLUIT}, parent {wet.title} "
          f"({len(wet.provisions)} provisions)")
    print(f"  alone {alone:.2f} s; with the wet, first read {first:.2f} s ({first / alone:.2f}x), "
          f"cached {cached:.2f} s ({cached / alone:.2f}x)")


def best_of(repeat: int, function, *args):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=110)
    parser.add_argument("--provisions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = load_pipeline()
    load_time = time.perf_counter() - started
    print(f"model: {model_path() or 'none (blank Dutch tokenizer)'}; pipeline: {', '.join(nlp.pipe_names)}")
    print(f"pipeline load: {load_time:.2f} s (once per process)")

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long-bill.pdf"
        render_pdf(long_bill(seed=1, pages=args.pages), pdf)
        parse_time, bill = best_of(args.repeat, lambda: parse_document(read_document(pdf)))
        analysed = [p for p in bill.provisions if p.part == "bill"]
        first_time, _ = best_of(1, analyse_bill, bill)
        analyse_time, _ = best_of(args.repeat, analyse_bill, bill)

    texts = corpus_texts(args.provisions) or [p.text for p in analysed]
    source = "BWB corpus" if len(texts) and texts[0] not in {p.text for p in analysed} else "synthetic bill"
    corpus_time, _ = best_of(args.repeat, analyse_texts, texts)
    words = sum(len(text.split()) for text in texts)

    print(f"full analysis, {source}: {len(texts)} provisions ({words} words) in {corpus_time:.2f} s "
          f"= {len(texts) / corpus_time:.0f} provisions/s, {words / corpus_time:.0f} words/s "
          f"(cpu count {os.cpu_count()})")
    print(f"100-page bill: {bill.source.pages} pages, {len(analysed)} provisions")
    print(f"  parse (read_document + parse_document): {parse_time:.2f} s")
    print(f"  analysis (analyse_bill):                {analyse_time:.2f} s  (first in the process: {first_time:.2f} s)")
    ratio = analyse_time / parse_time
    print(f"  ratio analysis / parse: {ratio:.2f} (target <= 1.0) -> {'OK' if ratio <= 1.0 else 'SLOWER THAN PARSE'}")
    parent_cost(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
