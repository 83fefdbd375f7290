"""The typer application that every command module registers on, and the one-line error exit."""

from __future__ import annotations

import sys
from typing import Annotated, NoReturn

import typer

from wetscan.errors import WetscanError
from wetscan.i18n import UnknownLanguage, _, set_language
from wetscan.report.sanitise import printable

app = typer.Typer(
    name="wetscan",
    help=_("Find where Dutch draft legislation puts tasks, powers or mandatory cooperation on "
           "medeoverheden, and screen it for a UDO and BZK co-signature."),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_INPUT_ERROR = 2


def fail(error: WetscanError | str) -> NoReturn:
    """Print ``error`` as one line on stderr and exit with code 2 (input error).

    The message names a file, and a file name may hold control characters: they are made visible.
    """
    message = printable(str(error).replace("\n", " ").strip())
    print(f"wetscan: {message}", file=sys.stderr)
    raise typer.Exit(EXIT_INPUT_ERROR)


@app.callback()
def _root(
    lang: Annotated[str | None, typer.Option("--lang", help=_("Language of everything wetscan says: nl (default) or "
                                                             "en; also WETSCAN_LANG. May follow any command."))] = None,
) -> None:
    """wetscan: screen Dutch draft legislation for tasks on medeoverheden (UDO, BZK co-signature)."""
    if lang is not None:
        try:
            set_language(lang)
        except UnknownLanguage:
            fail(unknown_language(lang))


def unknown_language(value: str) -> str:
    """The one-line error for a ``--lang``/``WETSCAN_LANG`` value wetscan does not speak."""
    return _("unknown language {value} (choose from nl or en)").format(value=repr(value))
