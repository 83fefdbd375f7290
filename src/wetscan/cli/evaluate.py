"""``wetscan evaluate``: precision, recall and F1 of the analysis against our annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from wetscan.analyse import analyse_bill
from wetscan.assess.rules import load_rules
from wetscan.cli.app import app, fail
from wetscan.cli.check import ReaderChoice, check_reader_folder
from wetscan.learned import READERS, read_bill
from wetscan.evaluate.annotations import SPLITS, AnnotationError, read_annotations, read_splits
from wetscan.evaluate.corpus import default_corpus_dir
from wetscan.evaluate.run import evaluate as run_evaluation
from wetscan.i18n import N_, _
from wetscan.vocabulary import norm_type_name

REPO_ROOT = Path(__file__).resolve().parents[3]
#: The figures' column names as people read them; the frames (and --json) keep the English keys.
COLUMNS = {"precision": N_("precision"), "recall": N_("recall"), "f1": N_("f1"), "support": N_("support"),
           "label": N_("label"), "reader / label": N_("reader / label"), "gold": N_("gold")}


def _label(value: object) -> str:
    """A row label in words: norm types and mandatory cooperation named, layers and readers as they are."""
    text = str(value)
    return _("mandatory cooperation") if text == "mandatory_cooperation" else norm_type_name(text)


def _table(title: str, frame: pd.DataFrame, integer_columns: tuple[str, ...] = ("support",)) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(_(COLUMNS.get(frame.index.name, frame.index.name or "")) if frame.index.name else "")
    for column in frame.columns:
        table.add_column(_(COLUMNS[column]) if column in COLUMNS else str(column), justify="right")
    for label, row in frame.iterrows():
        cells = [f"{int(v)}" if (c in integer_columns or not isinstance(v, float)) else f"{v:.3f}"
                 for c, v in row.items()]
        table.add_row(_label(label), *cells)
    return table


def _run(gold, corpus_dir: Path, mode: str, encoder: Path | None):
    """Analyse the annotated provisions with one reader, with a progress bar."""
    settings = load_rules().reader

    def analyser(bill):
        analyse_bill(bill)
        return read_bill(bill, mode, encoder, settings)

    with Progress(TextColumn(_("analysing ({reader})").format(
        reader=mode)), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("analyse", total=len(gold))
        return run_evaluation(gold, corpus_dir, analyser=analyser, progress=lambda n: progress.advance(task, n))


def comparison(results: dict) -> pd.DataFrame:
    """One row per reader and label: precision, recall, F1 (layers per layer and micro, cooperation)."""
    rows = []
    for mode, result in results.items():
        layers = result.layers()
        for label, row in layers.iterrows():
            rows.append({"reader / label": f"{mode} / {label}", **row[["precision", "recall", "f1", "support"]]})
        coop = result.cooperation().iloc[0]
        rows.append({"reader / label": f"{mode} / {_('cooperation')}", **coop[["precision", "recall", "f1", "support"]]})
    return pd.DataFrame(rows).set_index("reader / label")


@app.command(help=_("Score the analysis against annotated provisions: P/R/F1 per layer, cooperation and norm type."))
def evaluate(
    annotations: list[Path] = typer.Argument(
        None, help=_("Annotation files or folders (JSON Lines): corpora/annotations by default, or reviewed "
                "bills exported by 'wetscan review export --format annotations' (score those with --split all).")),
    split: str = typer.Option("test", "--split", "-s", help=_("Which split to score: {splits} or all.").format(
        splits=", ".join(SPLITS))),
    corpus: Path = typer.Option(None, "--corpus", help=_("The BWB corpus folder (default ../shared/corpora/bwb).")),
    laws_tsv: Path = typer.Option(REPO_ROOT / "corpora" / "laws.tsv", "--laws", help=_("Law -> split table.")),
    errors: Path = typer.Option(
        None, "--errors", "-e", help=_("Write every wrongly labelled provision here (JSON Lines).")),
    as_json: bool = typer.Option(False, "--json", help=_("Print the figures as JSON instead of tables.")),
    reader: ReaderChoice = typer.Option(
        ReaderChoice.rules, "--reader", help=_("rules, model (the learned reader alone) or combined.")),
    encoder: Path = typer.Option(None, "--encoder", help=_("A trained reader folder instead of the shipped one.")),
    compare: bool = typer.Option(False, "--compare", help=_("Score rules, model and combined side by side.")),
) -> None:
    """Score the analysis against annotated provisions: P/R/F1 per layer, cooperation and norm type."""
    if split not in (*SPLITS, "all"):
        fail(_("--split must be one of {splits} or all, not {split}").format(
            splits=", ".join(SPLITS), split=repr(split)))
    paths = annotations or [REPO_ROOT / "corpora" / "annotations"]
    corpus_dir = corpus or default_corpus_dir()
    for path in paths:
        if not path.exists():
            fail(_("{path}: no such file or folder").format(path=path))
    try:
        splits = read_splits(laws_tsv) if laws_tsv.exists() else {}
        gold = read_annotations(paths, splits)
    except (AnnotationError, OSError) as error:
        fail(str(error))
    if split != "all":
        gold = [a for a in gold if a.split == split]
    if not gold:
        fail(_("no annotations in split {split}").format(split=repr(split)))
    if any(a.text is None for a in gold) and not corpus_dir.exists():
        fail(_("{folder}: the statute corpus is not there (give it with --corpus)").format(folder=corpus_dir))

    check_reader_folder(encoder, "combined" if compare else reader.value)
    console = Console(stderr=as_json)
    if compare:
        results = {mode: _run(gold, corpus_dir, mode, encoder) for mode in READERS}
        if as_json:
            typer.echo(json.dumps({mode: r.summary() for mode, r in results.items()}, indent=2, ensure_ascii=False))
        else:
            console.print(_table(_("Readers side by side (layers: micro; cooperation)"), comparison(results)))
        return
    result = _run(gold, corpus_dir, reader.value, encoder)

    if as_json:
        typer.echo(json.dumps(result.summary(), indent=2, ensure_ascii=False))
    else:
        laws = len({a.law for a in result.annotations})
        console.print(Text(_("{provisions} provisions from {laws} laws, split {split}").format(
            provisions=len(result.annotations), laws=laws, split=split)
            + (_("; {count} not found in the corpus").format(count=len(result.missing)) if result.missing else "")))
        context = result.context
        if context.get("laws_read_whole"):
            console.print(Text(_(
                "context: {laws} laws read whole and in order ({analysed} provisions analysed, only the annotated "
                "ones scored); their article headings ({headed} provisions) as headings; the corpus records no "
                "chapter headings and no aanhef").format(laws=context["laws_read_whole"],
                                                         analysed=context["provisions_analysed"],
                                                         headed=context["with_article_heading"])))
        figures = ["precision", "recall", "f1", "support"]
        console.print(_table(_("Layers (task or power)"), result.layers()[figures]))
        console.print(_table(_("Mandatory cooperation"), result.cooperation()[figures]))
        console.print(_table(_("Norm type"), result.norm_types()[figures]))
        confusion = result.confusion()
        confusion.columns = [norm_type_name(str(column))[:5] for column in confusion.columns]  # fits 80 columns
        console.print(_table(_("Norm type confusion (rows gold, columns predicted, first 5 letters)"), confusion,
                             integer_columns=tuple(confusion.columns)))
    if errors:
        count = result.write_errors(errors)
        Console(stderr=True).print(Text(_("{count} provisions with an error written to {path}").format(
            count=count, path=errors)))
