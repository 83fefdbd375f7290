"""Helpers for the analysis tests: every text here is written for the tests in legislative style."""

from __future__ import annotations

import pytest

from wetscan.analyse import analyse_text
from wetscan.model import Provision


@pytest.fixture(scope="session")
def analyse():
    """Analyse one provision text (the pipeline is loaded once per test session)."""

    def run(text: str, definitions=None) -> Provision:
        return analyse_text(text, definitions)

    return run


def rules(provision: Provision) -> set[str]:
    return {finding.rule for finding in provision.findings}


def assert_cooperation(provision: Provision, text: str, rule: str) -> None:
    """``provision`` (analysed from ``text``) binds co-governments to cooperate, ``rule`` fired, and every
    finding explains itself and quotes its own span of the text."""
    assert provision.mandatory_cooperation
    assert rule in rules(provision)
    for finding in provision.findings:
        assert finding.explanation and text[finding.start : finding.end] == finding.trigger
