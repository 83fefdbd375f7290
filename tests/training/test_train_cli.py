"""``wetscan train pipeline`` refuses missing input folders with a one-line error."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wetscan.cli import app


def test_missing_treebank_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "pipeline", "--ud", str(tmp_path / "nowhere"), "--bwb", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "map met UD-treebanks niet gevonden" in result.output
    assert "Traceback" not in result.output
