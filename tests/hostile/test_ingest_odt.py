"""OpenDocument packages get the same package checks as Word ones (issue 15 for the ODT reader)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from wetscan.errors import HostileFile, LimitExceeded
from wetscan.ingest import read_document
from wetscan.ingest.limits import MAX_DOCX_PARAGRAPHS

MIMETYPE = "application/vnd.oasis.opendocument.text"
CONTENT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
    "<office:body><office:text>"
)
CONTENT_TAIL = "</office:text></office:body></office:document-content>"


def _odt(path: Path, content: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml",
                         '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    path.write_bytes(buffer.getvalue())
    return path


def test_an_odt_with_a_dtd_is_refused_as_hostile(tmp_path: Path) -> None:
    content = ('<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + CONTENT_HEAD.split("?>", 1)[1]
               + "<text:p>&b;</text:p>" + CONTENT_TAIL)
    with pytest.raises(HostileFile, match="OpenDocument file part content.xml declares a DTD"):
        read_document(_odt(tmp_path / "bom.odt", content))


def test_an_odt_of_empty_paragraphs_is_refused_before_odfdo_builds_it(tmp_path: Path) -> None:
    content = CONTENT_HEAD + "<text:p/>" * (MAX_DOCX_PARAGRAPHS + 1) + CONTENT_TAIL
    with pytest.raises(LimitExceeded, match="OpenDocument file has more than"):
        read_document(_odt(tmp_path / "leeg.odt", content))
