"""``wetscan train pipeline``: rebuild the shipped Dutch spaCy pipeline from the treebanks.

Training runs on CPU and takes tens of minutes; it is a maintainer's command, never run in CI.
"""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from wetscan.cli.app import app, fail

train_app = typer.Typer(help="Train wetscan's models.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("pipeline")
def pipeline(
    ud_dir: Path = typer.Option(Path("../shared/ud"), "--ud", help="Folder with the UD Dutch treebanks."),
    bwb_dir: Path = typer.Option(
        Path("../shared/corpora/bwb"), "--bwb", help="Folder with the BWB statute corpus (*.jsonl.gz)."
    ),
    output: Path = typer.Option(Path("models/nl_wetscan"), "--output", "-o", help="Pipeline to write."),
    cache: Path = typer.Option(Path(".train-cache"), "--cache", help="Folder for intermediate files."),
    max_steps: int = typer.Option(3200, "--max-steps", help="Training steps (batches)."),
) -> None:
    """Train tagger, morphologizer, lemmatizer and parser and write the pipeline to OUTPUT."""
    for folder, what in ((ud_dir, "UD treebank folder"), (bwb_dir, "BWB corpus folder")):
        if not folder.is_dir():
            fail(f"{folder}: {what} not found")
    from wetscan.training.build import build_pipeline

    progress = logging.getLogger("wetscan.training")
    progress.addHandler(logging.StreamHandler())
    progress.setLevel(logging.INFO)
    scores = build_pipeline(ud_dir, bwb_dir, output, cache, max_steps=max_steps)
    for name, value in scores.items():
        typer.echo(f"{name}\t{value}")
