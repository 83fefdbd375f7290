"""Inter-annotator agreement between the first annotation and the blind second one.

The second annotator labels the provisions of ``corpora/agreement/sample.tsv`` without seeing the
first annotation (``corpora/agreement/second.jsonl``). This script pairs the two by key and
reports, per field, the observed agreement and Cohen's kappa (agreement corrected for what two
annotators with the same label frequencies would reach by chance):

* each layer (gemeente, provincie, waterschap, openbaar_lichaam) as a binary field;
* the layers as a set (exact match: observed agreement only, no kappa);
* ``norm_type`` (nine classes) and ``mandatory_cooperation`` (binary);
* ``organ`` after normalisation (spelling variants of the same organ count as one; kappa over the
  normalised names, ``none`` for no organ).

    python corpora/scripts/agreement.py [--first corpora/annotations] [--second ...]
        [--disagreements out.tsv]

``--disagreements`` writes one row per differing field (key, field, first, second) for
adjudication; the adjudicated outcome is kept in ``corpora/agreement/adjudication.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pandas as pd

from wetscan.evaluate.annotations import Annotation, read_annotations

CORPORA = Path(__file__).resolve().parents[1]
LAYER_NAMES = ("gemeente", "provincie", "waterschap", "openbaar_lichaam")

#: Spellings of one organ that annotators write differently; matched after lowercasing.
ORGAN_SYNONYMS = {
    "gemeenteraad": "raad",
    "de raad": "raad",
    "college": "college van burgemeester en wethouders",
    "burgemeester en wethouders": "college van burgemeester en wethouders",
    "b&w": "college van burgemeester en wethouders",
    "ps": "provinciale staten",
    "gs": "gedeputeerde staten",
    "college van gedeputeerde staten": "gedeputeerde staten",
    "commissaris": "commissaris van de koning",
    "cdk": "commissaris van de koning",
    "onze commissaris": "commissaris van de koning",
    "uwv": "uitvoeringsinstituut werknemersverzekeringen",
    "acm": "autoriteit consument en markt",
}


def normalise_organ(organ: str | None) -> str:
    """One name per organ: lowercase, no article, 'Onze Minister van X' -> 'onze minister'."""
    if not organ:
        return "none"
    name = " ".join(organ.lower().split())
    name = re.sub(r"^(de|het|een) ", "", name)
    name = re.sub(r"^onze (minister|ministers)\b.*", "onze minister", name)
    name = re.sub(r"^(het |de )?(algemeen|dagelijks) bestuur\b.*", lambda m: f"{m.group(2)} bestuur", name)
    return ORGAN_SYNONYMS.get(name, name)


def cohen_kappa(first: pd.Series, second: pd.Series) -> float:
    """Cohen's kappa of two label series of equal length (1.0 when both agree on one label)."""
    observed = float((first == second).mean())
    categories = sorted(set(first) | set(second), key=str)
    share_first = first.value_counts(normalize=True).reindex(categories, fill_value=0.0)
    share_second = second.value_counts(normalize=True).reindex(categories, fill_value=0.0)
    expected = float((share_first * share_second).sum())
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def field_table(first: list[Annotation], second: list[Annotation]) -> pd.DataFrame:
    """One column per compared field, one row per paired provision."""
    rows = []
    for a, b in zip(first, second):
        row = {}
        for layer in LAYER_NAMES:
            row[(f"layer {layer}", 1)] = layer in a.layers
            row[(f"layer {layer}", 2)] = layer in b.layers
        row[("layers (set)", 1)] = ",".join(sorted(a.layers)) or "-"
        row[("layers (set)", 2)] = ",".join(sorted(b.layers)) or "-"
        row[("norm_type", 1)], row[("norm_type", 2)] = a.norm_type, b.norm_type
        row[("mandatory_cooperation", 1)] = a.mandatory_cooperation
        row[("mandatory_cooperation", 2)] = b.mandatory_cooperation
        row[("organ", 1)], row[("organ", 2)] = normalise_organ(a.organ), normalise_organ(b.organ)
        rows.append(row)
    return pd.DataFrame(rows)


def agreement(table: pd.DataFrame) -> pd.DataFrame:
    """Per field: positives of each annotator (binary fields), observed agreement and kappa."""
    result = []
    for name in dict.fromkeys(column[0] for column in table.columns):
        first, second = table[(name, 1)], table[(name, 2)]
        binary = first.dtype == bool
        result.append({
            "field": name,
            "n": len(first),
            "first +": int(first.sum()) if binary else "",
            "second +": int(second.sum()) if binary else "",
            "agreement": round(float((first == second).mean()), 3),
            "kappa": "" if name == "layers (set)" else round(cohen_kappa(first, second), 3),
        })
    return pd.DataFrame(result)


def markdown(frame: pd.DataFrame) -> str:
    """A Markdown table of ``frame`` (empty cells for missing values)."""
    cells = frame.astype(object).where(frame.notna(), "")
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(str(value) for value in row) + " |" for row in cells.itertuples(index=False)]
    return "\n".join(lines)


def paired(first_dir: Path, second_path: Path) -> tuple[list[Annotation], list[Annotation]]:
    """The first and second annotation of every key in the second file, in that file's order."""
    firsts = {a.key: a for a in read_annotations([first_dir])}
    seconds = read_annotations([second_path])
    missing = [b.key for b in seconds if b.key not in firsts]
    if missing:
        raise SystemExit(f"{len(missing)} key(s) of {second_path} have no first annotation, e.g. {missing[0]}")
    return [firsts[b.key] for b in seconds], seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, default=CORPORA / "annotations")
    parser.add_argument("--second", type=Path, default=CORPORA / "agreement" / "second.jsonl")
    parser.add_argument("--disagreements", type=Path, help="write the differing fields here (TSV)")
    args = parser.parse_args()

    first, second = paired(args.first, args.second)
    table = field_table(first, second)
    print(markdown(agreement(table)))
    if args.disagreements:
        fields = dict.fromkeys(column[0] for column in table.columns if column[0] != "layers (set)"
                               and not column[0].startswith("layer "))
        with open(args.disagreements, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["law", "article", "lid", "field", "first", "second"])
            for index, (a, b) in enumerate(zip(first, second)):
                key = [a.law, a.article, a.lid or ""]
                if a.layers != b.layers:
                    writer.writerow(key + ["layers", ",".join(sorted(a.layers)), ",".join(sorted(b.layers))])
                for name in fields:
                    if table.at[index, (name, 1)] != table.at[index, (name, 2)]:
                        writer.writerow(key + [name, table.at[index, (name, 1)], table.at[index, (name, 2)]])


if __name__ == "__main__":
    main()
