"""wetscan's command line: a thin typer layer over the stages.

Each module in this package registers its commands on :data:`wetscan.cli.app.app`.
"""

from __future__ import annotations

import os
import sys

from wetscan.cli.click_words import speak_click
from wetscan.i18n import UnknownLanguage, _, set_language


def language_from_argv(argv: list[str]) -> tuple[str | None, list[str]]:
    """The value of ``--lang X`` / ``--lang=X`` anywhere on the command line, and the arguments
    without it: the language must be known before the commands are defined (their help is
    translated then), and ``--lang`` may follow any command (``wetscan check bill.pdf --lang en``)."""
    chosen, rest, args = None, [], iter(argv)
    for arg in args:
        if arg == "--lang":
            chosen = next(args, "")
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return chosen, rest


try:
    set_language(language_from_argv(sys.argv[1:])[0])
except UnknownLanguage:
    set_language(None)  # main() reports the bad value as a one-line error
speak_click()  # click's and typer's own words ("Usage:", "Options") in that language too

# Imported for their side effect of registering commands, in the order --help lists them.
from wetscan.cli import check, explain  # noqa: F401, I001
from wetscan.cli import batch  # noqa: F401, I001
from wetscan.cli import review  # noqa: F401, I001
from wetscan.cli import evaluate, train  # noqa: F401, I001
from wetscan.cli.app import EXIT_INPUT_ERROR, app, unknown_language

DEBUG_VARIABLE = "WETSCAN_DEBUG"


def main() -> None:
    """Run the CLI. An unexpected error is reported as one line, never as a traceback.

    Bad input is reported by the commands themselves (exit code 2); this catches what slipped
    through, e.g. a bug met on an unusual document. Set ``WETSCAN_DEBUG=1`` to see the traceback.
    """
    chosen, arguments = language_from_argv(sys.argv[1:])
    try:
        set_language(chosen)
    except UnknownLanguage:
        print(f"wetscan: {unknown_language(chosen or '')}", file=sys.stderr)
        sys.exit(EXIT_INPUT_ERROR)
    try:
        app(args=arguments, prog_name="wetscan")
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        detail = str(error).splitlines()[0] if str(error) else ""
        kind = type(error).__name__ + (f": {detail}" if detail else "")
        print("wetscan: " + _("internal error ({error}); run again with {variable}=1 for details").format(
            error=kind, variable=DEBUG_VARIABLE), file=sys.stderr)
        sys.exit(EXIT_INPUT_ERROR)
