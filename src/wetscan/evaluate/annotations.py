"""Our annotations of statute provisions (``corpora/annotations/*.jsonl``), see ``corpora/GUIDELINES.md``.

An annotation names a provision by law slug, article and lid, and gives the gold labels the
analysis is measured against: the layers given a task or power, the norm type, mandatory
cooperation and the addressed organ. The split (train/dev/test) is fixed per law in
``corpora/laws.tsv``, never per provision, so no law is both learnt from and tested on.

Annotations exported from the review workspace (``wetscan review export --format annotations``)
concern bills, which are not in the statute corpus: they carry the provision ``text`` themselves
and belong to no split of ``laws.tsv`` (score them with ``--split all``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wetscan.model import LAYERS, NORM_TYPES
from wetscan.i18n import _

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Annotation:
    law: str
    article: str
    lid: str | None
    layers: frozenset[str]
    norm_type: str
    mandatory_cooperation: bool
    organ: str | None = None
    note: str = ""
    split: str | None = None
    text: str | None = None
    source: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.law, self.article, self.lid)


class AnnotationError(ValueError):
    """An annotation line that does not follow the guidelines' format."""


def parse_annotation(record: dict, source: str = "", split: str | None = None) -> Annotation:
    """Check one JSON record against the format of ``corpora/GUIDELINES.md``."""
    missing = {"law", "article", "lid", "layers", "norm_type", "mandatory_cooperation"} - record.keys()
    if missing:
        raise AnnotationError(_("{source}: missing field(s) {missing}").format(
            source=source, missing=', '.join(sorted(missing))))
    layers = record["layers"]
    if not isinstance(layers, list) or any(layer not in LAYERS for layer in layers):
        raise AnnotationError(_("{source}: layers must be a list of {layers}: {value}").format(
            source=source, layers=', '.join(LAYERS), value=repr(layers)))
    if record["norm_type"] not in NORM_TYPES:
        raise AnnotationError(_("{source}: unknown norm_type {norm_type}").format(
            source=source, norm_type=repr(record['norm_type'])))
    if not isinstance(record["mandatory_cooperation"], bool):
        raise AnnotationError(_("{source}: mandatory_cooperation must be true or false").format(source=source))
    lid = record["lid"]
    return Annotation(
        law=str(record["law"]),
        article=str(record["article"]),
        lid=None if lid in (None, "") else str(lid),
        layers=frozenset(layers),
        norm_type=record["norm_type"],
        mandatory_cooperation=record["mandatory_cooperation"],
        organ=record.get("organ"),
        note=record.get("note") or "",
        split=split,
        text=record.get("text"),
        source=source,
    )


def read_splits(laws_tsv: Path) -> dict[str, str]:
    """Law slug -> split, from ``corpora/laws.tsv``."""
    with open(laws_tsv, encoding="utf-8") as handle:
        return {row["law"]: row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def read_annotations(paths: Iterable[Path], splits: dict[str, str] | None = None) -> list[Annotation]:
    """Read annotation files (JSON Lines); a directory means every ``*.jsonl`` in it."""
    annotations: list[Annotation] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            with open(file, encoding="utf-8") as handle:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    source = f"{file.name}:{number}"
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise AnnotationError(_("{source}: not JSON ({reason})").format(
                            source=source, reason=error.msg)) from None
                    split = (splits or {}).get(str(record.get("law")))
                    annotations.append(parse_annotation(record, source, split))
    return annotations
