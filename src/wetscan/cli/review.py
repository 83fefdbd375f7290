"""``wetscan review``: the coordinators' review workspace (import reports, serve, export decisions)."""

from __future__ import annotations

import getpass
from enum import Enum
from pathlib import Path

import typer

from wetscan.cli.app import app, fail
from wetscan.errors import WetscanError
from wetscan.i18n import _, ngettext

review_app = typer.Typer(
    help=_("Review flagged bills in a local web workspace: import reports, record decisions, export them."),
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

DEFAULT_DB = "review.sqlite"
DB_OPTION = typer.Option(DEFAULT_DB, "--db", help=_("Review database: a SQLite file, or a URL (postgresql+psycopg://…)."))


class ExportFormat(str, Enum):
    csv = "csv"
    annotations = "annotations"


@review_app.command(
    "import", help=_("Import JSON reports; a newer report of a known document becomes its next version."))
def import_reports(
    paths: list[Path] = typer.Argument(
        ..., help=_("Batch result folders (their reports/), JSON reports or folders of them.")
    ),
    db: str = DB_OPTION,
) -> None:
    """Import JSON reports; a newer report of a known document becomes its next version."""
    from wetscan.review.db import open_engine
    from wetscan.review.importer import import_report, load_report, report_files

    try:
        engine = open_engine(db)
        files = [file for path in paths for file in report_files(path)]
    except WetscanError as error:
        fail(error)
    if not files:
        fail(_("{paths}: no JSON reports found").format(paths=", ".join(map(str, paths))))
    counts = {"new": 0, "new_version": 0, "unchanged": 0, "skipped": 0}
    failed = 0
    for file in files:
        try:
            report = load_report(file)
            with engine.begin() as connection:
                result = import_report(connection, report, str(file))
        except WetscanError as error:
            typer.echo(f"wetscan: {error}", err=True)
            failed += 1
            continue
        counts[result.status] += 1
        if result.status == "new_version":
            typer.echo(_("{file}: version {version} of bill {bill}; {kept} of {findings} findings kept their "
                         "decisions").format(file=file, version=result.version, bill=result.document_id,
                                             kept=result.reattached, findings=result.findings))
    typer.echo(_("Imported {imported} report(s): {new} new bill(s), {versions} new version(s), {unchanged} unchanged, "
                 "{skipped} skipped (no bill; a memorandum comes with its bill); {failed} failed. Database: {db}").format(
        imported=len(files) - failed, new=counts["new"], versions=counts["new_version"], unchanged=counts["unchanged"],
        skipped=counts["skipped"], failed=failed, db=db))
    if failed:
        raise typer.Exit(1)


@review_app.command(help=_("Serve the review workspace (http://127.0.0.1:8765 by default)."))
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option(
        "127.0.0.1", help=_("Address to listen on. A non-local address needs a login (see `user add`).")
    ),
    port: int = typer.Option(8765, help=_("Port to listen on.")),
    reviewer: str | None = typer.Option(None, help=_("Your name in local mode (default: the OS user).")),
    allowed_host: list[str] = typer.Option(
        [], "--allowed-host", help=_("Host name browsers use for this server (default: the --host address and "
                                      "localhost); repeatable. Requests naming another host are refused.")
    ),
    secure_cookies: bool = typer.Option(False, help=_("Send the session cookie over HTTPS only (behind a TLS proxy).")),
) -> None:
    """Serve the review workspace (http://127.0.0.1:8765 by default)."""
    import uvicorn

    from wetscan.review.app import WILDCARD_HOSTS, Settings, create_app
    from wetscan.review.auth import is_local_host, login_configured
    from wetscan.review.db import open_engine

    try:
        engine = open_engine(db)
    except WetscanError as error:
        fail(error)
    with engine.begin() as connection:
        login = login_configured(connection)
    if not is_local_host(host) and not login:
        fail(_("refusing to listen on {host}: no login is configured; add a reviewer account with "
               "`wetscan review user add NAME --db {db}` or listen on 127.0.0.1").format(host=host, db=db))
    if login and host in WILDCARD_HOSTS and not allowed_host:
        fail(_("listening on {host} needs --allowed-host NAME (the host name browsers use for this server), "
               "so that requests for any other name are refused").format(host=host))
    settings = Settings(
        engine=engine,
        local_reviewer=reviewer or getpass.getuser(),
        login_required=login,
        allowed_hosts=allowed_host or None,
        secure_cookies=secure_cookies,
        bind_host=host,
    )
    mode = _("login required") if login else _("local mode, reviewing as {reviewer}").format(
        reviewer=settings.local_reviewer)
    typer.echo(_("wetscan review on http://{host}:{port} ({mode}); Ctrl+C stops it.").format(
        host=host, port=port, mode=mode))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@review_app.command(help=_("Export decisions as CSV, or reviewed provisions as annotations in the corpora/ format."))
def export(
    db: str = DB_OPTION,
    out: Path = typer.Option(..., "--out", "-o", help=_("File to write.")),
    export_format: ExportFormat = typer.Option(
        ExportFormat.csv, "--format", "-f", help=_("csv (all decisions) or annotations (corpora JSONL).")
    ),
) -> None:
    """Export decisions as CSV, or reviewed provisions as annotations in the corpora/ format."""
    from wetscan.review.db import open_engine
    from wetscan.review.export import annotations, annotations_jsonl, decisions_csv, decisions_frame

    try:
        engine = open_engine(db)
    except WetscanError as error:
        fail(error)
    with engine.begin() as connection:
        if export_format is ExportFormat.csv:
            frame = decisions_frame(connection)
            text, count = decisions_csv(frame), len(frame)
            done = ngettext("Wrote {count} decision to {path}", "Wrote {count} decisions to {path}", count)
        else:
            records = annotations(connection)
            text, count = annotations_jsonl(records), len(records)
            done = ngettext("Wrote {count} annotated provision to {path}",
                            "Wrote {count} annotated provisions to {path}", count)
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(_("{path}: cannot write the export ({reason})").format(
            path=out, reason=error.strerror or type(error).__name__))
    typer.echo(done.format(count=count, path=out))


user_app = typer.Typer(help=_("Reviewer accounts (login mode)."), no_args_is_help=True)
review_app.add_typer(user_app, name="user")


@user_app.command("add", help=_("Add a reviewer account (or set a new password); from then on the workspace "
                                 "needs a login."))
def user_add(
    name: str = typer.Argument(..., help=_("The reviewer's name, as shown with every decision.")),
    db: str = DB_OPTION,
    password: str = typer.Option(
        ..., prompt=_("Password"), hide_input=True, confirmation_prompt=True, help=_("Asked when not given.")
    ),
) -> None:
    """Add a reviewer account (or set a new password); from then on the workspace needs a login."""
    from wetscan.review.auth import add_user
    from wetscan.review.db import open_engine

    try:
        engine = open_engine(db)
        with engine.begin() as connection:
            add_user(connection, name, password)
    except WetscanError as error:
        fail(error)
    typer.echo(_("Reviewer {name} can log in; restart `wetscan review serve` to require logins.").format(
        name=repr(name)))
