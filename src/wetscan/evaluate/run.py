"""Run the analysis over annotated corpus provisions and score it.

A statute is analysed the way wetscan analyses a bill: as one :class:`~wetscan.model.Bill` holding
the whole law as the corpus has it, so that the context pass reads every provision with the rest of
the law in mind. What that context is, exactly:

* every article of the law in document order with all its leden (not only the annotated ones);
* the law's title (the long title of the 2015 files, the citation title of the recent files);
* the article's own heading as ``provision.headings`` where the 2015 record carries one (about one
  article in eight); the corpus records no chapter or paragraph headings, and the recent files no
  headings at all;
* the law's own definitions (its definitions articles);
* for a besluit that names the wet it implements ("wet: Wet geluidhinder" in its definitions), that wet
  as the corpus has it (every article, its title, its own definitions, no headings), when the corpus holds
  it: the context pass reads the besluit's actorless provisions with it (:mod:`wetscan.analyse.context.parent`);
  ``context["parent_laws"]`` lists which besluit was read with which law.

There is no aanhef (preamble) in the corpus. Only the annotated provisions are scored. The gold labels come from
``corpora/annotations`` (text looked up in the statute corpus) or from reviewed bills (text carried
in the record; each analysed on its own). Errors can be written out for review, one JSON line per
provision where any label differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from wetscan.evaluate.annotations import Annotation
from wetscan.evaluate.corpus import CorpusProvision, find_laws, load_corpus
from wetscan.evaluate.metrics import (
    Gold,
    Prediction,
    cooperation_scores,
    layer_scores,
    norm_type_confusion,
    norm_type_scores,
)
from wetscan.model import Bill, Definition, Document, ParentLaw, Provision
from wetscan.structure.definitions import provision_definitions

#: Analyses a bill in place; :func:`wetscan.analyse.analyse_bill` by default.
Analyser = Callable[[Bill], Bill]


@dataclass
class EvaluationResult:
    annotations: list[Annotation]
    texts: list[str]
    predictions: list[Provision]
    missing: list[Annotation]
    #: What context the analysis had: laws read whole, provisions analysed, how many with a heading.
    context: dict = field(default_factory=dict)

    @property
    def gold(self) -> list[Gold]:
        return [Gold(a.layers, a.norm_type, a.mandatory_cooperation) for a in self.annotations]

    @property
    def predicted(self) -> list[Prediction]:
        return [Prediction(frozenset(p.layers), p.norm_type or "other", p.mandatory_cooperation)
                for p in self.predictions]

    def layers(self) -> pd.DataFrame:
        return layer_scores(self.gold, self.predicted)

    def cooperation(self) -> pd.DataFrame:
        return cooperation_scores(self.gold, self.predicted)

    def norm_types(self) -> pd.DataFrame:
        return norm_type_scores(self.gold, self.predicted)

    def confusion(self) -> pd.DataFrame:
        return norm_type_confusion(self.gold, self.predicted)

    def errors(self) -> list[dict]:
        """Every provision where a label differs, with gold, prediction and the findings."""
        rows = []
        for annotation, text, provision in zip(self.annotations, self.texts, self.predictions):
            predicted = Prediction(frozenset(provision.layers), provision.norm_type or "other",
                                   provision.mandatory_cooperation)
            wrong = [name for name, ok in (
                ("layers", predicted.layers == annotation.layers),
                ("norm_type", predicted.norm_type == annotation.norm_type),
                ("mandatory_cooperation", predicted.mandatory_cooperation == annotation.mandatory_cooperation),
            ) if not ok]
            if not wrong:
                continue
            rows.append({
                "law": annotation.law, "article": annotation.article, "lid": annotation.lid,
                "split": annotation.split, "wrong": wrong, "text": text,
                "gold": {"layers": sorted(annotation.layers), "norm_type": annotation.norm_type,
                         "mandatory_cooperation": annotation.mandatory_cooperation,
                         "organ": annotation.organ, "note": annotation.note},
                "predicted": {"layers": sorted(predicted.layers), "norm_type": predicted.norm_type,
                              "mandatory_cooperation": predicted.mandatory_cooperation},
                "findings": [f"{f.rule} {f.kind} {f.layer or '-'} «{f.trigger}»" for f in provision.findings],
            })
        return rows

    def write_errors(self, path: Path) -> int:
        rows = self.errors()
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        return len(rows)

    def summary(self) -> dict:
        """The headline figures, as plain data (for ``--json`` and the closing notes)."""
        layers, cooperation, norms = self.layers(), self.cooperation(), self.norm_types()
        return {
            "provisions": len(self.annotations),
            "missing_from_corpus": len(self.missing),
            "layers": layers[["precision", "recall", "f1", "support"]].round(4).to_dict(orient="index"),
            "mandatory_cooperation": cooperation[["precision", "recall", "f1", "support"]]
            .round(4).to_dict(orient="index")["mandatory_cooperation"],
            "norm_type_accuracy": round(float(norms.loc["accuracy", "f1"]), 4),
            "context": self.context,
            "norm_types": norms.drop(index="accuracy")[["precision", "recall", "f1", "support"]]
            .round(4).to_dict(orient="index"),
        }


def _default_analyser(bill: Bill) -> Bill:
    from wetscan.analyse import analyse_bill

    return analyse_bill(bill)


def _bill(name: str, title: str | None, provisions: list[Provision], definitions: dict[str, Definition]) -> Bill:
    source = Document(path=name, sha256="0" * 64, format="txt", blocks=[])
    return Bill(source=source, title=title, provisions=provisions, definitions=definitions)


def _provision(entry: CorpusProvision) -> Provision:
    """A corpus lid as the structure parser gives it: the lid number out of the text."""
    text = " ".join(entry.lid_text.split())
    citation = f"artikel {entry.article}" + (f", lid {entry.lid}" if entry.lid else "")
    headings = [entry.heading] if entry.heading else []
    return Provision(id=citation, article=entry.article, paragraph=entry.lid, text=text, headings=headings)


def corpus_bill(entries: Sequence[CorpusProvision], definitions: dict[str, Definition]) -> Bill:
    """One corpus law (its provisions in order) as the bill the analysis reads, named by its slug."""
    return _bill(entries[0].law, entries[0].title, [_provision(entry) for entry in entries], definitions)


def law_definitions(corpus: Mapping[tuple, CorpusProvision]) -> dict[str, dict[str, Definition]]:
    """Per law, the terms its own definitions articles define (as a bill's definitions are used).

    A provision of a statute is read with the definitions of that statute, the way the analysis
    reads a bill's provisions with the bill's definitions: "het college" in a law that defines it
    as the college van burgemeester en wethouders resolves to that organ.
    """
    definitions: dict[str, dict[str, Definition]] = {}
    for (law, article, lid), entry in corpus.items():
        provision = Provision(id=f"artikel {article}" + (f", lid {lid}" if lid else ""), article=article,
                              paragraph=lid, text=entry.text)
        for definition in provision_definitions(provision):
            definitions.setdefault(law, {}).setdefault(definition.term.lower(), definition)
    return definitions


def parent_laws(bills: Sequence[Bill], corpus_dir: Path | None = None) -> dict[str, ParentLaw]:
    """Per bill (by its source path), the wet it implements as the statute corpus has it: the law whose title,
    citation title or slug is the title the bill's definitions give ("wet: Wet geluidhinder"), read whole
    with its own definitions (:mod:`wetscan.analyse.context.parent`). Bills without one are left out."""
    from wetscan.amend.library import law_key
    from wetscan.analyse.context.parent import parent_title

    titles = {bill.source.path: title for bill in bills
              if (title := parent_title(bill.definitions, bill.provisions, bill.preamble))}
    found = find_laws({law_key(title) for title in titles.values()}, corpus_dir)
    parents: dict[str, ParentLaw] = {}
    for path, title in titles.items():
        entries = found.get(law_key(title))
        if not entries or entries[0].law == path:
            continue
        provisions = [_provision(entry) for entry in entries]
        own = law_definitions({entry.key: entry for entry in entries}).get(entries[0].law, {})
        parents[path] = ParentLaw(title, provisions, own, f"{entries[0].law} (BWB corpus)")
    return parents


def evaluate(
    annotations: Sequence[Annotation],
    corpus_dir: Path | None = None,
    analyser: Analyser | None = None,
    progress: Callable[[int], None] | None = None,
) -> EvaluationResult:
    """Analyse the provisions behind ``annotations`` and pair predictions with gold labels."""
    in_corpus = [a for a in annotations if a.text is None]
    corpus = load_corpus(corpus_dir, frozenset(a.law for a in in_corpus)) if in_corpus else {}
    found = [a for a in annotations if a.text is not None or a.key in corpus]
    missing = [a for a in annotations if a.text is None and a.key not in corpus]
    definitions = law_definitions(corpus)
    analyser = analyser or _default_analyser
    predictions: list[Provision] = [None] * len(found)  # type: ignore[list-item]  (all filled below)
    by_law: dict[str, list[int]] = {}
    for index, annotation in enumerate(found):
        if annotation.text is None:
            by_law.setdefault(annotation.law, []).append(index)
            continue
        provision = Provision(id=f"artikel {annotation.article}", article=annotation.article,
                              paragraph=annotation.lid, text=annotation.text)
        analyser(_bill(annotation.law, None, [provision], {}))
        predictions[index] = provision
        if progress:
            progress(1)
    context = {"laws_read_whole": 0, "provisions_analysed": 0, "with_article_heading": 0, "parent_laws": {}}
    bills = {}
    for law in by_law:
        entries = [e for e in corpus.values() if e.law == law]
        bills[law] = (entries, corpus_bill(entries, definitions.get(law, {})))
    parents = parent_laws([bill for _, bill in bills.values()], corpus_dir)
    for law, indices in by_law.items():
        entries, bill = bills[law]
        provisions = bill.provisions
        context["laws_read_whole"] += 1
        context["provisions_analysed"] += len(entries)
        context["with_article_heading"] += sum(1 for e in entries if e.heading)
        bill.parent_law = parents.get(law)
        if bill.parent_law is not None:
            context["parent_laws"][law] = bill.parent_law.where
        analyser(bill)
        analysed = {entry.key: provision for entry, provision in zip(entries, provisions)}
        for index in indices:
            predictions[index] = analysed[found[index].key]
        if progress:
            progress(len(indices))
    texts = [p.text for p in predictions]
    return EvaluationResult(annotations=found, texts=texts, predictions=predictions, missing=missing, context=context)
