"""``wetscan batch`` and ``wetscan summary``: scan whole folders of documents unattended."""

from __future__ import annotations

import sys
from collections import Counter
from enum import Enum
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from wetscan.batch.consultations import ManifestError, group, read_manifest
from wetscan.batch.inputs import InputNotFound, discover
from wetscan.batch.lifecycle import Terminated
from wetscan.batch.runner import BatchOptions, run_batch
from wetscan.batch.store import ResultStore
from wetscan.batch.summary import flagged, write_xlsx
from wetscan.cli.app import EXIT_FLAGGED, app, fail
from wetscan.cli.check import RevisionChoice
from wetscan.errors import WetscanError
from wetscan.i18n import _, language, ngettext
from wetscan.report.sanitise import printable
from wetscan.vocabulary import role_name, verdict_word


EXIT_TERMINATED = 128 + 15  # the shell's code for a process ended by SIGTERM


class EngineChoice(str, Enum):
    local = "local"
    dask = "dask"


@app.command(help=_(
    "Scan many documents: one JSON report each, plus a summary table; resumable and fault-isolated.\n\n"
    "Documents in one folder form a consultation: each bill is paired with its memorandum and assessed with it; "
    "memoranda, letters, questions, decentral regulations and consolidated law get their role and a reason, "
    "no verdicts."))
def batch(
    inputs: list[str] = typer.Argument(
        None, help=_("Folders (recursive; each folder a consultation), files, globs or @list.txt files.")),
    out: Path = typer.Option(..., "--out", "-o", help=_("Output folder: reports/, summary.parquet, summary.csv.")),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help=_("Worker processes (local) or Dask workers (LocalCluster).")),
    engine: EngineChoice = typer.Option(
        EngineChoice.local, "--engine", help=_("local process pool, or a Dask cluster.")),
    scheduler: str = typer.Option(
        None, "--scheduler", help=_("Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster).")),
    send_bytes: bool = typer.Option(
        False, "--send-bytes", help=_("Dask: send file contents to the workers instead of paths.")),
    force: bool = typer.Option(False, "--force", help=_("Scan every document again, even when a report exists.")),
    retry_errors: bool = typer.Option(False, "--retry-errors", help=_("Scan documents again that failed last time.")),
    timeout: float = typer.Option(300.0, "--timeout", min=0, help=_("Seconds allowed per document (0: no limit).")),
    rules: Path = typer.Option(None, "--rules", help=_("Assessment rules file to use instead of the built-in one.")),
    consultation_depth: int = typer.Option(
        None, "--consultation-depth", min=0,
        help=_("The first N folder levels below an input folder name the consultation (default: each folder is one).")),
    manifest: Path = typer.Option(
        None, "--manifest", help=_("CSV with columns consultation,path naming each document's consultation.")),
    revisions: RevisionChoice = typer.Option(
        RevisionChoice.proposed, "--revisions", help=_("Tracked changes in Word/ODT drafts: all accepted (proposed) or rejected (original).")),
) -> None:
    """Scan many documents: one JSON report each, plus a summary table; resumable and fault-isolated.

    Documents in one folder form a consultation: each bill is paired with its memorandum and
    assessed with it; memoranda, letters, questions, decentral regulations and consolidated law get
    their role and a reason, no verdicts."""
    if scheduler and engine is not EngineChoice.dask:
        fail(_("--scheduler needs --engine dask"))
    if rules is not None and not rules.is_file():
        fail(_("{path}: no such rules file").format(path=rules))
    if not inputs and manifest is None:
        fail(_("name folders or files to scan, or a --manifest"))
    try:
        consultations = read_manifest(manifest) if manifest is not None else {}
        paths = discover(inputs, exclude=out) if inputs else []
        paths = sorted(set(paths) | set(consultations), key=str)
        missing = [p for p in consultations if not p.is_file()]
        if missing:
            raise InputNotFound(_("{manifest}: {path}: no such file").format(manifest=manifest, path=missing[0]))
    except (InputNotFound, ManifestError) as error:
        fail(str(error))
    if not paths:
        fail(_("no documents found in {inputs}").format(inputs=", ".join(inputs or [str(manifest)])))
    grouped = group(paths, [Path(item) for item in inputs or []], consultation_depth)
    grouped.update(consultations)

    options = BatchOptions(out=out, workers=workers, engine=engine.value, scheduler=scheduler, force=force,
                           retry_errors=retry_errors, timeout=timeout or None, rules=rules, send_bytes=send_bytes,
                           consultations=grouped, revisions=revisions.value, language=language())
    console = Console(stderr=True)
    failed = Counter()
    with Progress(TextColumn("[bold]" + escape(_("scanning"))), BarColumn(), MofNCompleteColumn(),
                  TextColumn(_("{failed} failed").format(failed="{task.fields[failed]}")), TimeElapsedColumn(),
                  TextColumn(_("ETA")),
                  TimeRemainingColumn(), console=console) as progress:
        task = progress.add_task("scan", total=None, failed=0)

        def planned(to_scan: int, reused: int) -> None:
            progress.update(task, total=to_scan)
            if reused:
                progress.console.print(ngettext(
                    "{count} document already has a report; skipped (use --force to redo)",
                    "{count} documents already have a report; skipped (use --force to redo)", reused).format(count=reused))

        def finished(outcome: dict) -> None:
            if outcome.get("error"):
                failed["n"] += 1
                progress.console.print(f"[red]{escape(_('failed'))}[/]: {escape(printable(outcome['error']))}",
                                       markup=True, highlight=False)
            progress.update(task, advance=1, failed=failed["n"])

        try:
            result = run_batch(paths, options, on_result=finished, on_plan=planned)
        except WetscanError as error:  # the output folder: unwritable, or in use by another run
            progress.stop()
            fail(error)
        except Terminated as stop:
            progress.stop()
            print("wetscan: " + _("{reason}; finished documents are kept in {folder}: run the same command again "
                                  "to resume").format(reason=stop, folder=printable(str(out))), file=sys.stderr)
            raise typer.Exit(EXIT_TERMINATED) from None

    table = result.table
    verdicts = Table(title=_("{documents} documents ({scanned} scanned, {reused} reused) → {out}").format(
        documents=result.documents, scanned=result.scanned, reused=result.reused, out=out))
    verdicts.add_column("", justify="left")
    for verdict in ("yes", "possible", "already", "no"):
        verdicts.add_column(verdict_word(verdict), justify="right")
    for name, column in ((_("UDO"), "udo_verdict"), (_("co-signature"), "cosignature_verdict")):
        counts = table[column].value_counts()
        verdicts.add_row(name, *(str(int(counts.get(v, 0))) for v in ("yes", "possible", "already", "no")))
    console.print(verdicts)
    roles = table["role"].value_counts()
    if len(roles):
        console.print(Text(_("roles: {counts} (only bills get verdicts; see role_reason in summary.csv)").format(
            counts=", ".join(f"{int(count)} {role_name(role)}" for role, count in roles.items()))))
    if result.failed:
        console.print(Text(ngettext("{count} document failed", "{count} documents failed", result.failed).format(
            count=result.failed), style="red") + Text(_("; see the error column of {path}").format(
                path=out / "summary.csv")))
        raise typer.Exit(EXIT_FLAGGED)


