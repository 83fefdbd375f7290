"""wetscan's command line: a thin typer layer over the stages.

Each module in this package registers its commands on :data:`wetscan.cli.app.app`.
"""

from __future__ import annotations

import os
import sys

# Imported for their side effect of registering commands, in the order --help lists them.
from wetscan.cli import check, explain  # noqa: F401, I001
from wetscan.cli import batch  # noqa: F401, I001
from wetscan.cli import review  # noqa: F401, I001
from wetscan.cli import evaluate, train  # noqa: F401, I001
from wetscan.cli.app import EXIT_INPUT_ERROR, app

DEBUG_VARIABLE = "WETSCAN_DEBUG"


def main() -> None:
    """Run the CLI. An unexpected error is reported as one line, never as a traceback.

    Bad input is reported by the commands themselves (exit code 2); this catches what slipped
    through, e.g. a bug met on an unusual document. Set ``WETSCAN_DEBUG=1`` to see the traceback.
    """
    try:
        app()
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        detail = str(error).splitlines()[0] if str(error) else ""
        print(f"wetscan: internal error ({type(error).__name__}{': ' + detail if detail else ''}); "
              f"run again with {DEBUG_VARIABLE}=1 for details", file=sys.stderr)
        sys.exit(EXIT_INPUT_ERROR)
