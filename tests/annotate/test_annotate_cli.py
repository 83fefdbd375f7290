"""``--annotate`` on the command line, and the annotated copy in LibreOffice (skipped without it)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from tests.annotate.draft_fixture import wetscan_comments
from wetscan import i18n
from wetscan.cli import app, main

runner = CliRunner()
#: LibreOffice's PDF export with the comments as PDF notes (a fresh profile leaves them out).
PDF_WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def test_check_writes_the_copy_and_keeps_stdout_for_the_report(draft: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    target = tmp_path / "ontwerp-wetscan.docx"
    result = runner.invoke(app, ["check", str(draft), "--annotate", str(target), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["format"] == "docx"
    assert "ontwerp-wetscan.docx: een kopie met opmerkingen bij 5 bepalingen en bij de titel" in result.stderr
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    comments = wetscan_comments(docx.Document(str(target)))
    assert len(comments) == 6 and any(lines[0] == "wetscan: beoordeling van dit ontwerp" for lines in comments.values())


def test_lang_en_writes_english_comments(draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang en`` anywhere on the command line (read by ``main`` before the commands run)."""
    target = tmp_path / "draft-wetscan.docx"
    monkeypatch.setattr(sys, "argv", ["wetscan", "check", str(draft), "--annotate", str(target), "-q", "--lang", "en"])
    with i18n.speaking(None), pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 0
    text = "\n".join(line for lines in wetscan_comments(docx.Document(str(target))).values() for line in lines)
    assert "wetscan: assessment of this draft" in text and "Candidate for a UDO: yes" in text
    assert "trigger words" in text and "beoordeling" not in text
    assert "a copy with comments on 5 provisions and the title" in capsys.readouterr().err


@pytest.mark.parametrize("content, kind", [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
                                           (b'<?xml version="1.0"?>\n<wetgeving><artikel/></wetgeving>\n', "XML")])
def test_annotate_needs_a_docx(tmp_path: Path, content: bytes, kind: str) -> None:
    source = tmp_path / "ontwerp.bin"
    source.write_bytes(content)
    result = runner.invoke(app, ["check", str(source), "--annotate", str(tmp_path / "kopie.docx")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Word-document (.docx)" in lines[0] and f"{kind}-bestand" in lines[0]
    assert not (tmp_path / "kopie.docx").exists() and "Traceback" not in result.output


def test_annotate_refuses_to_overwrite_the_original(draft: Path) -> None:
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    result = runner.invoke(app, ["check", str(draft), "--annotate", str(draft)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "kopie" in result.stderr
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before


def test_annotate_refuses_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path), "--annotate", str(tmp_path / "kopie.docx")])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_copy_with_its_comments(annotated, tmp_path: Path) -> None:
    """LibreOffice converts the copy to PDF: the text is there, and the comments as PDF notes."""
    pdfium = pytest.importorskip("pypdfium2")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", PDF_WITH_COMMENTS,
                    "--outdir", str(tmp_path), str(annotated[0])], check=True, capture_output=True, timeout=600)
    pdf = pdfium.PdfDocument(str(tmp_path / "ontwerp-wetscan.pdf"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Het college van burgemeester en wethouders draagt zorg voor een meldpunt" in " ".join(text.split())
    notes = [note for i in range(len(pdf)) for note in _notes(pdf[i])]
    assert any(note.startswith("wetscan: beoordeling van dit ontwerp") for note in notes)
    assert any(note.startswith("wetscan: artikel 3, tweede lid") for note in notes)


def _notes(page) -> list[str]:
    """The text of the note (comment) annotations on a PDF page."""
    import ctypes

    import pypdfium2.raw as raw

    found = []
    for index in range(raw.FPDFPage_GetAnnotCount(page)):
        annotation = raw.FPDFPage_GetAnnot(page, index)
        size = raw.FPDFAnnot_GetStringValue(annotation, b"Contents", None, 0)
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFAnnot_GetStringValue(annotation, b"Contents", ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
        found.append(buffer.raw.decode("utf-16-le").rstrip("\x00"))
        raw.FPDFPage_CloseAnnot(annotation)
    return found