def _text(value: object) -> str:
    """A table cell's text, control characters made visible; empty for missing values (None, NaN)."""
    return "" if value is None or pd.isna(value) else printable(str(value))


def _verdict(verdict: object, score: object) -> str:
    return f"{verdict_word(str(verdict))} {float(score):.2f}" if _text(verdict) else "-"


@app.command(help=_("Show the flagged documents of a batch run, highest score first; optionally as XLSX."))
def summary(
    results: Path = typer.Argument(..., help=_("The output folder of a wetscan batch run.")),
    show_all: bool = typer.Option(False, "--all", help=_("List every document, not only the flagged ones.")),
    xlsx: Path = typer.Option(None, "--xlsx", help=_("Also write the table to this Excel file.")),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help=_("Rows to show in the terminal.")),
) -> None:
    """Show the flagged documents of a batch run, highest score first; optionally as XLSX."""
    try:
        table = ResultStore(results).read_summary()
    except FileNotFoundError as error:
        fail(str(error))
    rows = flagged(table, include_all=show_all)
    console = Console()
    title = (_("{shown} of {total} documents") if show_all else _("{shown} of {total} documents flagged"))
    view = Table(title=title.format(shown=len(rows), total=len(table)))
    for column in (_("document"), _("role"), _("UDO"), _("co-signature"), _("Fvw art. 2"), _("layers"),
                   _("cooperation"), _("error")):
        view.add_column(column, overflow="fold")
    for _index, row in rows.head(limit).iterrows():
        view.add_row(*map(Text, (  # Text, not markup: a title like "[/]" is shown as it is
            _text(row["title"]) or _text(row["path"]),
            role_name(_text(row.get("role"))) if _text(row.get("role")) else "-",
            _verdict(row["udo_verdict"], row["udo_score"]),
            _verdict(row["cosignature_verdict"], row["cosignature_score"]),
            verdict_word(_text(row["fvw_art2_status"])) if _text(row["fvw_art2_status"]) else "-",
            ", ".join(row["layers"]) if _text(row["error"]) == "" and len(row["layers"]) else "-",
            verdict_word("yes" if bool(row["mandatory_cooperation"]) else "no"),
            _text(row["error"]),
        )))
    console.print(view)
    if xlsx:
        try:
            write_xlsx(rows, xlsx)
        except WetscanError as error:
            fail(error)
        console.print(Text(_("written to {path}").format(path=xlsx)))
