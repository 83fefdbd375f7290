"""Recognise a file's format from its content (magic bytes), not from its extension.

* PDF: starts with ``%PDF-`` (a few bytes of junk before it are tolerated, as readers do).
* DOCX: a ZIP archive (``PK\\x03\\x04``) that contains ``word/document.xml``.
* ODT: a ZIP archive whose ``mimetype`` member says ``application/vnd.oasis.opendocument.text``.
* XML: a ``<?xml`` declaration or a first element that is not ``<html>``.
* HTML: a ``<!DOCTYPE html>`` or ``<html>``/``<body>``/``<p>`` tag near the start.
* Plain text: bytes that decode as UTF-8 (or cp1252) without control characters, or UTF-16 (with a
  byte-order mark, or without one: :func:`with_utf16_bom` recognises it by its zero bytes).
"""

from __future__ import annotations

import io
import re
import zipfile

from wetscan.errors import CorruptFile, EncryptedFile, UnsupportedFormat
from wetscan.model import Format
from wetscan.i18n import _

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
#: An OLE compound file: an old Word .doc, or an Office document encrypted with a password.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: How far into the file a PDF header may start (Acrobat accepts 1024 bytes of junk).
PDF_HEADER_WINDOW = 1024
#: Text files may contain tabs, line breaks and form feeds, but no other control characters.
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_MARKUP_START = re.compile(rb"\s*(?:<\?xml|<!--|<!doctype|<[A-Za-z_])", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"\s*<\?xml\s", re.IGNORECASE)
_HTML_DOCTYPE = re.compile(rb"<!doctype\s+html", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
#: Elements that open an HTML page (or fragment) when there is no XML declaration.
HTML_ELEMENTS = frozenset({b"html", b"head", b"body", b"title", b"meta", b"p", b"div", b"h1", b"h2", b"h3", b"table", b"ul", b"ol", b"section", b"article"})


def detect_format(path: str, data: bytes) -> Format:
    """Return the format of ``data`` (the bytes of the file at ``path``).

    Raises :class:`UnsupportedFormat` for content wetscan cannot read, and :class:`CorruptFile`
    for a ZIP archive that is damaged.
    """
    if PDF_MAGIC in data[:PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return _detect_zip(path, data)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFile(path, _("the Office document is encrypted (password-protected); save an unprotected copy"))
        raise UnsupportedFormat(path, _("old binary Word/Office format (.doc); save it as .docx or PDF"))
    head = _strip_bom(data[:4096])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:4096].decode("utf-16", errors="ignore").lstrip("\ufeff").encode("utf-8")
    if _MARKUP_START.match(head):
        return _markup_kind(head)
    if _looks_like_text(data):
        return "txt"
    raise UnsupportedFormat(path, _("unsupported file format (not PDF, XML, DOCX, ODT, HTML or plain text)"))


def _markup_kind(head: bytes) -> Format:
    """Tell HTML from XML by the doctype and the first element."""
    if _HTML_DOCTYPE.search(head):
        return "html"
    first = _FIRST_ELEMENT.search(re.sub(rb"<!--.*?-->|<\?.*?\?>|<!.*?>", b"", head, flags=re.DOTALL))
    name = first.group(1).lower() if first else b""
    if name == b"html" or (name in HTML_ELEMENTS and not _XML_DECLARATION.match(head)):
        return "html"
    return "xml"


def _detect_zip(path: str, data: bytes) -> Format:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise CorruptFile(path, _("damaged or truncated ZIP/DOCX archive ({error})").format(error=error)) from None
    if "word/document.xml" in names:
        return "docx"
    if _is_odt(data, names):
        return "odt"
    raise UnsupportedFormat(path, _("unsupported ZIP archive (not a Word .docx or OpenDocument .odt document)"))


#: The media type an OpenDocument text stores, uncompressed, as its first member ``mimetype``.
ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-template")


def _is_odt(data: bytes, names: list[str]) -> bool:
    if "mimetype" not in names or "content.xml" not in names:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("mimetype") as member:
            return member.read(100).strip() in ODT_MIMETYPES
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        return False


def with_utf16_bom(data: bytes) -> bytes:
    """``data`` with a UTF-16 byte-order mark put in front when it is UTF-16 text saved without one.

    Text in the Latin script stored as UTF-16 has a zero byte in nearly every other position (the
    high byte of each character): at odd offsets for little-endian, even ones for big-endian. It
    counts as UTF-16 when that pattern holds and the sample decodes to text without control
    characters. Every reader then decodes it through the mark.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or len(data) < 4:
        return data
    sample = data[: 8192 - 8192 % 2] if len(data) >= 8192 else data[: len(data) - len(data) % 2]
    half = len(sample) // 2
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, high, low, bom in (("utf-16-le", odd_zeros, even_zeros, b"\xff\xfe"), ("utf-16-be", even_zeros, odd_zeros, b"\xfe\xff")):
        if high >= half * 0.6 and low <= half * 0.05:
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError as error:  # a surrogate pair cut off by the sample window is fine
                if error.start < len(sample) - 4:
                    continue
                text = sample[: error.start].decode(encoding)
            if not BINARY_CONTROL.search(text):
                return bom + data
    return data


def _strip_bom(data: bytes) -> bytes:
    for bom in _BOMS:
        if data.startswith(bom):
            return data[len(bom):]
    return data


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off by the sample window is fine.
        if error.start < len(sample) - 4:
            try:
                text = sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            text = sample[: error.start].decode("utf-8")
    return not BINARY_CONTROL.search(text)
