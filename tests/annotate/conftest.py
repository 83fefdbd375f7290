"""The draft, its report and its annotated copy, made once for the annotate tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.annotate.draft_fixture import write_draft
from wetscan import i18n
from wetscan.assess.rules import load_rules
from wetscan.report.annotate import annotate_docx
from wetscan.scan import scan


@pytest.fixture(scope="session")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_draft(tmp_path_factory.mktemp("draft") / "ontwerp.docx")


@pytest.fixture(scope="session")
def report(draft: Path) -> dict:
    with i18n.speaking("nl"):
        return scan(draft).report()


@pytest.fixture(scope="session")
def annotated(draft: Path, report: dict) -> tuple[Path, str, object]:
    """The annotated copy, the original's sha256 before annotating, and what annotate_docx returned."""
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    target = draft.with_name("ontwerp-wetscan.docx")
    with i18n.speaking("nl"):
        annotation = annotate_docx(draft, target, report, load_rules())
    return target, before, annotation
