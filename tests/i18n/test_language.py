"""Choosing the language: Dutch by default, English with --lang en or WETSCAN_LANG."""

from __future__ import annotations

import pytest

from wetscan import i18n
from wetscan.cli import language_from_argv


def test_dutch_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    with i18n.speaking(None) as chosen:
        assert chosen == "nl"


def test_environment_variable_chooses_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "en_GB.UTF-8")
    with i18n.speaking(None) as chosen:
        assert chosen == "en"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(i18n.UnknownLanguage):
        i18n.normalise_language("fr")


def test_speaking_restores_the_previous_language() -> None:
    with i18n.speaking("en"):
        with i18n.speaking("nl"):
            assert i18n.language() == "nl"
        assert i18n.language() == "en"


def test_lang_option_is_taken_from_anywhere_on_the_command_line() -> None:
    assert language_from_argv(["check", "ontwerp.pdf", "--lang", "en"]) == ("en", ["check", "ontwerp.pdf"])
    assert language_from_argv(["--lang=nl", "explain", "R01"]) == ("nl", ["explain", "R01"])
    assert language_from_argv(["check", "x.pdf"]) == (None, ["check", "x.pdf"])
