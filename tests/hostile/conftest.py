"""Shared helpers of the hostile-input suite: every test builds its own hostile file in a temp dir.

The suite runs ``wetscan check`` in-process (typer's runner) and asserts the contract for bad
input: exit code 2, one line on stderr naming the file and the problem, no traceback.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wetscan.cli import app

#: Bill prose for generated documents, written for these tests in drafting style.
SENTENCES = (
    "Het college van burgemeester en wethouders stelt jaarlijks een plan vast waarin het de maatregelen opneemt. ",
    "Gedeputeerde Staten zenden het plan binnen acht weken na de vaststelling aan Onze Minister. ",
    "Het dagelijks bestuur van het waterschap kan bij verordening nadere regels stellen over de uitvoering. ",
)


def prose(size: int, separator: str = "") -> str:
    """About ``size`` characters of heading-less bill prose."""
    text = separator.join(SENTENCES)
    return (text * (size // len(text) + 1))[:size]


def check_refuses(path: Path, *expected: str) -> str:
    """Run ``wetscan check path``; assert a one-line refusal (exit 2) containing ``expected``; return it."""
    result = CliRunner().invoke(app, ["check", str(path)])
    message = result.stderr.strip()
    assert result.exit_code == 2, (result.exit_code, message, result.stdout[-500:])
    assert "\n" not in message and "Traceback" not in message, message
    assert str(path) in message, message
    for part in expected:
        assert part in message, message
    return message
