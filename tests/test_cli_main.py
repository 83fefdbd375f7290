"""The console entry point never shows a traceback, unless asked to."""

from __future__ import annotations

import pytest

import wetscan.cli as cli
from wetscan.cli import check as check_module


def test_unexpected_error_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, tmp_path) -> None:
    bill = tmp_path / "wet.txt"
    bill.write_text("Artikel 1\nHet college stelt een plan vast.\n", encoding="utf-8")

    def crash(path, rules=None, toelichting=None, **options):
        raise RuntimeError("unexpected state\nsecond line")

    monkeypatch.setattr(check_module, "scan", crash)
    monkeypatch.setattr("sys.argv", ["wetscan", "check", str(bill)])
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError: unexpected state" in err and "Traceback" not in err

    monkeypatch.setenv(cli.DEBUG_VARIABLE, "1")
    with pytest.raises(RuntimeError):
        cli.main()
