"""``wetscan train``: rebuild the shipped models.

* ``pipeline``: the Dutch spaCy pipeline from the treebanks (tens of minutes on CPU);
* ``encoder``: the legal-Dutch encoder, pretrained on the statute corpus (hours on CPU, resumable);
* ``reader``: the learned reader, fine-tuned on corpora/ from an encoder;
* ``thresholds``: the combined reader's add thresholds, chosen on dev.

These are maintainers' commands, never run in CI.
"""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from wetscan.cli.app import app, fail
from wetscan.i18n import N_, _

train_app = typer.Typer(help=_("Train wetscan's models."), no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command(
    "pipeline", help=_("Train tagger, morphologizer, lemmatizer and parser and write the pipeline to OUTPUT."))
def pipeline(
    ud_dir: Path = typer.Option(Path("../shared/ud"), "--ud", help=_("Folder with the UD Dutch treebanks.")),
    bwb_dir: Path = typer.Option(
        Path("../shared/corpora/bwb"), "--bwb", help=_("Folder with the BWB statute corpus (*.jsonl.gz).")
    ),
    output: Path = typer.Option(Path("models/nl_wetscan"), "--output", "-o", help=_("Pipeline to write.")),
    cache: Path = typer.Option(Path(".train-cache"), "--cache", help=_("Folder for intermediate files.")),
    max_steps: int = typer.Option(3200, "--max-steps", help=_("Training steps (batches).")),
) -> None:
    """Train tagger, morphologizer, lemmatizer and parser and write the pipeline to OUTPUT."""
    for folder, what in ((ud_dir, N_("{folder}: UD treebank folder not found")),
                         (bwb_dir, N_("{folder}: BWB corpus folder not found"))):
        if not folder.is_dir():
            fail(_(what).format(folder=folder))
    from wetscan.training.build import build_pipeline

    progress = logging.getLogger("wetscan.training")
    progress.addHandler(logging.StreamHandler())
    progress.setLevel(logging.INFO)
    scores = build_pipeline(ud_dir, bwb_dir, output, cache, max_steps=max_steps)
    for name, value in scores.items():
        typer.echo(f"{name}\t{value}")


def _log_progress() -> None:
    progress = logging.getLogger("wetscan.training")
    if not progress.handlers:
        progress.addHandler(logging.StreamHandler())
    progress.setLevel(logging.INFO)


@train_app.command(
    "encoder", help=_("Pretrain (or resume pretraining) the legal-Dutch encoder with masked-language modelling."))
def encoder(
    bwb_dir: Path = typer.Option(Path("../shared/corpora/bwb"), "--bwb", help=_("Folder with the BWB statute corpus.")),
    output: Path = typer.Option(Path("models/legal_encoder"), "--output", "-o", help=_("Encoder folder to write.")),
    work: Path = typer.Option(
        Path(".train-cache/encoder"), "--work", help=_("Checkpoints, vocabulary and token blocks.")),
    minutes: float = typer.Option(
        85.0, "--minutes", help=_("Stop (and checkpoint) after this many minutes; run again to resume.")),
    max_steps: int = typer.Option(20000, "--max-steps", help=_("Total pretraining steps over all runs.")),
) -> None:
    """Pretrain (or resume pretraining) the legal-Dutch encoder with masked-language modelling."""
    if not bwb_dir.is_dir():
        fail(_("{folder}: BWB corpus folder not found").format(folder=bwb_dir))
    from wetscan.learned.encoder import EncoderSpec, pretrain

    _log_progress()
    figures = pretrain(bwb_dir, output, work, minutes=minutes, spec=EncoderSpec(max_steps=max_steps))
    for name, value in figures.items():
        typer.echo(f"{name}\t{value}")


@train_app.command(
    "reader", help=_("Fine-tune the learned reader on the annotations (train split; epoch chosen on dev)."))
def reader(
    encoder_dir: Path = typer.Option(
        Path("models/legal_encoder"), "--encoder", help=_("Any local Hugging Face encoder folder.")),
    output: Path = typer.Option(Path("models/wetscan_reader"), "--output", "-o", help=_("Reader folder to write.")),
    bwb_dir: Path = typer.Option(Path("../shared/corpora/bwb"), "--bwb", help=_("Folder with the BWB statute corpus.")),
    corpora: Path = typer.Option(Path("corpora"), "--corpora", help=_("Our annotations (laws.tsv, annotations/).")),
    epochs: int = typer.Option(6, "--epochs", help=_("Epochs; the best on the dev split is kept.")),
    random_init: bool = typer.Option(
        False, "--random-init", help=_("Same architecture from random weights (ablation).")),
) -> None:
    """Fine-tune the learned reader on the annotations (train split; epoch chosen on dev)."""
    _require_folders((encoder_dir, N_("{folder}: encoder folder not found")),
                     (bwb_dir, N_("{folder}: BWB corpus folder not found")),
                     (corpora, N_("{folder}: corpora folder not found")))
    from wetscan.learned.training import train_reader

    _log_progress()
    figures = train_reader(corpora, bwb_dir, encoder_dir, output, epochs, random_init=random_init)
    for name, value in figures.items():
        typer.echo(f"{name}\t{value}")


@train_app.command(
    "thresholds", help=_("Choose the combined reader's add thresholds on the dev split (for assess/rules.yaml)."))
def thresholds(
    reader_dir: Path = typer.Option(Path("models/wetscan_reader"), "--reader-dir", help=_("A trained reader folder.")),
    bwb_dir: Path = typer.Option(Path("../shared/corpora/bwb"), "--bwb", help=_("Folder with the BWB statute corpus.")),
    corpora: Path = typer.Option(Path("corpora"), "--corpora", help=_("Our annotations (laws.tsv, annotations/).")),
    min_precision: float = typer.Option(
        0.88, "--min-precision", help=_("Lowest dev layer precision a threshold may give.")),
) -> None:
    """Choose the combined reader's add thresholds on the dev split (for assess/rules.yaml)."""
    _require_folders((reader_dir, N_("{folder}: reader folder not found")),
                     (bwb_dir, N_("{folder}: BWB corpus folder not found")),
                     (corpora, N_("{folder}: corpora folder not found")))
    from wetscan.learned.thresholds import choose_thresholds

    for name, value in choose_thresholds(corpora, bwb_dir, reader_dir, min_precision).items():
        typer.echo(f"{name}\t{value}")


def _require_folders(*needed: tuple[Path, str]) -> None:
    """One line and exit 2 for the first folder that is not there (message: an ``N_`` template)."""
    for folder, what in needed:
        if not folder.is_dir():
            fail(_(what).format(folder=folder))
