"""``wetscan evaluate`` end to end on a fixture annotation set, with the real analysis."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from wetscan.cli.app import app

runner = CliRunner()


def test_evaluate_prints_scores_and_writes_errors(fixture_corpus: Path, fixture_annotations: Path, tmp_path: Path) -> None:
    laws = fixture_annotations.parent / "laws.tsv"
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["evaluate", str(fixture_annotations), "--corpus", str(fixture_corpus),
                                 "--laws", str(laws), "--json", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["provisions"] == 7
    assert set(summary["layers"]) == {"gemeente", "provincie", "waterschap", "openbaar_lichaam", "micro"}
    assert 0.0 <= summary["norm_type_accuracy"] <= 1.0
    # The fixture's sentences are plain textbook cases: the analysis must get most of them right.
    assert summary["layers"]["gemeente"]["f1"] >= 0.75
    assert summary["norm_type_accuracy"] >= 0.7
    assert errors.exists()
    for line in errors.read_text().splitlines():
        row = json.loads(line)
        assert row["wrong"] and row["gold"] and row["predicted"]

    tables = runner.invoke(app, ["evaluate", str(fixture_annotations), "--corpus", str(fixture_corpus),
                                 "--laws", str(laws)])
    assert tables.exit_code == 0, tables.output
    assert "Bestuurslagen (taak of bevoegdheid)" in tables.output and "Verwarring normtype" in tables.output
    assert "precisie" in tables.output and "verplichting" in tables.output and "Layers" not in tables.output


def test_evaluate_refuses_bad_arguments(fixture_annotations: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["evaluate", str(fixture_annotations), "--split", "validation"]).exit_code == 2
    assert runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")]).exit_code == 2
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"law": "x"}\n')
    result = runner.invoke(app, ["evaluate", str(broken), "--corpus", str(tmp_path)])
    assert result.exit_code == 2 and "ontbrekend(e) veld(en)" in result.output
