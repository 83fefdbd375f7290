"""Shared helpers of the hostile-input suite: every test builds its own hostile file in a temp dir.

The suite runs ``wetscan check`` in-process (typer's runner) and asserts the contract for bad
input: exit code 2, one line on stderr naming the file and the problem, no traceback.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wetscan import i18n
from wetscan.cli import app


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch):
    """These tests are about what is refused, not the language: they read the English messages (also
    in the worker processes they start); tests/i18n checks that the messages are Dutch by default."""
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "en")
    with i18n.speaking("en"):
        yield

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


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def document_xml(body: str, prolog: str = "") -> bytes:
    """A ``word/document.xml`` with ``body`` (WordprocessingML) and an optional DTD ``prolog``."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>'
            f"{body}</w:body></w:document>").encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_docx(path: Path, document: bytes) -> Path:
    """A minimal Word package around ``document`` (python-docx opens it)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", document)
    return path


def understate_size(path: Path, member: str, declared: int) -> None:
    """Rewrite the ZIP headers of ``member`` (local and central) to declare ``declared`` unpacked bytes.

    The CRC is set to that of the first ``declared`` bytes, so a reader that stops at the declared
    size finds the member intact, as a careful attacker would make it.
    """
    data = bytearray(path.read_bytes())
    name = member.encode()
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
        with archive.open(member) as stream:
            crc = zlib.crc32(stream.read(declared))
    struct.pack_into("<I", data, offset + 14, crc)  # local header: CRC-32
    struct.pack_into("<I", data, offset + 22, declared)  # local header: uncompressed size
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 16, crc)  # central directory: CRC-32
            struct.pack_into("<I", data, central + 24, declared)  # central directory: uncompressed size
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
