"""wetscan's command line: a thin typer layer over the stages.

Each module in this package registers its commands on :data:`wetscan.cli.app.app`.
"""

from __future__ import annotations

from wetscan.cli import check  # noqa: F401  (registers commands)
from wetscan.cli import explain  # noqa: F401  (registers commands)
from wetscan.cli import review  # noqa: F401
from wetscan.cli import evaluate  # noqa: F401
from wetscan.cli import train  # noqa: F401
from wetscan.cli.app import app


def main() -> None:
    app()
