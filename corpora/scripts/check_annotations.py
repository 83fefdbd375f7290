"""Check the annotation files: format, keys present in ``selection.tsv``, no duplicates, coverage.

    python corpora/scripts/check_annotations.py [LAW_SLUG ...]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from wetscan.evaluate.annotations import read_annotations, read_splits

CORPORA = Path(__file__).resolve().parents[1]


def main() -> int:
    only = set(sys.argv[1:])
    splits = read_splits(CORPORA / "laws.tsv")
    with open(CORPORA / "selection.tsv", encoding="utf-8") as handle:
        selected = {(r["law"], r["article"], r["lid"] or None) for r in csv.DictReader(handle, delimiter="\t")}
    files = [p for p in sorted((CORPORA / "annotations").glob("*.jsonl")) if not only or p.stem in only]
    annotations = read_annotations(files, splits)
    problems = 0
    counts = Counter(a.key for a in annotations)
    for key, count in counts.items():
        if count > 1:
            print(f"duplicate: {key} ({count}x)")
            problems += 1
    for annotation in annotations:
        if annotation.key not in selected:
            print(f"{annotation.source}: {annotation.key} is not in selection.tsv")
            problems += 1
        if annotation.law != Path(annotation.source.split(':')[0]).stem:
            print(f"{annotation.source}: law {annotation.law} in the wrong file")
            problems += 1
    per_law = Counter(a.law for a in annotations)
    wanted = Counter(key[0] for key in selected)
    for law in sorted(per_law):
        print(f"{law}: {per_law[law]}/{wanted[law]} annotated")
    layers = Counter(layer for a in annotations for layer in a.layers)
    print(f"total {len(annotations)}; layers {dict(layers)}; "
          f"mandatory cooperation {sum(a.mandatory_cooperation for a in annotations)}; "
          f"norm types {dict(Counter(a.norm_type for a in annotations))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
