"""Draw the provisions for the second, independent annotation (inter-annotator agreement).

The sample is stratified by law, and so across the three splits: every law in ``selection.tsv``
gives about the same share of its selected provisions (at least ``--minimum``), drawn with a
generator seeded per law, so the sample of one law does not depend on the others. The keys are
written to ``corpora/agreement/sample.tsv`` in selection order; the second annotator labels them
without seeing the first annotation (``corpora/agreement/second.jsonl``), and
``scripts/agreement.py`` compares the two.

    python corpora/scripts/draw_agreement_sample.py [--fraction 0.12] [--minimum 4]
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter, defaultdict
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1]
OUT = CORPORA / "agreement" / "sample.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--fraction", type=float, default=0.12)
    parser.add_argument("--minimum", type=int, default=4)
    args = parser.parse_args()

    with open(CORPORA / "selection.tsv", encoding="utf-8") as handle:
        rows = [(r["law"], r["article"], r["lid"], r["split"]) for r in csv.DictReader(handle, delimiter="\t")]
    by_law: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for row in rows:
        by_law[row[0]].append(row)

    chosen: set[tuple[str, str, str, str]] = set()
    for law, law_rows in by_law.items():
        rng = random.Random(f"{args.seed}:{law}")
        size = min(len(law_rows), max(args.minimum, round(len(law_rows) * args.fraction)))
        chosen.update(rng.sample(law_rows, size))

    sample = [row for row in rows if row in chosen]
    OUT.parent.mkdir(exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["law", "article", "lid", "split"])
        writer.writerows(sample)
    per_split = Counter(row[3] for row in sample)
    print(f"sampled {len(sample)} provisions from {len(by_law)} laws: {dict(per_split)}")


if __name__ == "__main__":
    main()
